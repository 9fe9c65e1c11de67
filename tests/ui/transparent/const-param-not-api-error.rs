// A field that names only a const parameter of the type is checked as any
// field that names none: one error, at its type.
struct Buffer<const N: usize>([u8; N]);

#[derive(apicodes::ApiError)]
enum E<const N: usize> {
    #[api_error(transparent)]
    Full(Buffer<N>),
}

fn main() {}
