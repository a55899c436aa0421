#include "tst_sandbox_jira.h"

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

// Editing Jira issues in the sandbox: fix versions by each of Jira's forms,
// summary, labels and description, an edit that changes nothing, and the
// edits Jira refuses without changing the issue.
class TestSandboxJiraEdits : public ClientSuite<JiraClient>
{
    Q_OBJECT

private slots:
    void editsFixVersions_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QStringList>("expected");
        const auto named = [](const QString &name) {
            return QJsonObject{{QStringLiteral("name"), name}};
        };
        QTest::newRow("update add by name")
            << QJsonObject{{QStringLiteral("update"),
                            QJsonObject{{QStringLiteral("fixVersions"),
                                         QJsonArray{QJsonObject{{QStringLiteral("add"),
                                                                 named(QStringLiteral("V2"))}}}}}}}
            << QStringList{QStringLiteral("V1"), QStringLiteral("V2")};
        QTest::newRow("update remove")
            << QJsonObject{{QStringLiteral("update"),
                            QJsonObject{{QStringLiteral("fixVersions"),
                                         QJsonArray{QJsonObject{{QStringLiteral("remove"),
                                                                 named(QStringLiteral("V1"))}}}}}}}
            << QStringList();
        QTest::newRow("update set")
            << QJsonObject{{QStringLiteral("update"),
                            QJsonObject{{QStringLiteral("fixVersions"),
                                         QJsonArray{QJsonObject{
                                             {QStringLiteral("set"),
                                              QJsonArray{named(QStringLiteral("V2"))}}}}}}}}
            << QStringList{QStringLiteral("V2")};
        QTest::newRow("fields") << QJsonObject{{QStringLiteral("fields"),
                                                QJsonObject{
                                                    {QStringLiteral("fixVersions"),
                                                     QJsonArray{named(QStringLiteral("V2")),
                                                                named(QStringLiteral("V1"))}}}}}
                                << QStringList{QStringLiteral("V2"), QStringLiteral("V1")};
    }
    void editsFixVersions()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QStringList, expected);
        // V1 is the task's own release, V2 another one of the catalogue.
        const Sandbox::CatalogueTask *task = client().taskIn(QStringLiteral("Done"));
        QVERIFY(task);
        const QString other = client().catalogue().releases.last().name;
        QVERIFY(other != task->fixVersion);
        QByteArray text = QJsonDocument(body).toJson();
        text.replace("\"V1\"", QByteArray('"' + task->fixVersion.toUtf8() + '"'))
            .replace("\"V2\"", QByteArray('"' + other.toUtf8() + '"'));
        expected.replaceInStrings(QStringLiteral("V1"), task->fixVersion)
            .replaceInStrings(QStringLiteral("V2"), other);

        const QString before = client().issue(task->key)[u"fields"][u"updated"].toString();
        const auto reply =
            client().sendRaw("PUT", QStringLiteral("/rest/api/2/issue/") + task->key, text);
        QCOMPARE(reply.status, 204);
        QVERIFY(reply.body.isEmpty());
        const QJsonObject fields = client().issue(task->key)[u"fields"].toObject();
        QStringList names;
        for (const QJsonValue &version : fields[u"fixVersions"].toArray())
            names << version[u"name"].toString();
        QCOMPARE(names, expected);
        QVERIFY2(fields[u"updated"].toString() > before, qPrintable(fields[u"updated"].toString()));
    }

    void anEditThatChangesNothingKeepsUpdated()
    {
        const Sandbox::CatalogueTask *task = client().taskIn(QStringLiteral("Done"));
        QVERIFY(task);
        const QJsonObject before = client().issue(task->key);
        const QJsonObject body{
            {QStringLiteral("fields"),
             QJsonObject{{QStringLiteral("summary"), task->summary},
                         {QStringLiteral("fixVersions"),
                          QJsonArray{QJsonObject{{QStringLiteral("name"), task->fixVersion}}}}}}};
        QCOMPARE(
            client().send("PUT", QStringLiteral("/rest/api/2/issue/") + task->key, body).status,
            204);
        QCOMPARE(client().issue(task->key), before);
    }

    void refusesBadEditsAndChangesNothing_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown version")
            << QStringLiteral("2") << json("{'update':{'fixVersions':[{'add':{'name':'9.9.9'}}]}}")
            << QStringLiteral("fixVersions") << QStringLiteral("Version name '9.9.9' is not valid");
        QTest::newRow("unknown version id")
            << QStringLiteral("3") << json("{'fields':{'fixVersions':[{'id':'77'}]}}")
            << QStringLiteral("fixVersions") << QStringLiteral("Version id '77' is not valid");
        QTest::newRow("unknown operation")
            << QStringLiteral("2") << json("{'update':{'fixVersions':[{'name':'x'}]}}")
            << QStringLiteral("fixVersions")
            << QStringLiteral("Field with id' fixVersions' and name 'Fix Version/s' does not "
                              "support operation "
                              "'name' Supported operation(s) are: 'set,add,remove'");
        QTest::newRow("unknown field")
            << QStringLiteral("2")
            << json("{'fields':{'priority':{'name':'High'},'summary':'New'}}")
            << QStringLiteral("priority")
            << QStringLiteral("Field 'priority' cannot be set. It is not on the appropriate "
                              "screen, or unknown.");
        QTest::newRow("plain description on v3")
            << QStringLiteral("3") << json("{'fields':{'description':'text','summary':'New'}}")
            << QStringLiteral("description")
            << QStringLiteral("Operation value must be an Atlassian Document (see the Atlassian "
                              "Document Format)");
        QTest::newRow("document description on v2")
            << QStringLiteral("2")
            << json("{'fields':{'description':{'type':'doc','version':1,'content':[]}}}")
            << QStringLiteral("description") << QStringLiteral("Operation value must be a string");
        QTest::newRow("empty summary")
            << QStringLiteral("2") << json("{'fields':{'summary':''}}") << QStringLiteral("summary")
            << QStringLiteral("You must specify a summary of the issue.");
        QTest::newRow("no body") << QStringLiteral("2") << QByteArray() << QString()
                                 << QStringLiteral(
                                        "No content to map to Object due to end of input");
        QTest::newRow("not JSON")
            << QStringLiteral("2") << QByteArray("{fields") << QString()
            << QStringLiteral("Unexpected character in the request body: it is not a JSON object.");
    }
    void refusesBadEditsAndChangesNothing()
    {
        QFETCH(QString, version);
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const QString key = client().catalogue().tasks.at(5).key;
        const QJsonObject before = client().issue(key);
        const auto reply = client().sendRaw(
            "PUT", QStringLiteral("/rest/api/%1/issue/%2").arg(version, key), body);
        QCOMPARE(reply.status, 400);
        if (field.isEmpty())
            QCOMPARE(firstErrorMessage(reply), message);
        else
            QCOMPARE(fieldErrorOf(reply, field), message);
        QCOMPARE(client().issue(key), before);
    }

    void editsSummaryLabelsAndDescription()
    {
        const QString key = client().catalogue().tasks.at(2).key;
        const QJsonObject document = adf(QStringLiteral("Line one"));
        const QJsonObject body{
            {QStringLiteral("fields"), QJsonObject{{QStringLiteral("summary"),
                                                    QStringLiteral("Quote \" and OR in a summary")},
                                                   {QStringLiteral("description"), document}}},
            {QStringLiteral("update"),
             QJsonObject{{QStringLiteral("labels"),
                          QJsonArray{QJsonObject{{QStringLiteral("add"),
                                                  QStringLiteral("release-blocker")}},
                                     QJsonObject{{QStringLiteral("remove"),
                                                  QStringLiteral("does-not-matter")}}}}}}};
        const auto reply = client().send("PUT", QStringLiteral("/rest/api/3/issue/") + key, body);
        QCOMPARE(reply.status, 204);
        const QJsonObject fields = client().issue(key)[u"fields"].toObject();
        QCOMPARE(fields[u"summary"].toString(), u"Quote \" and OR in a summary");
        QCOMPARE(fields[u"description"].toString(), u"Line one"); // v2 shows the document's text
        QVERIFY(fields[u"labels"].toArray().contains(QStringLiteral("release-blocker")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxJiraEdits)
#include "tst_sandbox_jiraedits.moc"
