#!/usr/bin/env python3
"""The performance benchmark's driver (issue 7); Benchmarks/performance.sh runs it.

    python3 Benchmarks/performance.py --chibo BIN [--bench BIN] --theme DIR --out DIR [--runs N] [--seed S]
                                      [--results FILE] [--keep] SIZE...

For each SIZE it generates the synthetic corpus (Benchmarks/generate-content.py
--pages SIZE --hugo …) into OUT/SIZE, then runs RUNS rounds, each round one
cold process of every tool, in this order:

  chibo build   --content C --theme T --output OUT/SIZE/site --force
                (round 1 with --verbose: its stage times are printed)
  hugo          --quiet, in the Hugo layout of the same Markdown (public/ deleted first)
  cmark-gfm     -e table -e strikethrough -e autolink -e tagfilter, one process
                given every Markdown file Hugo renders, output to /dev/null
                (the parsing floor)
  chibo floor   chibo-bench floor --writing-only (with --bench): chibo's own
                parser and renderer over the same Markdown files, the HTML
                written to files, on every core; no checks, citations,
                templates or search index (what bounds a build; no target)
  chibo check   --content C --theme T
  lychee        --offline --include-fragments --no-progress over chibo's output
  chibo check --site  over chibo's output (for comparison with lychee; no target)

(--runs-big N: N rounds for sizes of 100,000 pages and more.)

Each process's wall time and peak RSS come from os.wait4. Prints per tool the
median, min and max time and the max RSS, then the ratios and the targets of
issue 7 (PASS/MISS), and writes every figure to --results (JSON). Exit status:
0 when every tool ran cleanly (whatever the targets say), 1 when a tool failed
(non-zero exit, chibo check finding anything, Hugo not rendering every page,
lychee reporting a broken link).
"""

import argparse
import datetime
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
GIB = 1024 ** 3

CMARK_EXTENSIONS = ["-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter"]
# Linux caps the argument list at a quarter of the stack limit, and at 6 MiB
# whatever the limit: 100,000 relative paths take about 3.2 MiB.
ARGUMENT_LIMIT = 6 * 1024 * 1024


def resolve(tool):
    """The executable itself, not a pyenv shim (a shell script that would add
    its own start-up to every lychee run)."""
    path = shutil.which(tool)
    if path is None:
        return None
    with open(path, "rb") as handle:
        is_script = handle.read(2) == b"#!"
    if is_script and shutil.which("pyenv"):
        found = subprocess.run(["pyenv", "which", tool], capture_output=True, text=True)
        if found.returncode == 0 and found.stdout.strip():
            return found.stdout.strip()
    return path


def version(argv):
    try:
        result = subprocess.run(argv, capture_output=True, text=True, timeout=30)
    except OSError:
        return None
    return (result.stdout or result.stderr).strip().splitlines()[0] if (result.stdout or result.stderr) else None


def raise_stack_limit():
    soft, hard = resource.getrlimit(resource.RLIMIT_STACK)
    wanted = 64 * 1024 * 1024
    if soft != resource.RLIM_INFINITY and soft < wanted:
        resource.setrlimit(resource.RLIMIT_STACK, (wanted if hard == resource.RLIM_INFINITY else min(wanted, hard), hard))


def run(argv, cwd, stdout_path, stderr_path, stack=False):
    """One cold process: (seconds, max RSS in bytes, exit code, user + system CPU seconds)."""
    with open(stdout_path, "wb") as out, open(stderr_path, "wb") as err:
        start = time.perf_counter()
        process = subprocess.Popen(argv, cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                   preexec_fn=raise_stack_limit if stack else None)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
    return elapsed, usage.ru_maxrss * 1024, os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime


def tail(path, lines=15):
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return "".join(handle.readlines()[-lines:])
    except OSError:
        return ""


def folder_bytes(root, only=None):
    total, files = 0, 0
    for folder, _, names in os.walk(root):
        for name in names:
            if only and not name.endswith(only):
                continue
            total += os.path.getsize(os.path.join(folder, name))
            files += 1
    return total, files


def markdown_files(content):
    """The Markdown files Hugo renders (guidance, packs, directives), relative to `content`."""
    files = []
    for section in ("guidance", "packs", "directives"):
        for folder, dirs, names in os.walk(os.path.join(content, section)):
            dirs.sort()
            files += [os.path.relpath(os.path.join(folder, n), content) for n in sorted(names) if n.endswith(".md")]
    return files


