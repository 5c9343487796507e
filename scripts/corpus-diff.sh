#!/usr/bin/env bash
# Runs every Octave corpus snippet through a nabla binary and lists those whose output
# differs from the recorded Octave output. Usage: scripts/corpus-diff.sh [path/to/nabla] [-v]
set -u
bin=$(realpath "${1:-.build/debug/nabla}")
verbose=${2:-}
dir=$(cd "$(dirname "$0")/../Tests/NablaRuntimeTests/Corpus/octave" && pwd)
pass=0; fail=0
for m in "$dir"/*.m; do
  if (cd "$dir" && timeout 10 "$bin" "$(basename "$m")" 2>&1) | cmp -s - "${m%.m}.out"; then
    pass=$((pass+1))
  else
    fail=$((fail+1)); echo "FAIL $(basename "$m")"
    if [ "$verbose" == "-v" ]; then (cd "$dir" && timeout 10 "$bin" "$(basename "$m")" 2>&1) | diff - "${m%.m}.out" | head -8; fi
  fi
done
echo "$pass passed, $fail failed"
