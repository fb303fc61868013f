#!/usr/bin/env bash
# Command 2 of the README: runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec swift test "$@"
