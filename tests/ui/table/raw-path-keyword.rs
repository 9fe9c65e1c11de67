// A path keyword written raw (`r#super`) is rustc's error, once: the derive
// reading the path adds nothing to it.
#[apicodes::table]
pub enum Shop {
    /// The cart already holds this item.
    #[code(message = "Conflict")]
    Conflict = 409,
}

pub mod m {
    #[derive(Debug, apicodes::ApiError)]
    #[api_error(codes = r#super::Shop, code = 409)]
    pub struct Taken;

    #[derive(Debug, apicodes::ApiError)]
    #[api_error(codes = r#crate::Shop, code = 409)]
    pub struct Held;
}

fn main() {}
