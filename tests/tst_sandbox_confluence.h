#pragma once

// What the Confluence sandbox suites share: a fresh sandbox per test and a
// client that speaks the content API below either root, Cloud (/wiki) or Data
// Center (the context path), with the credentials each deployment takes.

#include "support/sandboxfixture.h"

#include "services/sandbox/simulation/catalogue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace ReleaseDesk::Testing {

class ConfluenceClient
{
public:
    using Parameters = QList<std::pair<QString, QString>>;

    ConfluenceClient() : m_fixture(std::make_unique<SandboxFixture>()) {}

    SandboxFixture &fixture() { return *m_fixture; }

    static QString cloud() { return QStringLiteral("/wiki"); }
    static QString dataCenter() { return QString(); }
    static QString email() { return QStringLiteral("release.bot@example.com"); }
    static QString token() { return QStringLiteral("sandbox-confluence-token"); }
    static QString pat() { return QStringLiteral("sandbox-confluence-pat"); }
    static QString space() { return QStringLiteral("REL"); }

    // A "root" column with a row per deployment, for tests that hold below both.
    static void addRootColumn()
    {
        QTest::addColumn<QString>("root");
        QTest::newRow("cloud") << cloud();
        QTest::newRow("data center") << dataCenter();
    }

    // Cloud clients send Basic email:api_token, Data Center clients their PAT.
    static SandboxFixture::Headers credentials(const QString &root)
    {
        if (root == cloud())
            return {SandboxFixture::basicAuth(email(), token())};
        return {SandboxFixture::bearer(pat())};
    }

    // The catalogue the fixture's sandbox was seeded from, and its releases with notes.
    static const Sandbox::Catalogue &catalogue() { return SandboxFixture::smallCatalogue(); }
    static QList<Sandbox::CatalogueRelease> publishedReleases()
    {
        QList<Sandbox::CatalogueRelease> published;
        for (const Sandbox::CatalogueRelease &release : catalogue().releases) {
            if (release.stage >= Sandbox::HistoryStage::NotesPublished)
                published << release;
        }
        return published;
    }
    // Seeded: the space's home page, the "Release notes" parent, one page per published release.
    static int seededPageCount() { return 2 + int(publishedReleases().size()); }
    static QString notesTitle(const QString &releaseName)
    {
        return QStringLiteral("Release notes \u2013 ") + releaseName;
    }

    // What _links.base must say below a root.
    QString base(const QString &root) const
    {
        return m_fixture->sandbox().baseUrl() + QStringLiteral("/confluence") + root;
    }
    QString parentPageId() const
    {
        return m_fixture->connection(QStringLiteral("confluence"))
            .value(QLatin1String("parentPageId"))
            .toString();
    }

    // Every value percent-encoded, '+' and '&' included, as a careful client does.
    static QString query(const Parameters &parameters)
    {
        QStringList pairs;
        for (const auto &[name, value] : parameters)
            pairs << name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
        return pairs.join(u'&');
    }
    QUrl url(const QString &root, const QString &path, const QString &rawQuery = {}) const
    {
        QUrl url = m_fixture->url(QStringLiteral("confluence"), root + path);
        if (!rawQuery.isEmpty())
            url.setQuery(rawQuery, QUrl::StrictMode);
        return url;
    }

    SandboxFixture::Reply get(const QString &root, const QString &path,
                              const QString &rawQuery = {})
    {
        return m_fixture->get(url(root, path, rawQuery), credentials(root));
    }
    SandboxFixture::Reply search(const QString &root, const Parameters &parameters)
    {
        return get(root, QStringLiteral("/rest/api/content"), query(parameters));
    }
    SandboxFixture::Reply read(const QString &root, const QString &id, const QString &expand = {})
    {
        return get(root, QStringLiteral("/rest/api/content/") + id,
                   expand.isEmpty() ? QString() : query({{QStringLiteral("expand"), expand}}));
    }
    SandboxFixture::Reply post(const QString &root, const QJsonObject &content)
    {
        return m_fixture->sendJson("POST", url(root, QStringLiteral("/rest/api/content")),
                                   QJsonDocument(content), credentials(root));
    }
    SandboxFixture::Reply put(const QString &root, const QString &id, const QJsonObject &content)
    {
        return m_fixture->sendJson("PUT", url(root, QStringLiteral("/rest/api/content/") + id),
                                   QJsonDocument(content), credentials(root));
    }

