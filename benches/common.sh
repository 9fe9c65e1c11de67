# Shared by compile_time.sh and compile_floor.sh (sourced, not run).

# Runs cargo quietly in a crate (its own target dir); on failure shows its
# output (kept in $log) and stops.
cargo_in() { # dir, cargo arguments...
    local dir=$1
    shift
    if ! (cd "$dir" && CARGO_TARGET_DIR=$dir/target cargo "$@") >"$log" 2>&1; then
        echo "cargo $* failed in $dir:" >&2
        cat "$log" >&2
        exit 1
    fi
}

now() { date +%s.%N; }

# Seconds from start to now, to the millisecond.
since() { # start
    awk -v s="$1" -v e="$(now)" 'BEGIN { printf "%.3f", e - s }'
}

# The median of the numbers on standard input (separated by spaces).
median() {
    tr ' ' '\n' | awk 'NF' | sort -g | awk '{ v[NR] = $1 } END {
        if (NR % 2) printf "%.3f", v[(NR + 1) / 2]; else printf "%.3f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# The commit measured, marked +dirty when the crates' sources differ from it.
commit_measured() { # root
    local rev
    rev=$(git -C "$1" rev-parse --short HEAD 2>/dev/null) || return 0
    [[ -z $(git -C "$1" status --porcelain -- src core macros Cargo.toml 2>/dev/null) ]] || rev="$rev+dirty"
    echo "apicodes: $rev"
}
