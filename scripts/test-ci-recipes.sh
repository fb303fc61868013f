#!/usr/bin/env bash
# Tests the CI recipes of docs/en/ci/ and the pre-commit hook of
# .pre-commit-hooks.yaml with the real tools, on sites made by `chibo new site`:
#
# - the three YAML files parse and have the keys GitHub, GitLab and pre-commit
#   read;
# - the shell of the recipes' steps is taken from the YAML files themselves and
#   run as the CI services run it: the install step against a local copy of a
#   release (a tarball of $CHIBO and its .sha256, served by a stand-in `curl`
#   that knows only the release URLs), the check, JUnit and build steps on a
#   clean site (they pass) and on a site with a planted citation error (the
#   check fails, with a GitHub annotation, a JUnit failure);
# - `pre-commit try-repo` runs the chibo-check hook of this repository on a
#   site's git repository: it passes when the content is clean and fails when
#   it is not. pre-commit is installed from PyPI into a temporary venv.
#
# Run from anywhere: scripts/test-ci-recipes.sh, with chibo on PATH or
# CHIBO=path/to/chibo. Needs bash, git, python3 with venv (Debian:
# python3-venv), tar, sha256sum, and PyPI (pip honours PIP_INDEX_URL,
# PIP_FIND_LINKS and PIP_NO_INDEX for a mirror or a folder of wheels).
# PRE_COMMIT_VERSION picks the pre-commit release (default below).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
started=$SECONDS

