#include "models/formats/slackformat.h"

#include "models/formats/storageformat.h"

#include <QRegularExpression>

namespace ReleaseDesk::SlackFormat {
namespace {

// What the release team keys a request on, besides the fixed wording.
const QRegularExpression &recognisedWords()
{
    static const QRegularExpression words(QStringLiteral("\\b(?:staging|live)\\b|\\bCHG(?=\\d)"),
                                          QRegularExpression::CaseInsensitiveOption);
    return words;
}

// `text` with the first letter of every recognised word replaced by `breakUp(letter)`.
template <typename BreakUp> QString defused(const QString &text, BreakUp breakUp)
{
    QString result;
    qsizetype done = 0;
    for (const QRegularExpressionMatch &match : recognisedWords().globalMatch(text)) {
        result += QStringView(text).mid(done, match.capturedStart() - done);
        result += breakUp(text.at(match.capturedStart()));
        done = match.capturedStart() + 1;
    }
    result += QStringView(text).mid(done);
    return result;
}

// User text on one line, its recognised words broken up by an invisible word joiner.
QString defusedText(const QString &text)
{
    return defused(text.simplified(),
                   [](QChar letter) -> QString { return letter + QString(QChar(0x2060)); });
}

// The encoded URL with recognised words in its path, query and fragment broken
// up by percent-encoding their first letter. A string, as QUrl would decode
// the letter again.
QString defusedUrl(const QUrl &url)
{
    if (!url.isValid() || url.isEmpty())
        return {};
    const QString encoded = url.toString(QUrl::FullyEncoded);
    const QString authority = url.toString(QUrl::FullyEncoded | QUrl::RemovePath |
                                           QUrl::RemoveQuery | QUrl::RemoveFragment);
    const qsizetype start = encoded.startsWith(authority) ? authority.size() : 0;
    return encoded.left(start) + defused(encoded.mid(start), [](QChar letter) -> QString {
               return QStringLiteral("%%1").arg(letter.unicode(), 2, 16, QChar(u'0')).toUpper();
           });
}

// User text in a message: escaped, on one line, its recognised words broken up.
QString userText(const QString &text)
{
    return escape(defusedText(text));
}

// link() over an already encoded URL; the label alone without one.
QString linkTo(const QString &encodedUrl, const QString &label)
{
    QString text = escape(label.simplified());
    text.replace(u'|', u'\u00a6');
    if (encodedUrl.isEmpty())
        return text;
    return u'<' + escape(encodedUrl) + u'|' + text + u'>';
}

QString request(const QString &environment, const Release &release, const QUrl &notesUrl,
                const QString &changeNumber)
{
    const QString title = environment.left(1).toUpper() + environment.mid(1);
    QStringList lines{title + u" request for release " + escape(defusedText(release.name)) +
                          u": please deploy to " + environment + u'.',
                      u"Change: " + escape(changeNumber.simplified()),
                      u"Notes: " + linkTo(defusedUrl(notesUrl),
                                          StorageFormat::pageTitle(defusedText(release.name)))};
    QStringList services;
    for (const ReleaseService &service : release.services) {
        services << escape(defusedText(service.service + u' ' + service.version + u" (" +
                                       service.deploymentType + u')'));
    }
    if (!services.isEmpty())
        lines << u"Services: " + services.join(QStringLiteral(", "));
    return lines.join(u'\n');
}

} // namespace

QString escape(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'&', QStringLiteral("&amp;"))
        .replace(u'<', QStringLiteral("&lt;"))
        .replace(u'>', QStringLiteral("&gt;"));
    return escaped;
}

QString link(const QUrl &url, const QString &label)
{
    return linkTo(url.isValid() && !url.isEmpty() ? url.toString(QUrl::FullyEncoded) : QString(),
                  label);
}

QString stagingRequest(const Release &release, const QUrl &notesUrl, const QString &changeNumber)
{
    return request(QStringLiteral("staging"), release, notesUrl, changeNumber);
}

QString liveRequest(const Release &release, const QUrl &notesUrl, const QString &changeNumber)
{
    return request(QStringLiteral("live"), release, notesUrl, changeNumber);
}

QString testFailure(const TestResult &failed, const QString &reworkStatus)
{
    const auto user = [](const QString &text) { return userText(text); };
    const QString next = reworkStatus.trimmed().isEmpty()
                             ? QStringLiteral("It needs a fix.")
                             : u"It goes back to " + user(reworkStatus.trimmed()) + u" for a fix.";
    return user(failed.taskKey) + u" failed testing in " + user(toTitle(failed.environment)) +
           u" (" + user(failed.tester) + u"): " + user(failed.note) + u'\n' + next;
}

QString addressedTo(const QString &slackUserId, const QString &name, const QString &notice)
{
    static const QRegularExpression userId(QStringLiteral("^[UW][A-Z0-9]+$"));
    if (userId.match(slackUserId).hasMatch())
        return u"<@" + slackUserId + u"> " + notice;
    if (!name.trimmed().isEmpty())
        return userText(name.trimmed()) + u": " + notice;
    return notice;
}

QString appliedToStaging(const QString &release, const QString &testTask)
{
    return u"Applied to staging: " + userText(release) + u". ServiceNow test task " +
           userText(testTask) + u'.';
}

QString appliedToLive(const QString &release)
{
    return u"Applied to live: " + userText(release) + u'.';
}

QString backedOut(const QString &release, Environment environment, const QString &why)
{
    const QString where =
        environment == Environment::Live ? QStringLiteral("live") : QStringLiteral("staging");
    return u"Backed out of " + where + u": " + userText(release) + u". " + userText(why);
}

QString cancelled(const QString &release, const QString &why)
{
    return u"Cancelled: " + userText(release) + u". " + userText(why);
}

} // namespace ReleaseDesk::SlackFormat
