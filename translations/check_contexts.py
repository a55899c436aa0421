#!/usr/bin/env python3
"""Checks that lupdate filed every string under the context the code looks it up in.

A translation only loads when its context in the .ts file is the one the code
passes to QCoreApplication::translate() at run time. lupdate cannot see through
a free `tr()` helper that forwards to translate(), so such strings end up under
the enclosing namespace or class while the code asks for another context, and
their translations never load.

The contexts the code uses at run time are read from the sources:
  - Q_DECLARE_TR_FUNCTIONS(Name)                        -> "Name"
  - a Q_OBJECT class Name in namespace Ns              -> "Ns::Name"
  - QCoreApplication::translate("Ctx", ...) and
    QT_TRANSLATE_NOOP("Ctx", ...)                      -> "Ctx"
Every context in the .ts file must be one of them. Contexts that the code only
uses through literal translate()/QT_TRANSLATE_NOOP calls (no class behind
them) must hold exactly those literals, which catches strings that fell into a
namespace's context. Free functions named tr are reported too. With --lupdate,
the sources are also run through lupdate afresh and that result is checked the
same way, so a stale .ts file cannot hide a new mistake. lupdate is given the
project root as an include path (-I ROOT): headers are included by their path
from it ("models/domain/enums.h"), and a class lupdate cannot find the
declaration of gets no context.

Usage: check_contexts.py [--lupdate LUPDATE [-I ROOT]] TS_FILE SOURCE_DIR...
"""

import pathlib
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

LITERAL = r'"(?:[^"\\]|\\.)*"'
LITERALS = rf"((?:{LITERAL}\s*)+)"
TRANSLATE_CALL = re.compile(
    rf"(?:\bQ(?:Core|Gui)?Application::translate|\bQT_TRANSLATE_NOOP)\(\s*({LITERAL})\s*,\s*{LITERALS}"
)
DECLARE_TR = re.compile(r"\bQ_DECLARE_TR_FUNCTIONS\(\s*([\w:]+)\s*\)")
# Scopes, their ends, and the macros that give a class a tr() of its own.
SCOPE_TOKEN = re.compile(
    r"\bnamespace\s*([\w:]*)\s*\{"
    r"|\b(?:class|struct)\s+(\w+)\b[^;{()]*\{"
    r"|(\{)|(\})"
    r"|\b(Q_OBJECT|Q_GADGET)\b"
)
CHAR = r"'(?:[^'\\\n]|\\.)*'"
COMMENT_OR_LITERAL = re.compile(rf"({LITERAL}|{CHAR})|//[^\n]*|/\*.*?\*/", re.DOTALL)
FREE_TR = re.compile(r"^\s*(?:static\s+)?(?:inline\s+)?QString\s+tr\s*\(", re.MULTILINE)


def unquote(literals):
    """The C++ string literal(s), adjacent ones joined, with simple escapes undone."""
    parts = re.findall(LITERAL, literals)
    text = "".join(p[1:-1] for p in parts)
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text)


def strip_comments(code):
    return COMMENT_OR_LITERAL.sub(lambda m: m.group(1) or "", code)


def qobject_contexts(code):
    """ "Ns::Class" for each Q_OBJECT class, as its metaObject names it at run time."""
    code = re.sub(LITERAL, '""', code)
    code = re.sub(CHAR, "' '", code)
    scopes = []  # (kind, name) per open brace
    found = set()
    for match in SCOPE_TOKEN.finditer(code):
        namespace, klass, _, close, macro = match.groups()
        if close:
            if scopes:
                scopes.pop()
        elif macro:
            names = [name for kind, name in scopes if name]
            if scopes and scopes[-1][0] == "class":
                found.add("::".join(names))
        elif klass:
            scopes.append(("class", klass))
        elif match.group(0).startswith("namespace"):
            scopes.append(("namespace", namespace))  # "" for an anonymous one
        else:
            scopes.append(("block", ""))
    return found


def runtime_contexts(files):
    classes = set()  # contexts backed by a class's tr()
    literal = {}  # context -> source texts passed to it literally
    problems = []
    for path in files:
        code = strip_comments(path.read_text(encoding="utf-8"))
        for match in FREE_TR.finditer(code):
            line = code.count("\n", 0, match.start()) + 1
            problems.append(f"{path}:{line}: a free tr() helper hides its strings from lupdate")
        classes.update(DECLARE_TR.findall(code))
        classes.update(qobject_contexts(code))
        for context, text in TRANSLATE_CALL.findall(code):
            literal.setdefault(unquote(context), set()).add(unquote(text))
    return classes, literal, problems


def check_ts(ts_file, classes, literal):
    """The problems with one .ts file, and its (context, source) pairs."""
    problems = []
    messages = set()
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        sources = [m.findtext("source") for m in context.iter("message")]
        messages.update((name, source) for source in sources)
        if name not in classes and name not in literal:
            problems.append(
                f"{ts_file}: context {name!r} ({len(sources)} strings) is not one the code "
                f"looks up; first string: {sources[0]!r}"
            )
        elif name not in classes:
            for source in sources:
                if source not in literal[name]:
                    problems.append(
                        f"{ts_file}: {source!r} is filed under {name!r}, but the code never "
                        f"looks it up there"
                    )
    return problems, messages


def main(argv):
    args = argv[1:]
    lupdate = None
    if args[:1] == ["--lupdate"]:
        lupdate, args = args[1], args[2:]
    include_paths = []
    while args[:1] == ["-I"]:
        include_paths += ["-I", args[1]]
        args = args[2:]
    if len(args) < 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    ts_file, source_dirs = args[0], args[1:]
    files = sorted(
        f for d in source_dirs for f in pathlib.Path(d).rglob("*") if f.suffix in (".cpp", ".h")
    )
    classes, literal, problems = runtime_contexts(files)
    found, committed = check_ts(ts_file, classes, literal)
    problems += found

    if lupdate:
        # What lupdate makes of the sources now, whether or not the .ts was refreshed.
        with tempfile.TemporaryDirectory() as scratch:
            fresh_ts = str(pathlib.Path(scratch, "fresh_en.ts"))
            subprocess.run(
                [lupdate, "-silent", "-no-obsolete", "-locations", "none", "-source-language",
                 "en", "-target-language", "en", *include_paths, *source_dirs, "-ts", fresh_ts],
                check=True,
            )
            found, fresh = check_ts(fresh_ts, classes, literal)
            problems += [p.replace(fresh_ts, "lupdate's view of the sources") for p in found]
        if fresh != committed:
            print(
                f"note: {ts_file} is out of date ({len(fresh - committed)} strings to add, "
                f"{len(committed - fresh)} to drop); `ninja update_translations` refreshes it",
                file=sys.stderr,
            )

    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"Every string in {ts_file} is filed under the context the code looks it up in")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
