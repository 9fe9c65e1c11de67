#[derive(apicodes::ApiError)]
struct Locked {
    since: u64,
}

fn main() {}
