#!/usr/bin/env bash
# Compile-time benchmark: a 1,000-variant error enum with
# `#[derive(thiserror::Error, apicodes::ApiError)]` (a) against
# `#[derive(thiserror::Error)]` plus the hand-written `match` for code and
# message and a serde body (b), timed side by side, alternating (b) and (a).
#
# Usage: benches/compile_time.sh [--runs N] [--variants N] [--profile P]
#                                [--macro-opt-level L] [--source S] [--keep]
#                                [--generate-only]
#   --runs N      timed runs of each build, per crate (default 5; env RUNS)
#   --variants N  variants in the generated enum (default 1000; env VARIANTS)
#   --profile P   cargo profile for every build (default dev; env PROFILE)
#   --macro-opt-level L
#                 compile proc macros and build scripts of both crates at
#                 opt-level L (`[profile.P.build-override]`), as projects
#                 heavy on derives often do (default: cargo's, unoptimised)
#   --source S    where (a) takes apicodes from (default registry; env SOURCE):
#                 registry  the crates packaged (`cargo package`) and served
#                           with (a)'s and (b)'s other dependencies from one
#                           local directory in place of crates.io, so cargo
#                           builds apicodes as every user's build does: as a
#                           dependency from a registry, like thiserror and
#                           serde in (b)
#                 path      a path dependency on the working tree's snapshot:
#                           cargo treats it as the user's own code, compiled
#                           incrementally (which slows a clean build) and
#                           with its lints; no user builds it so, but it is
#                           what this script measured before 2026-12-06
#   --keep        keep the generated crates (their path is printed)
#   --generate-only
#                 generate and check the crates, keep them, time nothing
#                 (benches/compile_floor.sh measures them further)
#
# Needs only a Rust toolchain. The first run fetches the dependencies (with
# the versions locked in the workspace's Cargo.lock); every timed build is
# `--offline`. Speed is reported, never asserted: the script fails only if a
# build fails or the two forms produce different bodies.

set -euo pipefail

runs=${RUNS:-5}
variants=${VARIANTS:-1000}
profile=${PROFILE:-dev}
macro_opt_level=${MACRO_OPT_LEVEL:-}
source_kind=${SOURCE:-registry}
keep=0
generate_only=0

while (($#)); do
    case $1 in
    --runs) runs=$2; shift 2 ;;
    --variants) variants=$2; shift 2 ;;
    --profile) profile=$2; shift 2 ;;
    --macro-opt-level) macro_opt_level=$2; shift 2 ;;
    --source) source_kind=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --generate-only) generate_only=1; keep=1; shift ;;
    -h | --help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
    esac
done
[[ $source_kind == registry || $source_kind == path ]] ||
    { echo "--source is registry or path, not $source_kind" >&2; exit 2; }
for n in "$runs" "$variants"; do
    [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "not a positive count: $n" >&2; exit 2; }
