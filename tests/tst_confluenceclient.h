#pragma once

// What the Confluence client suites share: a fresh sandbox and HTTP client per
// test, connections in either flavour, realistic release notes, and the
// sandbox's own view of the space to check the client's work against.

#include "services/clients/confluenceclient.h"
#include "support/clienttestbench.h"

#include "models/formats/storageformat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <optional>

Q_DECLARE_METATYPE(ReleaseDesk::ConfluenceConnection::Flavour)

namespace ReleaseDesk::Testing {

using Flavour = ConfluenceConnection::Flavour;

// A "flavour" column with a row per deployment.
inline void addFlavours()
{
    QTest::addColumn<Flavour>("flavour");
    QTest::newRow("data center") << Flavour::DataCenter;
    QTest::newRow("cloud") << Flavour::Cloud;
}

// The title of a page the sandbox was seeded with.
inline QString seededNotesTitle()
{
    for (const auto &release : SandboxFixture::smallCatalogue().releases) {
        if (release.stage >= Sandbox::HistoryStage::NotesPublished)
            return StorageFormat::pageTitle(release.name);
    }
    return {};
}

// A release that is not in the seeded history, with text that storage
// format must escape: markup, quotes, an ampersand and several lines.
inline Release unpublishedRelease(const QString &name)
{
    Release release;
    release.name = name;
    release.services = {
        {QStringLiteral("chs-orders-api"), QStringLiteral("1.4.2"), QStringLiteral("ECS")},
        {QStringLiteral("chs-search-api"), QStringLiteral("2.0.1"), QStringLiteral("Mesos")}};
    release.notes.description = QStringLiteral(
        "Orders <api> pages its \"filings\" & 'officers'.\nSearch is faster.\n\nNo downtime.");
    release.notes.backoutPlan = QStringLiteral("Redeploy chs-orders-api 1.4.1.");
    release.notes.noConfigChanges = true;
    return release;
}

// The release's notes page on the team's template.
inline QString notesPage(const Release &release)
{
    Change paging;
    paging.key = QStringLiteral("CHS-1001");
    paging.summary = QStringLiteral("Page the <orders> list");
    Change search;
    search.key = QStringLiteral("CHS-1002");
    search.summary = QStringLiteral("Faster search & filters");
    return StorageFormat::releaseNotesPage(release, {paging, search});
}

// A page's body and version as the sandbox answers them.
inline QString storageOf(const QJsonValue &page)
{
    return page.toObject()
        .value(QLatin1String("body"))
        .toObject()
        .value(QLatin1String("storage"))
        .toObject()
        .value(QLatin1String("value"))
        .toString();
}

inline int versionOf(const QJsonValue &page)
{
    return page.toObject()
        .value(QLatin1String("version"))
        .toObject()
        .value(QLatin1String("number"))
        .toInt();
}

// The client's calls, waited for.
inline std::optional<Result<ConfluencePage>>
awaitPublish(const ConfluenceClient &client, const QString &title, const QString &storage)
{
    return await<Result<ConfluencePage>>(
        [&](QObject *context, auto done) { client.publish(title, storage, context, done); });
}

inline std::optional<Result<std::optional<ConfluencePage>>>
awaitFind(const ConfluenceClient &client, const QString &title)
{
    return await<Result<std::optional<ConfluencePage>>>(
        [&](QObject *context, auto done) { client.findPage(title, context, done); });
}

// The per-test sandbox and HTTP client, with the connection to the sandbox's
// space and its own view of the pages.
class ConfluenceBench : public ClientTestBench
{
public:
    // The connection to the sandbox's space as its start-up line describes it.
    ConfluenceConnection connection(Flavour flavour)
    {
        const QJsonObject sandbox = sandboxConnection();
        ConfluenceConnection connection;
        connection.flavour = flavour;
        connection.spaceKey = sandbox.value(QLatin1String("space")).toString();
        connection.parentPageId = parentPageId();
        if (flavour == Flavour::Cloud) {
            connection.baseUrl = QUrl(sandbox.value(QLatin1String("cloudUrl")).toString());
            connection.email = sandbox.value(QLatin1String("email")).toString();
            connection.secret = sandbox.value(QLatin1String("token")).toString();
        } else {
            connection.baseUrl = QUrl(sandbox.value(QLatin1String("url")).toString());
            connection.secret = sandbox.value(QLatin1String("pat")).toString();
        }
        return connection;
    }

    QString parentPageId()
    {
        return sandboxConnection().value(QLatin1String("parentPageId")).toString();
    }

    // The sandbox's own view, read past the client: the space's pages,
    // optionally of one title, with body, version and ancestors.
    QJsonArray storedPages(const QString &title = {})
    {
        QString query =
            QStringLiteral("spaceKey=REL&limit=200&expand=body.storage,version,ancestors");
        if (!title.isNull())
            query +=
                QStringLiteral("&title=") + QString::fromLatin1(QUrl::toPercentEncoding(title));
        QUrl url = fixture().url(QStringLiteral("confluence"), QStringLiteral("/rest/api/content"));
        url.setQuery(query, QUrl::TolerantMode);
        const auto reply = fixture().get(url, {SandboxFixture::bearer(pat())});
        if (reply.status != 200)
            qWarning("the sandbox answered %d", reply.status);
        return reply.object().value(QLatin1String("results")).toArray();
    }

    // A write past the client, as another person makes it.
    void writeDirectly(const QByteArray &method, const QString &path, const QJsonObject &content)
    {
        const auto reply =
            fixture().sendJson(method, fixture().url(QStringLiteral("confluence"), path),
                               QJsonDocument(content), {SandboxFixture::bearer(pat())});
        QCOMPARE(reply.status, 200);
    }

    // How many of Confluence's writes with `method` took effect.
    qsizetype journalWrites(const QByteArray &method)
    {
        qsizetype count = 0;
        for (const auto &entry : fixture().sandbox().journal().entries())
            count += entry.system == QLatin1String("confluence") && entry.method == method ? 1 : 0;
        return count;
    }

private:
    QJsonObject sandboxConnection() { return fixture().connection(QStringLiteral("confluence")); }
    QString pat() { return sandboxConnection().value(QLatin1String("pat")).toString(); }
};

} // namespace ReleaseDesk::Testing
