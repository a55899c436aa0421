#include "tst_sandbox_jira.h"

#include "services/sandbox/core/events.h"

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

} // namespace

// The Jira sandbox's workflow: transitions, merges, and the project's
// versions that releases are cut as.
class TestSandboxJiraWorkflow : public ClientSuite<JiraClient>
{
    Q_OBJECT

private slots:
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
            QCOMPARE(client().statusOf(task->key), status);
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
        QCOMPARE(client().statusOf(task->key), u"Done");
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
        QCOMPARE(client().statusOf(task->key), u"To Do");
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
        const QJsonArray comments =
            client().issue(task->key)[u"fields"][u"comment"][u"comments"].toArray();
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
        QCOMPARE(client().statusOf(task->key), u"Ready for Test");
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
        QCOMPARE(client().statusOf(task->key), u"Ready for Test");
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

        const QString key = client().quietKey();
        QCOMPARE(client()
                     .sendRaw("PUT", QStringLiteral("/rest/api/3/issue/") + key,
                              json("{'update':{'fixVersions':[{'add':{'id':'ID'}}]}}")
                                  .replace("ID", id.toLatin1()))
                     .status,
                 204);
        QCOMPARE(client().issue(key)[u"fields"][u"fixVersions"][0][u"name"].toString(),
                 u"2027.1.1");

        const auto released = client().sendRaw("PUT", QStringLiteral("/rest/api/2/version/") + id,
                                               json("{'released':true}"));
        QCOMPARE(released.status, 200);
        QCOMPARE(released.object()[u"released"].toBool(), true);
        QCOMPARE(client()
                     .get(QStringLiteral("/rest/api/2/version/") + id)
                     .object()[u"released"]
                     .toBool(),
                 true);
        QCOMPARE(client().issue(key)[u"fields"][u"fixVersions"][0][u"released"].toBool(), true);
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
