#!/usr/bin/env bash
# record-octave.sh — re-record the Octave compatibility corpus from real GNU Octave.
#
# Every snippet Tests/NablaRuntimeTests/Corpus/octave/NNN-name.m has its expected output beside it
# in NNN-name.out: the byte-exact standard output of GNU Octave 7.3 running that snippet. This script
# regenerates the .out files and prints which ones changed (with a unified diff).
#
# The exact, deterministic command used for each snippet is:
#
#   cd "$(mktemp -d)"                    # fresh, empty directory: no stray .m file can shadow a builtin
#   cp NNN-name.m snippet.m              # fixed name, so the file name can never affect the run
#   env -i PATH="$PATH" HOME="$PWD" LC_ALL=C LANG=C TERM=dumb COLUMNS=80 \
#     octave-cli --quiet --norc --no-history --no-line-editing --no-window-system snippet.m \
#     </dev/null >stdout 2>stderr
#
#   --quiet        no start-up banner          --norc            no site or user init files
#   --no-history   no history file             --no-line-editing plain stdin, no readline
#   --no-window-system  no graphics            env -i ... LC_ALL=C  a clean, locale-free environment
#
# Only stdout is recorded. Octave writes warnings and errors to stderr; a corpus snippet must produce
# neither, so any stderr text or a non-zero exit status is reported as a PROBLEM (the .out is still
# written, so that it can be inspected) and makes the script exit with status 1.
#
# Usage:
#   Tests/record-octave.sh             re-record every snippet
#   Tests/record-octave.sh --check     compare only; write nothing; exit 1 if any .out would change
#   Tests/record-octave.sh FILE.m ...  re-record just these snippets
#
# Requirements: octave-cli from GNU Octave 7.3 (Debian: apt-get install octave). A different Octave
# version is refused, because display formatting changes between releases.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
corpus="$here/NablaRuntimeTests/Corpus/octave"
expected_version="7.3.0"

check_only=0
files=()
for arg in "$@"; do
  case "$arg" in
    --check) check_only=1 ;;
    -h|--help) sed -n '2,30p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) files+=("$(cd "$(dirname "$arg")" && pwd)/$(basename "$arg")") ;;
  esac
done
if [ ${#files[@]} -eq 0 ]; then
  shopt -s nullglob
  files=("$corpus"/*.m)
fi

if ! command -v octave-cli >/dev/null 2>&1; then
  echo "record-octave: octave-cli not found (install GNU Octave $expected_version)" >&2
  exit 2
fi
version="$(LC_ALL=C octave-cli --version | sed -n '1s/.*version \([0-9.]*\).*/\1/p')"
if [ "$version" != "$expected_version" ]; then
  echo "record-octave: found Octave '$version', the corpus is recorded with $expected_version" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

changed=0 added=0 same=0 problems=0
for src in "${files[@]}"; do
  name="$(basename "$src" .m)"
  out="${src%.m}.out"
  run="$work/$name"
  mkdir "$run"
  cp "$src" "$run/snippet.m"
  status=0
  (cd "$run" && env -i PATH="$PATH" HOME="$run" LC_ALL=C LANG=C TERM=dumb COLUMNS=80 \
      octave-cli --quiet --norc --no-history --no-line-editing --no-window-system snippet.m \
      </dev/null >"$run/stdout" 2>"$run/stderr") || status=$?

  if [ "$status" -ne 0 ] || [ -s "$run/stderr" ]; then
    problems=$((problems + 1))
    echo "PROBLEM $name (exit $status):"
    sed 's/^/    /' "$run/stderr"
  fi

  if [ ! -f "$out" ]; then
    added=$((added + 1))
    echo "new     $name"
  elif cmp -s "$out" "$run/stdout"; then
    same=$((same + 1))
    continue
  else
    changed=$((changed + 1))
    echo "changed $name"
    diff -u "$out" "$run/stdout" --label "$name.out (recorded)" --label "$name.out (octave now)" \
      | sed 's/^/    /' || true
  fi
  if [ "$check_only" -eq 0 ]; then
    cp "$run/stdout" "$out"
  fi
done

echo "record-octave: ${#files[@]} snippets: $same unchanged, $changed changed, $added new, $problems with problems"
if [ "$problems" -gt 0 ]; then exit 1; fi
if [ "$check_only" -eq 1 ] && [ $((changed + added)) -gt 0 ]; then exit 1; fi
exit 0
