#!/usr/bin/env bash
# What any derive costs: the touch rebuild of compile_time.sh's crates,
# counted in instructions (callgrind), beside four stand-ins for the
# cheapest derive conceivable for the same enum:
#
#   (b)     thiserror + the hand-written match + a serde body
#   (a)     thiserror + #[derive(apicodes::ApiError)]
#   (walk)  thiserror + a derive with no dependencies that fetches every
#           token of its input across the proc-macro bridge (each
#           identifier's and literal's text, each punctuation's character)
#           and returns (a)'s own expansion, lexed from one string
#   (skim)  the same, fetching only what a derive of this enum must read:
#           attributes' names, the contents of #[api_error] alone, the
#           variants' names and fields (not #[error] or doc comments)
#   (emit)  the same derive without reading: it only returns the expansion
#   (read)  (skim)'s reading alone: it returns nothing, so the crate has no
#           impls; what is left of the 1.10x bound after it is what the
#           expansion and all the derive's own work may cost
#
# (skim) is a floor for a derive that must read this input and write this
# output: it does no parsing, no checking, and writes the expansion as one
# text, which a real derive may not do for the names the user wrote (they
# must stay the user's tokens, with their spans). (a)'s expansion is taken
# from `rustc -Zunpretty=expanded` (nightly) and compiled unchanged.
#
# Usage: benches/compile_floor.sh [--variants N] [--time N] [--keep]
#   --variants N  variants in the generated enum (default 1000)
#   --time N      also time N touch rebuilds of each crate, alternating, as
#                 compile_time.sh does (medians; default 0: count only)
#   --keep        keep the generated crates (their path is printed)
#
# Needs valgrind and a nightly toolchain (for the expansion only; every
# counted build uses the default toolchain). Instruction counts of one
# set of crates agree from run to run to within about 0.02%, whatever the
# machine's load; but crates generated afresh (in another directory) have
# counted up to 3% apart for (a), (skim) and (emit) (0.1% for the others),
# since rustc's hashes, and so its work, depend on the crates' paths.
# Compare rows of one run; they are not times.

set -euo pipefail

variants=1000
timed=0
keep=0
while (($#)); do
    case $1 in
    --variants) variants=$2; shift 2 ;;
    --time) timed=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    -h | --help) sed -n '2,38p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done
[[ $variants =~ ^[1-9][0-9]*$ && $timed =~ ^[0-9]+$ ]] || { echo "not a count: $variants, $timed" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "needs valgrind" >&2; exit 2; }
cargo +nightly -V >/dev/null 2>&1 || { echo "needs a nightly toolchain (rustup toolchain install nightly)" >&2; exit 2; }

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
unset CARGO_TARGET_DIR CARGO_BUILD_TARGET_DIR RUSTC_WRAPPER

