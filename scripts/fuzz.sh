#!/usr/bin/env bash
# Runs the cargo-fuzz target (fuzz/fuzz_targets/pipeline.rs: arbitrary bytes through the whole
# pipeline) for N seconds, default 60. It needs a nightly toolchain and cargo-fuzz; without
# them it says so and exits 0, and the property tests (tests/robust_fuzz.rs, run by
# `cargo test --release`) remain the fuzzing CI always does. A finding fails the run and is
# saved in fuzz/artifacts/pipeline/: turn it into a row of tests/robust_adversarial.rs.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}

if ! rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
    echo "fuzz: no nightly toolchain; skipped (tests/robust_fuzz.rs is the fallback)"
    exit 0
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked || {
        echo "fuzz: cargo-fuzz cannot be installed; skipped (tests/robust_fuzz.rs is the fallback)"
        exit 0
    }
fi

# Seeds: the sample articles, one per file.
seeds=fuzz/corpus/pipeline
mkdir -p "$seeds"
awk -v d="$seeds" '{ f = sprintf("%s/gold%03d", d, NR); print > f; close(f) }' corpus/gold.jsonl

# The fuzz crate is its own workspace; its build goes to fuzz/target (ignored by git). No
# sanitizer: dixit has no unsafe code, and without one the runs are many times faster.
cargo +nightly fuzz run --sanitizer none pipeline -- -max_total_time="$secs" -max_len=8192 -rss_limit_mb=4096 -timeout=10
