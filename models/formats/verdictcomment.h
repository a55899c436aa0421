#pragma once

#include "models/domain/domain.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ReleaseDesk {

// A tester's verdict as it is kept on the Jira task: a comment a person can
// read, whose last line a desk can read back.
//
//   Failed in CI-Dev — tested by Ben Jones.   (or "Passed in …", or "Back to
//                                               untested in …" that withdraws one)
//   Note: 500 on the filing history page
//   (ReleaseDesk verdict: ci-dev/failed, ref 3f9c2a7b1e04)
//
// The comment, not a field or a property, is the record: comments are only
// ever added, so two testers who disagree at the same moment both stay in
// the history and every desk orders them the same way by Jira's own time;
// and a search returns them with the task, so reading the verdicts of a
// whole project costs no request per task. The tester is the comment's
// author as Jira signed it, never the name written in the text. The ref
// names the verdict on every desk, so that a desk recognises its own
// verdict when it comes back and a retried write finds the comment that an
// earlier attempt added.
class VerdictComment
{
    Q_DECLARE_TR_FUNCTIONS(VerdictComment)

public:
    // What the last line says.
    struct Reading
    {
        Environment environment = Environment::CiDev;
        TestOutcome outcome = TestOutcome::Passed;
        QString ref;
        QString note;
        friend bool operator==(const Reading &, const Reading &) = default;
    };

    // The comment for `verdict`, whose ref must be set.
    static QString text(const TestResult &verdict);
    // The last line alone: what a retried write looks for.
    static QString marker(const TestResult &verdict);
    // nullopt for any comment that does not end with a verdict's last line.
    static std::optional<Reading> read(const QString &text);
    // The verdict a comment records: its reading, with the author as the
    // tester and the comment's time as the verdict's.
    static std::optional<TestResult> verdict(const QString &taskKey, const QString &text,
                                             const QString &author, const QDateTime &created);
    // A new ref, unique across desks; on one desk, later refs sort after earlier ones.
    static QString newRef();
};

} // namespace ReleaseDesk
