// Mistakes in a placeholder, each with its own advice.
#[derive(apicodes::ApiError)]
enum E {
    // A `{` after `:` is a fill too, where an alignment follows.
    #[api_error(code = 400, message = "<b>{v:{<b>")]
    BraceFill { v: u8 },
    // With no name before `:`, the advice names a field.
    #[api_error(code = 400, message = "<b>{:}</b>")]
    Unnamed { v: u8 },
    // Spaces after the name are left out of the advice.
    #[api_error(code = 400, message = "<b>{v :}</b>")]
    Spaced { v: u8 },
    // A tuple index past any `usize`.
    #[api_error(code = 400, message = "{99999999999999999999999}")]
    Huge(u8),
    // A raw name is written without `r#`.
    #[api_error(code = 400, message = "{r#type}")]
    Raw { r#type: u8 },
    // `_` is no field's name.
    #[api_error(code = 400, message = "{_}")]
    Underscore(u8),
    // A `$` without a name or number before it takes no width from an
    // argument: it is an unknown format.
    #[api_error(code = 400, message = "{0:$}")]
    Dollar(u8),
}

fn main() {}