    // The bodies a client sends to create and to update a page.
    static QJsonObject newPage(const QString &title, const QString &storage,
                               const QString &parentId = {}, const QString &spaceKey = space())
    {
        QJsonObject page{{QLatin1String("type"), QStringLiteral("page")},
                         {QLatin1String("title"), title},
                         {QLatin1String("space"), QJsonObject{{QLatin1String("key"), spaceKey}}},
                         {QLatin1String("body"), storageBody(storage)}};
        if (!parentId.isEmpty())
            page.insert(QLatin1String("ancestors"),
                        QJsonArray{QJsonObject{{QLatin1String("id"), parentId}}});
        return page;
    }
    static QJsonObject pageUpdate(int version, const QString &title, const QString &storage)
    {
        return {{QLatin1String("type"), QStringLiteral("page")},
                {QLatin1String("title"), title},
                {QLatin1String("version"), QJsonObject{{QLatin1String("number"), version}}},
                {QLatin1String("body"), storageBody(storage)}};
    }
    static QJsonObject storageBody(const QString &storage)
    {
        return {{QLatin1String("storage"),
                 QJsonObject{{QLatin1String("value"), storage},
                             {QLatin1String("representation"), QStringLiteral("storage")}}}};
    }

    // Creates a page and returns its id; empty (and a warning) when refused.
    QString create(const QString &root, const QString &title, const QString &storage,
                   const QString &parentId = {})
    {
        const auto reply = post(root, newPage(title, storage, parentId));
        if (reply.status != 200)
            qWarning("create answered %d: %s", reply.status, reply.body.constData());
        return reply.object().value(QLatin1String("id")).toString();
    }

    static QString storageOf(const QJsonObject &content)
    {
        return content.value(QLatin1String("body"))
            .toObject()
            .value(QLatin1String("storage"))
            .toObject()
            .value(QLatin1String("value"))
            .toString();
    }
    static int versionOf(const QJsonObject &content)
    {
        return content.value(QLatin1String("version"))
            .toObject()
            .value(QLatin1String("number"))
            .toInt();
    }
    static QStringList ids(const QJsonArray &contents)
    {
        QStringList ids;
        for (const QJsonValue &content : contents)
            ids << content.toObject().value(QLatin1String("id")).toString();
        return ids;
    }

    // Checks an answer is Confluence's error object with this status and text.
    static void verifyError(const SandboxFixture::Reply &reply, int status, const QString &text)
    {
        QCOMPARE(reply.status, status);
        const QJsonObject error = reply.object();
        QCOMPARE(error.value(QLatin1String("statusCode")).toInt(), status);
        const QJsonObject data = error.value(QLatin1String("data")).toObject();
        QCOMPARE(data.value(QLatin1String("successful")).toBool(true), false);
        QVERIFY(data.value(QLatin1String("errors")).isArray());
        const QString message = error.value(QLatin1String("message")).toString();
        QVERIFY2(message.contains(text), qPrintable(message));
    }

private:
    std::unique_ptr<SandboxFixture> m_fixture;
};

} // namespace ReleaseDesk::Testing

// ConfluenceClient::verifyError, ending the test at the first mismatch as QCOMPARE does.
#define VERIFY_CONFLUENCE_ERROR(reply, status, text)                                               \
    do {                                                                                           \
        ReleaseDesk::Testing::ConfluenceClient::verifyError((reply), (status), (text));            \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)