def fmt_time(seconds):
    return f"{seconds:.3f}"


def fmt_mb(size):
    return f"{size / 1e6:.1f}"


def bench_size(size, args, tools, failures):
    folder = os.path.join(args.out, str(size))
    content = os.path.join(folder, "content")
    hugo_dir = os.path.join(folder, "hugo")
    site = os.path.join(folder, "site")
    logs = os.path.join(folder, "logs")
    if os.path.exists(folder):
        shutil.rmtree(folder)
    os.makedirs(logs)

    print(f"\n== {size} pages: generating into {folder}", flush=True)
    start = time.perf_counter()
    generated = subprocess.run([sys.executable, os.path.join(HERE, "generate-content.py"), "--pages", str(size),
                                "--out", folder, "--seed", str(args.seed), "--faults", "0", "--hugo", hugo_dir],
                               capture_output=True, text=True)
    generation_seconds = time.perf_counter() - start
    if generated.returncode != 0:
        failures.append(f"{size}: generate-content.py failed: {generated.stderr.strip()}")
        print(generated.stderr)
        return None
    corpus = json.loads(generated.stdout)
    markdown = markdown_files(content)
    markdown_bytes = sum(os.path.getsize(os.path.join(content, f)) for f in markdown)
    print(f"generated in {generation_seconds:.1f} s: {corpus['pages']} guidance pages, {corpus['directives']} "
          f"directives, {corpus['orgs']} organisation records, {corpus['packs']} packs; "
          f"content {fmt_mb(corpus['bytes'])} MB, {len(markdown)} Markdown files ({fmt_mb(markdown_bytes)} MB)")

    argument_bytes = sum(len(f.encode()) + 1 + 8 for f in markdown)
    if argument_bytes > ARGUMENT_LIMIT:
        failures.append(f"{size}: {len(markdown)} file names ({argument_bytes} bytes) do not fit one cmark-gfm command line")

    commands = {
        "chibo build": ([args.chibo, "build", "--content", content, "--theme", args.theme, "--output", site,
                         "--force"], folder),
        "hugo": ([tools["hugo"], "--quiet"], hugo_dir),
        "cmark-gfm": ([tools["cmark-gfm"]] + CMARK_EXTENSIONS + markdown, content),
        "chibo floor": ([args.bench, "floor", "--content", content, "--output", os.path.join(folder, "floor"),
                         "--runs", "1", "--writing-only"] if args.bench else [None], folder),
        "chibo check": ([args.chibo, "check", "--content", content, "--theme", args.theme], folder),
        "lychee": ([tools["lychee"], "--offline", "--include-fragments", "--no-progress", site], folder),
        "chibo check --site": ([args.chibo, "check", "--site", site], folder),
    }
    results = {name: {"times": [], "rss": [], "exit": [], "cpu": []} for name in commands}
    load_before = os.getloadavg()
    facts = {}
    runs = args.runs_big if size >= 100000 and args.runs_big else args.runs
    for round_number in range(1, runs + 1):
        line = []
        for name, (argv, cwd) in commands.items():
            if argv[0] is None:
                continue
            if name == "chibo build" and round_number == 1:
                argv = argv + ["--verbose"]
            if name == "hugo":
                for sub in ("public", "resources"):
                    shutil.rmtree(os.path.join(hugo_dir, sub), ignore_errors=True)
            key = name.replace(" ", "-").replace("--", "")
            out_path = os.path.join(logs, f"{key}.{round_number}.out") if name != "cmark-gfm" else os.devnull
            err_path = os.path.join(logs, f"{key}.{round_number}.err")
            seconds, rss, code, cpu = run(argv, cwd, out_path, err_path, stack=(name == "cmark-gfm"))
            results[name]["times"].append(seconds)
            results[name]["rss"].append(rss)
            results[name]["exit"].append(code)
            results[name]["cpu"].append(cpu)
            line.append(f"{name} {seconds:.2f}s")
            if code != 0:
                failures.append(f"{size}: {name} (round {round_number}) exited {code}")
                print(f"!! {name} exited {code}:\n{tail(err_path)}{tail(out_path) if out_path != os.devnull else ''}")
            if round_number == 1:
                facts.update(inspect(name, size, out_path, err_path, folder, corpus, failures))
        print(f"round {round_number}: " + ", ".join(line), flush=True)

    summary = {}
    for name, data in results.items():
        if not data["times"]:
            continue
        summary[name] = {"median": statistics.median(data["times"]), "min": min(data["times"]),
                         "max": max(data["times"]), "max_rss": max(data["rss"]), "times": data["times"],
                         "rss": data["rss"], "exit": data["exit"], "cpu_median": statistics.median(data["cpu"]),
                         "cpu": data["cpu"]}
    site_bytes, site_files = folder_bytes(site)
    search_bytes, _ = folder_bytes(os.path.join(site, "search"))
    facts.update({"load_average_before": load_before, "load_average_after": os.getloadavg(),
                  "site_bytes": site_bytes, "site_files": site_files, "search_bytes_on_disk": search_bytes,
                  "site_html_files": folder_bytes(site, ".html")[1]})
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return {"pages": size, "generation_seconds": generation_seconds, "corpus": corpus,
            "markdown_files": len(markdown), "markdown_bytes": markdown_bytes, "tools": summary, "facts": facts}


