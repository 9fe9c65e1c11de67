//! Reading a page of codes (`apicodes::page::parse`) takes time in
//! proportion to the page: three pages of many mistakes and two of a title
//! of many tag openers or character reference openers that are text, each
//! at two sizes, 4x apart. A parse that grows linearly takes about 4x as
//! long for the larger one; one that grows quadratically, 16x.
//!
//! `cargo bench -p apicodes-benches --bench page`. Each page is checked at
//! startup, outside timing, to give the errors it is built to give.

use std::fmt::Write as _;
use std::hint::black_box;

use apicodes::page;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// `n` sections, each with a heading of its own title but the same code:
/// every heading after the first is a duplicate code, and each title is
/// looked up among those before it.
fn many_headings(n: usize) -> String {
    let mut text = String::from("# Codes\n\n");
    for i in 0..n {
        write!(
            text,
            "### 404: MISSING {i}\n\nGone.\n\n```json\n{{\"code\":404,\"message\":\"x\"}}\n```\n\n"
        )
        .expect("a String takes any text");
    }
    text
}

/// One section whose body has `n` members the shape does not have, each
/// on its own line: each is reported with its line.
fn many_members(n: usize) -> String {
    let mut body = String::from("{\"code\":404,\"message\":\"x\"");
    for i in 0..n {
        write!(body, ",\n\"k{i}\":1").expect("a String takes any text");
    }
    format!("# Codes\n\n### 404: NOT FOUND\n\nGone.\n\n```json\n{body}\n}}\n```\n")
}

/// A description of `n` lines, each opening an HTML comment that nothing
/// closes: each is reported.
fn many_html_openers(n: usize) -> String {
    format!(
        "# Codes\n\n### 404: NOT FOUND\n\n{}\n```json\n{SAMPLE}\n```\n",
        "<!--\n".repeat(n)
    )
}

/// A heading whose title holds `n` tag openers that no `>` ends, which
/// is text, and a second section of the same code, the one mistake.
fn many_tag_openers(n: usize) -> String {
    format!(
        "# Codes\n\n### 404: {}\n\nGone.\n\n```json\n{SAMPLE}\n```\n\n\
         ### 404: AGAIN\n\nGone.\n\n```json\n{SAMPLE}\n```\n",
        "<a ".repeat(n)
    )
}

/// A heading whose title holds `n` character reference openers (`&#x`)
/// that no `;` ends, which is text, and a second section of the same code,
/// the one mistake.
fn many_reference_openers(n: usize) -> String {
    format!(
        "# Codes\n\n### 404: {}\n\nGone.\n\n```json\n{SAMPLE}\n```\n\n\
         ### 404: AGAIN\n\nGone.\n\n```json\n{SAMPLE}\n```\n",
        "&#x".repeat(n)
    )
}

/// A section's body.
const SAMPLE: &str = "{\"code\":404,\"message\":\"x\"}";

/// A page of `n` mistakes, and how many errors it gives.
struct Shape {
    name: &'static str,
    make: fn(usize) -> String,
    errors: fn(usize) -> usize,
}

/// Every heading after the first is a duplicate code; every member is
/// unexpected; every comment opened is left open; the tag and reference
/// openers are text.
const SHAPES: [Shape; 5] = [
    Shape {
        name: "many_headings",
        make: many_headings,
        errors: |n| n - 1,
    },
    Shape {
        name: "many_members",
        make: many_members,
        errors: |n| n,
    },
    Shape {
        name: "many_html_openers",
        make: many_html_openers,
        errors: |n| n,
    },
    Shape {
        name: "many_tag_openers",
        make: many_tag_openers,
        errors: |_| 1,
    },
    Shape {
        name: "many_reference_openers",
        make: many_reference_openers,
        errors: |_| 1,
    },
];

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("page_parse");
    for Shape { name, make, errors } in SHAPES {
        for n in [1_000, 4_000] {
            let text = make(n);
            let found = page::parse(&text).expect_err("each page is made of mistakes");
            assert_eq!(found.len(), errors(n), "{name} {n}");
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(name, n), &text, |b, text| {
                b.iter(|| page::parse(black_box(text)));
            });
        }
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