done

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/apicodes-compile-time.XXXXXX")
cleanup() {
    if ((keep)); then
        echo "generated crates kept in $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

# Each crate builds in its own target dir, whatever the caller's environment.
unset CARGO_TARGET_DIR CARGO_BUILD_TARGET_DIR

log=$work/build.log

# shellcheck source=benches/common.sh
source "$root/benches/common.sh"

# ---------------------------------------------------------------- generation

# A snapshot of apicodes, so edits made to the working tree while this runs
# cannot change what is measured halfway.
mkdir -p "$work/apicodes"
tar -C "$root" --exclude=./target --exclude=./.git -cf - . | tar -C "$work/apicodes" -xf -

# The documented codes an error may use, with their names and messages.
codes=(400 401 402 403 404 410 429 507)
names=(BadRequest Unauthorized PaymentRequired Forbidden NotFound Gone TooManyRequests OutOfStorage)
messages=("Bad request" "Unauthorized" "Payment required" "Forbidden" "Not found" "Gone"
    "Too many requests" "Out of storage")

manifest() { # name, dependencies...
    local name=$1
    shift
    printf '[package]\nname = "%s"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n' "$name"
    printf '[dependencies]\n'
    printf '%s\n' "$@"
    # Not part of any enclosing workspace.
    printf '\n[workspace]\n'
    if [[ -n $macro_opt_level ]]; then
        printf '\n[profile.%s.build-override]\nopt-level = %s\n' "$profile" "$macro_opt_level"
    fi
}

thiserror_dep='thiserror = "2"'
apicodes_dep="apicodes = { path = \"$work/apicodes\" }"
serde_dep='serde = { version = "1", features = ["derive"] }'
serde_json_dep='serde_json = "1"'

for crate in derive manual check; do
    mkdir -p "$work/$crate/src"
    # The workspace's lockfile pins the same versions for every crate here
    # (cargo drops the entries a crate does not use).
    if [[ -f $root/Cargo.lock ]]; then
        cp "$root/Cargo.lock" "$work/$crate/Cargo.lock"
    fi
done
write_manifests() {
    manifest bench_derive "$thiserror_dep" "$apicodes_dep" >"$work/derive/Cargo.toml"
    manifest bench_manual "$thiserror_dep" "$serde_dep" "$serde_json_dep" >"$work/manual/Cargo.toml"
    manifest bench_check "$apicodes_dep" "bench_derive = { path = \"../derive\" }" \
        "bench_manual = { path = \"../manual\" }" >"$work/check/Cargo.toml"
}
write_manifests

# Variant i has kind i % 6: a unit, tuple or struct variant, with the
# documented message, a fixed message of its own, or an interpolated one.
# Its code is codes[i % 8], written as a number or as a `Code` name.
{
    echo '//! Generated by benches/compile_time.sh: (a), the derive.'
    echo
    echo '/// A generated error type.'
    echo '#[derive(Debug, thiserror::Error, apicodes::ApiError)]'
    echo 'pub enum BenchError {'
} >"$work/derive/src/lib.rs"
{
    echo '//! Generated by benches/compile_time.sh: (b), by hand.'
    echo
    echo 'use std::borrow::Cow;'
    echo
    echo '/// A generated error type.'
    echo '#[derive(Debug, thiserror::Error)]'
    echo 'pub enum BenchError {'
} >"$work/manual/src/lib.rs"
code_arms=()
message_arms=()
checks=()
for ((i = 0; i < variants; i++)); do
    c=$((i % 8))
    if ((i % 2)); then code=${names[c]}; else code=${codes[c]}; fi
    code_pat=
    case $((i % 6)) in
    0) # unit, documented message
        error="variant $i failed"
        api="code = $code"
        decl="V$i"
        pat="Self::V$i"
        message="Cow::Borrowed(\"${messages[c]}\")"
        value="V$i" ;;
    1) # tuple, documented message
        error="variant $i failed on {0}"
        api="code = $code"
        decl="V$i(u64)"
        pat="Self::V$i(..)"
        message="Cow::Borrowed(\"${messages[c]}\")"
        value="V$i($i)" ;;
    2) # struct, documented message
        error="variant $i failed on {id} of {owner}"
        api="code = $code"
        decl="V$i { id: u64, owner: String }"
        pat="Self::V$i { .. }"
        message="Cow::Borrowed(\"${messages[c]}\")"
        value="V$i { id: $i, owner: \"o\\\"$i\".into() }" ;;
    3) # unit, fixed message of its own, with a character to escape
        error="variant $i failed"
        api="code = $code, message = \"Variant $i said \\\"no\\\"\""
        decl="V$i"
        pat="Self::V$i"
        message="Cow::Borrowed(\"Variant $i said \\\"no\\\"\")"
        value="V$i" ;;
    4) # tuple, interpolated
        error="variant $i: {0} over {1}"
        api="code = $code, message = \"Quota {0} of {1} exceeded ($i)\""
        decl="V$i(u32, String)"
        pat="Self::V$i(f0, f1)"
        code_pat="Self::V$i(..)"
        message="Cow::Owned(format!(\"Quota {f0} of {f1} exceeded ($i)\"))"
        value="V$i($i, \"tab\\there $i\".into())" ;;
    5) # struct, interpolated
        error="variant $i: {id} of {owner}"
        api="code = $code, message = \"Item {id} of {owner} is locked ($i)\""
        decl="V$i { id: u64, owner: String }"
        pat="Self::V$i { id, owner }"
        code_pat="Self::V$i { .. }"
        message="Cow::Owned(format!(\"Item {id} of {owner} is locked ($i)\"))"
        value="V$i { id: $i, owner: \"o\\\"$i\".into() }" ;;
    esac
    printf '    #[error("%s")]\n    #[api_error(%s)]\n    %s,\n' "$error" "$api" "$decl" >>"$work/derive/src/lib.rs"
    printf '    #[error("%s")]\n    %s,\n' "$error" "$decl" >>"$work/manual/src/lib.rs"
    code_arms+=("            ${code_pat:-$pat} => ${codes[c]},")
    message_arms+=("            $pat => $message,")
    checks+=("    check($i, &bench_derive::BenchError::$value, &bench_manual::BenchError::$value);")
