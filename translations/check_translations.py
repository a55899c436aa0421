#!/usr/bin/env python3
"""Checks that .ts files are complete and that each translation fits its source.

Each message of each file fails the check, naming file, context and source, when:
  - it is unfinished, vanished or obsolete, or its translation is empty;
  - it is counted (numerus) and lacks one of its language's plural forms
    (Welsh: 5, English: 2, as Qt counts them) or a form is empty;
  - a translation drops or adds a placeholder of the source, compared as a
    multiset: %1 twice in the source needs %1 twice. %L1 counts as %1, %Ln as %n;
  - a form of a counted message whose source shows %n lacks it, except a form
    that stands for exactly one number, 0, 1 or 2 (English n == 1; Welsh n == 0
    and n == 1), which may say the number in words ("once", "dim"). A source
    without %n uses the count only to choose the form;
  - its number of accelerators differs from the source's ("&Save" has one;
    "&&" and entities such as "&amp;" are none);
  - an HTML tag of the source is missing from the translation.
With --stale LUPDATE, the sources are also run through lupdate afresh, and each
file must hold exactly the messages of the code: a new tr() without a
translation fails, as does a message the code no longer has. The source
language's file (English) holds only the counted messages (lupdate -pluralonly).

Usage: check_translations.py [--stale LUPDATE [-I ROOT] --sources DIR...] TS_FILE...
"""

import argparse
import collections
import pathlib
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SOURCE_LANGUAGE = "en"
# Qt's plural forms per language, and the forms that stand for one number of
# 0, 1 or 2, where %n may be written as a word.
PLURAL_FORMS = {"en": 2, "cy": 5}
EXACT_FORMS = {"en": {0}, "cy": {0, 1}}
LANGUAGE_NAMES = {"en": "English", "cy": "Welsh"}

PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)")
ACCELERATOR = re.compile(r"&(?!&|#?\w+;)(?=\S)")
TAG = re.compile(r"<(/?[a-zA-Z][a-zA-Z0-9]*)")


def language_of(root):
    return (root.get("language") or "").split("_")[0]


def placeholders(text):
    return collections.Counter("%" + m.group(1) for m in PLACEHOLDER.finditer(text))


def accelerators(text):
    return len(ACCELERATOR.findall(text.replace("&&", "")))


def tags(text):
    return collections.Counter(m.group(1).lower() for m in TAG.finditer(text))


def fit_problems(source, translation, form=None, exact=False):
    """What is wrong with `translation` of `source` (one plural form of it if form is set)."""
    where = "" if form is None else f"plural form {form + 1} "
    problems = []
    wanted = placeholders(source)
    found = placeholders(translation)
    if form is not None:
        if wanted["%n"] and not found["%n"] and not exact:
            problems.append(f"{where}lacks %n")
        wanted.pop("%n", None)
        found.pop("%n", None)
    if wanted != found:
        dropped = sorted((wanted - found).elements())
        added = sorted((found - wanted).elements())
        parts = [f"drops {' '.join(dropped)}"] if dropped else []
        parts += [f"adds {' '.join(added)}"] if added else []
        problems.append(f"{where}{' and '.join(parts)}")
    if accelerators(source) != accelerators(translation):
        problems.append(
            f"{where}has {accelerators(translation)} accelerator(s) (&), the source {accelerators(source)}"
        )
    missing = tags(source) - tags(translation)
    if missing:
        problems.append(f"{where}lacks the tag(s) {' '.join('<' + t + '>' for t in sorted(missing))}")
    return problems


def message_problems(message, language):
    source = message.findtext("source") or ""
    translation = message.find("translation")
    kind = translation.get("type") if translation is not None else None
    if translation is None:
        return ["has no translation"]
    if kind in ("unfinished", "vanished", "obsolete"):
        return [f"is {kind}"]
    if message.get("numerus") != "yes":
        text = translation.text or ""
        return ["has an empty translation"] if not text else fit_problems(source, text)
    forms = [form.text or "" for form in translation.findall("numerusform")]
    wanted = PLURAL_FORMS.get(language)
    if wanted is None:
        return [f"is counted, and the plural forms of '{language}' are unknown to this check"]
    if len(forms) != wanted:
        name = LANGUAGE_NAMES.get(language, language)
        return [f"has {len(forms)} plural form(s), {name} needs {wanted}"]
    problems = []
    for index, text in enumerate(forms):
        if not text:
            problems.append(f"plural form {index + 1} is empty")
        else:
            exact = index in EXACT_FORMS.get(language, set())
            problems += fit_problems(source, text, index, exact)
    return problems


def messages(root):
    """(context, source, comment, message element) for each message of a .ts tree."""
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message.findtext("comment") or "", message


def check_file(path):
    root = ET.parse(path).getroot()
    language = language_of(root)
    return [
        f'{path}: {context}: "{source}" {problem}'
        for context, source, _, message in messages(root)
        for problem in message_problems(message, language)
    ]


def fresh_messages(lupdate, include, sources):
    """The code's messages, as a fresh lupdate run files them: key -> counted."""
    with tempfile.TemporaryDirectory() as folder:
        ts = pathlib.Path(folder) / "fresh.ts"
        command = [lupdate, "-silent", "-locations", "none", "-no-obsolete"]
        command += ["-I", include] if include else []
        subprocess.run(command + list(sources) + ["-ts", str(ts)], check=True)
        root = ET.parse(ts).getroot()
    return {(c, s, m): msg.get("numerus") == "yes" for c, s, m, msg in messages(root)}


def check_stale(path, fresh):
    root = ET.parse(path).getroot()
    plural_only = language_of(root) == SOURCE_LANGUAGE
    held = {(c, s, m) for c, s, m, _ in messages(root)}
    wanted = {key for key, counted in fresh.items() if counted or not plural_only}
    problems = [f'{path}: {c}: "{s}" is in the code but not in the file' for c, s, _ in sorted(wanted - held)]
    problems += [f'{path}: {c}: "{s}" is no longer in the code' for c, s, _ in sorted(held - set(fresh))]
    if plural_only:
        problems += [
            f'{path}: {c}: "{s}" is not counted: the English file holds only counted messages'
            for c, s, m in sorted(held & set(fresh))
            if not fresh[(c, s, m)]
        ]
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stale", metavar="LUPDATE", help="also compare with a fresh lupdate run")
    parser.add_argument("-I", dest="include", help="the include path lupdate is given")
    parser.add_argument("--sources", nargs="+", default=[], help="the folders lupdate reads")
    parser.add_argument("ts", nargs="+", help="the .ts files to check")
    args = parser.parse_args()
    if args.stale and not args.sources:
        parser.error("--stale needs --sources")
    problems = []
    for path in args.ts:
        problems += check_file(path)
    if args.stale:
        fresh = fresh_messages(args.stale, args.include, args.sources)
        for path in args.ts:
            problems += check_stale(path, fresh)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in the translations")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
