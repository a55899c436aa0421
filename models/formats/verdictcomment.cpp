#include "models/formats/verdictcomment.h"

#include <QRegularExpression>
#include <QUuid>

#include <atomic>

namespace ReleaseDesk {
namespace {

const QString notePrefix = QStringLiteral("Note: ");

// The environment as the comment names it, in English whatever the desk's
// language: the comment is the team's shared record.
QString environmentName(Environment environment)
{
    return environment == Environment::Staging ? QStringLiteral("Staging")
                                               : QStringLiteral("CI-Dev");
}

// "(ReleaseDesk verdict: ci-dev/passed, ref 3f9c2a7b1e04)", alone on the last
// line, with room for the blanks an editor or Cloud's documents add.
const QRegularExpression &markerPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\s*\(ReleaseDesk verdict:\s*([a-z-]+)/([a-z]+),\s*ref\s+([^\s)]+)\)\s*$)"));
    return pattern;
}

} // namespace

QString VerdictComment::marker(const TestResult &verdict)
{
    return QStringLiteral("(ReleaseDesk verdict: %1/%2, ref %3)")
        .arg(toKey(verdict.environment), toKey(verdict.outcome), verdict.ref);
}

QString VerdictComment::text(const TestResult &verdict)
{
    const QString environment = environmentName(verdict.environment);
    QStringList lines{
        verdict.outcome == TestOutcome::Untested
            ? QStringLiteral("Back to untested in %1 — the earlier verdict withdrawn by %2.")
                  .arg(environment, verdict.tester)
            : QStringLiteral("%1 in %2 — tested by %3.")
                  .arg(verdict.outcome == TestOutcome::Passed ? QStringLiteral("Passed")
                                                              : QStringLiteral("Failed"),
                       environment, verdict.tester)};
    if (!verdict.note.trimmed().isEmpty())
        lines << notePrefix + verdict.note.trimmed();
    lines << marker(verdict);
    return lines.join(u'\n');
}

std::optional<VerdictComment::Reading> VerdictComment::read(const QString &text)
{
    QStringList lines = text.split(u'\n');
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return std::nullopt;
    const QRegularExpressionMatch match = markerPattern().match(lines.takeLast());
    if (!match.hasMatch())
        return std::nullopt;
    const auto environment = fromKey<Environment>(match.captured(1));
    const auto outcome = fromKey<TestOutcome>(match.captured(2));
    if (!environment || !outcome || *environment == Environment::Live)
        return std::nullopt;
    Reading reading{*environment, *outcome, match.captured(3), {}};
    // The note is everything after "Note: ", over as many lines as it took.
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(notePrefix)) {
            QStringList note = lines.mid(i);
            note[0] = note[0].mid(notePrefix.size());
            reading.note = note.join(u'\n').trimmed();
            break;
        }
    }
    return reading;
}

std::optional<TestResult> VerdictComment::verdict(const QString &taskKey, const QString &text,
                                                  const QString &author, const QDateTime &created)
{
    const auto reading = read(text);
    if (!reading)
        return std::nullopt;
    TestResult verdict;
    verdict.taskKey = taskKey;
    verdict.environment = reading->environment;
    verdict.outcome = reading->outcome;
    verdict.tester = author;
    verdict.note = reading->note;
    verdict.at = created;
    verdict.ref = reading->ref;
    return verdict;
}

QString VerdictComment::newRef()
{
    // The time first, at a fixed width, so that refs sort as they were made:
    // two verdicts a desk gives in the same instant count in the order given.
    // Then a count within this process, and randomness across desks.
    static std::atomic<quint32> made{0};
    const quint32 count = made++;
    return QStringLiteral("%1%2%3")
        .arg(QDateTime::currentMSecsSinceEpoch(), 11, 16, QLatin1Char('0'))
        .arg(count % 0x100, 2, 16, QLatin1Char('0'))
        .arg(QUuid::createUuid().toString(QUuid::Id128).left(5));
}

} // namespace ReleaseDesk
