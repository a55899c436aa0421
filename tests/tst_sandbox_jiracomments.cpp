#include "tst_sandbox_jira.h"

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

// What hangs off a Jira issue: comments in either API's form and their
// paging, and remote links.
class TestSandboxJiraComments : public ClientSuite<JiraClient>
{
    Q_OBJECT

private slots:
    void commentsKeepTheirApisForm_data()
    {
        QTest::addColumn<QString>("postVersion");
        QTest::newRow("posted on v2") << QStringLiteral("2");
        QTest::newRow("posted on v3") << QStringLiteral("3");
    }
    void commentsKeepTheirApisForm()
    {
        QFETCH(QString, postVersion);
        const QString key = client().quietKey();
        const QString before = client().issue(key)[u"fields"][u"updated"].toString();
        const QJsonValue body = postVersion == u"2"
                                    ? QJsonValue(QStringLiteral("Deployed to staging"))
                                    : QJsonValue(adf(QStringLiteral("Deployed to staging")));
        const auto reply = client().send(
            "POST", QStringLiteral("/rest/api/%1/issue/%2/comment").arg(postVersion, key),
            QJsonObject{{QStringLiteral("body"), body}},
            postVersion == u"2" ? JiraAuth::DataCenter : JiraAuth::Cloud);
        QCOMPARE(reply.status, 201);
        const QJsonObject created = reply.object();
        QCOMPARE(created[u"body"], body);
        QCOMPARE(created[u"author"][u"emailAddress"].toString(), u"release.bot@example.com");
        QCOMPARE(created[u"updateAuthor"][u"name"].toString(), u"release.bot");
        QCOMPARE(created[u"created"].toString(), created[u"updated"].toString());
        QVERIFY(created[u"self"].toString().startsWith(
            client().url(QStringLiteral("/rest/api/") + postVersion + u"/issue/").toString()));
        QVERIFY(created[u"self"].toString().endsWith(u"/comment/" + created[u"id"].toString()));

        // Either API version shows every comment in its own form.
        const auto v2 =
            client().get(QStringLiteral("/rest/api/2/issue/%1/comment").arg(key)).object();
        QCOMPARE(v2[u"total"].toInt(), 1);
        QCOMPARE(v2[u"comments"][0][u"body"].toString(), u"Deployed to staging");
        const auto v3 =
            client().get(QStringLiteral("/rest/api/3/issue/%1/comment").arg(key)).object();
        QCOMPARE(v3[u"comments"][0][u"body"].toObject(),
                 adf(QStringLiteral("Deployed to staging")));
        QCOMPARE(v3[u"comments"][0][u"id"].toString(), created[u"id"].toString());
        QVERIFY(client().issue(key)[u"fields"][u"updated"].toString() > before);
    }