# The crates (a) and (b), generated and checked by compile_time.sh.
generated=$("$root/benches/compile_time.sh" --generate-only --variants "$variants" | tail -n 1)
work=${generated#generated crates kept in }
[[ -d $work/derive && -d $work/manual ]] || { echo "compile_time.sh gave: $generated" >&2; exit 1; }
cleanup() {
    if ((keep)); then echo "generated crates kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
log=$work/floor.log
# shellcheck source=benches/common.sh
source "$root/benches/common.sh"

# (a)'s expansion: the items that name `::apicodes::`, as rustc prints them.
cp -r "$work/derive" "$work/expand"
rm -rf "$work/expand/target"
(cd "$work/expand" && CARGO_TARGET_DIR=$work/expand/target \
    cargo +nightly rustc --offline -- -Zunpretty=expanded) >"$work/expanded.rs" 2>"$log" ||
    { cat "$log" >&2; exit 1; }
mkdir -p "$work/floor_macros/src"
awk '
    function flush() { if (block ~ /::apicodes::/) printf "%s", block; block = "" }
    {
        top = ($0 ~ /^[^ \t]/)
        if (top && closed && block != "") flush()
        block = block $0 "\n"
        if (top) closed = ($0 ~ /[};][ \t]*$/ || $0 ~ /^\/\//)
    }
    END { flush() }
' closed=1 "$work/expanded.rs" >"$work/floor_macros/src/expansion.rs"
[[ -s $work/floor_macros/src/expansion.rs ]] || { echo "no ::apicodes:: items in the expansion" >&2; exit 1; }

cat >"$work/floor_macros/Cargo.toml" <<'EOF'
[package]
name = "floor_macros"
version = "0.0.0"
edition = "2024"
publish = false

[lib]
proc-macro = true
EOF
cat >"$work/floor_macros/src/lib.rs" <<'EOF'
//! Stand-ins for the cheapest derive conceivable (benches/compile_floor.sh).

use proc_macro::{Delimiter, TokenStream, TokenTree};

/// Fetches every token's text across the bridge; returns how many bytes.
fn walk(stream: TokenStream) -> usize {
    stream.into_iter().map(fetch).sum()
}

fn fetch(tree: TokenTree) -> usize {
    match tree {
        TokenTree::Group(group) => 2 + walk(group.stream()),
        TokenTree::Ident(ident) => ident.to_string().len(),
        TokenTree::Literal(literal) => literal.to_string().len(),
        TokenTree::Punct(punct) => punct.as_char().len_utf8(),
    }
}

/// Fetches what a derive of this enum must read: the names at the top (the
/// type's), each variant's attributes' names and the contents of
/// `#[api_error(...)]` alone, each variant's name and fields; passes over
/// every other attribute's contents (`#[error(...)]`, doc comments) unread.
fn skim(input: TokenStream) -> usize {
    let mut seen = 0;
    let mut body = None;
    for tree in input {
        match tree {
            TokenTree::Group(group) if group.delimiter() == Delimiter::Brace => body = Some(group),
            TokenTree::Ident(ident) => seen += ident.to_string().len(),
            _ => {}
        }
    }
    let mut trees = body.expect("an enum").stream().into_iter();
    while let Some(tree) = trees.next() {
        match tree {
            TokenTree::Punct(punct) if punct.as_char() == '#' => {
                let Some(TokenTree::Group(attribute)) = trees.next() else { continue };
                let mut inside = attribute.stream().into_iter();
                if let Some(TokenTree::Ident(name)) = inside.next() {
                    let name = name.to_string();
                    seen += name.len();
                    if name == "api_error"
                        && let Some(TokenTree::Group(arguments)) = inside.next()
                    {
                        seen += walk(arguments.stream());
                    }
                }
            }
            other => seen += fetch(other),
        }
    }
    seen
}

fn expansion() -> TokenStream {
    include_str!("expansion.rs").parse().expect("the expansion lexes")
}

/// Reads every token, then returns (a)'s expansion.
#[proc_macro_derive(Walk, attributes(api_error))]
pub fn walk_then_emit(input: TokenStream) -> TokenStream {
    assert!(walk(input) > 0, "an input");
    expansion()
}

/// Reads what a derive must, then returns (a)'s expansion.
#[proc_macro_derive(Skim, attributes(api_error))]
pub fn skim_then_emit(input: TokenStream) -> TokenStream {
    assert!(skim(input) > 0, "an input");
    expansion()
}

/// Reads what a derive must, and returns nothing.
#[proc_macro_derive(Read, attributes(api_error))]
pub fn skim_only(input: TokenStream) -> TokenStream {
    assert!(skim(input) > 0, "an input");
    TokenStream::new()
}

/// Returns (a)'s expansion without reading the input.
#[proc_macro_derive(Emit, attributes(api_error))]
pub fn emit(_: TokenStream) -> TokenStream {
    expansion()
}
EOF
for kind in walk skim emit read; do
    derive=${kind^}
    mkdir -p "$work/$kind/src"
    cp "$work/derive/Cargo.lock" "$work/$kind/"
    sed -e "s/^name = \"bench_derive\"/name = \"bench_$kind\"/" \
        -e "s|^\[dependencies\]|[dependencies]\nfloor_macros = { path = \"../floor_macros\" }|" \
        "$work/derive/Cargo.toml" >"$work/$kind/Cargo.toml"
    sed "s/apicodes::ApiError)\]/floor_macros::$derive)]/" "$work/derive/src/lib.rs" >"$work/$kind/src/lib.rs"
    grep -q "floor_macros::$derive" "$work/$kind/src/lib.rs" || { echo "no derive to replace in (a)" >&2; exit 1; }
done

# Counted: every rustc run goes through this wrapper, so that cargo sees one
# compiler throughout; it runs callgrind only on the generated crate, and
# only when asked.
cat >"$work/rustc-wrapper" <<'EOF'
#!/usr/bin/env bash
if [[ -n ${FLOOR_CALLGRIND_OUT:-} && " $* " == *" --crate-name bench_"* ]]; then
    exec valgrind --tool=callgrind --callgrind-out-file="$FLOOR_CALLGRIND_OUT" "$@"
fi
exec "$@"
EOF
chmod +x "$work/rustc-wrapper"
export RUSTC_WRAPPER=$work/rustc-wrapper

count() { # crate dir: instructions of one touch rebuild's rustc
    local dir=$1 out=$1/callgrind.out
    cargo_in "$dir" build --offline
    touch "$dir/src/lib.rs"
    cargo_in "$dir" build --offline # the rebuild before is the one counted
    touch "$dir/src/lib.rs"
    rm -f "$out"
    FLOOR_CALLGRIND_OUT=$out cargo_in "$dir" build --offline
    awk '/^(summary|totals):/ { print $2; exit }' "$out"
}

echo "rustc:    $(rustc -V)"
commit_measured "$root"
echo "enum:     $variants variants; touch rebuild of the generated crate, dev profile"
echo "expansion of (a): $(wc -c <"$work/floor_macros/src/expansion.rs") bytes"
echo
declare -A n
for crate in manual derive walk skim emit read; do
    n[$crate]=$(count "$work/$crate")
done
printf '%-60s %14s %7s\n' "touch rebuild, whole rustc (callgrind)" instructions "x (b)"
row() {
    awk -v label="$1" -v a="${n[$2]}" -v b="${n[manual]}" \
        'BEGIN { printf "%-60s %12.1f M %7.3f\n", label, a / 1e6, a / b }'
}
row "(b) thiserror + hand-written match + serde body" manual
row "(a) thiserror + derive(ApiError)" derive
row "(walk) a derive that reads every token, writes (a)'s text" walk
row "(skim) the same, reading only what a derive must" skim
row "(emit) a derive that only writes (a)'s text" emit
row "(read) a derive that reads what it must, writes nothing" read

((timed)) || exit 0

# Timed: cargo's whole touch rebuild, without the wrapper (one untimed
# build each first, since the compiler cargo sees changed).
unset RUSTC_WRAPPER
crates=(manual derive walk skim emit read)
declare -A times
for crate in "${crates[@]}"; do
    touch "$work/$crate/src/lib.rs"
    cargo_in "$work/$crate" build --offline
done
for ((run = 1; run <= timed; run++)); do
    for crate in "${crates[@]}"; do
        touch "$work/$crate/src/lib.rs"
        start=$(now)
        cargo_in "$work/$crate" build --offline
        times[$crate]+="$(since "$start") "
    done
done
declare -A median
for crate in "${crates[@]}"; do
    median[$crate]=$(median <<<"${times[$crate]}")
done
echo
printf '%-60s %12s %7s\n' "touch rebuild, timed (median of $timed, alternating)" seconds "x (b)"
trow() {
    awk -v label="$1" -v a="${median[$2]}" -v b="${median[manual]}" \
        'BEGIN { printf "%-60s %10.3f s %7.3f\n", label, a, a / b }'
}
trow "(b)" manual
trow "(a)" derive
trow "(walk)" walk
trow "(skim)" skim
trow "(emit)" emit
trow "(read)" read
