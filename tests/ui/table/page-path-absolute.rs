// An absolute page path would build on one machine alone: it is reported,
// before any file is read.
#[apicodes::table(page = "/etc/hostname")]
pub enum Shop {}

fn main() {}