ok() { echo "ok: $*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
# Any other command that fails stops the script too: say which.
trap 'echo "FAIL: $0 line $LINENO: \`$BASH_COMMAND\` exited $?" >&2' ERR

chibo=${CHIBO:-$(command -v chibo || true)}
[ -n "$chibo" ] || fail "no chibo: set CHIBO=path/to/chibo or put chibo on PATH"
[ -x "$chibo" ] || fail "CHIBO=$chibo is not an executable file"
chibo=$(cd "$(dirname "$chibo")" && pwd)/$(basename "$chibo")
version=$(tr -d '[:space:]' < VERSION)
pre_commit_version=${PRE_COMMIT_VERSION:-4.7.0}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/chibo-ci-recipes.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export PRE_COMMIT_HOME="$tmp/pre-commit-home"
export PIP_DISABLE_PIP_VERSION_CHECK=1

# `chibo` for the recipes' steps, in place of their install step.
mkdir -p "$tmp/bin"
ln -s "$chibo" "$tmp/bin/chibo"
base_path="$tmp/bin:$PATH"
"$tmp/bin/chibo" --version >/dev/null || fail "$chibo --version does not run"
ok "chibo to test: $chibo ($("$tmp/bin/chibo" --version))"

# --- Python with PyYAML and pre-commit (which needs PyYAML) ------------------
python3 -m venv "$tmp/venv" \
  || fail "python3 -m venv failed (on Debian: apt-get install python3-venv)"
"$tmp/venv/bin/python" -m pip install -q "pre-commit==$pre_commit_version" \
  || fail "could not install pre-commit $pre_commit_version from PyPI into a venv"
py="$tmp/venv/bin/python"
ok "pre-commit $("$tmp/venv/bin/pre-commit" --version | cut -d ' ' -f 2) and PyYAML $("$py" -c 'import yaml; print(yaml.__version__)') installed in a venv"

# The YAML reading, step extraction and JUnit reading.
cat > "$tmp/recipes.py" <<'PY'
"""Reads the CI recipes: checks their keys and writes their steps' shell."""
import os
import re
import shlex
import sys
import xml.etree.ElementTree as ET

import yaml


def die(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return yaml.safe_load(f)
    except yaml.YAMLError as e:
        die(f"{path} is not valid YAML: {e}")


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def exports(env):
    return "".join(f"export {k}={shlex.quote(str(v))}\n" for k, v in (env or {}).items())


def check_env(path, env, version):
    for key in ("CHIBO_VERSION", "CHIBO_OWNER"):
        if key not in env:
            die(f"{path}: no {key} variable at the top")
    if str(env["CHIBO_VERSION"]) != version:
        die(f"{path}: CHIBO_VERSION is {env['CHIBO_VERSION']!r}, the VERSION file says {version!r}")


def check_install(path, text):
    url = "https://github.com/${CHIBO_OWNER}/chibo/releases/download/v${CHIBO_VERSION}/"
    for needle in (url, "chibo-${CHIBO_VERSION}-linux-x86_64.tar.gz", "sha256sum -c"):
        if needle not in text:
            die(f"{path}: the install step does not contain {needle}")


def kind(text):
    if "apt-get" in text:
        return "system"
    if "curl" in text:
        return "install"
    return "run"


def github(path, version, out):
    doc = load(path)
    if not isinstance(doc, dict):
        die(f"{path}: not a mapping")
    # YAML 1.1 (PyYAML) reads the bare key `on` as the boolean true; GitHub
    # reads it as the string "on".
    on = doc.get("on", doc.get(True))
    if on is None:
        die(f"{path}: no `on` key")
    events = on if isinstance(on, (list, str)) else list(on)
    for event in ("push", "pull_request"):
        if event not in events:
            die(f"{path}: `on` does not name {event}")
    jobs = doc.get("jobs")
    if not isinstance(jobs, dict) or len(jobs) != 1:
        die(f"{path}: `jobs` should hold one job")
    (job_name, job), = jobs.items()
    env = dict(doc.get("env") or {})
    check_env(path, env, version)
    env.update(job.get("env") or {})
    shell = ((job.get("defaults") or {}).get("run") or {}).get("shell")
    if shell not in (None, "bash"):
        die(f"{path}: the run steps' shell is {shell!r}, not bash")
    steps = job.get("steps") or []
    uses = [s.get("uses", "") for s in steps]
    if not uses or not uses[0].startswith("actions/checkout@"):
        die(f"{path}: the first step is not actions/checkout")
    uploads = [s for s in steps if s.get("uses", "").startswith("actions/upload-artifact@")]
    if len(uploads) != 1 or (uploads[0].get("with") or {}).get("path") != "_site":
        die(f"{path}: no actions/upload-artifact step with path: _site")
    os.makedirs(out, exist_ok=True)
    write(os.path.join(out, "env.sh"), exports(env))
    table = []
    for n, step in enumerate(steps):
        if "run" not in step:
            continue
        text = step["run"]
        if "${{" in text:
            die(f"{path}: step {step.get('name', n)!r} uses a ${{{{ }}}} expression: keep run steps plain bash")
        k = kind(text)
        if k == "install":
            check_install(path, text)
        write(os.path.join(out, f"{n:02d}.sh"), exports(step.get("env")) + text)
        table.append(f"{n:02d}\t{k}\t{step.get('name', '')}")
    kinds = [line.split("\t")[1] for line in table]
    if kinds.count("install") != 1:
        die(f"{path}: expected one install step (the one using curl), found {kinds.count('install')}")
    runs = "\n".join(open(os.path.join(out, f"{line[:2]}.sh"), encoding="utf-8").read()
                     for line in table if line.split("\t")[1] == "run")
    for needle in ("chibo check --format github", "chibo build"):
        if needle not in runs:
            die(f"{path}: no step runs `{needle}`")
    write(os.path.join(out, "steps.tsv"), "\n".join(table) + "\n")
    print(job_name)


def gitlab(path, version, out):
    doc = load(path)
    if not isinstance(doc, dict):
        die(f"{path}: not a mapping")
    env = dict(doc.get("variables") or {})
    check_env(path, env, version)
    jobs = {k: v for k, v in doc.items()
            if isinstance(v, dict) and "script" in v and not k.startswith(".")}
    junit_jobs = {k: v for k, v in jobs.items()
                  if ((v.get("artifacts") or {}).get("reports") or {}).get("junit")}
    if len(junit_jobs) != 1:
        die(f"{path}: expected one job with artifacts: reports: junit:, found {len(junit_jobs)}")
    (name, job), = junit_jobs.items()
    artifacts = job["artifacts"]
    report = artifacts["reports"]["junit"]
    if artifacts.get("when") != "always":
        die(f"{path}: job {name}: artifacts: when: is not always, so a failed check uploads no report")
    if not any(p.rstrip("/") == "_site" for p in artifacts.get("paths") or []):
        die(f"{path}: job {name}: _site/ is not in artifacts: paths:")
    env.update(job.get("variables") or {})

    def lines(key):
        value = job.get(key) or []
        return [value] if isinstance(value, str) else list(value)

    before = [l for l in lines("before_script") if kind(l) != "system"]
    install = "\n".join(before)
    check_install(path, install)
    script = "\n".join(lines("script"))
    if kind(script) != "run":
        die(f"{path}: job {name}: script: downloads or installs packages; keep that in before_script:")
    if f"chibo check --format junit > {report}" not in script:
        die(f"{path}: job {name}: script: does not write `chibo check --format junit > {report}`")
    if "chibo build" not in script:
        die(f"{path}: job {name}: script: does not run `chibo build`")
    os.makedirs(out, exist_ok=True)
    write(os.path.join(out, "env.sh"), exports(env))
    write(os.path.join(out, "install.sh"), install + "\n")
    write(os.path.join(out, "script.sh"), script + "\n")
    print(f"{name}\t{report}")


def precommit(path):
    doc = load(path)
    if not isinstance(doc, list):
        die(f"{path}: not a list of hooks")
    hooks = [h for h in doc if isinstance(h, dict) and h.get("id") == "chibo-check"]
    if len(hooks) != 1:
        die(f"{path}: no hook with id: chibo-check")
    hook = hooks[0]
    expected = {"language": "system", "entry": "chibo check", "pass_filenames": False}
    for key, value in expected.items():
        if hook.get(key) != value:
            die(f"{path}: chibo-check has {key}: {hook.get(key)!r}, expected {value!r}")
    files = re.compile(hook.get("files", ""))
    for p in ("content/index.md", "content/site.yml", "content/types.yaml",
              "content/guidance/trang-mau.md", "content/orgs/members.csv"):
        if not files.search(p):
            die(f"{path}: chibo-check's files: does not match {p}")
    for p in ("README.md", "_site/index.html", "content/guidance/photo.png", "theme/site.yml"):
        if files.search(p):
            die(f"{path}: chibo-check's files: matches {p}")


def junit(path, expect):
    try:
        tree = ET.parse(path)
    except (ET.ParseError, OSError) as e:
        die(f"{path} is not valid XML: {e}")
    top = tree.getroot()
    failures = top.findall(".//failure") + top.findall(".//error")
    declared = int(top.get("failures", "0")) + int(top.get("errors", "0"))
    if declared != len(failures):
        die(f"{path}: the root says {declared} failures and errors, the test cases hold {len(failures)}")
    if not top.findall(".//testcase"):
        die(f"{path}: no test case")
    if expect == "clean" and failures:
        die(f"{path}: {len(failures)} failures on a clean site")
    if expect == "failure":
        if not failures:
            die(f"{path}: no failure reported for the planted error")
        if not any("trang-mau.md" in (f.text or "") + (f.get("message") or "") or
                   "trang-mau.md" in (case.get("file") or "")
                   for case in top.iter("testcase") for f in list(case)):
            die(f"{path}: the failure does not name content/guidance/trang-mau.md")
    print(len(failures))


command, *args = sys.argv[1:]
{"github": github, "gitlab": gitlab, "precommit": precommit, "junit": junit}[command](*args)
PY
recipes() { "$py" "$tmp/recipes.py" "$@"; }

# --- Sites -------------------------------------------------------------------
# new_site DIR [planted]: a site from `chibo new site`, with a citation whose
# date disagrees with the registry when asked.
new_site() {
  "$chibo" new site "$1" >/dev/null || fail "chibo new site $1 failed"
  if [ "${2:-}" = planted ]; then plant "$1"; fi
}
plant() {
  local page="$1/content/guidance/trang-mau.md"
  grep -q 'Chỉ thị số 50-CT/TW, ngày 23/7/2025' "$page" \
    || fail "$page no longer cites Chỉ thị số 50-CT/TW, ngày 23/7/2025: update plant() in $0"
  sed -i 's|Chỉ thị số 50-CT/TW, ngày 23/7/2025|Chỉ thị số 50-CT/TW, ngày 24/7/2025|' "$page"
}

# A copy of a release as `chibo release` publishes it, and a stand-in curl
# that serves it: any other URL is a 404 (curl -f exits 22).
release_dir="$tmp/release/OWNER/chibo/releases/download/v$version"
tarball="chibo-$version-linux-x86_64.tar.gz"
# Laid out as scripts/release.sh lays it out: one folder, chibo in it.
mkdir -p "$release_dir" "$tmp/release-src/${tarball%.tar.gz}" "$tmp/fake-curl"
cp "$chibo" "$tmp/release-src/${tarball%.tar.gz}/chibo"
tar -czf "$release_dir/$tarball" -C "$tmp/release-src" "${tarball%.tar.gz}"
(cd "$release_dir" && sha256sum "$tarball" > "$tarball.sha256")
cat > "$tmp/fake-curl/curl" <<EOF
#!/usr/bin/env bash
# Stand-in for curl: serves https://github.com/... from $tmp/release.
out= url=
while [ \$# -gt 0 ]; do
  case "\$1" in
    -o) out=\$2; shift 2 ;;
    https://*) url=\$1; shift ;;
    *) shift ;;
  esac
done
file="$tmp/release/\${url#https://github.com/}"
case "\$url" in https://github.com/*) ;; *) file=/nonexistent ;; esac
if [ ! -f "\$file" ]; then echo "curl: (22) The requested URL returned error: 404 (\$url)" >&2; exit 22; fi
echo "\$url" >> "$tmp/fake-curl/log"
cp "\$file" "\$out"
EOF
chmod +x "$tmp/fake-curl/curl"
# The recipes read the owner from their variables; the release copy is under
# OWNER, the placeholder they ship with.

# --- GitHub Actions ----------------------------------------------------------
gh_file=docs/en/ci/github-actions.yml
gh="$tmp/github"
recipes github "$gh_file" "$version" "$gh/steps" >/dev/null
ok "$gh_file parses: on push and pull_request, one job, checkout, upload of _site, CHIBO_VERSION $version"

# run_github SITE LOG INSTALL: runs the job's run steps in SITE as the runner
# does (each step a `bash --noprofile --norc -eo pipefail` script in the
# workspace, $GITHUB_PATH added to PATH for the next steps), stopping at the
# first failure; prints the number of the failed step (empty if none).
# INSTALL=fake runs the install step against the release copy; otherwise it
# is skipped and chibo is taken from $tmp/bin. apt-get steps are skipped.
run_github() {
  local site=$1 log=$2 install=$3 n k name path_add failed=
  : > "$site.github_path"
  : > "$log"
  while IFS=$'\t' read -r n k name; do
    case "$k" in
      system) continue ;;
      install) [ "$install" = fake ] || continue ;;
    esac
    path_add=$(tac "$site.github_path" | paste -sd: -)
    if ! (cd "$site" && env -i HOME="$HOME" \
            PATH="${path_add:+$path_add:}$([ "$install" = fake ] && echo "$tmp/fake-curl:$PATH" || echo "$base_path")" \
            GITHUB_PATH="$site.github_path" GITHUB_WORKSPACE="$site" RUNNER_TEMP="$site.runner-temp" \
            CI=true GITHUB_ACTIONS=true \
            bash --noprofile --norc -eo pipefail -c \
              'source "$1"; source "$2"' _ "$gh/steps/env.sh" "$gh/steps/$n.sh") >> "$log" 2>&1; then
      failed=$n
      break
    fi
  done < "$gh/steps/steps.tsv"
  echo "$failed"
}
check_step=
while IFS=$'\t' read -r n k name; do
  if [ "$k" = run ] && [ -z "$check_step" ] && grep -q 'chibo check' "$gh/steps/$n.sh"; then
    check_step=$n
  fi
