//! Writes `large.rs` for `tests/test_lints.rs`: an error enum of 1,100
//! variants, more than one array of the derive's may hold under clippy's
//! `large_stack_arrays` (16 KiB: a thousand `&str`, or four hundred rows).
//! Every message says its variant's index.

use std::fmt::Write as _;
use std::path::PathBuf;

const VARIANTS: usize = 1100;

fn main() {
    let mut src = String::from(
        "/// An error of many variants.\n#[derive(Debug, ApiError)]\npub enum Large {\n",
    );
    for i in 0..VARIANTS {
        let code = [400, 404, 429][i % 3];
        writeln!(src, "    /// Variant {i}.\n    #[api_error(code = {code}, message = \"large {i}\")]\n    V{i},")
            .expect("writing to a String");
    }
    src.push_str("}\n\n/// Every variant of `Large`, in order.\npub const LARGE: [Large; ");
    write!(src, "{VARIANTS}] = [").expect("writing to a String");
    for i in 0..VARIANTS {
        write!(src, "Large::V{i}, ").expect("writing to a String");
    }
    src.push_str("];\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("large.rs"), src).expect("OUT_DIR is writable");
    println!("cargo::rerun-if-changed=build.rs");
}
