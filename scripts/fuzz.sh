#!/usr/bin/env bash
# Fuzzes chibo's readers with libFuzzer (issue 8). See Fuzz/README.md.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]        fuzz each target SECONDS (600)
#   scripts/fuzz.sh --replay TARGET PATH...      run files or folders of inputs once
#   scripts/fuzz.sh --merge [SECONDS] [TARGET...] also merge new inputs into Fuzz/corpus
#
# Targets: fuzz-front-matter fuzz-markdown-citations fuzz-csv-records fuzz-slug fuzz-import.
# Each runs on a copy of Fuzz/corpus/TARGET in Fuzz/work/TARGET/ (git-ignored),
# so the committed seeds do not grow unless --merge is given. Crash, timeout
# and out-of-memory inputs are written to Fuzz/work/TARGET/artifacts/.
# FUZZ_PARALLEL=2 runs two targets at a time (default 1). Exits 1 when any
# target crashed, hung or ran out of memory.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
fuzz="$root/Fuzz"
scratch="$fuzz/.build-fuzz"
all_targets=(fuzz-front-matter fuzz-markdown-citations fuzz-csv-records fuzz-slug fuzz-import)
[ -d /opt/swift/usr/bin ] && export PATH="/opt/swift/usr/bin:$PATH"

# Swift's Regex leaves each pattern's parse tree unreachable once, when it
# compiles it; the import's patterns are compiled once for the process, so
# that target runs without the exit-time leak check (every other has it).
asan_options_of() {
  case "$1" in
    fuzz-import) echo "detect_leaks=0" ;;
    *) echo "detect_leaks=1" ;;
  esac
}

max_len_of() {
  case "$1" in
    fuzz-markdown-citations) echo 65536 ;;
    fuzz-front-matter) echo 16384 ;;
    fuzz-csv-records) echo 32768 ;;
    fuzz-slug) echo 1024 ;;
    fuzz-import) echo 32768 ;;
    *) echo "unknown target: $1 (one of: ${all_targets[*]})" >&2; exit 2 ;;
  esac
}

mode=fuzz
merge=0
case "${1:-}" in
  --replay) mode=replay; shift ;;
  --merge) merge=1; shift ;;
  -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
esac

"$root/scripts/setup.sh"

# Release with address sanitizer and libFuzzer's coverage; -enable-testing for
# the targets' `@testable import ChiboKit`. Retried when a source changes
# under the build (someone editing the checkout meanwhile).
build() {
  local log="$fuzz/.build-fuzz.log" attempt
  for attempt in 1 2 3 4 5; do
    if swift build --package-path "$fuzz" --scratch-path "$scratch" -c release \
         -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing >"$log" 2>&1; then
      return 0
    fi
    grep -q "modified during the build" "$log" || break
    sleep 5
  done
  grep -v "Cannot export local symbol" "$log" | tail -40 >&2
  echo "fuzz: build failed (full log: $log)" >&2
  exit 2
}
echo "fuzz: building Fuzz/ (release, -sanitize=fuzzer,address)…" >&2
build
bin="$scratch/release"

if [ "$mode" = replay ]; then
  target="${1:?--replay TARGET PATH...}"; shift
  max_len_of "$target" >/dev/null
  files=()
  for path in "$@"; do
    if [ -d "$path" ]; then
      while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$path" -type f -print0 | sort -z)
    else
      files+=("$path")
    fi
  done
  ((${#files[@]})) || { echo "fuzz: no inputs given" >&2; exit 2; }
  # libFuzzer runs each file given (not a folder) once and stops at the first failure.
  ASAN_OPTIONS="$(asan_options_of "$target")" "$bin/$target" -timeout=10 -rss_limit_mb=4096 "${files[@]}"
  exit $?
fi

seconds=600
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then seconds="$1"; shift; fi
targets=("$@")
((${#targets[@]})) || targets=("${all_targets[@]}")
for t in "${targets[@]}"; do max_len_of "$t" >/dev/null; done

run_target() {
  local t="$1" work="$fuzz/work/$1"
  rm -rf "$work"
  mkdir -p "$work/corpus" "$work/artifacts"
  cp "$fuzz/corpus/$t/"* "$work/corpus/" 2>/dev/null || true
  local start=$SECONDS rc=0
  # -fork/-jobs are not used: one process, so the final stats are its own.
  (cd "$work" && ASAN_OPTIONS="$(asan_options_of "$t")" "$bin/$t" "$work/corpus" -max_total_time="$seconds" -max_len="$(max_len_of "$t")" \
      -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
      >"$work/fuzz.log" 2>&1) || rc=$?
  echo "$rc $((SECONDS - start))" >"$work/status"
}

report_target() {
  local t="$1" work="$fuzz/work/$1" rc duration
  read -r rc duration <"$work/status"
  local last execs per_sec cov ft corpus artefacts
  last="$(grep -E '^#[0-9]+.*cov: ' "$work/fuzz.log" | tail -1)"
  execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/fuzz.log" | tail -1)"
  per_sec="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/fuzz.log" | tail -1)"
  cov="$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")"
  ft="$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")"
  corpus="$(sed -n 's/.* corp: \([^ ]*\).*/\1/p' <<<"$last")"
  artefacts="$(find "$work/artifacts" -type f | sort)"
  printf '%-24s %4ss  execs %-10s exec/s %-6s cov %-6s ft %-7s corpus %-14s' \
    "$t" "$duration" "${execs:-?}" "${per_sec:-?}" "${cov:-?}" "${ft:-?}" "${corpus:-?}"
  if [ -n "$artefacts" ] || [ "$rc" != 0 ]; then
    echo " FAILED (exit $rc)"
    grep -E "^(==[0-9]+==ERROR|SUMMARY|Fatal error|fuzz property)|ERROR: libFuzzer" "$work/fuzz.log" | head -5 | sed 's/^/    /'
    for a in $artefacts; do echo "    artefact: ${a#"$root"/}"; done
    echo "    log: ${work#"$root"/}/fuzz.log"
    return 1
  fi
  echo " ok"
  if ((merge)); then
    "$bin/$t" -merge=1 -max_len="$(max_len_of "$t")" "$fuzz/corpus/$t" "$work/corpus" >"$work/merge.log" 2>&1
    echo "    merged into Fuzz/corpus/$t: $(ls "$fuzz/corpus/$t" | wc -l) files"
  fi
}

parallel="${FUZZ_PARALLEL:-1}"
echo "fuzz: ${#targets[@]} target(s), ${seconds}s each, $parallel at a time; logs in Fuzz/work/TARGET/fuzz.log" >&2
running=0
for t in "${targets[@]}"; do
  run_target "$t" &
  running=$((running + 1))
  if ((running >= parallel)); then wait -n || true; running=$((running - 1)); fi
done
wait || true

failed=0
for t in "${targets[@]}"; do report_target "$t" || failed=$((failed + 1)); done
echo "fuzz: $((${#targets[@]} - failed)) passed, $failed failed"
[ "$failed" = 0 ]