done < "$gh/steps/steps.tsv"
[ -n "$check_step" ] || fail "$gh_file: no run step runs chibo check"

# The install step, against the release copy: chibo lands on $GITHUB_PATH.
new_site "$gh/install-site"
mkdir -p "$gh/install-site.runner-temp"
failed=$(run_github "$gh/install-site" "$gh/install.log" fake)
[ -z "$failed" ] || fail "$gh_file: with the install step, step $failed failed on a clean site:
$(cat "$gh/install.log")"
installed=$(head -1 "$gh/install-site.github_path")
[ -x "$installed/chibo" ] && cmp -s "$installed/chibo" "$chibo" \
  || fail "$gh_file: the install step did not put the release's chibo in a folder on \$GITHUB_PATH"
grep -q "^https://github.com/OWNER/chibo/releases/download/v$version/$tarball.sha256\$" "$tmp/fake-curl/log" \
  || fail "$gh_file: the install step did not download the .sha256 file"
ok "$gh_file: the install step downloads the release and its .sha256, verifies it and puts chibo on PATH; then check and build pass"

# A tarball that does not match its checksum is refused.
cp "$release_dir/$tarball.sha256" "$tmp/good.sha256"
echo "0000000000000000000000000000000000000000000000000000000000000000  $tarball" > "$release_dir/$tarball.sha256"
new_site "$gh/tampered-site"
mkdir -p "$gh/tampered-site.runner-temp"
failed=$(run_github "$gh/tampered-site" "$gh/tampered.log" fake)
cp "$tmp/good.sha256" "$release_dir/$tarball.sha256"
[ -n "$failed" ] && [ "$(awk -F'\t' -v n="$failed" '$1 == n {print $2}' "$gh/steps/steps.tsv")" = install ] \
  || fail "$gh_file: a tarball whose SHA-256 does not match was not refused by the install step"
