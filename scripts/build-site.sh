#!/usr/bin/env bash
# Command 1 of the README: builds chibo (release) and the site from content/
# into _site/. Extra arguments go to `chibo build` (e.g. --public).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product chibo >&2
exec .build/release/chibo build "$@"
