#include "tst_sandbox_confluence.h"

#include "services/sandbox/core/system.h"

#include <QRegularExpression>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;
using Headers = SandboxFixture::Headers;

// The sandbox's Confluence as a client meets it: connection info, credentials
// per deployment, the current user and the space, links below each root, error
// bodies, injected faults, and saving and loading the state. Pages as read are
// in tst_sandbox_confluence_pages, writes in tst_sandbox_confluence_writes.
class TestSandboxConfluence : public ClientSuite<ConfluenceClient>
{
    Q_OBJECT

private slots:
    void connectionNamesTheCredentialsAndTheParentPage()
    {
        const QJsonObject connection = client().fixture().connection(QStringLiteral("confluence"));
        QCOMPARE(connection.value(u"url").toString(),
                 client().base(ConfluenceClient::dataCenter()));
        QCOMPARE(connection.value(u"cloudUrl").toString(),
                 client().base(ConfluenceClient::cloud()));
        QCOMPARE(connection.value(u"email").toString(), ConfluenceClient::email());
        QCOMPARE(connection.value(u"token").toString(), ConfluenceClient::token());
        QCOMPARE(connection.value(u"pat").toString(), ConfluenceClient::pat());
        QCOMPARE(connection.value(u"space").toString(), ConfluenceClient::space());
        const auto parent = client().read(ConfluenceClient::dataCenter(), client().parentPageId());
        QCOMPARE(parent.status, 200);
        QCOMPARE(parent.object().value(u"title").toString(), QStringLiteral("Release notes"));
    }

