// An absolute page path would build on one machine alone: it is reported,
// before any file is read.
#[apicodes::table(page = "/etc/hostname")]
pub enum Shop {}

fn main() {}

// Every host says so, Windows too (where it is relative to the current
// drive), and so of a path from a drive.
#[apicodes::table(page = "/codes.md")]
pub enum Rooted {}

#[apicodes::table(page = "C:/codes.md")]
pub enum Drive {}

#[apicodes::table(page = "d:codes.md")]
pub enum DriveRelative {}
