#!/usr/bin/env bash
# Records what the `jixiao` binary prints (stdout, stderr, exit code) for score, diff,
# regress (with and without --accept), check and rules changelog over the shipped cases and
# rules and a generated corpus, so a refactor can be shown to keep behaviour byte for byte
# (#14: "outputs identical before and after").
#
#   scripts/outputs.sh BIN OUTDIR [COUNT]     # e.g. target/release/jixiao /tmp/before 10000
#   diff -r /tmp/before /tmp/after
#
# Run from the repository root. The generated corpus (`jixiao gen`, deterministic) and a
# scratch copy of rules/ and cases/ for `--accept` go under $TMPDIR and are removed.
set -u
bin=$(realpath "$1"); out=$(realpath -m "$2"); count=${3:-10000}
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() { # name, then the arguments
    local name=$1; shift
    "$bin" "$@" >"$out/$name.out" 2>"$out/$name.err"
    echo $? >"$out/$name.rc"
}
"$bin" gen --count "$count" --out "$work/gen" >/dev/null 2>&1
run score-table score
run score-explain score --explain
run score-json score --format json
run score-csv score --format csv
run score-expect score --check-expect
run score-rules score --rules rules/anhui-2023-threshold cases/huainan-2023
run score-points score --points rules --format csv
run score-gen-table score "$work/gen"
run score-gen-json score --format json "$work/gen"
run score-gen-csv score --format csv "$work/gen"
run score-missing score --rules-root nowhere cases/huainan-2023
run diff-table diff --from anhui-2022 --to anhui-2023
run diff-json diff --from anhui-2023 --to anhui-2023-threshold --format json
run diff-md diff --from anhui-2023 --to anhui-2023-threshold --format md cases/huainan-2023
run diff-gen diff --from anhui-2023 --to anhui-2023-threshold "$work/gen"
run regress regress
run regress-json regress --format json --coverage
run regress-junit regress --format junit
run regress-rules regress --rules rules/anhui-2023-threshold
run regress-points regress --points rules huainan-2023
run regress-unknown regress nosuch
run check check
run changelog rules changelog anhui-2022 anhui-2023
run changelog-threshold rules changelog anhui-2023 anhui-2023-threshold
# Accepting writes files: in a scratch copy, then the files it wrote (the date blanked).
mkdir -p "$work/repo" && cp -r rules cases "$work/repo/"
(cd "$work/repo" && run accept regress --rules rules/anhui-2023-threshold --accept --note "why" --by tester huainan-2023
 run accept-none regress --accept nosuchcase --note "why" --by tester
 run accept-nonote regress --accept)
for f in "$work"/repo/rules/*/accepted/*.toml; do
    sed -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2}/DATE/' "$f"
done >"$out/accepted-files.txt"
sed -i "s#$work#WORK#g" "$out"/*
