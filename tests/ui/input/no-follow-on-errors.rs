use apicodes::ApiError;

#[derive(ApiError)]
enum E {
    #[api_error(code = 418)]
    Teapot,
}

fn send(err: &impl ApiError) -> String {
    err.to_json().into_owned()
}

fn main() {
    let _ = send(&E::Teapot);
    let _ = <E as apicodes::ApiErrorDocs>::CODES;
}
