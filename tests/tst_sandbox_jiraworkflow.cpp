#include "tst_sandbox_jira.h"

#include "services/sandbox/events.h"

#include <QSignalSpy>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

QStringList transitionIds(const SandboxFixture::Reply &reply)
{
    QStringList ids;
    for (const QJsonValue &transition : reply.object()[u"transitions"].toArray())
        ids << transition[u"id"].toString();
    return ids;
}

QJsonObject adf(const QString &text)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("doc")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("content"),
         QJsonArray{
             QJsonObject{{QStringLiteral("type"), QStringLiteral("paragraph")},
                         {QStringLiteral("content"),
                          QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                 {QStringLiteral("text"), text}}}}}}}};
}

} // namespace

// The Jira sandbox's workflow and merges, and what hangs off an issue:
// comments, remote links, the project's versions.
class TestSandboxJiraWorkflow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<JiraClient> m_client;
    JiraClient &client() { return *m_client; }
    QJsonObject issue(const QString &key, const QString &query = {},
                      const QString &version = QStringLiteral("2"))
    {
        return client().issue(key, query, version);
    }
    // A task without comments, to count them from zero.
    QString quietKey() { return client().taskIn(QStringLiteral("To Do"))->key; }

private slots:
    void init()
    {
        m_client = std::make_unique<JiraClient>();
        QVERIFY(client().fixture().isListening());
    }
    void cleanup() { m_client.reset(); }

    void walksTheWorkflowWithTransitions()
    {
        const Sandbox::CatalogueTask *task = client().taskIn(QStringLiteral("To Do"));
        QVERIFY(task);
        QSignalSpy moves(&client().fixture().sandbox().events(),
                         &Sandbox::Events::jiraIssueTransitioned);
        const QString path = QStringLiteral("/rest/api/2/issue/%1/transitions").arg(task->key);
        // The transitions offered in each status, and the one taken to the next.
        const QList<std::tuple<QString, QStringList, QString, QString>> steps{
            {QStringLiteral("To Do"),
             {QStringLiteral("11")},
             QStringLiteral("11"),
             QStringLiteral("In Progress")},
            {QStringLiteral("In Progress"),
             {QStringLiteral("21")},
             QStringLiteral("21"),
             QStringLiteral("In Review")},
            {QStringLiteral("In Review"),
             {QStringLiteral("31")},
             QStringLiteral("31"),
             QStringLiteral("Ready for Test")},
            {QStringLiteral("Ready for Test"),
             {QStringLiteral("41"), QStringLiteral("61")},
             QStringLiteral("61"),
             QStringLiteral("In Progress")},
            {QStringLiteral("In Progress"),
             {QStringLiteral("21")},
             QStringLiteral("21"),
             QStringLiteral("In Review")},
            {QStringLiteral("In Review"),
             {QStringLiteral("31")},
             QStringLiteral("31"),
             QStringLiteral("Ready for Test")},
            {QStringLiteral("Ready for Test"),
             {QStringLiteral("41"), QStringLiteral("61")},
             QStringLiteral("41"),
             QStringLiteral("Testing")},
            {QStringLiteral("Testing"),
             {QStringLiteral("51"), QStringLiteral("61")},
             QStringLiteral("61"),
             QStringLiteral("In Progress")},
        };
        for (const auto &[status, offered, taken, next] : steps) {
            QCOMPARE(issue(task->key)[u"fields"][u"status"][u"name"].toString(), status);
            QCOMPARE(transitionIds(client().get(path)), offered);
            const auto reply =
                client().send("POST", path,
                              QJsonObject{{QStringLiteral("transition"),
                                           QJsonObject{{QStringLiteral("id"), taken}}}});
            QCOMPARE(reply.status, 204);
            QCOMPARE(moves.size(), 1);
            QCOMPARE(moves.takeFirst(), (QVariantList{task->key, status, next}));
        }
        // On to Done, where only Reopen is left; ids may also be numbers.
        for (int id : {21, 31, 41, 51}) {
            const auto reply =
                client().send("POST", path,
                              QJsonObject{{QStringLiteral("transition"),
                                           QJsonObject{{QStringLiteral("id"), id}}}});
            QCOMPARE(reply.status, 204);
        }
        QCOMPARE(issue(task->key)[u"fields"][u"status"][u"name"].toString(), u"Done");
        const auto offered = client().get(path, JiraAuth::Cloud).object()[u"transitions"].toArray();
        QCOMPARE(offered.size(), 1);
        QCOMPARE(offered[0][u"id"].toString(), u"71");
        QCOMPARE(offered[0][u"name"].toString(), u"Reopen");
        QCOMPARE(offered[0][u"to"][u"name"].toString(), u"In Progress");
        QCOMPARE(offered[0][u"to"][u"statusCategory"][u"key"].toString(), u"indeterminate");
        QCOMPARE(offered[0][u"to"][u"statusCategory"][u"id"].toInt(), 4);
    }

    void refusesTransitionsTheWorkflowDoesNotAllow_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("not from To Do")
            << json("{'transition':{'id':'51'}}")
            << QStringLiteral("Transition id '51' is not valid for this issue.");
        QTest::newRow("no such id")
            << json("{'transition':{'id':'999'}}")
            << QStringLiteral("Transition id '999' is not valid for this issue.");
        QTest::newRow("missing") << json("{'transition':{}}")
                                 << QStringLiteral("Missing 'transition' identifier");
        QTest::newRow("not a number")
            << json("{'transition':{'id':'Merge'}}")
            << QStringLiteral("'transition' identifier must be an integer");
    }
    void refusesTransitionsTheWorkflowDoesNotAllow()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const Sandbox::CatalogueTask *task = client().taskIn(QStringLiteral("To Do"));
        QVERIFY(task);
        QSignalSpy moves(&client().fixture().sandbox().events(),
                         &Sandbox::Events::jiraIssueTransitioned);
        const auto reply = client().sendRaw(
            "POST", QStringLiteral("/rest/api/3/issue/%1/transitions").arg(task->key), body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(firstErrorMessage(reply), message);
        QCOMPARE(issue(task->key)[u"fields"][u"status"][u"name"].toString(), u"To Do");
        QCOMPARE(moves.size(), 0);
    }

    void transitionCanCarryAComment()
    {
        const Sandbox::CatalogueTask *task = client().taskIn(QStringLiteral("To Do"));
        QVERIFY(task);
        const auto reply = client().sendRaw(
            "POST", QStringLiteral("/rest/api/2/issue/%1/transitions").arg(task->key),
            json("{'transition':{'id':'11'},'update':{'comment':[{'add':{'body':'Picked up'}}]}}"));
        QCOMPARE(reply.status, 204);
        const QJsonArray comments = issue(task->key)[u"fields"][u"comment"][u"comments"].toArray();
        QCOMPARE(comments.last()[u"body"].toString(), u"Picked up");
    }

    void mergeMovesReviewedWorkToReadyForTest_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("path"); // the statuses the merge passes through
        QTest::newRow("in review")
            << QStringLiteral("In Review") << QStringList{QStringLiteral("Ready for Test")};
        QTest::newRow("in progress")
            << QStringLiteral("In Progress")
            << QStringList{QStringLiteral("In Review"), QStringLiteral("Ready for Test")};
    }
    void mergeMovesReviewedWorkToReadyForTest()
    {
        QFETCH(QString, status);
        QFETCH(QStringList, path);
        const Sandbox::CatalogueTask *task = client().taskIn(status);
        QVERIFY(task);
        QSignalSpy moves(&client().fixture().sandbox().events(),
                         &Sandbox::Events::jiraIssueTransitioned);
        QVERIFY(client().jira().merge(task->key));
        QCOMPARE(moves.size(), path.size());
        QString from = status;
        for (const QString &to : std::as_const(path)) {
            QCOMPARE(moves.takeFirst(), (QVariantList{task->key, from, to}));
            from = to;
        }
        QCOMPARE(issue(task->key)[u"fields"][u"status"][u"name"].toString(), u"Ready for Test");
        QCOMPARE(client().jira().serviceOf(task->key), task->service);
    }

    void mergeRefusesWhatCannotBeMerged()
    {
        const Sandbox::CatalogueTask *task = client().taskIn(QStringLiteral("Done"));
        QVERIFY(task);
        QSignalSpy moves(&client().fixture().sandbox().events(),
                         &Sandbox::Events::jiraIssueTransitioned);
        QVERIFY(!client().jira().merge(task->key));
        QVERIFY(!client().jira().merge(QStringLiteral("CHS-99999")));
        QCOMPARE(moves.size(), 0);
        QCOMPARE(client().jira().serviceOf(QStringLiteral("CHS-99999")), QString());
    }

    void mergeThroughTheControlApi()
    {
        const Sandbox::CatalogueTask *task = client().taskIn(QStringLiteral("In Review"));
        QVERIFY(task);
        const auto reply = client().fixture().sendJson(
            "POST", client().fixture().url(QStringLiteral("_sandbox"), QStringLiteral("/merge")),
            QJsonDocument(QJsonObject{{QStringLiteral("key"), task->key}}));
        QCOMPARE(reply.status, 204);
        QCOMPARE(issue(task->key)[u"fields"][u"status"][u"name"].toString(), u"Ready for Test");
    }

    void commentsKeepTheirApisForm_data()
    {
        QTest::addColumn<QString>("postVersion");
        QTest::newRow("posted on v2") << QStringLiteral("2");
        QTest::newRow("posted on v3") << QStringLiteral("3");
    }
    void commentsKeepTheirApisForm()
    {
        QFETCH(QString, postVersion);
        const QString key = quietKey();
        const QString before = issue(key)[u"fields"][u"updated"].toString();
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
        QVERIFY(issue(key)[u"fields"][u"updated"].toString() > before);
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
        const QString key = quietKey();
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
        const QString key = quietKey();
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
        const QString key = quietKey();
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
        const QString key = quietKey();
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
            "POST", QStringLiteral("/rest/api/3/issue/%1/remotelink").arg(quietKey()),
            json("{'object':{}}"));
        QCOMPARE(reply.status, 400);
        QCOMPARE(fieldErrorOf(reply, QStringLiteral("url")), u"'URL' is required.");
        QCOMPARE(fieldErrorOf(reply, QStringLiteral("title")), u"'Link Text' is required.");
    }

    void projectHasAVersionPerRelease()
    {
        const auto reply = client().get(QStringLiteral("/rest/api/2/project/CHS/versions"));
        QCOMPARE(reply.status, 200);
        const QJsonArray versions = reply.json().array();
        const auto &releases = client().catalogue().releases;
        QCOMPARE(versions.size(), releases.size());
        const QString projectId =
            client().get(QStringLiteral("/rest/api/2/project/CHS")).object()[u"id"].toString();
        for (qsizetype i = 0; i < releases.size(); ++i) {
            const QJsonObject version = versions[i].toObject();
            QCOMPARE(version[u"name"].toString(), releases[i].name);
            QCOMPARE(version[u"released"].toBool(),
                     releases[i].stage == Sandbox::HistoryStage::Live);
            QCOMPARE(version[u"archived"].toBool(), false);
            QCOMPARE(version[u"releaseDate"].toString(),
                     releases[i].started.date().toString(Qt::ISODate));
            QCOMPARE(QString::number(version[u"projectId"].toInteger()), projectId);
            QCOMPARE(version[u"self"].toString(),
                     client()
                         .url(QStringLiteral("/rest/api/2/version/") + version[u"id"].toString())
                         .toString());
        }
        QCOMPARE(client()
                     .get(QStringLiteral("/rest/api/3/project/%1/versions").arg(projectId))
                     .json()
                     .array()
                     .size(),
                 versions.size());
        const auto unknown = client().get(QStringLiteral("/rest/api/2/project/NOPE/versions"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(firstErrorMessage(unknown), u"No project could be found with key 'NOPE'.");
    }

    void createsReleasesAndUsesVersions()
    {
        const auto created =
            client().sendRaw("POST", QStringLiteral("/rest/api/3/version"),
                             json("{'name':'2027.1.1','project':'CHS','released':false,'"
                                  "releaseDate':'2027-01-05','description':'Next'}"));
        QCOMPARE(created.status, 201);
        const QJsonObject version = created.object();
        QCOMPARE(version[u"name"].toString(), u"2027.1.1");
        QCOMPARE(version[u"released"].toBool(), false);
        QCOMPARE(version[u"releaseDate"].toString(), u"2027-01-05");
        QCOMPARE(version[u"description"].toString(), u"Next");
        const QString id = version[u"id"].toString();

        const QString key = quietKey();
        QCOMPARE(client()
                     .sendRaw("PUT", QStringLiteral("/rest/api/3/issue/") + key,
                              json("{'update':{'fixVersions':[{'add':{'id':'ID'}}]}}")
                                  .replace("ID", id.toLatin1()))
                     .status,
                 204);
        QCOMPARE(issue(key)[u"fields"][u"fixVersions"][0][u"name"].toString(), u"2027.1.1");

        const auto released = client().sendRaw("PUT", QStringLiteral("/rest/api/2/version/") + id,
                                               json("{'released':true}"));
        QCOMPARE(released.status, 200);
        QCOMPARE(released.object()[u"released"].toBool(), true);
        QCOMPARE(client()
                     .get(QStringLiteral("/rest/api/2/version/") + id)
                     .object()[u"released"]
                     .toBool(),
                 true);
        QCOMPARE(issue(key)[u"fields"][u"fixVersions"][0][u"released"].toBool(), true);
        QCOMPARE(client().get(QStringLiteral("/rest/api/2/version/99")).status, 404);
    }

    void refusesBadVersions_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("duplicate name")
            << QByteArray("{'name':'EXISTING','project':'CHS'}") << QStringLiteral("name")
            << QStringLiteral("A version with this name already exists in this project.");
        QTest::newRow("no name") << QByteArray("{'project':'CHS'}") << QStringLiteral("name")
                                 << QStringLiteral("You must specify a valid version name");
        QTest::newRow("unknown project")
            << QByteArray("{'name':'2030.1.1','project':'NOPE'}") << QStringLiteral("project")
            << QStringLiteral("You must specify a valid project.");
        QTest::newRow("bad date")
            << QByteArray("{'name':'2030.1.1','projectId':'PROJECT','releaseDate':'5/Jan/27'}")
            << QStringLiteral("releaseDate")
            << QStringLiteral(
                   "Invalid date format. Please enter the date in the format \"yyyy-MM-dd\".");
    }
    void refusesBadVersions()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const QString projectId =
            client().get(QStringLiteral("/rest/api/2/project/CHS")).object()[u"id"].toString();
        body.replace('\'', '"')
            .replace("EXISTING", client().catalogue().releases.first().name.toUtf8())
            .replace("PROJECT", projectId.toUtf8());
        const int before = int(
            client().get(QStringLiteral("/rest/api/2/project/CHS/versions")).json().array().size());
        const auto reply = client().sendRaw("POST", QStringLiteral("/rest/api/2/version"), body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(fieldErrorOf(reply, field), message);
        QCOMPARE(
            client().get(QStringLiteral("/rest/api/2/project/CHS/versions")).json().array().size(),
            before);
    }
};

QTEST_GUILESS_MAIN(TestSandboxJiraWorkflow)
#include "tst_sandbox_jiraworkflow.moc"