grep -q 'FAILED' "$gh/tampered.log" || fail "$gh_file: sha256sum -c did not report the mismatch"
[ ! -s "$gh/tampered-site.github_path" ] || fail "$gh_file: chibo was put on PATH despite the checksum mismatch"
ok "$gh_file: a tarball that does not match its SHA-256 is refused"

# Check and build, with chibo on PATH instead of the install step.
new_site "$gh/clean"
failed=$(run_github "$gh/clean" "$gh/clean.log" skip)
[ -z "$failed" ] || fail "$gh_file: step $failed failed on a clean site:
$(cat "$gh/clean.log")"
! grep -q '^::error' "$gh/clean.log" || fail "$gh_file: ::error annotations on a clean site:
$(cat "$gh/clean.log")"
ok "$gh_file: clean site: the check step passes, with no annotation"
[ -f "$gh/clean/_site/index.html" ] || fail "$gh_file: the build step made no _site/index.html"
ok "$gh_file: clean site: the build step makes _site/index.html (the uploaded folder)"

new_site "$gh/planted" planted
failed=$(run_github "$gh/planted" "$gh/planted.log" skip)
[ "$failed" = "$check_step" ] || fail "$gh_file: with a planted error the check step (step $check_step) should fail; failed: ${failed:-none}:
$(cat "$gh/planted.log")"
grep -q '^::error file=content/guidance/trang-mau.md,line=8,' "$gh/planted.log" \
  || fail "$gh_file: no ::error file=content/guidance/trang-mau.md,line=8 annotation:
