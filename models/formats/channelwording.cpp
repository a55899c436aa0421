#include "models/formats/channelwording.h"

#include <algorithm>

namespace ReleaseDesk {
namespace {

constexpr auto options =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

const QString environmentPart = QStringLiteral("environment");
const QString releasePart = QStringLiteral("release");
const QString testTaskPart = QStringLiteral("testTask");

// Between two words or parts of a template: any run of spaces and
// punctuation but a question mark.
const QString separator = QStringLiteral("[^\\w?]+");

// What says it has not happened, may not, or will only later; a question.
const QRegularExpression &negation()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<!\\w)(?:not|no|never|yet|will|wont|going to|gonna|tomorrow|later|soon|"
                       "pending|scheduled|about to|plan(?:ning)? to|cannot|unable|"
                       "fail(?:ed|s|ing|ure)?)(?!\\w)|n't(?!\\w)|'ll(?!\\w)|"
                       ":(?:x|no_entry|no_entry_sign|warning|hourglass|hourglass_flowing_sand|"
                       "construction|red_circle|thinking_face):|\\?"),
        options);
    return pattern;
}

// Mentions, emoji and greetings: what may come before a pattern.
bool onlyGreeting(QString text)
{
    static const QRegularExpression greeting(
        QStringLiteral("<[@!#][^>]*>|(?<!\\w)@[\\w.\\-]+|:[\\w+\\-]+:|(?<!\\w)(?:hi|hey|hello|"
                       "ok|okay|all|team|folks|fyi|update|thanks|yes|yep|done|so)(?!\\w)"),
        options);
    static const QRegularExpression nothing(QStringLiteral("^[^\\w?]*$"), options);
    return nothing.match(text.remove(greeting)).hasMatch();
}

// The staging reply's test task after the pattern: "ServiceNow test task
// CTASK0010007", or shorter ("test task: CTASK0010007", "(CTASK0010007)").
const QRegularExpression &testTaskPhrase()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?:(?:servicenow\\s+)?(?:test(?:ing)?\\s+)?task\\s*[:#]?\\s*)?"
                       "(?<!\\w)(CTASK\\d+)(?!\\w)"),
        options);
    return pattern;
}

// What may follow an applied reply without changing what it says.
bool onlyAcknowledgement(QString text)
{
    static const QRegularExpression acknowledgement(
        QStringLiteral("<[@!#][^>]*>|:[\\w+\\-]+:|(?<!\\w)(?:now|done|thanks|thank you|cheers|"
                       "all good|ok|okay|as requested|successfully)(?!\\w)"),
        options);
    static const QRegularExpression nothing(QStringLiteral("^[^\\w?]*$"), options);
    return nothing.match(text.remove(acknowledgement)).hasMatch();
}

QString withoutTrailingPunctuation(QString word)
{
    while (!word.isEmpty() && QStringLiteral(".,;:!)]").contains(word.back()))
        word.chop(1);
    return word;
}

// The regular expression alternative of a list of words, longest first so
// that "staging" is not read as "stag".
QString alternatives(QStringList words)
{
    std::sort(words.begin(), words.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (QString &word : words)
        word = QRegularExpression::escape(word);
    return words.join(u'|');
}

} // namespace

QStringList ChannelWording::builtInReplyPatterns()
{
    return {
        QStringLiteral("applied: applied to {environment}: {release}"),
        QStringLiteral("applied: applied {release} to {environment}"),
        QStringLiteral("applied: {release} applied to {environment}"),
        QStringLiteral("applied: applied to {environment}"),
        QStringLiteral("applied: deployed {release} to {environment}"),
        QStringLiteral("applied: {release} deployed to {environment}"),
        QStringLiteral("applied: deployed to {environment}: {release}"),
        QStringLiteral("applied: deployed to {environment}"),
        QStringLiteral("applied: {release} is on {environment}"),
        QStringLiteral("applied: {release} is in {environment}"),
        QStringLiteral("applied: {release} is live"),
        QStringLiteral("applied: {environment}: done for {release}"),
        QStringLiteral("applied: {environment}: done"),
        QStringLiteral("backed out: backed out {release} from {environment}"),
        QStringLiteral("backed out: backed out of {environment}: {release}"),
        QStringLiteral("backed out: backed out of {environment}"),
        QStringLiteral("backed out: backed out {release}"),
        QStringLiteral("backed out: backed out"),
        QStringLiteral("backed out: rolled back {release} from {environment}"),
        QStringLiteral("backed out: rolled back {release}"),
        QStringLiteral("backed out: rolled back"),
        QStringLiteral("cancelled: cancelled {release}"),
        QStringLiteral("cancelled: canceled {release}"),
    };
}

QStringList ChannelWording::builtInRequestPatterns()
{
    return {
        QStringLiteral("please deploy {release} to {environment}"),
        QStringLiteral("please apply {release} to {environment}"),
        QStringLiteral("{environment} request: {release}"),
        QStringLiteral("{environment} request for {release}"),
    };
}

const ChannelWording &ChannelWording::standard()
{
    static const ChannelWording wording = ChannelWording::of(SlackSettings()).value();
    return wording;
}

