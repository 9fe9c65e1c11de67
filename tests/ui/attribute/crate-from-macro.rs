// A library's `macro_rules!` derives through `crate = $crate::...`; its
// user's mistakes get the derive's own errors, each at the token the user
// wrote (the code, the message), not over the macro's whole call.
apicodes_test_wrapper::error_enum!(Mine { Missing = 404, "No item {1}"; Teapot = 418 });

fn main() {}
