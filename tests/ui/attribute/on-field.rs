#[derive(apicodes::ApiError)]
enum E {
    #[api_error(code = 429)]
    Limited {
        #[api_error(retry_after)]
        wait: u64,
    },
    // A code written on a field, as thiserror's #[from] is: the one error,
    // not also that the variant has no code.
    NoSuchUser(#[api_error(code = 404)] u64),
    Billing {
        #[api_error(transparent)]
        inner: Inner,
    },
}

#[derive(apicodes::ApiError)]
struct Missing {
    #[api_error(code = 404, message = "No {id}")]
    id: u64,
}

#[derive(apicodes::ApiError)]
struct Tuple(#[api_error(code = 410)] u64);

#[derive(apicodes::ApiError)]
#[api_error(code = 402)]
struct Inner;

// Where what is written on the field holds no code, the variant or type
// without one is told so too: the next build would say it.
#[derive(apicodes::ApiError)]
enum NoCode {
    Message(#[api_error(message = "x")] u64),
    Retry {
        #[api_error(retry_after)]
        wait: u64,
    },
    // A code written without its key is one the field held, and so is
    // one the reading stops at or reads as a code's mistake.
    Bare(#[api_error(404)] u64),
    Named(#[api_error(NotFound)] u64),
    CratePath(#[api_error(crate::X)] u64),
    Negative(#[api_error(-404)] u64),
    Alias(#[api_error(status = 404)] u64),
    NoComma(#[api_error(message = "x" code = 404)] u64),
    LongPath(#[api_error(apicodes::Code::NotFound)] u64),
    Raw(#[api_error(r#code = 404)] u64),
    Brackets(#[api_error[code = 404]] u64),
    Rooted(#[api_error(::apicodes::Code::NotFound)] u64),
    AfterMessage(#[api_error(message = "x" NotFound)] u64),
    NumberAfterMessage(#[api_error(message = "x" 404)] u64),
    PathAfterMessage(#[api_error(message = "x" ::X)] u64),
    NumberAfterIndex(#[api_error(retry_after = 0 404)] u64),
}

// A code a macro_rules! fragment gives is one the field held.
macro_rules! fragment_on_field {
    ($code:expr) => {
        #[derive(apicodes::ApiError)]
        enum Fragment {
            A(#[api_error($code)] u64),
        }
    };
}
fragment_on_field!(404);

// Where the reading stops at a mistake that holds no code, the variant is
// still told it has none.
#[derive(apicodes::ApiError)]
enum Stopped {
    Bare(#[api_error] u64),
    Eq(#[api_error = 1] u64),
    Empty(#[api_error()] u64),
    RetryOnly(#[api_error(retry_after)] u64),
    Odd(#[api_error(;;)] u64),
    Key(#[api_error(message)] u64),
    Colon(#[api_error(message: "x")] u64),
    RetryColon(#[api_error(retry_after: 0)] u64),
    ColonEq(#[api_error(message:= "x")] u64),
    ColonMinus(#[api_error(retry_after:-1)] u64),
    TwoStrings(#[api_error(message = "x" "y")] u64),
    CommaProse(#[api_error(message = "x", "y")] u64),
    LoneProse(#[api_error("not found")] u64),
    StringThenChar(#[api_error(message = "x" 'y')] u64),
    Quoted(#[api_error("404")] u64),
    Float(#[api_error(1.5)] u64),
}

#[derive(apicodes::ApiError)]
struct MessageOnly {
    #[api_error(message = "x")]
    id: u64,
}

fn main() {}
