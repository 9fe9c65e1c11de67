// A library's `macro_rules!` derives through `crate = $crate::...`; its
// user's mistakes get the derive's own errors (at the macro's call).
apicodes_test_wrapper::error_enum!(Mine { Missing = 404, "No item {1}"; Teapot = 418 });

fn main() {}