def inspect(name, size, out_path, err_path, folder, corpus, failures):
    """What round 1 of each tool says about the corpus and the site."""
    facts = {}
    if name == "chibo build":
        text = open(err_path, encoding="utf-8", errors="replace").read()
        facts["stages"] = [line.rstrip() for line in text.splitlines() if re.match(r"^\s+\S.*\d\.\d+ s( +cpu +[\d.]+ s)?( +peak memory +\d+ MB)?$", line)]
        match = re.search(r"built (\d+) pages into .*?: ([\d.]+) MB, of which the search index ([\d.]+) MB \((\d+) %\)",
                          text)
        if match:
            facts.update({"built_pages": int(match.group(1)), "site_mb": float(match.group(2)),
                          "search_mb": float(match.group(3)), "search_share_percent": int(match.group(4))})
        else:
            failures.append(f"{size}: chibo build printed no 'built N pages …' line")
    elif name == "hugo":
        public = os.path.join(folder, "hugo", "public")
        rendered = folder_bytes(public, ".html")[1]
        expected = corpus["hugo"]["pages"] + corpus["hugo"]["lists"]
        facts.update({"hugo_html_files": rendered, "hugo_expected_html_files": expected,
                      "hugo_public_bytes": folder_bytes(public)[0]})
        if rendered != expected:
            failures.append(f"{size}: hugo rendered {rendered} HTML files, expected {expected}")
    elif name == "chibo check":
        text = open(err_path, encoding="utf-8", errors="replace").read()
        match = re.search(r"(\d+) files checked: (\d+) errors?, (\d+) warnings?", text)
        if not match:
            failures.append(f"{size}: chibo check printed no summary line")
        else:
            facts["check_files"] = int(match.group(1))
            if match.group(2) != "0" or match.group(3) != "0":
                failures.append(f"{size}: chibo check found {match.group(2)} errors and {match.group(3)} warnings "
                                f"on a corpus that must check clean:\n{tail(err_path)}")
    elif name == "lychee":
        text = open(out_path, encoding="utf-8", errors="replace").read() + open(err_path, encoding="utf-8",
                                                                                  errors="replace").read()
        match = re.search(r"(\d+) Total.*?(\d+) Unique.*?(\d+) OK.*?(\d+) Errors?", text)
        if match:
            facts.update({"lychee_links": int(match.group(1)), "lychee_unique": int(match.group(2)),
                          "lychee_errors": int(match.group(4))})
            if match.group(4) != "0":
                failures.append(f"{size}: lychee reported {match.group(4)} errors:\n{tail(out_path, 30)}")
        else:
            failures.append(f"{size}: lychee printed no summary line")
    elif name == "chibo check --site":
        text = open(err_path, encoding="utf-8", errors="replace").read()
        match = re.search(r"(\d+) files checked: (\d+) errors?, (\d+) warnings?", text)
        if match and (match.group(2) != "0" or match.group(3) != "0"):
            failures.append(f"{size}: chibo check --site found problems:\n{tail(err_path)}")
    return facts


def judge(name, value, limit, detail):
    verdict = "PASS" if value <= limit else "MISS"
    print(f"  {verdict}  {name}: {detail}")
    return {"target": name, "value": value, "limit": limit, "pass": value <= limit}