done
echo '}' >>"$work/derive/src/lib.rs"
{
    echo '}'
    cat <<'EOF'

/// The JSON body, as a user would declare it for serde.
#[derive(Debug, serde::Serialize)]
pub struct ErrorBody {
    /// The response code.
    pub code: u16,
    /// The public message.
    pub message: Cow<'static, str>,
}

impl BenchError {
    /// The response code.
    #[must_use]
    pub fn code(&self) -> u16 {
        match self {
EOF
    printf '%s\n' "${code_arms[@]}"
    cat <<'EOF'
        }
    }

    /// The public message.
    #[must_use]
    pub fn message(&self) -> Cow<'static, str> {
        match self {
EOF
    printf '%s\n' "${message_arms[@]}"
    cat <<'EOF'
        }
    }

    /// The JSON body.
    #[must_use]
    pub fn body(&self) -> ErrorBody {
        ErrorBody { code: self.code(), message: self.message() }
    }

    /// The JSON body, serialized.
    #[must_use]
    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.body()).expect("a body serializes")
    }
}
EOF
} >>"$work/manual/src/lib.rs"
{
    cat <<'EOF'
//! Generated by benches/compile_time.sh: (a) and (b) give the same bodies.

use apicodes::ApiError as _;

fn check(i: usize, a: &bench_derive::BenchError, b: &bench_manual::BenchError) {
    assert_eq!(a.to_json(), b.to_json(), "variant {i}: body");
    assert_eq!(a.code().as_u16(), b.code(), "variant {i}: code");
    assert_eq!(a.message(), b.message(), "variant {i}: message");
    assert_eq!(a.to_string(), b.to_string(), "variant {i}: Display");
}

fn main() {
EOF
    printf '%s\n' "${checks[@]}"
    echo "    println!(\"{} variants: same bodies\", $variants);"
    echo '}'
} >"$work/check/src/main.rs"

# ------------------------------------------------------------------- checks

echo "rustc:    $(rustc -V)"
echo "cpu:      $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ //' || echo unknown), $(nproc 2>/dev/null || echo '?') cores"
commit_measured "$root"
echo "enum:     $variants variants; profile $profile; $runs runs each"
[[ -z $macro_opt_level ]] || echo "macros:   proc macros and build scripts at opt-level $macro_opt_level"
echo

# Fetch once (may use the network), then check equivalence, untimed.
cargo_in "$work/check" fetch
if [[ $source_kind == registry ]]; then
    # A registry of one directory: the snapshot's crates as `cargo package`
    # makes them for crates.io, beside the locked versions of every other
    # dependency of (a), (b) and the check (`cargo vendor`). Cargo builds
    # crates from a registry as it builds crates.io's: not incrementally,
    # their lints capped. Both (a) and (b) take all they use from it.
    vendor=$work/registry
    cargo_in "$work/apicodes" package --no-verify --allow-dirty \
        -p apicodes-core -p apicodes-macros -p apicodes
    cargo_in "$work/derive" vendor --offline --versioned-dirs \
        -s "$work/manual/Cargo.toml" -s "$work/check/Cargo.toml" "$vendor"
    for crate in "$work"/apicodes/target/package/*.crate; do
        name=$(basename "$crate" .crate)
        tar -C "$vendor" -xzf "$crate"
        printf '{"files":{},"package":"%s"}' "$(sha256sum "$crate" | cut -d' ' -f1)" \
            >"$vendor/$name/.cargo-checksum.json"
    done
    mkdir -p "$work/.cargo"
    printf '[source.crates-io]\nreplace-with = "local"\n\n[source.local]\ndirectory = "%s"\n' \
        "$vendor" >"$work/.cargo/config.toml"
    version=$(sed -n 's/^version = "\(.*\)"$/\1/p' "$work/apicodes/Cargo.toml" | head -n 1)
    apicodes_dep="apicodes = \"=$version\""
    write_manifests
    echo "source:   apicodes $version packaged, from a local registry (as from crates.io)"
else
    echo "source:   apicodes as a path dependency (built as the user's own code)"
fi
cargo_in "$work/check" run --offline --profile "$profile"
echo "check:    $(tail -n 1 "$log")"
rm -rf "$work/check/target"
((generate_only)) && exit 0

# ------------------------------------------------------------------- timing

declare -A times

declare -A last

timed_build() { # key, crate dir
    local start
    start=$(now)
    cargo_in "$2" build --offline --profile "$profile"
    last[$1]=$(since "$start")
    times[$1]+="${last[$1]} "
}

# Clean builds of the whole dependency tree, (b) then (a), alternating.
for ((run = 1; run <= runs; run++)); do
    for crate in manual derive; do
        rm -rf "$work/$crate/target"
        timed_build "clean_$crate" "$work/$crate"
    done
    echo "clean run $run/$runs: b ${last[clean_manual]}s, a ${last[clean_derive]}s"
done

# Incremental rebuilds after touching the source, (b) then (a), alternating;
# one untimed rebuild each first.
for crate in manual derive; do
    touch "$work/$crate/src/lib.rs"
    cargo_in "$work/$crate" build --offline --profile "$profile"
done
for ((run = 1; run <= runs; run++)); do
    for crate in manual derive; do
        touch "$work/$crate/src/lib.rs"
        timed_build "incr_$crate" "$work/$crate"
    done
    echo "incremental run $run/$runs: b ${last[incr_manual]}s, a ${last[incr_derive]}s"
done

# ------------------------------------------------------------------ results

echo
printf '%-26s %12s %12s %8s %8s\n' "build ($profile)" "(b) by hand" "(a) derive" "a/b" "target"
for kind in incr clean; do
    b=$(median <<<"${times[${kind}_manual]}")
    a=$(median <<<"${times[${kind}_derive]}")
    ratio=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.3f", a / b }')
    if [[ $kind == incr ]]; then
        label="incremental (touch)"
        target=1.10
    else
        label="clean (all dependencies)"
        target=0.90
    fi
    met=$(awk -v r="$ratio" -v t="$target" 'BEGIN { print (r <= t) ? "met" : "missed" }')
    printf '%-26s %11ss %11ss %8s %8s %s\n' "$label" "$b" "$a" "$ratio" "<= $target" "$met"
done
echo
echo "all runs (s): clean b: ${times[clean_manual]% } | clean a: ${times[clean_derive]% }"
echo "              incr  b: ${times[incr_manual]% } | incr  a: ${times[incr_derive]% }"
