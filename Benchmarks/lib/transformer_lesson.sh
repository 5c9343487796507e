#!/usr/bin/env bash
# Benchmarks/lib/transformer_lesson.sh NABLA — wall time of lesson 15's classroom demo run straight
# through with the release binary: it builds the two-head transformer block and trains it for 300
# Adam steps on the reverse task (the run the lesson promises finishes "in seconds"). The whole demo
# is timed, so the number is an upper bound on the training run. Target: under 30 s. Prints one
# table line; exits non-zero only when the harness fails (the demo errs or never trains).
set -euo pipefail
NABLA=$1
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
start=$(date +%s.%N)
# Progress of the demo goes to a scratch state folder, never the user's.
XDG_STATE_HOME=$WORK "$NABLA" lesson 15 --demo --no-pause --lang en --lessons "$ROOT/Lessons" >"$WORK/out.txt" 2>&1
end=$(date +%s.%N)
if ! grep -q "^done: L .* after 300 steps" "$WORK/out.txt"; then
    echo "   lesson 15's demo did not finish its training run:" >&2
    grep -m3 -i "error" "$WORK/out.txt" >&2 || tail -n 3 "$WORK/out.txt" >&2
    exit 1
fi
awk -v s="$start" -v e="$end" 'BEGIN {
    t = e - s
    printf "   %-44s %8.2f s   target < 30 s: %s\n", "lesson 15 demo (block + 300 Adam steps)", t, (t < 30 ? "met" : "not met")
}'
