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
# the maximum RSS. `--format json` is used when this chibo accepts it, else the
# text format is parsed.
#
# Fails (exit 1) unless every run reports exactly the planted faults: as many
# errors as faults, the same count for each code, no warnings, and exit code 1
# (0 when FAULTS=0). Environment: FAULTS (default 40), SEED (1), KEEP=1 keeps
# the corpus, OUT (the corpus folder), FORMAT=text|json (default: json when
# accepted), BUILD_RETRIES (3; the build is retried a minute later when it fails).
set -euo pipefail

PAGES="${1:-${PAGES:-10000}}"
RUNS="${2:-${RUNS:-5}}"
FAULTS="${FAULTS:-40}"
SEED="${SEED:-1}"
OUT="${OUT:-/dev/shm/chibo-bench-check}"
BUILD_RETRIES="${BUILD_RETRIES:-3}"

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

echo "== building chibo (release)"
attempt=1
until swift build -c release --product chibo; do
    if (( attempt >= BUILD_RETRIES )); then
        echo "check-benchmark: the build failed $attempt times" >&2
        exit 2
    fi
    echo "check-benchmark: build failed, retrying in 60 s ($attempt/$BUILD_RETRIES)" >&2
    attempt=$((attempt + 1))
    sleep 60
done
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

format="${FORMAT:-}"
if [[ -z "$format" ]]; then
    format=text
    if "$chibo" check --help 2>&1 | grep -Eq 'values:[^)]*\bjson\b'; then format=json; fi
fi
echo "== chibo check --format $format, $RUNS cold runs"

python3 - "$chibo" "$OUT" "$RUNS" "$format" <<'PY'
import json, os, re, statistics, subprocess, sys, time

chibo, out, runs, fmt = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
content = os.path.join(out, "content")
summary = json.load(open(os.path.join(out, "summary.json")))
planted = json.load(open(os.path.join(out, "faults.json")))
expected = {code: n for code, n in summary["faults"].items() if n}
total = sum(summary["faults"].values())

LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?P<severity>error|warning|note): (?P<message>.*) \[(?P<code>[^\]]+)\]$")

def parse(stdout, stderr):
    if fmt == "json":
        try:
            report = json.loads(stdout)
        except ValueError:
            return []
        diagnostics = report["diagnostics"] if isinstance(report, dict) else report
        return [{"file": d.get("file", ""), "line": d.get("line"), "severity": d.get("severity"),
                 "code": d.get("code"), "message": d.get("message", "")} for d in diagnostics]
    result = []
    for line in (stdout + "\n" + stderr).splitlines():
        match = LINE.match(line)
        if match:
            d = match.groupdict()
            d["line"] = int(d["line"])
            result.append(d)
    return result

def relative(path):
    prefix = out.rstrip("/") + "/"
    return path[len(prefix):] if path.startswith(prefix) else path

command = [chibo, "check", "--content", content] + (["--format", "json"] if fmt == "json" else [])
times, rss, failures = [], [], []
for run in range(1, runs + 1):
    with open(os.path.join(out, "check.stdout"), "w+b") as out_file, \
         open(os.path.join(out, "check.stderr"), "w+b") as err_file:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=out, stdout=out_file, stderr=err_file)
        # wait4 gives this run's own peak RSS (kilobytes on Linux).
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out_file.seek(0)
        err_file.seek(0)
        stdout, stderr = out_file.read(), err_file.read()
    times.append(elapsed)
    rss.append(usage.ru_maxrss)
    diagnostics = parse(stdout.decode("utf-8", "replace"), stderr.decode("utf-8", "replace"))
    errors = [d for d in diagnostics if d["severity"] == "error"]
    warnings = [d for d in diagnostics if d["severity"] == "warning"]
    by_code = {}
    for d in errors:
        by_code[d["code"]] = by_code.get(d["code"], 0) + 1
    ok = len(errors) == total and by_code == expected and not warnings \
        and process.returncode == (1 if total else 0)
    print(f"run {run}: {elapsed:.3f} s, exit {process.returncode}, "
          f"{len(errors)} errors, {len(warnings)} warnings, {len(diagnostics) - len(errors) - len(warnings)} notes"
          + ("" if ok else "  <-- WRONG"))
    if not ok and not failures:
        failures.append(run)
        print(f"  expected exit {1 if total else 0} and errors by code {json.dumps(expected, sort_keys=True)}")
        print(f"  got      exit {process.returncode} and errors by code {json.dumps(by_code, sort_keys=True)}")
        wanted = {(m["file"], m["code"]) for m in planted}
        seen = {(relative(d["file"]), d["code"]) for d in errors}
        for m in planted:
            if (m["file"], m["code"]) not in seen:
                print(f"  missed:     {m['file']}:{m['line']}: [{m['code']}] {m['text'][:120]}")
        for d in errors + warnings:
            if (relative(d["file"]), d["code"]) not in wanted or d["severity"] == "warning":
                print(f"  unexpected: {relative(d['file'])}:{d['line']}: {d['severity']}: {d['message'][:160]} [{d['code']}]")
        if not diagnostics and process.returncode not in (0, 1):
            print("  stderr: " + stderr.decode("utf-8", "replace")[:2000])
    elif not ok:
        failures.append(run)

print(f"times (s): {' '.join(f'{t:.3f}' for t in times)}")
print(f"median: {statistics.median(times):.3f} s   min: {min(times):.3f} s   max: {max(times):.3f} s")
print(f"max RSS: {max(rss) / 1024:.1f} MB")
print(f"corpus: {summary['pages']} pages, {summary['directives']} directives, "
      f"{summary['bytes'] / 1e6:.1f} MB")
if failures:
    print(f"FAIL: runs {failures} did not report exactly the {total} planted faults")
    sys.exit(1)
print(f"OK: every run reported exactly the {total} planted faults")
PY
