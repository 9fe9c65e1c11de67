#[derive(apicodes::ApiError)]
enum E {
    #[api_error(transparent)]
    Io(std::io::Error),
}

fn main() {}
