#!/usr/bin/env bash
# Times `chibo check` on a synthetic corpus and verifies what it reports.
#
#     Benchmarks/check-benchmark.sh [PAGES=10000] [RUNS=5]
#
# Builds chibo in release, generates PAGES guidance pages with 40 planted
# faults (Benchmarks/generate-content.py) into /dev/shm/chibo-bench-check
# (tmpfs, so the disk is out of the figures), copies theme/ next to content/,
# then runs `chibo check --content DIR/content` RUNS times, each in a fresh
# process with no warm-up run, and prints every wall-clock time, the median and
# the maximum RSS.
#
# Fails (exit 1) unless every run reports exactly the planted faults, each
# at its file and line with its code, no other error or warning, and exit
# code 1 (0 when FAULTS=0). Environment: FAULTS (default 40), SEED (1),
# KEEP=1 keeps the corpus, OUT (the corpus folder).
set -euo pipefail

PAGES="${1:-${PAGES:-10000}}"
RUNS="${2:-${RUNS:-5}}"
FAULTS="${FAULTS:-40}"
SEED="${SEED:-1}"
OUT="${OUT:-/dev/shm/chibo-bench-check}"

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

echo "== building chibo (release)"
swift build -c release --product chibo
chibo="$repo/.build/release/chibo"

cleanup() {
    if [[ "${KEEP:-0}" != "1" ]]; then rm -rf "$OUT"; fi
}
trap cleanup EXIT

echo "== generating $PAGES pages with $FAULTS faults into $OUT"
rm -rf "$OUT"
mkdir -p "$OUT"
gen_start=$(date +%s.%N)
python3 Benchmarks/generate-content.py --pages "$PAGES" --out "$OUT" --seed "$SEED" --faults "$FAULTS" >"$OUT/summary.json"
gen_end=$(date +%s.%N)
cat "$OUT/summary.json"
awk -v a="$gen_start" -v b="$gen_end" 'BEGIN { printf "generated in %.1f s\n", b - a }'
cp -r "$repo/theme" "$OUT/theme"

echo "== chibo check --format json, $RUNS cold runs"
python3 - "$chibo" "$OUT" "$RUNS" <<'PY'
import json, os, statistics, subprocess, sys, time

chibo, out, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
summary = json.load(open(os.path.join(out, "summary.json")))
planted = sorted((m["file"], m["line"], m["code"]) for m in json.load(open(os.path.join(out, "faults.json"))))
prefix = out.rstrip("/") + "/"

command = [chibo, "check", "--content", os.path.join(out, "content"), "--format", "json"]
times, rss, failed = [], [], []
for run in range(1, runs + 1):
    with open(os.path.join(out, "check.json"), "w+b") as report_file:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=out, stdout=report_file, stderr=subprocess.DEVNULL)
        # wait4 gives this run's own peak RSS (kilobytes on Linux).
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        report_file.seek(0)
        report = json.load(report_file)
    times.append(elapsed)
    rss.append(usage.ru_maxrss)
    exit_code = os.waitstatus_to_exitcode(status)
    found = sorted((d["file"][len(prefix):] if d["file"].startswith(prefix) else d["file"], d["line"], d["code"])
                   for d in report["diagnostics"] if d["severity"] in ("error", "warning"))
    ok = found == planted and exit_code == (1 if planted else 0)
    print(f"run {run}: {elapsed:.3f} s, exit {exit_code}, {report['summary']}" + ("" if ok else "  <-- WRONG"))
    if not ok:
        failed.append(run)
        for fault in sorted(set(planted) - set(found)):
            print(f"  missed:     {fault}")
        for finding in sorted(set(found) - set(planted)):
            print(f"  unexpected: {finding}")

print(f"times (s): {' '.join(f'{t:.3f}' for t in times)}")
print(f"median: {statistics.median(times):.3f} s   min: {min(times):.3f} s   max: {max(times):.3f} s")
print(f"max RSS: {max(rss) / 1024:.1f} MB")
print(f"corpus: {summary['pages']} pages, {summary['directives']} directives, {summary['bytes'] / 1e6:.1f} MB")
if failed:
    sys.exit(f"FAIL: runs {failed} did not report exactly the {len(planted)} planted faults")
print(f"OK: every run reported exactly the {len(planted)} planted faults, each at its file and line")
PY
