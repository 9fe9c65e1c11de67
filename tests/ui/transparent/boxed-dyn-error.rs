// A boxed `dyn Error` is no API error: one error for it, and where its
// codes are read, one more saying so; none about its size.
#[derive(Debug, apicodes::ApiError)]
enum E {
    #[api_error(transparent)]
    Boxed(Box<dyn std::error::Error + Send + Sync>),
}

fn main() {
    let _ = <E as apicodes::ApiErrorDocs>::variants();
}
