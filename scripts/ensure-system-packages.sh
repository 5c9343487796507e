#!/usr/bin/env bash
# ensure-system-packages.sh — install whichever of the named Debian packages are missing.
#
# Usage: scripts/ensure-system-packages.sh PACKAGE...
#
# Contract:
#   * A package counts as present when `dpkg -s` reports "Status: install ok installed". A bare
#     `dpkg -s` exit code is not enough: it also succeeds for a package that was removed but left its
#     configuration files behind ("deinstall ok config-files").
#   * When everything is present the script prints nothing and touches nothing — so `make test` on a
#     prepared machine needs neither the network nor root.
#   * When something is missing it says which packages it installs, runs `apt-get update` once (a
#     fresh machine or container often has no package lists at all) and then `apt-get install`.
#     As root it calls apt-get directly (CI runs as root with no stdin); otherwise through sudo.
#   * Exits non-zero with a message that names the missing packages when it cannot install them
#     (no apt-get, not root and no sudo, or apt-get failed).
set -euo pipefail

if (($# == 0)); then
    echo "usage: $0 PACKAGE..." >&2
    exit 2
fi

is_installed() {
    dpkg -s "$1" 2>/dev/null | grep -q '^Status: install ok installed$'
}

missing=()
if command -v dpkg >/dev/null 2>&1; then
    for package in "$@"; do
        is_installed "$package" || missing+=("$package")
    done
else
    # Not a Debian-family system: we cannot tell what is installed, so say what is needed and let the
    # build report anything that is really absent.
    echo "note: dpkg not found; make sure these are installed: $*" >&2
    exit 0
fi

if ((${#missing[@]} == 0)); then
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: missing system packages (${missing[*]}) and apt-get is not available to install them." >&2
    exit 1
fi

if [[ $(id -u) -eq 0 ]]; then
    as_root=(env DEBIAN_FRONTEND=noninteractive)
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo env DEBIAN_FRONTEND=noninteractive)
else
    echo "error: missing system packages (${missing[*]}); install them as root:" >&2
    echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 1
fi

via=""
[[ ${as_root[0]} == sudo ]] && via=" (via sudo)"
echo "Installing missing system packages${via}: ${missing[*]}"
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