def report(sizes, failures):
    for result in sizes:
        tools, facts, size = result["tools"], result["facts"], result["pages"]
        print(f"\n== {size} pages ({result['markdown_files']} Markdown files, {fmt_mb(result['markdown_bytes'])} MB; "
              f"{result['corpus']['orgs']} records; generated in {result['generation_seconds']:.1f} s)")
        print(f"  {'tool':<20} {'median s':>9} {'min s':>8} {'max s':>8} {'CPU s':>7} {'max RSS MiB':>12}  runs")
        for name, data in tools.items():
            print(f"  {name:<20} {fmt_time(data['median']):>9} {fmt_time(data['min']):>8} {fmt_time(data['max']):>8} "
                  f"{data['cpu_median']:>7.2f} {data['max_rss'] / 2**20:>12.0f}  {len(data['times'])}")
        print(f"  (CPU s: median user + system time; load average {facts['load_average_before'][0]:.2f} before, "
              f"{facts['load_average_after'][0]:.2f} after)")
        if facts.get("stages"):
            print("  chibo build stages (round 1, --verbose):")
            for line in facts["stages"]:
                print("    " + line.strip())
        ratios = {}

        def ratio(key, a, b):
            if a in tools and b in tools and tools[b]["median"] > 0:
                ratios[key] = tools[a]["median"] / tools[b]["median"]

        ratio("build/hugo", "chibo build", "hugo")
        ratio("build/cmark", "chibo build", "cmark-gfm")
        ratio("check/lychee", "chibo check", "lychee")
        ratio("check-site/lychee", "chibo check --site", "lychee")
        # Not targets: a build first does all that `chibo check` does (it
        # refuses to publish content with errors), so these say how much of
        # the build's budget against Hugo and the cmark-gfm floor the
        # checking alone takes.
        ratio("check/hugo", "chibo check", "hugo")
        ratio("check/cmark", "chibo check", "cmark-gfm")
        ratio("floor/cmark", "chibo floor", "cmark-gfm")
        result["ratios"] = ratios
        if "chibo build" in tools:
            result["build_ms_per_page"] = tools["chibo build"]["median"] / size * 1000
        if "chibo check" in tools:
            result["check_ms_per_page"] = tools["chibo check"]["median"] / size * 1000
        print("  ratios of medians: " + ", ".join(f"{k} {v:.2f}" for k, v in ratios.items()))
        print(f"  per guidance page: build {result.get('build_ms_per_page', 0):.3f} ms, "
              f"check {result.get('check_ms_per_page', 0):.3f} ms")
        if "built_pages" in facts:
            built = facts["built_pages"]
            result["bytes_per_built_page"] = facts["site_bytes"] / built
            result["bytes_per_guidance_page"] = facts["site_bytes"] / size
            print(f"  site: {fmt_mb(facts['site_bytes'])} MB in {facts['site_files']} files "
                  f"({facts['site_html_files']} HTML); {built} Markdown pages built; "
                  f"{result['bytes_per_built_page'] / 1000:.1f} kB per built page, "
                  f"{result['bytes_per_guidance_page'] / 1000:.1f} kB per guidance page")
            print(f"  search index: {facts['search_mb']} MB = {facts['search_share_percent']} % of the site "
                  f"(search/ on disk: {fmt_mb(facts['search_bytes_on_disk'])} MB)")
        if "hugo_html_files" in facts:
            print(f"  hugo rendered {facts['hugo_html_files']} HTML files (expected {facts['hugo_expected_html_files']}), "
                  f"public/ {fmt_mb(facts['hugo_public_bytes'])} MB; lychee checked {facts.get('lychee_links', '?')} "
                  f"links ({facts.get('lychee_unique', '?')} unique), {facts.get('lychee_errors', '?')} errors")

    print("\n== targets (issue 7; the ratios are judged on the 10,000-page corpus)")
    by_size = {r["pages"]: r for r in sizes}
    targets = []
    ten = by_size.get(10000)
    if ten is None:
        print("  (no 10,000-page run: the ratio targets are not judged)")
    else:
        r = ten["ratios"]
        if "build/hugo" in r:
            targets.append(judge("chibo build <= 0.5 x hugo", r["build/hugo"], 0.5, f"{r['build/hugo']:.2f} x"))
        if "build/cmark" in r:
            targets.append(judge("chibo build <= 2 x cmark-gfm", r["build/cmark"], 2.0, f"{r['build/cmark']:.2f} x"))
        if "check/lychee" in r:
            targets.append(judge("chibo check <= 0.5 x lychee", r["check/lychee"], 0.5, f"{r['check/lychee']:.2f} x"))
        if "check/hugo" in r and "check/cmark" in r:
            print(f"  note  chibo check alone, which every build runs first, is {r['check/hugo']:.2f} x hugo "
                  f"and {r['check/cmark']:.2f} x cmark-gfm")
        if "floor/cmark" in r:
            print(f"  note  chibo's parser and renderer alone, writing a file per page on every core, are "
                  f"{r['floor/cmark']:.2f} x cmark-gfm")
    big = by_size.get(100000)
    if big is None:
        print("  (no 100,000-page run: time per page and RSS at 100k are not judged; BIG=1 runs it)")
    else:
        if ten is not None and "build_ms_per_page" in big and "build_ms_per_page" in ten:
            growth = big["build_ms_per_page"] / ten["build_ms_per_page"]
            big["per_page_growth_vs_10k"] = growth
            targets.append(judge("build time per page at 100k within 30 % of 10k", growth, 1.3,
                                 f"{big['build_ms_per_page']:.3f} / {ten['build_ms_per_page']:.3f} ms = {growth:.2f}"))
        for name in ("chibo build", "chibo check"):
            if name in big["tools"]:
                rss = big["tools"][name]["max_rss"]
                targets.append(judge(f"{name} max RSS at 100k <= 1 GiB", rss / GIB, 1.0, f"{rss / 2**20:.0f} MiB"))
    for result in sizes:
        if "bytes_per_built_page" in result:
            print(f"  report   {result['pages']} pages: {result['bytes_per_built_page'] / 1000:.1f} kB per built page, "
                  f"search index {result['facts']['search_share_percent']} % of the site")
    return targets


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="+", type=int)
    parser.add_argument("--chibo", required=True)
    parser.add_argument("--bench", help="a chibo-bench binary: adds the 'chibo floor' row")
    parser.add_argument("--theme", default=os.path.join(REPO, "theme"))
    parser.add_argument("--out", default="/dev/shm/chibo-bench-perf")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--runs-big", type=int, help="rounds for sizes of 100,000 pages and more (default --runs)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--results", help="JSON results file (default OUT/results.json)")
    parser.add_argument("--keep", action="store_true", help="keep each corpus, site and Hugo layout")
    args = parser.parse_args()
    args.chibo = os.path.abspath(args.chibo)
    if args.bench:
        args.bench = os.path.abspath(args.bench)
    args.theme = os.path.abspath(args.theme)
    args.out = os.path.abspath(args.out)
    results_path = args.results or os.path.join(args.out, "results.json")

    tools = {name: resolve(name) for name in ("hugo", "cmark-gfm", "lychee")}
    missing = [name for name, path in tools.items() if path is None]
    if missing:
        sys.exit(f"performance.py: not installed: {', '.join(missing)} (Benchmarks/performance.sh says how)")
    os.makedirs(args.out, exist_ok=True)
    versions = {"chibo": args.chibo, "hugo": version([tools["hugo"], "version"]),
                "cmark-gfm": version([tools["cmark-gfm"], "--version"]), "lychee": version([tools["lychee"], "--version"])}
    commit = subprocess.run(["git", "-C", REPO, "describe", "--always", "--dirty"], capture_output=True, text=True)
    print(f"chibo {args.chibo} ({commit.stdout.strip() or 'no git'}); {versions['hugo']}; {versions['cmark-gfm']}; "
          f"{versions['lychee']}")
    print(f"{os.cpu_count()} cores, {platform.platform()}; {args.runs} rounds per size; corpus in {args.out}")

    failures = []
    sizes = []
    for size in args.sizes:
        result = bench_size(size, args, tools, failures)
        if result:
            sizes.append(result)
    targets = report(sizes, failures)

    document = {"date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
                "commit": commit.stdout.strip(), "cores": os.cpu_count(), "platform": platform.platform(),
                "runs": args.runs, "seed": args.seed, "versions": versions, "tool_paths": tools,
                "sizes": sizes, "targets": targets, "failures": failures}
    with open(results_path, "w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    print(f"\nresults: {results_path}")
    if failures:
        print("\nFAILED:")
        for failure in failures:
            print("  " + failure)
        sys.exit(1)


if __name__ == "__main__":
    main()
