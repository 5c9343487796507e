#!/usr/bin/env bash
# `make lint`: swift-format with the repository's .swift-format, in two strengths.
#
# - Its rules (the "rules" set to true in .swift-format: shorthand type names, no force-try,
#   triple-slash doc comments, …) hold for every Swift file: any finding fails.
# - Its layout (indentation, line breaks, line length, commas, spacing) holds for the folders
#   in FORMATTED: all of Sources and Tests. (They were formatted a folder at a
#   time while nobody had open work in them; keep the list if a folder ever needs leaving out.)
#
# SWIFT_FORMAT overrides the command (default: the toolchain's `swift format`).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

FORMATTED=(Sources Tests)
read -r -a FORMAT <<< "${SWIFT_FORMAT:-swift format}"

# The rules switched on in .swift-format, as an alternation for grep: (UseShorthandTypeNames|…).
rules=$(grep -oE '"[A-Z][A-Za-z]+" *: *true' .swift-format | cut -d'"' -f2 | paste -sd'|')
[[ -n "$rules" ]] || { echo "lint: no rules found in .swift-format" >&2; exit 2; }

findings=$("${FORMAT[@]}" lint --parallel --recursive Sources Tests Package.swift 2>&1 || true)
if grep -qE 'error:' <<< "$findings"; then
    echo "$findings" | grep -E 'error:' >&2
    echo "lint: swift-format could not check every file" >&2
    exit 2
fi
formatted=$(printf '%s|' "${FORMATTED[@]}"); formatted="^(${formatted%|})/"
failing=$(grep -E "warning: \[($rules)\]" <<< "$findings" || true)
layout=$(grep -E "$formatted" <<< "$findings" | grep -vE "warning: \[($rules)\]" || true)
failing=$(printf '%s\n%s\n' "$failing" "$layout" | sed '/^$/d' | sort -u)
if [[ -n "$failing" ]]; then
    echo "$failing" >&2
    echo "lint: $(wc -l <<< "$failing") finding(s); \`make format\` fixes the layout of the formatted folders" >&2
    exit 1
fi
echo "lint: clean (rules everywhere; layout in ${FORMATTED[*]})"
