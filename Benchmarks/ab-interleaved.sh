#!/usr/bin/env bash
# Two chibo binaries timed in turn on one content folder, so that a machine
# whose speed drifts during a run (other tenants, heat) slows both alike:
#
#     Benchmarks/ab-interleaved.sh BASE NEW CONTENT [ROUNDS] [THEME]
#
# Each round runs, for BASE then NEW, `chibo check` and `chibo build` into a
# folder on tmpfs (and `check --jobs 1`, which shows a cost that two threads
# hide), each under /usr/bin/time. Prints the median and the minimum of the
# wall and CPU (user + system) seconds of each. Make CONTENT with
# `python3 Benchmarks/generate-content.py --pages 10000 --out DIR --faults 0`.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base="$1"; new="$2"; content="$3"; rounds="${4:-7}"; theme="${5:-$repo/theme}"
times="$(mktemp)"; site="$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d)"
trap 'rm -rf "$times" "$site"' EXIT
for _ in $(seq "$rounds"); do
    for label in base new; do
        binary="$base"; [[ $label == new ]] && binary="$new"
        /usr/bin/time -f "$label check %e %U %S" "$binary" check --content "$content" >/dev/null 2>>"$times" || true
        /usr/bin/time -f "$label check-jobs-1 %e %U %S" "$binary" check --content "$content" --jobs 1 >/dev/null 2>>"$times" || true
        rm -rf "$site/out"
        /usr/bin/time -f "$label build %e %U %S" "$binary" build --content "$content" --theme "$theme" --output "$site/out" >/dev/null 2>>"$times" || true
    done
done
grep -E "^(base|new) " "$times" | python3 -c '
import sys, statistics as st
runs = {}
for line in sys.stdin:
    label, what, wall, user, system = line.split()
    runs.setdefault((what, label), []).append((float(wall), float(user) + float(system)))
for (what, label), values in sorted(runs.items()):
    wall = [v[0] for v in values]; cpu = [v[1] for v in values]
    print(f"{what:13} {label:4}  wall median {st.median(wall):.3f} s, min {min(wall):.3f} s;  cpu median {st.median(cpu):.3f} s, min {min(cpu):.3f} s  ({len(values)} runs)")
'
