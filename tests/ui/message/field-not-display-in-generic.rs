// A field type without `Display`, in a generic enum: reported at the message.
struct Opaque;

#[derive(apicodes::ApiError)]
enum E<T> {
    #[api_error(code = 400, message = "bad {0} and {1}")]
    Bad(Opaque, T),
}

fn main() {}