QStringList ChannelWording::problems(const SlackSettings &settings)
{
    QStringList found;
    static const QRegularExpression word(QStringLiteral("^\\w+$"), options);
    for (const QStringList *words : {&settings.stagingWords, &settings.liveWords}) {
        const QString environment = words == &settings.stagingWords ? tr("staging") : tr("live");
        if (words->isEmpty())
            found << tr("Slack: give at least one word the team uses for %1.").arg(environment);
        for (const QString &w : *words) {
            if (!word.match(w).hasMatch())
                found << tr("Slack: \"%1\" is not a single word for %2.").arg(w, environment);
        }
    }
    for (const QString &w : settings.stagingWords) {
        if (settings.liveWords.contains(w, Qt::CaseInsensitive))
            found << tr("Slack: \"%1\" cannot name both staging and live.").arg(w);
    }
    if (!found.isEmpty())
        return found;
    ChannelWording wording;
    wording.setWords(settings);
    for (const QString &pattern : settings.replyPatterns) {
        if (Status added = wording.add(pattern, false); !added)
            found << added.error();
    }
    for (const QString &pattern : settings.requestPatterns) {
        if (Status added = wording.add(pattern, true); !added)
            found << added.error();
    }
    return found;
}

Result<ChannelWording> ChannelWording::of(const SlackSettings &settings)
{
    if (const QStringList found = problems(settings); !found.isEmpty())
        return Result<ChannelWording>::failure(found.constFirst());
    ChannelWording wording;
    wording.setWords(settings);
    // The built-in first: the team's words add to what everyone writes.
    for (const QString &pattern : builtInReplyPatterns() + settings.replyPatterns) {
        if (Status added = wording.add(pattern, false); !added)
            return added.failure();
    }
    for (const QString &pattern : builtInRequestPatterns() + settings.requestPatterns) {
        if (Status added = wording.add(pattern, true); !added)
            return added.failure();
    }
    return wording;
}

void ChannelWording::setWords(const SlackSettings &settings)
{
    m_stagingWords = settings.stagingWords;
    m_liveWords = settings.liveWords;
    m_environments = alternatives(m_stagingWords + m_liveWords);
    m_environmentWord =
        QRegularExpression(QStringLiteral("(?<!\\w)(%1)(?!\\w)").arg(m_environments), options);
}

Status ChannelWording::add(const QString &text, bool request)
{
    const auto problem = [&](const QString &what) {
        return Status::failure(tr("Slack: the pattern \"%1\" %2").arg(text, what));
    };
    if (text.contains(u'|'))
        return problem(tr("holds a |, which separates patterns in the connections dialog."));
    Pattern pattern;
    QString body = text.trimmed();
    if (request) {
        pattern.said = Said::Requested;
    } else {
        static const QRegularExpression kind(
            QStringLiteral("^(applied|backed out|cancell?ed)\\s*:\\s*(.*)$"), options);
        const auto match = kind.match(body);
        if (!match.hasMatch())
            return problem(tr("must start with what the reply says: \"applied:\", \"backed out:\" "
                              "or \"cancelled:\"."));
        const QString said = match.captured(1).toLower();
        pattern.said = said == u"applied"      ? Said::Applied
                       : said == u"backed out" ? Said::BackedOut
                                               : Said::Cancelled;
        body = match.captured(2);
    }
    // The template as a regular expression, piece by piece.
    QStringList parts;
    QString regex;
    bool words = false;
    bool pendingSeparator = false;
    const auto piece = [&](const QString &p) {
        if (pendingSeparator && !regex.isEmpty())
            regex += separator;
        pendingSeparator = false;
        regex += p;
    };
    for (qsizetype i = 0; i < body.size();) {
        const QChar c = body.at(i);
        if (c == u'{') {
            const qsizetype close = body.indexOf(u'}', i);
            if (close < 0)
                return problem(tr("has a { without its }."));
            const QString name = body.mid(i + 1, close - i - 1);
            if (name != environmentPart && name != releasePart && name != testTaskPart)
                return problem(tr("has an unknown part {%1}; the parts are {environment}, "
                                  "{release} and {testTask}.")
                                   .arg(name));
            if (parts.contains(name))
                return problem(tr("has {%1} twice.").arg(name));
            if (name == testTaskPart && pattern.said != Said::Applied)
                return problem(tr("has {testTask}, which only an applied reply names."));
            parts << name;
            if (name == environmentPart)
                piece(QStringLiteral("(?<environment>%1)(?!\\w)").arg(m_environments));
            else if (name == releasePart)
                piece(QStringLiteral(
                    "(?<release>[^\\s.,;:!?()\\[\\]]\\S*?)(?=[.,;:!?)\\]]*(?:\\s|$))"));
            else
                piece(QStringLiteral("(?<testTask>CTASK\\d+)(?!\\w)"));
            i = close + 1;
        } else if (c == u'}') {
            return problem(tr("has a } without its {."));
        } else if (c.isLetterOrNumber() || c == u'\'' || c == u'_') {
            qsizetype end = i;
            while (end < body.size() && (body.at(end).isLetterOrNumber() || body.at(end) == u'\'' ||
                                         body.at(end) == u'_'))
                ++end;
            const QString word = QRegularExpression::escape(body.mid(i, end - i));
            piece(regex.isEmpty() ? QStringLiteral("(?<!\\w)") + word : word);
            words = true;
            i = end;
        } else {
            pendingSeparator = true;
            ++i;
        }
    }
    if (!words)
        return problem(tr("needs words of its own besides its parts."));
    if (request && !parts.contains(releasePart))
        return problem(tr("must name the release with {release}."));
    // A pattern that ends in a word ends with the word.
    if (!body.isEmpty() && !body.trimmed().endsWith(u'}'))
        regex += QStringLiteral("(?!\\w)");
    pattern.regex = QRegularExpression(regex, options);
    if (!pattern.regex.isValid())
        return problem(tr("cannot be read: %1.").arg(pattern.regex.errorString()));
    (request ? m_requests : m_replies) << pattern;
    return success();
}