$(cat "$gh/planted.log")"
ok "$gh_file: planted error: the check step fails with an ::error file=content/guidance/trang-mau.md,line=8 annotation"

# --- GitLab CI ---------------------------------------------------------------
gl_file=docs/en/ci/gitlab-ci.yml
gl="$tmp/gitlab"
IFS=$'\t' read -r gl_job gl_report < <(recipes gitlab "$gl_file" "$version" "$gl/steps")
ok "$gl_file parses: job $gl_job with artifacts: when: always, reports: junit: $gl_report, paths: _site/"

# run_gitlab SITE LOG INSTALL: runs the job as the runner's bash does: the
# before_script and script lines in one `bash -eo pipefail` script in the
# project folder. INSTALL=fake runs before_script (less apt-get) against the
# release copy; otherwise chibo is taken from $tmp/bin and only script runs.
run_gitlab() {
  local site=$1 log=$2 install=$3
  (cd "$site" && env -i HOME="$HOME" \
      PATH="$([ "$install" = fake ] && echo "$tmp/fake-curl:$PATH" || echo "$base_path")" \
      CI=true GITLAB_CI=true CI_PROJECT_DIR="$site" \
      bash --noprofile --norc -eo pipefail -c '
        source "$1"
        if [ "$3" = fake ]; then source "$2/install.sh"; command -v chibo; fi
        source "$2/script.sh"' _ "$gl/steps/env.sh" "$gl/steps" "$install") > "$log" 2>&1
}

new_site "$gl/install-site"
: > "$tmp/fake-curl/log"
run_gitlab "$gl/install-site" "$gl/install.log" fake \
  || fail "$gl_file: with before_script's install, the job failed on a clean site:
$(cat "$gl/install.log")"
grep -qx "$gl/install-site/.*/chibo" "$gl/install.log" \
  || fail "$gl_file: chibo on PATH is not the one before_script installed:
$(cat "$gl/install.log")"
grep -q "/$tarball.sha256\$" "$tmp/fake-curl/log" || fail "$gl_file: before_script did not download the .sha256 file"
ok "$gl_file: before_script downloads the release and its .sha256, verifies it and puts chibo on PATH; then the job passes"

echo "0000000000000000000000000000000000000000000000000000000000000000  $tarball" > "$release_dir/$tarball.sha256"
new_site "$gl/tampered-site"
if run_gitlab "$gl/tampered-site" "$gl/tampered.log" fake; then
  cp "$tmp/good.sha256" "$release_dir/$tarball.sha256"
  fail "$gl_file: a tarball whose SHA-256 does not match was not refused"
fi
cp "$tmp/good.sha256" "$release_dir/$tarball.sha256"
grep -q 'FAILED' "$gl/tampered.log" && [ ! -e "$gl/tampered-site/$gl_report" ] \
  || fail "$gl_file: the checksum mismatch did not stop the job before the check:
$(cat "$gl/tampered.log")"
ok "$gl_file: a tarball that does not match its SHA-256 is refused"

new_site "$gl/clean"
run_gitlab "$gl/clean" "$gl/clean.log" skip || fail "$gl_file: the job failed on a clean site:
$(cat "$gl/clean.log")"
n=$(recipes junit "$gl/clean/$gl_report" clean)
ok "$gl_file: clean site: the job passes; $gl_report is valid JUnit XML with $n failures"
[ -f "$gl/clean/_site/index.html" ] || fail "$gl_file: the job made no _site/index.html"
ok "$gl_file: clean site: the job makes _site/index.html (the artifact)"

new_site "$gl/planted" planted
if run_gitlab "$gl/planted" "$gl/planted.log" skip; then
  fail "$gl_file: the job passed on a site with a planted error:
$(cat "$gl/planted.log")"
fi
[ -f "$gl/planted/$gl_report" ] || fail "$gl_file: no $gl_report after a failed check"
n=$(recipes junit "$gl/planted/$gl_report" failure)
grep -q 'trang-mau.md:8:[0-9]*: error:' "$gl/planted.log" \
  || fail "$gl_file: the job log does not show the finding as text:
$(cat "$gl/planted.log")"
[ ! -e "$gl/planted/_site" ] || fail "$gl_file: the job built the site despite the failed check"
ok "$gl_file: planted error: the job fails; $gl_report reports $n failure(s) on trang-mau.md; the log shows the finding"

# --- pre-commit --------------------------------------------------------------
pc_file=.pre-commit-hooks.yaml
recipes precommit "$pc_file"
"$tmp/venv/bin/pre-commit" validate-manifest "$pc_file" \
  || fail "$pc_file: pre-commit validate-manifest refuses it"
ok "$pc_file parses: hook chibo-check (language: system, entry: chibo check, pass_filenames: false, files: content's .md/.yml/.yaml/.csv); pre-commit validate-manifest accepts it"

# try-repo clones the hook repository at HEAD, plus its uncommitted changes to
# tracked files. An untracked .pre-commit-hooks.yaml (a new, not yet added
# file) would not be seen: then the hook repository is a copy holding it.
hook_repo=$root
if ! git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1 \
   || ! git -C "$root" ls-files --error-unmatch "$pc_file" >/dev/null 2>&1; then
  hook_repo="$tmp/hook-repo"
  mkdir -p "$hook_repo"
  cp "$pc_file" "$hook_repo/"
  git -C "$hook_repo" init -q
  git -C "$hook_repo" add "$pc_file"
  git -C "$hook_repo" -c user.name=test -c user.email=test@example.invalid commit -q -m hooks
  echo "note: $pc_file is not tracked in git here: try-repo uses a copy of it in a new repository"
fi

pc="$tmp/pre-commit"
site="$pc/site"
mkdir -p "$pc"
new_site "$site"
git -C "$site" init -q
git -C "$site" config user.name "chibo CI recipes test"
git -C "$site" config user.email "ci-recipes@example.invalid"
git -C "$site" add -A
git -C "$site" commit -q -m "A new site"
try_repo() {
  (cd "$site" && PATH="$tmp/bin:$tmp/venv/bin:$PATH" TMPDIR="$tmp" \
     pre-commit try-repo "$hook_repo" chibo-check "$@")
}

try_repo --all-files > "$pc/clean.log" 2>&1 \
  || fail "pre-commit try-repo $hook_repo chibo-check --all-files failed on a clean site:
$(cat "$pc/clean.log")"
grep -q '^chibo check\.*Passed' "$pc/clean.log" || fail "pre-commit did not run chibo-check:
$(cat "$pc/clean.log")"
ok "pre-commit try-repo chibo-check --all-files: passes on a clean site"

plant "$site"
if try_repo --all-files > "$pc/planted.log" 2>&1; then
  fail "pre-commit try-repo chibo-check --all-files passed on a site with a planted error:
$(cat "$pc/planted.log")"
fi
grep -q '^chibo check\.*Failed' "$pc/planted.log" && grep -q 'citation.date-mismatch' "$pc/planted.log" \
  || fail "pre-commit's output does not show chibo-check failing on the date mismatch:
$(cat "$pc/planted.log")"
ok "pre-commit try-repo chibo-check --all-files: fails after planting the error, showing chibo's finding"

# As at a commit: only the staged files decide whether the hook runs.
git -C "$site" add content/guidance/trang-mau.md
if try_repo > "$pc/staged.log" 2>&1; then
  fail "pre-commit try-repo chibo-check passed with the planted error staged:
$(cat "$pc/staged.log")"
fi
ok "pre-commit try-repo chibo-check (staged files, as at a commit): fails with the error staged"

echo "all CI recipe checks passed in $((SECONDS - started)) s"
