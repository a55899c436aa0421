#pragma once

#include "support/sandboxfixture.h"

#include "services/sandbox/simulation/catalogue.h"
#include "services/sandbox/slack/slacksystem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

#include <memory>

// A Slack Web API client over a fresh sandbox, for the Slack and release
// team suites: calls with form, JSON or query-string arguments.

namespace ReleaseDesk::Testing {

using SlackArgs = QList<std::pair<QString, QString>>;

// "1732100000.000100" as microseconds, for exact comparisons.
inline qint64 tsMicros(const QString &ts)
{
    return QString(ts).remove(u'.').toLongLong();
}

enum class Encoding { Form, Json, Query };

class SlackClient
{
public:
    SlackClient() : m_fixture(std::make_unique<SandboxFixture>()) {}

    static QString token() { return QStringLiteral("xoxb-sandbox-releasedesk"); }
    static std::pair<QByteArray, QByteArray> auth() { return SandboxFixture::bearer(token()); }
    static const Sandbox::Catalogue &catalogue() { return SandboxFixture::smallCatalogue(); }

    SandboxFixture &fixture() { return *m_fixture; }
    Sandbox::SlackSystem &system()
    {
        return *static_cast<Sandbox::SlackSystem *>(
            m_fixture->sandbox().system(QStringLiteral("slack")));
    }
    QString channelId(const QString &name) { return system().channelId(name); }
    // The same for a name written as a literal: id("release_chs").
    QString id(const char *name) { return channelId(QString::fromLatin1(name)); }
    // The release manager's user id, found by the catalogue's name for them.
    QString managerId() { return system().userId(catalogue().releaseManager); }
    QUrl url(const QString &method)
    {
        return m_fixture->url(QStringLiteral("slack"), u"/api/" + method);
    }

    // "a=1&b=x%20y", every reserved character escaped ('+' too).
    static QByteArray formEncode(const SlackArgs &args)
    {
        QByteArrayList pairs;
        for (const auto &[name, value] : args)
            pairs << QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        return pairs.join('&');
    }
    static QJsonObject jsonOf(const SlackArgs &args)
    {
        QJsonObject object;
        for (const auto &[name, value] : args)
            object.insert(name, value);
        return object;
    }

    SandboxFixture::Reply form(const QString &method, const SlackArgs &args,
                               const SandboxFixture::Headers &headers = {auth()},
                               const QByteArray &contentType = "application/x-www-form-urlencoded")
    {
        SandboxFixture::Headers all = headers;
        all.append({"Content-Type", contentType});
        return m_fixture->send("POST", url(method), formEncode(args), all);
    }
    SandboxFixture::Reply json(const QString &method, const QJsonObject &body,
                               const QByteArray &contentType = "application/json; charset=utf-8",
                               const SandboxFixture::Headers &headers = {auth()})
    {
        SandboxFixture::Headers all = headers;
        all.append({"Content-Type", contentType});
        return m_fixture->send("POST", url(method),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), all);
    }
    SandboxFixture::Reply get(const QString &method, const SlackArgs &args,
                              const SandboxFixture::Headers &headers = {auth()})
    {
        QUrl target = url(method);
        target.setQuery(QString::fromLatin1(formEncode(args)));
        return m_fixture->get(target, headers);
    }
    SandboxFixture::Reply call(const QString &method, const SlackArgs &args,
                               Encoding encoding = Encoding::Form)
    {
        switch (encoding) {
        case Encoding::Form:
            return form(method, args);
        case Encoding::Json:
            return json(method, jsonOf(args));
        case Encoding::Query:
            return get(method, args);
        }
        return {};
    }

    // Every page of a cursored method, following next_cursor to its end.
    QList<QJsonObject> follow(const QString &method, const SlackArgs &args, int maxPages = 100)
    {
        QList<QJsonObject> pages;
        QString cursor;
        do {
            SlackArgs page = args;
            if (!cursor.isEmpty())
                page.append({QStringLiteral("cursor"), cursor});
            pages << call(method, page).object();
            cursor = pages.constLast()[u"response_metadata"][u"next_cursor"].toString();
        } while (!cursor.isEmpty() && pages.size() < maxPages);
        return pages;
    }

    // The release channel's top-level messages, newest first.
    QJsonArray releaseHistory()
    {
        return call(QStringLiteral("conversations.history"),
                    {{QStringLiteral("channel"), channelId(QStringLiteral("release_chs"))},
                     {QStringLiteral("limit"), QStringLiteral("999")}})
            .object()[u"messages"]
            .toArray();
    }
    QJsonArray thread(const QString &ts)
    {
        return call(QStringLiteral("conversations.replies"),
                    {{QStringLiteral("channel"), channelId(QStringLiteral("release_chs"))},
                     {QStringLiteral("ts"), ts}})
            .object()[u"messages"]
            .toArray();
    }
    // Posts as the bot in the release channel; returns the ts, empty on failure.
    QString post(const QString &text, const QString &threadTs = {})
    {
        SlackArgs args{{QStringLiteral("channel"), QStringLiteral("release_chs")},
                       {QStringLiteral("text"), text}};
        if (!threadTs.isEmpty())
            args.append({QStringLiteral("thread_ts"), threadTs});
        return call(QStringLiteral("chat.postMessage"), args).object()[u"ts"].toString();
    }

private:
    std::unique_ptr<SandboxFixture> m_fixture;
};

// The bot's requests in the release channel: one per staging and live request.
inline int seededRequests()
{
    int count = 0;
    for (const auto &release : SlackClient::catalogue().releases)
        count += int(release.stage >= Sandbox::HistoryStage::StagingRequested) +
                 int(release.stage >= Sandbox::HistoryStage::LiveRequested);
    return count;
}

// The values of one field over a list of messages or channels.
inline QStringList field(const QJsonArray &array, const QString &name)
{
    QStringList values;
    for (const QJsonValue &value : array)
        values << value[name].toString();
    return values;
}

// The lists of all pages, joined, after checking each page's size and flags.
inline QJsonArray joinPages(const QList<QJsonObject> &pages, const QString &listName, int limit)
{
    QJsonArray all;
    for (int i = 0; i < pages.size(); ++i) {
        const QJsonObject &page = pages.at(i);
        const bool last = i == pages.size() - 1;
        const QJsonArray items = page[listName].toArray();
        if (page[u"ok"].toBool() != true || (!last && items.size() != limit) ||
            items.size() > limit ||
            (page.contains(u"has_more") && page[u"has_more"].toBool() == last) ||
            page[u"response_metadata"][u"next_cursor"].toString().isEmpty() != last) {
            qWarning("page %d of %lld is wrong: %s", i, qlonglong(pages.size()),
                     QJsonDocument(page).toJson(QJsonDocument::Compact).constData());
            return {};
        }
        for (const QJsonValue &item : items)
            all.append(item);
    }
    return all;
}

} // namespace ReleaseDesk::Testing
