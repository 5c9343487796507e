"""Median wall-clock time of a command, for machines without hyperfine.

Usage: python3 median_wall_time.py RUNS WARMUPS -- COMMAND [ARG...]

Runs COMMAND WARMUPS times untimed (to fill the page cache, as hyperfine's --warmup does), then RUNS
times timed, with stdin and stdout on /dev/null. Prints the median in seconds on one line. Exits 1 with
the command's stderr if any run fails: a failing command has no meaningful start-up time.
"""

import statistics
import subprocess
import sys
import time


def run_once(command: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.stderr.write(done.stderr.decode(errors="replace"))
        sys.exit(1)
    return elapsed


def main() -> None:
    if len(sys.argv) < 5 or sys.argv[3] != "--":
        sys.exit(__doc__)
    runs, warmups, command = int(sys.argv[1]), int(sys.argv[2]), sys.argv[4:]
    for _ in range(warmups):
        run_once(command)
    print(f"{statistics.median(run_once(command) for _ in range(runs)):.6f}")


if __name__ == "__main__":
    main()