    void authentication_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("seraph");
        const QString cloud = ConfluenceClient::cloud();
        const QString dc = ConfluenceClient::dataCenter();
        const auto basic = SandboxFixture::basicAuth;
        const auto bearer = SandboxFixture::bearer;
        const QString email = ConfluenceClient::email();
        const QString token = ConfluenceClient::token();
        const QString deprecated =
            QStringLiteral("Basic authentication with passwords is deprecated");
        const QString unauthenticated = QStringLiteral("Client must be authenticated");
        QTest::newRow("cloud, no credentials")
            << cloud << Headers{} << 401 << QByteArray("text/plain") << unauthenticated
            << QByteArray();
        QTest::newRow("cloud, wrong token")
            << cloud << Headers{basic(email, QStringLiteral("nope"))} << 401
            << QByteArray("text/plain") << deprecated << QByteArray();
        QTest::newRow("cloud, wrong email")
            << cloud << Headers{basic(QStringLiteral("someone@example.com"), token)} << 401
            << QByteArray("text/plain") << deprecated << QByteArray();
        QTest::newRow("cloud, a PAT means nothing")
            << cloud << Headers{bearer(ConfluenceClient::pat())} << 401 << QByteArray("text/plain")
            << unauthenticated << QByteArray();
        QTest::newRow("cloud, email and token")
            << cloud << Headers{basic(email, token)} << 200 << QByteArray("application/json")
            << QStringLiteral("Release Bot") << QByteArray();
        QTest::newRow("dc, no credentials")
            << dc << Headers{} << 401 << QByteArray("application/json")
            << QStringLiteral("requires authentication") << QByteArray();
        QTest::newRow("dc, wrong PAT")
            << dc << Headers{bearer(QStringLiteral("nope"))} << 401
            << QByteArray("application/json") << QStringLiteral("requires authentication")
            << QByteArray("AUTHENTICATED_FAILED");
        QTest::newRow("dc, wrong password")
            << dc << Headers{basic(QStringLiteral("release.bot"), QStringLiteral("nope"))} << 401
            << QByteArray("application/json") << QStringLiteral("requires authentication")
            << QByteArray("AUTHENTICATED_FAILED");
        QTest::newRow("dc, PAT") << dc << Headers{bearer(ConfluenceClient::pat())} << 200
                                 << QByteArray("application/json") << QStringLiteral("Release Bot")
                                 << QByteArray();
        QTest::newRow("dc, Basic username")
            << dc << Headers{basic(QStringLiteral("release.bot"), token)} << 200
            << QByteArray("application/json") << QStringLiteral("Release Bot") << QByteArray();
    }
    void authentication()
    {
        QFETCH(QString, root);
        QFETCH(Headers, headers);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, text);
        QFETCH(QByteArray, seraph);
        const auto reply = client().fixture().get(
            client().url(root, QStringLiteral("/rest/api/user/current")), headers);
        QCOMPARE(reply.status, status);
        QVERIFY2(reply.header("Content-Type").startsWith(contentType),
                 reply.header("Content-Type").constData());
        QVERIFY2(QString::fromUtf8(reply.body).contains(text), reply.body.constData());
        QCOMPARE(reply.header("X-Seraph-LoginReason"), seraph);
        if (status == 401 && contentType == "application/json")
            VERIFY_CONFLUENCE_ERROR(reply, 401, text);
    }

    void refusedWriteChangesNothing_data() { ConfluenceClient::addRootColumn(); }
    void refusedWriteChangesNothing()
    {
        QFETCH(QString, root);
        const QJsonObject page =
            ConfluenceClient::newPage(QStringLiteral("Sneaky"), QStringLiteral("<p>x</p>"));
        const auto reply = client().fixture().sendJson(
            "POST", client().url(root, QStringLiteral("/rest/api/content")), QJsonDocument(page));
        QCOMPARE(reply.status, 401);
        const auto found =
            client().search(root, {{QStringLiteral("title"), QStringLiteral("Sneaky")}});
        QCOMPARE(found.object().value(u"size").toInt(), 0);
        QVERIFY(client().fixture().sandbox().journal().entries().isEmpty());
    }

    void currentUser_data() { ConfluenceClient::addRootColumn(); }
    void currentUser()
    {
        QFETCH(QString, root);
        const auto reply = client().get(root, QStringLiteral("/rest/api/user/current"));
        QCOMPARE(reply.status, 200);
        const QJsonObject user = reply.object();
        QCOMPARE(user.value(u"type").toString(), QStringLiteral("known"));
        QCOMPARE(user.value(u"displayName").toString(), QStringLiteral("Release Bot"));
        QCOMPARE(user.value(u"_links").toObject().value(u"base").toString(), client().base(root));
        if (root == ConfluenceClient::cloud()) {
            QVERIFY(user.value(u"accountId").toString().startsWith(u"557058:"));
            QCOMPARE(user.value(u"email").toString(), ConfluenceClient::email());
            QVERIFY(!user.contains(u"username"));
        } else {
            QCOMPARE(user.value(u"username").toString(), QStringLiteral("release.bot"));
            QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$"))
                        .match(user.value(u"userKey").toString())
                        .hasMatch());
            QVERIFY(!user.contains(u"accountId"));
        }
    }

    void space_data() { ConfluenceClient::addRootColumn(); }
    void space()
    {
        QFETCH(QString, root);
        const auto reply = client().get(root, QStringLiteral("/rest/api/space/REL"));
        QCOMPARE(reply.status, 200);
        const QJsonObject space = reply.object();
        QCOMPARE(space.value(u"key").toString(), QStringLiteral("REL"));
        QCOMPARE(space.value(u"name").toString(), QStringLiteral("Releases"));
        QCOMPARE(space.value(u"type").toString(), QStringLiteral("global"));
        QVERIFY(space.value(u"id").toInteger() > 0);
        const QJsonObject links = space.value(u"_links").toObject();
        QCOMPARE(links.value(u"webui").toString(), root == ConfluenceClient::cloud()
                                                       ? QStringLiteral("/spaces/REL")
                                                       : QStringLiteral("/display/REL"));
        QCOMPARE(links.value(u"self").toString(),
                 client().base(root) + QStringLiteral("/rest/api/space/REL"));
        QCOMPARE(links.value(u"base").toString(), client().base(root));

        const auto unknown = client().get(root, QStringLiteral("/rest/api/space/NOPE"));
        VERIFY_CONFLUENCE_ERROR(unknown, 404,
                                QStringLiteral("NotFoundException: No space with key : NOPE"));
        // Data Center adds the reason phrase; Cloud does not.
        QCOMPARE(unknown.object().contains(u"reason"), root == ConfluenceClient::dataCenter());
    }

    void linksFollowTheRoot_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("context");
        QTest::newRow("cloud") << ConfluenceClient::cloud() << QStringLiteral("/confluence/wiki");
        QTest::newRow("data center")
            << ConfluenceClient::dataCenter() << QStringLiteral("/confluence");
    }
    void linksFollowTheRoot()
    {
        QFETCH(QString, root);
        QFETCH(QString, context);
        const QString base = client().fixture().sandbox().baseUrl() + context;
        QCOMPARE(client().base(root), base);
        const auto found =
            client().search(root, {{QStringLiteral("spaceKey"), QStringLiteral("REL")}});
        const QJsonObject links = found.object().value(u"_links").toObject();
        QCOMPARE(links.value(u"base").toString(), base);
        QCOMPARE(links.value(u"context").toString(), context);
        QVERIFY(links.value(u"self").toString().startsWith(base +
                                                           QStringLiteral("/rest/api/content?")));

        const QString parentId = client().parentPageId();
        const QJsonObject parent = client().read(root, parentId).object();
        const QJsonObject parentLinks = parent.value(u"_links").toObject();
        QCOMPARE(parentLinks.value(u"base").toString(), base);
        QCOMPARE(parentLinks.value(u"context").toString(), context);
        QCOMPARE(parentLinks.value(u"self").toString(),
                 base + QStringLiteral("/rest/api/content/") + parentId);
        QVERIFY(parentLinks.value(u"tinyui").toString().startsWith(u"/x/"));
        const bool cloud = root == ConfluenceClient::cloud();
        QCOMPARE(parentLinks.value(u"webui").toString(),
                 cloud ? QStringLiteral("/spaces/REL/pages/%1/Release+notes").arg(parentId)
                       : QStringLiteral("/display/REL/Release+notes"));
        // The self link works as given.
        const auto self = client().fixture().get(QUrl(parentLinks.value(u"self").toString()),
                                                 ConfluenceClient::credentials(root));
        QCOMPARE(self.object().value(u"id").toString(), parentId);
    }

    void unknownContent_data() { ConfluenceClient::addRootColumn(); }
    void unknownContent()
    {
        QFETCH(QString, root);
        VERIFY_CONFLUENCE_ERROR(
            client().read(root, QStringLiteral("999999")), 404,
            QStringLiteral("NotFoundException: No content found with id : ContentId{id=999999}"));
        VERIFY_CONFLUENCE_ERROR(client().put(root, QStringLiteral("999999"),
                                             ConfluenceClient::pageUpdate(2, QStringLiteral("x"),
                                                                          QStringLiteral("<p/>"))),
                                404, QStringLiteral("No content found with id"));
    }

    void injectedFaults_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("503") << int(Sandbox::FaultKind::Status) << 503;
        QTest::newRow("rate limit") << int(Sandbox::FaultKind::RateLimit) << 429;
    }
    void injectedFaults()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        Sandbox::FaultRule rule;
        rule.system = QStringLiteral("confluence");
        rule.path = QStringLiteral("/rest/api/content");
        rule.kind = Sandbox::FaultKind(kind);
        rule.status = 503;
        rule.retryAfterSeconds = 7;
        rule.times = 1;
        client().fixture().sandbox().faults().add(rule);
        const auto reply = client().search(ConfluenceClient::cloud(),
                                           {{QStringLiteral("spaceKey"), QStringLiteral("REL")}});
        VERIFY_CONFLUENCE_ERROR(reply, status,
                                status == 429 ? QStringLiteral("Rate limit exceeded")
                                              : QStringLiteral("Injected fault"));
        if (status == 429) {
            QCOMPARE(reply.header("Retry-After"), QByteArray("7"));
            QCOMPARE(reply.header("X-RateLimit-Remaining"), QByteArray("0"));
            QVERIFY(QDateTime::fromString(QString::fromLatin1(reply.header("X-RateLimit-Reset")),
                                          Qt::ISODateWithMs)
                        .isValid());
        }
        // The rule hit once; the next request is answered.
        QCOMPARE(client()
                     .search(ConfluenceClient::cloud(),
                             {{QStringLiteral("spaceKey"), QStringLiteral("REL")}})
                     .status,
                 200);
    }

    void unknownPathAndMethod()
    {
        const QString root = ConfluenceClient::dataCenter();
        VERIFY_CONFLUENCE_ERROR(client().get(root, QStringLiteral("/rest/api/nothing")), 404,
                                QStringLiteral("/rest/api/nothing"));
        const auto reply = client().fixture().send(
            "DELETE",
            client().url(root, QStringLiteral("/rest/api/content/") + client().parentPageId()), {},
            ConfluenceClient::credentials(root));
        VERIFY_CONFLUENCE_ERROR(reply, 405, QStringLiteral("DELETE"));
    }

    void saveAndLoadRoundTrip()
    {
        const QString root = ConfluenceClient::dataCenter();
        const QString id =
            client().create(root, QStringLiteral("Saved & restored \u2013 1"),
                            QStringLiteral("<p>first &amp; only</p>"), client().parentPageId());
        QCOMPARE(
            client()
                .put(root, id,
                     ConfluenceClient::pageUpdate(2, QStringLiteral("Saved & restored \u2013 2"),
                                                  QStringLiteral("<p>second</p>")))
                .status,
            200);
        Sandbox::System *system = client().fixture().sandbox().system(QStringLiteral("confluence"));
        const QJsonObject saved = system->save();

        ConfluenceClient other;
        Sandbox::System *otherSystem =
            other.fixture().sandbox().system(QStringLiteral("confluence"));
        otherSystem->load(saved);
        QCOMPARE(otherSystem->save(), saved);
        const QJsonObject page =
            other.read(root, id, QStringLiteral("body.storage,version,ancestors")).object();
        QCOMPARE(page.value(u"title").toString(), QStringLiteral("Saved & restored \u2013 2"));
        QCOMPARE(ConfluenceClient::storageOf(page), QStringLiteral("<p>second</p>"));
        QCOMPARE(ConfluenceClient::versionOf(page), 2);
        QCOMPARE(ConfluenceClient::ids(page.value(u"ancestors").toArray()).constLast(),
                 client().parentPageId());
        QCOMPARE(other.parentPageId(), client().parentPageId());
        // Ids continue after the restored ones.
        const QString next =
            other.create(root, QStringLiteral("After restore"), QStringLiteral("<p/>"));
        QVERIFY(next.toLongLong() > id.toLongLong());
        // And through the sandbox's whole-state API.
        QVERIFY(other.fixture().sandbox().setState(client().fixture().sandbox().state()).ok());
        QCOMPARE(other.search(root, {{QStringLiteral("title"), QStringLiteral("After restore")}})
                     .object()
                     .value(u"size")
                     .toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxConfluence)
#include "tst_sandbox_confluence.moc"
