#!/usr/bin/env bash
# Records what `jixiao score FILE` (CSV and JSON, the JSON with every cell's place) and
# `jixiao import FILE --out DIR` (every case file written) give for files of forms, so a change
# to the import path can be shown to keep them byte for byte (#15 item 6).
#
#   scripts/import_outputs.sh BIN OUTDIR FILE...   # e.g. target/debug/jixiao /tmp/before \
#       /work/shared/real-forms/*.txt /work/shared/templates/*.xlsx tests/data/seed-2023-huainan.txt
#   diff -r /tmp/before /tmp/after
#
# Run from the repository root; files are scored under rules/anhui-2023.
set -u
bin=$(realpath "$1"); out=$2; shift 2
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for file in "$@"; do
    name=$(basename "$file")
    for format in csv json; do
        "$bin" score "$file" --rules rules/anhui-2023 --format "$format" \
            >"$out/$name.$format" 2>"$out/$name.$format.err"
        echo $? >>"$out/$name.$format.err"
    done
    rm -rf "$work/cases"
    "$bin" import "$file" --out "$work/cases" --rules anhui-2023 >/dev/null 2>"$out/$name.import.err"
    echo $? >>"$out/$name.import.err"
    for f in "$work"/cases/*.toml; do
        [ -e "$f" ] || continue
        echo "=== $(basename "$f")"
        cat "$f"
    done >"$out/$name.cases"
done
sed -i "s#$work#WORK#g" "$out"/*