std::optional<Environment> ChannelWording::environmentOf(const QString &word) const
{
    if (m_stagingWords.contains(word, Qt::CaseInsensitive))
        return Environment::Staging;
    if (m_liveWords.contains(word, Qt::CaseInsensitive))
        return Environment::Live;
    return std::nullopt;
}

std::optional<ChannelWording::Phrase>
ChannelWording::readReply(const QString &plain, std::optional<Environment> asked) const
{
    for (const Pattern &pattern : m_replies) {
        if (auto phrase = read(pattern, plain, asked))
            return phrase;
    }
    return std::nullopt;
}

std::optional<ChannelWording::Phrase> ChannelWording::readRequest(const QString &plain) const
{
    for (const Pattern &pattern : m_requests) {
        if (auto phrase = read(pattern, plain, std::nullopt))
            return phrase;
    }
    return std::nullopt;
}

std::optional<ChannelWording::Phrase> ChannelWording::read(const Pattern &pattern,
                                                           const QString &text,
                                                           std::optional<Environment> asked) const
{
    QString plain = text;
    plain.replace(QChar(0x2019), u'\''); // "haven’t" as phones write it
    const bool applied = pattern.said == Said::Applied;
    const bool stops = pattern.said == Said::BackedOut || pattern.said == Said::Cancelled;
    // Whatever the pattern, a request with a negation or a doubt is none.
    if (pattern.said == Said::Requested && negation().match(plain).hasMatch())
        return std::nullopt;
    auto matches = pattern.regex.globalMatch(plain);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const QString before = plain.left(match.capturedStart());
        const QString after = plain.mid(match.capturedEnd());
        if (!onlyGreeting(before) || negation().match(before + match.captured()).hasMatch())
            continue;
        Phrase phrase;
        phrase.said = pattern.said;
        phrase.release = withoutTrailingPunctuation(match.captured(releasePart));
        static const QRegularExpression digit(QStringLiteral("\\d"));
        if (match.capturedStart(releasePart) >= 0 && !digit.match(phrase.release).hasMatch())
            continue; // "deployed the fix to staging": a release's name has a number
        phrase.testTask = match.captured(testTaskPart).toUpper();
        if (applied) {
            if (negation().match(after).hasMatch())
                continue;
            QString rest = after;
            if (const auto task = testTaskPhrase().match(rest);
                task.hasMatch() && phrase.testTask.isEmpty()) {
                phrase.testTask = task.captured(1).toUpper();
                rest.remove(task.capturedStart(), task.capturedLength());
            }
            if (!onlyAcknowledgement(rest))
                continue; // more than "done": it might change what was said
        }
        if (stops) {
            // The reason is set apart: "backed out my change" is about something else.
            static const QRegularExpression apart(
                QStringLiteral("^(?:\\s*$|\\s*[.,;:!\\-\u2013\u2014(]|\\s+(?:because|due to|as|"
                               "since)(?!\\w))"),
                options);
            static const QRegularExpression lead(QStringLiteral("^[\\s.,;:!\\-\u2013\u2014]+"));
            static const QRegularExpression negated(QStringLiteral("^\\W*(?:not|yet|never|no)\\b"),
                                                    options);
            if (!apart.match(after).hasMatch())
                continue;
            phrase.why = QString(after).remove(lead).trimmed();
            if (negated.match(phrase.why).hasMatch())
                continue;
        }
        // The environment: the part, a word of the match, or the request's.
        if (match.capturedStart(environmentPart) >= 0) {
            phrase.environment = environmentOf(match.captured(environmentPart));
        } else {
            QString said = match.captured();
            if (match.capturedStart(releasePart) >= 0)
                said.remove(match.capturedStart(releasePart) - match.capturedStart(),
                            match.capturedLength(releasePart));
            const auto named = m_environmentWord.match(said);
            phrase.environment = named.hasMatch() ? environmentOf(named.captured(1)) : asked;
        }
        if (!phrase.environment && pattern.said != Said::Cancelled)
            continue;
        if (pattern.said == Said::Cancelled)
            phrase.environment.reset();
        return phrase;
    }
    return std::nullopt;
}

} // namespace ReleaseDesk
