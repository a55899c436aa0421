#include "services/sandbox/jira/jirastore.h"

#include "services/sandbox/simulation/catalogue.h"

#include <array>

// The history's test verdicts: the testers commented on the tasks of every
// release that left CI-Dev, in the form ReleaseDesk writes, so that a desk
// syncing the sandbox sees who tested what. Only released tasks are visited,
// a few per release, so a history of 100,000 tasks costs no more than a small one.

namespace ReleaseDesk::Sandbox::Jira {
namespace {

// Where tests happen in a release's day; the other systems' seeds put the
// change ticket at +3 h, staging at +6 h and the live request at +24 h.
constexpr qint64 ciDevTestsFrom = 1 * 3600;
constexpr qint64 stagingTestsFrom = 7 * 3600;
constexpr qint64 secondsBetweenTasks = 10 * 60;
constexpr qint64 secondsToFix = 20 * 60; // a failed task is tested again this much later

// Now and then a task fails in CI-Dev first; these are what the tester saw.
constexpr std::array failureNotes{
    "The form accepts an empty company number.", "The old banner still shows after a refresh.",
    "Times out against the payments stub after 30 s.", "The reminder email goes out twice."};
constexpr int failEvery = 5; // one task in five

enum class TestedIn { CiDev, Staging };

struct Verdict
{
    TestedIn environment = TestedIn::CiDev;
    bool passed = true;
    QString tester; // username
    QString note;   // empty: none
};

// Exactly the text ReleaseDesk writes and parses back: a line for people,
// the note if any, and the machine-readable last line.
QString verdictText(const Verdict &verdict, const QString &ref)
{
    const bool ciDev = verdict.environment == TestedIn::CiDev;
    QStringList lines{QStringLiteral("%1 in %2 \u2014 tested by %3.")
                          .arg(verdict.passed ? QStringLiteral("Passed") : QStringLiteral("Failed"),
                               ciDev ? QStringLiteral("CI-Dev") : QStringLiteral("Staging"),
                               userNamed(verdict.tester).displayName)};
    if (!verdict.note.isEmpty())
        lines << QStringLiteral("Note: ") + verdict.note;
    lines << QStringLiteral("(ReleaseDesk verdict: %1/%2, ref %3)")
                 .arg(ciDev ? QStringLiteral("ci-dev") : QStringLiteral("staging"),
                      verdict.passed ? QStringLiteral("passed") : QStringLiteral("failed"), ref);
    return lines.join(u'\n');
}

class VerdictWriter
{
public:
    VerdictWriter(Store &store, const Catalogue &catalogue) : m_store(store), m_catalogue(catalogue)
    {}

    void write(const CatalogueRelease &release)
    {
        const bool leftCiDev = release.stage != HistoryStage::Drafted;
        const bool passedStaging = release.stage >= HistoryStage::LiveRequested;
        for (qsizetype position = 0; position < release.taskKeys.size(); ++position) {
            Issue *issue = m_store.issue(release.taskKeys.at(position));
            if (!issue)
                continue;
            const qint64 offset = position * secondsBetweenTasks;
            int written = 0;
            if (leftCiDev) {
                const QString tester = testerFor(*issue, 0);
                qint64 at = ciDevTestsFrom + offset;
                if (issue->number % failEvery == failEvery - 2) {
                    const char *note = failureNotes[size_t(issue->number) % failureNotes.size()];
                    add(*issue, release, at, ++written,
                        {TestedIn::CiDev, false, tester, QString::fromLatin1(note)});
                    at += secondsToFix;
                    add(*issue, release, at, ++written,
                        {TestedIn::CiDev, true, tester, QStringLiteral("Fixed and retested.")});
                } else {
                    add(*issue, release, at, ++written, {TestedIn::CiDev, true, tester, {}});
                }
            }
            if (passedStaging) {
                add(*issue, release, stagingTestsFrom + offset, ++written,
                    {TestedIn::Staging, true, testerFor(*issue, 1), {}});
            }
        }
    }

private:
    // The testers take turns: by task, and the other one in staging.
    QString testerFor(const Issue &issue, int turn) const
    {
        const QStringList &testers = m_catalogue.testers;
        return testers.at((issue.number + turn) % testers.size());
    }

    void add(Issue &issue, const CatalogueRelease &release, qint64 secondsAfterStart, int count,
             const Verdict &verdict)
    {
        Comment comment;
        comment.author = verdict.tester;
        comment.text = verdictText(verdict, QStringLiteral("seed-%1-%2").arg(issue.key).arg(count));
        // Never before the task existed, nor after the history's present.
        const QDateTime at =
            qMax(release.started.addSecs(secondsAfterStart), issue.created.addSecs(60 * count));
        comment.created = comment.updated = qMin(at, m_catalogue.now);
        m_store.addComment(issue, comment);
    }

    Store &m_store;
    const Catalogue &m_catalogue;
};

} // namespace

void seedVerdicts(Store &store, const Catalogue &catalogue)
{
    if (catalogue.testers.isEmpty())
        return;
    VerdictWriter writer(store, catalogue);
    for (const CatalogueRelease &release : catalogue.releases)
        writer.write(release);
}

} // namespace ReleaseDesk::Sandbox::Jira