    void refusesCommentsInTheWrongForm_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("string on v3") << QStringLiteral("3") << json("{'body':'plain'}")
                                      << QStringLiteral("Comment body is not valid!");
        QTest::newRow("document on v2")
            << QStringLiteral("2") << json("{'body':{'type':'doc','version':1,'content':[]}}")
            << QStringLiteral("Comment body is not valid!");
        QTest::newRow("not a document on v3")
            << QStringLiteral("3") << json("{'body':{'type':'paragraph'}}")
            << QStringLiteral("Comment body is not valid!");
        QTest::newRow("empty on v2") << QStringLiteral("2") << json("{'body':'  '}")
                                     << QStringLiteral("Comment body can not be empty!");
        QTest::newRow("empty document on v3")
            << QStringLiteral("3") << json("{'body':{'type':'doc','version':1,'content':[]}}")
            << QStringLiteral("Comment body can not be empty!");
        QTest::newRow("missing") << QStringLiteral("2") << json("{}")
                                 << QStringLiteral("Comment body can not be empty!");
    }
    void refusesCommentsInTheWrongForm()
    {
        QFETCH(QString, version);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const QString key = client().quietKey();
        const auto reply = client().sendRaw(
            "POST", QStringLiteral("/rest/api/%1/issue/%2/comment").arg(version, key), body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(fieldErrorOf(reply, QStringLiteral("comment")), message);
        QCOMPARE(reply.object()[u"errorMessages"].toArray(), QJsonArray());
        QCOMPARE(client()
                     .get(QStringLiteral("/rest/api/2/issue/%1/comment").arg(key))
                     .object()[u"total"]
                     .toInt(),
                 0);
    }

    void pagesThroughComments_data()
    {
        QTest::addColumn<int>("startAt");
        QTest::addColumn<int>("maxResults");
        QTest::addColumn<QStringList>("expected"); // of the bodies "c0".."c4"
        QTest::newRow("all at once")
            << 0 << 50
            << QStringList{QStringLiteral("c0"), QStringLiteral("c1"), QStringLiteral("c2"),
                           QStringLiteral("c3"), QStringLiteral("c4")};
        QTest::newRow("exactly one page")
            << 0 << 5
            << QStringList{QStringLiteral("c0"), QStringLiteral("c1"), QStringLiteral("c2"),
                           QStringLiteral("c3"), QStringLiteral("c4")};
        QTest::newRow("first page")
            << 0 << 2 << QStringList{QStringLiteral("c0"), QStringLiteral("c1")};
        QTest::newRow("last page short") << 4 << 2 << QStringList{QStringLiteral("c4")};
        QTest::newRow("past the end") << 5 << 2 << QStringList();
        QTest::newRow("none asked for") << 0 << 0 << QStringList();
    }
    void pagesThroughComments()
    {
        QFETCH(int, startAt);
        QFETCH(int, maxResults);
        QFETCH(QStringList, expected);
        const QString key = client().quietKey();
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(client()
                         .send("POST", QStringLiteral("/rest/api/2/issue/%1/comment").arg(key),
                               QJsonObject{{QStringLiteral("body"), QStringLiteral("c%1").arg(i)}})
                         .status,
                     201);
        }
        const auto page =
            client()
                .get(QStringLiteral("/rest/api/2/issue/%1/comment?startAt=%2&maxResults=%3")
                         .arg(key)
                         .arg(startAt)
                         .arg(maxResults))
                .object();
        QCOMPARE(page[u"total"].toInt(), 5);
        QCOMPARE(page[u"startAt"].toInt(), startAt);
        QCOMPARE(page[u"maxResults"].toInt(), maxResults);
        QStringList bodies;
        for (const QJsonValue &comment : page[u"comments"].toArray())
            bodies << comment[u"body"].toString();
        QCOMPARE(bodies, expected);
    }

    void followsCommentPagesToTheEnd()
    {
        const QString key = client().quietKey();
        for (int i = 0; i < 7; ++i) {
            client().send("POST", QStringLiteral("/rest/api/3/issue/%1/comment").arg(key),
                          QJsonObject{{QStringLiteral("body"), adf(QString::number(i))}});
        }
        QSet<QString> ids;
        int startAt = 0;
        int pages = 0;
        while (true) {
            const auto page =
                client()
                    .get(QStringLiteral("/rest/api/3/issue/%1/comment?startAt=%2&maxResults=3")
                             .arg(key)
                             .arg(startAt))
                    .object();
            const QJsonArray comments = page[u"comments"].toArray();
            for (const QJsonValue &comment : comments)
                ids.insert(comment[u"id"].toString());
            ++pages;
            startAt += int(comments.size());
            if (comments.isEmpty() || startAt >= page[u"total"].toInt())
                break;
        }
        QCOMPARE(ids.size(), 7);
        QCOMPARE(pages, 3);
    }

    void remoteLinksAreCreatedListedAndUpdatedByGlobalId()
    {
        const QString key = client().quietKey();
        const QString path = QStringLiteral("/rest/api/2/issue/%1/remotelink").arg(key);
        QCOMPARE(client().get(path).json().array(), QJsonArray());
        const auto created =
            client().sendRaw("POST", path,
                             json("{'globalId':'concourse:build:1','object':{'url':'https://"
                                  "ci.example.com/builds/1','title':'Build 1'}}"));
        QCOMPARE(created.status, 201);
        const int id = created.object()[u"id"].toInt();
        QVERIFY(id > 0);
        QCOMPARE(created.object()[u"self"].toString(),
                 client().url(path).toString() + u'/' + QString::number(id));

        const auto again =
            client().sendRaw("POST", path,
                             json("{'globalId':'concourse:build:1','object':{'url':'https://"
                                  "ci.example.com/builds/1','title':'Build 1 (green)'}}"));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.object()[u"id"].toInt(), id);
        QCOMPARE(
            client()
                .sendRaw(
                    "POST", path,
                    json("{'object':{'url':'https://wiki.example.com/notes','title':'Notes'}}"))
                .status,
            201);

        const QJsonArray links = client().get(path, JiraAuth::Cloud).json().array();
        QCOMPARE(links.size(), 2);
        QCOMPARE(links[0][u"object"][u"title"].toString(), u"Build 1 (green)");
        QCOMPARE(links[0][u"globalId"].toString(), u"concourse:build:1");
        QCOMPARE(links[1][u"object"][u"url"].toString(), u"https://wiki.example.com/notes");
        const auto one = client().get(path + u"?globalId=concourse:build:1").object();
        QCOMPARE(one[u"id"].toInt(), id);
        QCOMPARE(client().get(path + u"?globalId=nope").status, 404);
    }

    void refusesRemoteLinksWithoutUrlOrTitle()
    {
        const auto reply = client().sendRaw(
            "POST", QStringLiteral("/rest/api/3/issue/%1/remotelink").arg(client().quietKey()),
            json("{'object':{}}"));
        QCOMPARE(reply.status, 400);
        QCOMPARE(fieldErrorOf(reply, QStringLiteral("url")), u"'URL' is required.");
        QCOMPARE(fieldErrorOf(reply, QStringLiteral("title")), u"'Link Text' is required.");
    }
};

QTEST_GUILESS_MAIN(TestSandboxJiraComments)
#include "tst_sandbox_jiracomments.moc"
