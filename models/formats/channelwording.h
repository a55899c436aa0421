#pragma once

#include "models/domain/connectionsettings.h"
#include "models/domain/enums.h"
#include "models/domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace ReleaseDesk {

// The words a team uses in its release channel besides those SlackFormat
// writes: the release team's plain replies ("Deployed 2026.11.3 to staging
// :white_check_mark:", "rolled back 2026.11.3 from live", "backed out") and
// the requests developers write by hand ("@release-team please deploy
// 2026.11.3 to staging"), as built-in patterns plus the team's own
// (SlackSettings::replyPatterns, requestPatterns, stagingWords, liveWords).
//
// A pattern is a template: "<kind>: <words and parts>" for a reply, the kind
// one of applied, backed out or cancelled; the words and parts alone for a
// request. The parts are {environment} (one of the team's words for staging
// or live), {release} (a name with a digit, "2026.11.3") and {testTask}
// ("CTASK0010007", applied only). Words match in any case; the punctuation
// and spaces between them match any punctuation and spaces. A template
// without {environment} takes the environment from a word of the match, else
// from the request whose thread the reply is in.
//
// A match counts only when what comes before it is greetings, mentions and
// emoji; when nothing in it (or, for applied and requests, after it) negates,
// doubts or postpones ("not", "haven't", "will", "tomorrow", "?", :x:); when
// an applied reply ends there (but for its test task and "now", "thanks",
// emoji); and when a back out's or cancellation's reason is set apart by
// punctuation ("backed out. Errors in the orders API"). Anything else is left
// for a person to read.
class ChannelWording
{
    Q_DECLARE_TR_FUNCTIONS(ChannelWording)

public:
    enum class Said { Applied, BackedOut, Cancelled, Requested };

    // What a message says in one of the patterns.
    struct Phrase
    {
        Said said = Said::Applied;
        std::optional<Environment> environment; // nullopt: a cancellation names none
        QString release;                        // empty: the pattern has no {release}
        QString testTask;
        QString why; // a back out's or cancellation's reason
    };

    // The built-in wording with the default environment words.
    static const ChannelWording &standard();
    // The built-in wording and the team's; fails with problems()' first.
    static Result<ChannelWording> of(const SlackSettings &settings);
    // What is wrong with the team's patterns and words, for a person to read.
    static QStringList problems(const SlackSettings &settings);
    // The built-in patterns, in the settings' syntax.
    static QStringList builtInReplyPatterns();
    static QStringList builtInRequestPatterns();

    // `plain` is plainSlackText's; `asked` the environment of the request
    // whose thread a reply is in, if any.
    std::optional<Phrase> readReply(const QString &plain,
                                    std::optional<Environment> asked = std::nullopt) const;
    std::optional<Phrase> readRequest(const QString &plain) const;

private:
    struct Pattern
    {
        Said said = Said::Applied;
        QRegularExpression regex;
    };

    std::optional<Phrase> read(const Pattern &pattern, const QString &plain,
                               std::optional<Environment> asked) const;
    std::optional<Environment> environmentOf(const QString &word) const;
    void setWords(const SlackSettings &settings);
    // Fails with a message naming the pattern.
    Status add(const QString &pattern, bool request);

    QStringList m_stagingWords;
    QStringList m_liveWords;
    QString m_environments;               // the words as a regular expression's alternatives
    QRegularExpression m_environmentWord; // any one of them, as a word
    QList<Pattern> m_replies;
    QList<Pattern> m_requests;
};

} // namespace ReleaseDesk
