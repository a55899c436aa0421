#include "tst_sandbox_confluence.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

// User text escaped as storage format requires, with characters that must
// survive unchanged: markup-like text, quotes, an en dash, accents, CJK.
const QString escapedStorage = QStringLiteral(
    "<p>Fix &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; tidy &#39;quotes&#39; "
    "\u2013 na\u00efve caf\u00e9 \u65e5\u672c</p>\n<table><tbody><tr><td>a&amp;b &gt; c</td>"
    "</tr></tbody></table><p>&nbsp;&ndash;&nbsp;</p>");

} // namespace

// The sandbox's Confluence on the write side: creating pages, the storage
// format check, updates under the version lock, and both roots sharing content.
class TestSandboxConfluenceWrites : public ClientSuite<ConfluenceClient>
{
    Q_OBJECT

    int pageCount()
    {
        return client()
            .search(ConfluenceClient::dataCenter(),
                    {{QStringLiteral("limit"), QStringLiteral("200")}})
            .object()
            .value(u"size")
            .toInt();
    }

private slots:
    void createPage_data() { ConfluenceClient::addRootColumn(); }
    void createPage()
    {
        QFETCH(QString, root);
        const QString parentId = client().parentPageId();
        const QString title = ConfluenceClient::notesTitle(QStringLiteral("2030.1.1"));
        const auto reply = client().post(
            root, ConfluenceClient::newPage(title, QStringLiteral("<p>new</p>"), parentId));
        QCOMPARE(reply.status, 200);
        const QJsonObject page = reply.object();
        const QString id = page.value(u"id").toString();
        QVERIFY(id.toLongLong() > parentId.toLongLong());
        QCOMPARE(page.value(u"type").toString(), QStringLiteral("page"));
        QCOMPARE(page.value(u"status").toString(), QStringLiteral("current"));
        QCOMPARE(page.value(u"title").toString(), title);
        QCOMPARE(ConfluenceClient::versionOf(page), 1);
        QCOMPARE(page.value(u"version")
                     .toObject()
                     .value(u"by")
                     .toObject()
                     .value(u"displayName")
                     .toString(),
                 QStringLiteral("Release Bot"));
        const QDateTime when = QDateTime::fromString(
            page.value(u"version").toObject().value(u"when").toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(when.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(page.value(u"space").toObject().value(u"key").toString(), QStringLiteral("REL"));
        QCOMPARE(ConfluenceClient::ids(page.value(u"ancestors").toArray()).constLast(), parentId);
        QCOMPARE(ConfluenceClient::storageOf(page), QStringLiteral("<p>new</p>"));
        QCOMPARE(page.value(u"_links").toObject().value(u"base").toString(), client().base(root));

        // It is there to read and to find.
        const QJsonObject read =
            client().read(root, id, QStringLiteral("ancestors,version")).object();
        QCOMPARE(ConfluenceClient::ids(read.value(u"ancestors").toArray()).constLast(), parentId);
        QCOMPARE(ConfluenceClient::versionOf(read), 1);
        QCOMPARE(client()
                     .search(root, {{QStringLiteral("title"), title}})
                     .object()
                     .value(u"size")
                     .toInt(),
                 1);
        // The write is journaled once, under the path the client used.
        const auto &journal = client().fixture().sandbox().journal().entries();
        QCOMPARE(journal.size(), 1);
        QCOMPARE(journal.constFirst().system, QStringLiteral("confluence"));
        QCOMPARE(journal.constFirst().method, QByteArray("POST"));
        QCOMPARE(journal.constFirst().path, root + QStringLiteral("/rest/api/content"));
    }

    void createTopLevelPage()
    {
        const auto reply = client().post(
            ConfluenceClient::dataCenter(),
            ConfluenceClient::newPage(QStringLiteral("Top level"), QStringLiteral("<p/>")));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(u"ancestors").toArray().size(), 0);
    }

    void createRefused_data()
    {
        QTest::addColumn<QJsonObject>("content");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("text");
        const QString seeded =
            ConfluenceClient::notesTitle(ConfluenceClient::publishedReleases().constFirst().name);
        const auto page = [](const QString &title,
                             const QString &storage = QStringLiteral("<p>x</p>")) {
            return ConfluenceClient::newPage(title, storage);
        };
        QTest::newRow("duplicate title")
            << page(seeded) << 400
            << QStringLiteral("BadRequestException: A page with this title already exists: A page "
                              "already exists with the title ") +
                   seeded + QStringLiteral(" in the space with key REL");
        QTest::newRow("duplicate title, other case")
            << page(QStringLiteral("RELEASE NOTES")) << 400
            << QStringLiteral("A page with this title already exists");
        QTest::newRow("no title") << page(QString()) << 400
                                  << QStringLiteral("Title cannot be empty");
        QTest::newRow("blank title")
            << page(QStringLiteral("   ")) << 400 << QStringLiteral("Title cannot be empty");
        QTest::newRow("unknown space")
            << ConfluenceClient::newPage(QStringLiteral("Elsewhere"), QStringLiteral("<p/>"), {},
                                         QStringLiteral("NOPE"))
            << 404 << QStringLiteral("No space with key : NOPE");
        QTest::newRow("unknown parent")
            << ConfluenceClient::newPage(QStringLiteral("Orphan"), QStringLiteral("<p/>"),
                                         QStringLiteral("4242"))
            << 400
            << QStringLiteral("The parent ID specified (ContentId{id=4242}) does not exist?");
        QTest::newRow("malformed storage")
            << page(QStringLiteral("Broken"), QStringLiteral("<p>unclosed")) << 400
            << QStringLiteral("BadRequestException: Error parsing xhtml:");
        QJsonObject wiki = page(QStringLiteral("Wiki markup"));
        wiki.insert(
            u"body",
            QJsonObject{{QLatin1String("storage"),
                         QJsonObject{{QLatin1String("value"), QStringLiteral("h1. x")},
                                     {QLatin1String("representation"), QStringLiteral("wiki")}}}});
        QTest::newRow("wiki representation")
            << wiki << 400 << QStringLiteral("Unsupported representation");
        QJsonObject blog = page(QStringLiteral("A blog post"));
        blog.insert(u"type", QStringLiteral("blogpost"));
        QTest::newRow("blog post") << blog << 400 << QStringLiteral("blogpost");
    }
    void createRefused()
    {
        QFETCH(QJsonObject, content);
        QFETCH(int, status);
        QFETCH(QString, text);
        const int before = pageCount();
        for (const QString &root : {ConfluenceClient::cloud(), ConfluenceClient::dataCenter()}) {
            const auto reply = client().post(root, content);
            VERIFY_CONFLUENCE_ERROR(reply, status, text);
            QCOMPARE(reply.object().contains(u"reason"), root == ConfluenceClient::dataCenter());
        }
        QCOMPARE(pageCount(), before);
        QVERIFY(client().fixture().sandbox().journal().entries().isEmpty());
    }

    void refusesBodiesThatAreNotJson()
    {
        const QUrl url =
            client().url(ConfluenceClient::dataCenter(), QStringLiteral("/rest/api/content"));
        auto headers = ConfluenceClient::credentials(ConfluenceClient::dataCenter());
        const QByteArray page = QJsonDocument(ConfluenceClient::newPage(QStringLiteral("Plain"),
                                                                        QStringLiteral("<p/>")))
                                    .toJson();
        VERIFY_CONFLUENCE_ERROR(client().fixture().send("POST", url, page, headers), 415,
                                QStringLiteral("application/json"));
        headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
        VERIFY_CONFLUENCE_ERROR(client().fixture().send("POST", url, "{\"type\":", headers), 400,
                                QStringLiteral("not a JSON object"));
    }

    void storageFormat_data()
    {
        QTest::addColumn<QString>("storage");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("plain text") << QStringLiteral("just text") << true;
        QTest::newRow("paragraph") << QStringLiteral("<p>one</p><p>two</p>") << true;
        QTest::newRow("HTML entities")
            << QStringLiteral("<p>a&nbsp;b &ndash; c &amp; d &hellip; &euro;</p>") << true;
        QTest::newRow("numeric references") << QStringLiteral("<p>&#8211; &#x2014;</p>") << true;
        QTest::newRow("macro")
            << QStringLiteral("<ac:structured-macro ac:name=\"toc\" ac:schema-version=\"1\" />")
            << true;
        QTest::newRow("page link")
            << QStringLiteral("<ac:link><ri:page ri:content-title=\"Home\" /></ac:link>") << true;
        QTest::newRow("CDATA")
            << QStringLiteral("<ac:plain-text-body><![CDATA[a < b && c]]></ac:plain-text-body>")
            << true;
        QTest::newRow("self-closed br") << QStringLiteral("<p>a<br />b</p>") << true;
        QTest::newRow("unclosed element") << QStringLiteral("<p>unclosed") << false;
        QTest::newRow("crossed elements") << QStringLiteral("<p><b>a</p></b>") << false;
        QTest::newRow("raw ampersand") << QStringLiteral("<p>Q&A</p>") << false;
        QTest::newRow("raw less-than") << QStringLiteral("<p>a < b</p>") << false;
        QTest::newRow("unknown entity") << QStringLiteral("<p>&bogus;</p>") << false;
        QTest::newRow("HTML br") << QStringLiteral("<p>a<br>b</p>") << false;
        QTest::newRow("unquoted attribute") << QStringLiteral("<p class=x>a</p>") << false;
        QTest::newRow("undeclared prefix") << QStringLiteral("<foo:bar />") << false;
        QTest::newRow("stray end tag") << QStringLiteral("<p>x</p></p>") << false;
    }
    void storageFormat()
    {
        QFETCH(QString, storage);
        QFETCH(bool, accepted);
        const QString title =
            QStringLiteral("Storage: ") + QString::fromLatin1(QTest::currentDataTag());
        const auto reply =
            client().post(ConfluenceClient::cloud(), ConfluenceClient::newPage(title, storage));
        if (accepted) {
            QCOMPARE(reply.status, 200);
            QCOMPARE(ConfluenceClient::storageOf(reply.object()), storage);
        } else {
            VERIFY_CONFLUENCE_ERROR(reply, 400, QStringLiteral("Error parsing xhtml: "));
            QVERIFY(reply.object()
                        .value(u"message")
                        .toString()
                        .contains(u"at [row,col {unknown-source}]: [1,"));
        }
    }

    void escapedTextRoundTrips_data() { ConfluenceClient::addRootColumn(); }
    void escapedTextRoundTrips()
    {
        QFETCH(QString, root);
        const QString title = QStringLiteral("Escaping <b> & \"quotes\" \u2013 ok");
        const auto created = client().post(
            root, ConfluenceClient::newPage(title, escapedStorage, client().parentPageId()));
        QCOMPARE(created.status, 200);
        QCOMPARE(ConfluenceClient::storageOf(created.object()), escapedStorage);
        const QString id = created.object().value(u"id").toString();
        QCOMPARE(ConfluenceClient::storageOf(
                     client().read(root, id, QStringLiteral("body.storage")).object()),
                 escapedStorage);
        const auto found =
            client().search(root, {{QStringLiteral("title"), title},
                                   {QStringLiteral("expand"), QStringLiteral("body.storage")}});
        QCOMPARE(ConfluenceClient::storageOf(
                     found.object().value(u"results").toArray().at(0).toObject()),
                 escapedStorage);
        // The exact bytes survive an update too.
        const QString updated = escapedStorage + QStringLiteral("<p>&lt;v2&gt;</p>");
        QCOMPARE(client().put(root, id, ConfluenceClient::pageUpdate(2, title, updated)).status,
                 200);
        const QString stored = ConfluenceClient::storageOf(
            client().read(root, id, QStringLiteral("body.storage")).object());
        QCOMPARE(stored.toUtf8(), updated.toUtf8());
    }

    void updatePage_data() { ConfluenceClient::addRootColumn(); }
    void updatePage()
    {
        QFETCH(QString, root);
        const QString id = client().create(root, QStringLiteral("Draft notes"),
                                           QStringLiteral("<p>v1</p>"), client().parentPageId());
        auto update = ConfluenceClient::pageUpdate(2, QStringLiteral("Final notes"),
                                                   QStringLiteral("<p>v2</p>"));
        update.insert(u"version", QJsonObject{{QLatin1String("number"), 2},
                                              {QLatin1String("message"),
                                               QStringLiteral("Backout plan added")}});
        const auto reply = client().put(root, id, update);
        QCOMPARE(reply.status, 200);
        const QJsonObject page = reply.object();
        QCOMPARE(ConfluenceClient::versionOf(page), 2);
        QCOMPARE(page.value(u"version").toObject().value(u"message").toString(),
                 QStringLiteral("Backout plan added"));
        QCOMPARE(page.value(u"title").toString(), QStringLiteral("Final notes"));
        QCOMPARE(ConfluenceClient::storageOf(page), QStringLiteral("<p>v2</p>"));
        // Without ancestors in the update the page stays where it was.
        QCOMPARE(ConfluenceClient::ids(page.value(u"ancestors").toArray()).constLast(),
                 client().parentPageId());
        const QJsonObject read =
            client().read(root, id, QStringLiteral("body.storage,version")).object();
        QCOMPARE(ConfluenceClient::versionOf(read), 2);
        QCOMPARE(ConfluenceClient::storageOf(read), QStringLiteral("<p>v2</p>"));
        QCOMPARE(client()
                     .search(root, {{QStringLiteral("title"), QStringLiteral("Draft notes")}})
                     .object()
                     .value(u"size")
                     .toInt(),
                 0);
        QCOMPARE(client()
                     .search(root, {{QStringLiteral("title"), QStringLiteral("Final notes")}})
                     .object()
                     .value(u"size")
                     .toInt(),
                 1);
    }

    void versionLock_data()
    {
        QTest::addColumn<int>("sent");
        QTest::addColumn<int>("status");
        QTest::newRow("the next number") << 3 << 200;
        QTest::newRow("the current number again") << 2 << 409;
        QTest::newRow("a stale number") << 1 << 409;
        QTest::newRow("a skipped number") << 4 << 409;
    }
    void versionLock()
    {
        QFETCH(int, sent);
        QFETCH(int, status);
        const QString root = ConfluenceClient::cloud();
        const QString id =
            client().create(root, QStringLiteral("Locked"), QStringLiteral("<p>v1</p>"));
        QCOMPARE(client()
                     .put(root, id,
                          ConfluenceClient::pageUpdate(2, QStringLiteral("Locked"),
                                                       QStringLiteral("<p>v2</p>")))
                     .status,
                 200);
        const auto reply =
            client().put(root, id,
                         ConfluenceClient::pageUpdate(sent, QStringLiteral("Locked"),
                                                      QStringLiteral("<p>mine</p>")));
        const QJsonObject read =
            client().read(root, id, QStringLiteral("body.storage,version")).object();
        if (status == 200) {
            QCOMPARE(reply.status, 200);
            QCOMPARE(ConfluenceClient::versionOf(read), 3);
            QCOMPARE(ConfluenceClient::storageOf(read), QStringLiteral("<p>mine</p>"));
            return;
        }
        VERIFY_CONFLUENCE_ERROR(
            reply, 409,
            QStringLiteral(
                "ConflictException: Version must be incremented on update. Current version is: 2"));
        QCOMPARE(ConfluenceClient::versionOf(read), 2);
        QCOMPARE(ConfluenceClient::storageOf(read), QStringLiteral("<p>v2</p>"));
    }

    // Two editors read version 1 and save at once: one wins, the other is told to merge.
    void concurrentUpdatesConflict_data() { ConfluenceClient::addRootColumn(); }
    void concurrentUpdatesConflict()
    {
        QFETCH(QString, root);
        const QString id = client().parentPageId();
        QNetworkAccessManager network;
        std::vector<std::unique_ptr<QNetworkReply>> replies;
        for (const QString &body :
             {QStringLiteral("<p>first</p>"), QStringLiteral("<p>second</p>")}) {
            QNetworkRequest request(client().url(root, QStringLiteral("/rest/api/content/") + id));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            for (const auto &[name, value] : ConfluenceClient::credentials(root))
                request.setRawHeader(name, value);
            const QJsonObject update =
                ConfluenceClient::pageUpdate(2, QStringLiteral("Release notes"), body);
            replies.emplace_back(network.put(request, QJsonDocument(update).toJson()));
        }
        QVERIFY(QTest::qWaitFor(
            [&] { return replies[0]->isFinished() && replies[1]->isFinished(); }, 5000));
        QList<int> statuses;
        QStringList texts;
        for (const auto &reply : replies) {
            statuses << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            texts << QString::fromUtf8(reply->readAll());
        }
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int>{200, 409}));
        QVERIFY(texts.join(QString()).contains(u"Current version is: 2"));
        const QJsonObject read =
            client().read(root, id, QStringLiteral("body.storage,version")).object();
        QCOMPARE(ConfluenceClient::versionOf(read), 2);
        const QString winner = ConfluenceClient::storageOf(read);
        QVERIFY(winner == u"<p>first</p>" || winner == u"<p>second</p>");
    }

    void updateRefused_data()
    {
        QTest::addColumn<QJsonObject>("update");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("text");
        const QString seeded =
            ConfluenceClient::notesTitle(ConfluenceClient::publishedReleases().constFirst().name);
        QJsonObject noVersion =
            ConfluenceClient::pageUpdate(2, QStringLiteral("Mine"), QStringLiteral("<p/>"));
        noVersion.remove(u"version");
        QTest::newRow("no version") << noVersion << 400 << QStringLiteral("No version supplied");
        QJsonObject noType =
            ConfluenceClient::pageUpdate(2, QStringLiteral("Mine"), QStringLiteral("<p/>"));
        noType.remove(u"type");
        QTest::newRow("no type") << noType << 400 << QStringLiteral("type");
        QTest::newRow("no title") << ConfluenceClient::pageUpdate(2, QString(),
                                                                  QStringLiteral("<p/>"))
                                  << 400 << QStringLiteral("title");
        QTest::newRow("another page's title")
            << ConfluenceClient::pageUpdate(2, seeded, QStringLiteral("<p/>")) << 400
            << QStringLiteral("A page with this title already exists");
        QTest::newRow("malformed storage")
            << ConfluenceClient::pageUpdate(2, QStringLiteral("Mine"), QStringLiteral("<p>&</p>"))
            << 400 << QStringLiteral("Error parsing xhtml");
        QJsonObject lost =
            ConfluenceClient::pageUpdate(2, QStringLiteral("Mine"), QStringLiteral("<p/>"));
        lost.insert(u"ancestors",
                    QJsonArray{QJsonObject{{QLatin1String("id"), QStringLiteral("4242")}}});
        QTest::newRow("unknown parent") << lost << 400 << QStringLiteral("ContentId{id=4242}");
    }
    void updateRefused()
    {
        QFETCH(QJsonObject, update);
        QFETCH(int, status);
        QFETCH(QString, text);
        const QString root = ConfluenceClient::dataCenter();
        const QString id =
            client().create(root, QStringLiteral("Mine"), QStringLiteral("<p>kept</p>"));
        VERIFY_CONFLUENCE_ERROR(client().put(root, id, update), status, text);
        const QJsonObject read =
            client().read(root, id, QStringLiteral("body.storage,version")).object();
        QCOMPARE(ConfluenceClient::versionOf(read), 1);
        QCOMPARE(read.value(u"title").toString(), QStringLiteral("Mine"));
        QCOMPARE(ConfluenceClient::storageOf(read), QStringLiteral("<p>kept</p>"));
    }

    void moveBelowAnotherPage()
    {
        const QString root = ConfluenceClient::dataCenter();
        const QString parentId = client().parentPageId();
        const QString child =
            client().create(root, QStringLiteral("Child"), QStringLiteral("<p/>"), parentId);
        const QString grandChild =
            client().create(root, QStringLiteral("Grandchild"), QStringLiteral("<p/>"), child);
        QCOMPARE(ConfluenceClient::ids(client()
                                           .read(root, grandChild, QStringLiteral("ancestors"))
                                           .object()
                                           .value(u"ancestors")
                                           .toArray())
                     .mid(1),
                 (QStringList{parentId, child}));
        // A page cannot go below its own descendant.
        auto cycle =
            ConfluenceClient::pageUpdate(2, QStringLiteral("Child"), QStringLiteral("<p/>"));
        cycle.insert(u"ancestors", QJsonArray{QJsonObject{{QLatin1String("id"), grandChild}}});
        VERIFY_CONFLUENCE_ERROR(client().put(root, child, cycle), 400,
                                QStringLiteral("below itself"));
        auto move =
            ConfluenceClient::pageUpdate(2, QStringLiteral("Grandchild"), QStringLiteral("<p/>"));
        move.insert(u"ancestors", QJsonArray{QJsonObject{{QLatin1String("id"), parentId}}});
        QCOMPARE(client().put(root, grandChild, move).status, 200);
        QCOMPARE(ConfluenceClient::ids(client()
                                           .read(root, grandChild, QStringLiteral("ancestors"))
                                           .object()
                                           .value(u"ancestors")
                                           .toArray())
                     .constLast(),
                 parentId);
    }

    void bothRootsShareContent()
    {
        const QString cloud = ConfluenceClient::cloud();
        const QString dc = ConfluenceClient::dataCenter();
        const QString id =
            client().create(cloud, QStringLiteral("Shared"), QStringLiteral("<p>cloud</p>"));
        const QJsonObject onDc =
            client().read(dc, id, QStringLiteral("body.storage,version")).object();
        QCOMPARE(ConfluenceClient::storageOf(onDc), QStringLiteral("<p>cloud</p>"));
        QCOMPARE(client()
                     .put(dc, id,
                          ConfluenceClient::pageUpdate(2, QStringLiteral("Shared"),
                                                       QStringLiteral("<p>dc</p>")))
                     .status,
                 200);
        const QJsonObject onCloud =
            client().read(cloud, id, QStringLiteral("body.storage,version")).object();
        QCOMPARE(ConfluenceClient::versionOf(onCloud), 2);
        QCOMPARE(ConfluenceClient::storageOf(onCloud), QStringLiteral("<p>dc</p>"));
        // The same page, described for each deployment: Cloud users by account, DC by username.
        const QJsonObject byOnCloud = onCloud.value(u"version").toObject().value(u"by").toObject();
        const QJsonObject byOnDc = client()
                                       .read(dc, id, QStringLiteral("version"))
                                       .object()
                                       .value(u"version")
                                       .toObject()
                                       .value(u"by")
                                       .toObject();
        QVERIFY(byOnCloud.contains(u"accountId") && !byOnCloud.contains(u"username"));
        QCOMPARE(byOnDc.value(u"username").toString(), QStringLiteral("release.bot"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxConfluenceWrites)
#include "tst_sandbox_confluence_writes.moc"
