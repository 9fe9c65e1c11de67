#[derive(apicodes::ApiError)]
#[api_error(code = 400, message = "Bad", transparent)]
enum E {
    A,
}

// A 429's seconds are a variant's field: on the enum, no field is meant.
#[derive(apicodes::ApiError)]
#[api_error(code = 429, retry_after = secs)]
enum Throttled {
    Slow { secs: u64 },
}

fn main() {}
