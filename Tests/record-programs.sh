#!/usr/bin/env bash
# record-programs.sh — re-record the multi-file program corpus from real GNU Octave.
#
# Each folder Tests/NablaRuntimeTests/Corpus/programs/NAME/ is a small course-style program:
# function files, a driver script main.m and data files. Its expected output is main.out, the
# byte-exact standard output of GNU Octave 7.3 running main.m in a fresh copy of the folder:
#
#   cp -R NAME/. "$(mktemp -d)"; cd there
#   env -i PATH="$PATH" HOME="$PWD" LC_ALL=C LANG=C TERM=dumb COLUMNS=80 \
#     octave-cli --quiet --norc --no-history --no-line-editing --no-window-system main.m
#
# (the same flags as record-octave.sh). A program must run without errors or warnings in
# Octave; any stderr text is reported as a PROBLEM. What Nabla alone writes to stderr (its
# note that a file replaces a builtin) is kept by hand in main.err beside main.out.
#
# Usage:
#   Tests/record-programs.sh            re-record every program
#   Tests/record-programs.sh --check    compare only; exit 1 if any main.out would change
#   Tests/record-programs.sh NAME ...   re-record just these programs
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
corpus="$here/NablaRuntimeTests/Corpus/programs"
expected_version="7.3.0"

check_only=0
names=()
for arg in "$@"; do
  case "$arg" in
    --check) check_only=1 ;;
    -h|--help) sed -n '2,22p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) names+=("$(basename "$arg")") ;;
  esac
done
if [ ${#names[@]} -eq 0 ]; then
  for d in "$corpus"/*/; do names+=("$(basename "$d")"); done
fi

command -v octave-cli >/dev/null 2>&1 || { echo "record-programs: octave-cli not found" >&2; exit 2; }
version="$(LC_ALL=C octave-cli --version | sed -n '1s/.*version \([0-9.]*\).*/\1/p')"
if [ "$version" != "$expected_version" ]; then
  echo "record-programs: found Octave '$version', the corpus is recorded with $expected_version" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
changed=0 same=0 added=0 problems=0
for name in "${names[@]}"; do
  src="$corpus/$name"
  run="$work/$name"
  mkdir -p "$run"
  cp -R "$src/." "$run/"
  rm -f "$run/main.out" "$run/main.err" "$run/octave-stderr-ok"
  status=0
  (cd "$run" && env -i PATH="$PATH" HOME="$run" LC_ALL=C LANG=C TERM=dumb COLUMNS=80 \
      octave-cli --quiet --norc --no-history --no-line-editing --no-window-system main.m \
      </dev/null >"$work/$name.stdout" 2>"$work/$name.stderr") || status=$?
  # A program that draws (figure, plot) makes Octave's gnuplot toolkit warn on stderr; its
  # folder holds an empty octave-stderr-ok file, and only the exit status counts there.
  if [ -f "$src/octave-stderr-ok" ] && [ "$status" -eq 0 ]; then : > "$work/$name.stderr"; fi
  if [ "$status" -ne 0 ] || [ -s "$work/$name.stderr" ]; then
    problems=$((problems + 1))
    echo "PROBLEM $name (exit $status):"
    sed 's/^/    /' "$work/$name.stderr"
  fi
  if [ ! -f "$src/main.out" ]; then
    added=$((added + 1)); echo "new     $name"
  elif cmp -s "$src/main.out" "$work/$name.stdout"; then
    same=$((same + 1)); continue
  else
    changed=$((changed + 1)); echo "changed $name"
    diff -u "$src/main.out" "$work/$name.stdout" | sed 's/^/    /' || true
  fi
  if [ "$check_only" -eq 0 ]; then cp "$work/$name.stdout" "$src/main.out"; fi
done
echo "record-programs: ${#names[@]} programs: $same unchanged, $changed changed, $added new, $problems with problems"
if [ "$problems" -gt 0 ]; then exit 1; fi
if [ "$check_only" -eq 1 ] && [ $((changed + added)) -gt 0 ]; then exit 1; fi
exit 0
