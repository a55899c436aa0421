#!/usr/bin/env python3
"""translations/check_translations.py on small .ts files in tests/translations/:
the good ones pass, and each fault fails with a message that names it.

Usage: test_check_translations.py [LUPDATE]  (the --stale cases need lupdate)
"""

import pathlib
import subprocess
import sys
import unittest

HERE = pathlib.Path(__file__).resolve().parent
SCRIPT = HERE.parent / "translations" / "check_translations.py"
FIXTURES = HERE / "translations"
LUPDATE = None


def check(*args):
    run = subprocess.run([sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True)
    return run.returncode, run.stdout + run.stderr


class CheckTranslations(unittest.TestCase):
    def assertPasses(self, *args):
        code, output = check(*args)
        self.assertEqual(code, 0, output)

    def assertFailsWith(self, expected, *args):
        code, output = check(*args)
        self.assertEqual(code, 1, output)
        self.assertIn(expected, output)

    def test_complete_files_pass(self):
        self.assertPasses(FIXTURES / "good_cy.ts", FIXTURES / "good_en.ts")

    def test_each_fault_names_file_context_and_source(self):
        tasks = '"%1 of %n tasks passed in %2"'
        faults = {
            "unfinished.ts": '"&Save" is unfinished',
            "vanished.ts": '"&Save" is vanished',
            "obsolete.ts": '"&Save" is obsolete',
            "empty.ts": '"&Save" has an empty translation',
            "missing_form.ts": f"{tasks} has 2 plural form(s), Welsh needs 5",
            "empty_form.ts": f"{tasks} plural form 3 is empty",
            "dropped_placeholder.ts": '"Synced at %1" drops %1',
            "added_placeholder.ts": '"Synced at %1" adds %2',
            "repeated_placeholder.ts": '"Synced at %1" adds %1',
            "lacks_n.ts": f"{tasks} plural form 3 lacks %n",
            "english_plural_lacks_n.ts": f"{tasks} plural form 2 lacks %n",
            "accelerator.ts": '"&Save" has 0 accelerator(s) (&), the source 1',
            "html.ts": '"<b>%1:</b> %2 of %3 passed" lacks the tag(s) </b> <b>',
        }
        for name, expected in faults.items():
            with self.subTest(name):
                self.assertFailsWith(f"{FIXTURES / name}: Fixture: {expected}", FIXTURES / name)

    def test_a_fault_fails_beside_a_good_file(self):
        self.assertFailsWith("is unfinished", FIXTURES / "good_cy.ts", FIXTURES / "unfinished.ts")

    def test_stale_files_fail(self):
        if not LUPDATE:
            self.fail("give lupdate's path as the argument")
        stale = FIXTURES / "stale"
        args = ["--stale", LUPDATE, "--sources", stale, "--"]
        self.assertPasses(*args, stale / "current_cy.ts", stale / "current_en.ts")
        self.assertFailsWith('" after %n attempts" is in the code but not in the file',
                             *args, stale / "behind_cy.ts")
        self.assertFailsWith('"&Save" is not counted: the English file holds only counted messages',
                             *args, stale / "uncounted_en.ts")
        self.assertFailsWith('"Synced at %1" is no longer in the code',
                             *args, FIXTURES / "good_cy.ts")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        LUPDATE = sys.argv.pop(1)
    unittest.main()
