"""Run a command and report its peak resident memory.

Usage: python3 peak_rss.py FILE -- COMMAND [ARG...]

Runs COMMAND with this process's standard input, output and error, then writes the peak resident
set size of the command (and anything it waited for) in MiB to FILE, from getrusage(RUSAGE_CHILDREN).
Exits with the command's status.
"""

import resource
import subprocess
import sys


def main() -> None:
    separator = sys.argv.index("--")
    target, command = sys.argv[1], sys.argv[separator + 1:]
    status = subprocess.call(command)
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    with open(target, "w") as out:
        out.write(f"{peak_kib / 1024:.0f}\n")
    sys.exit(status)


if __name__ == "__main__":
    main()
