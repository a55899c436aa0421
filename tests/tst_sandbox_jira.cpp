#include "tst_sandbox_jira.h"

#include <QRegularExpression>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

Q_DECLARE_METATYPE(ReleaseDesk::Testing::JiraAuth)

namespace {

const QRegularExpression
    jiraTime(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+0000$"));

} // namespace

// The Jira sandbox's credentials, issues and their fields, errors, faults and
// saved state. Edits are in tst_sandbox_jiraedits, the workflow and versions in
// tst_sandbox_jiraworkflow, comments and links in tst_sandbox_jiracomments,
// search and JQL in suites of their own.
class TestSandboxJira : public ClientSuite<JiraClient>
{
    Q_OBJECT

private slots:
    void connectionNamesCredentialsAndProject()
    {
        const QJsonObject info = client().fixture().connection(QStringLiteral("jira"));
        QCOMPARE(info[u"url"].toString(), client().fixture().sandbox().baseUrl() + u"/jira");
        QCOMPARE(info[u"email"].toString(), u"release.bot@example.com");
        QCOMPARE(info[u"token"].toString(), u"sandbox-jira-token");
        QCOMPARE(info[u"pat"].toString(), u"sandbox-jira-pat");
        QCOMPARE(info[u"project"].toString(), u"CHS");
    }

    void myselfWithEitherCredentialOnEitherVersion_data()
    {
        QTest::addColumn<JiraAuth>("auth");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("selfQuery");
        QTest::newRow("cloud token, v3")
            << JiraAuth::Cloud << QStringLiteral("3") << QStringLiteral("/user?accountId=");
        QTest::newRow("cloud token, v2")
            << JiraAuth::Cloud << QStringLiteral("2") << QStringLiteral("/user?username=");
        QTest::newRow("PAT, v2") << JiraAuth::DataCenter << QStringLiteral("2")
                                 << QStringLiteral("/user?username=");
        QTest::newRow("PAT, v3") << JiraAuth::DataCenter << QStringLiteral("3")
                                 << QStringLiteral("/user?accountId=");
        QTest::newRow("PAT, latest") << JiraAuth::DataCenter << QStringLiteral("latest")
                                     << QStringLiteral("/user?username=");
    }
    void myselfWithEitherCredentialOnEitherVersion()
    {
        QFETCH(JiraAuth, auth);
        QFETCH(QString, version);
        QFETCH(QString, selfQuery);
        const auto reply = client().get(QStringLiteral("/rest/api/%1/myself").arg(version), auth);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        const QJsonObject me = reply.object();
        QCOMPARE(me[u"emailAddress"].toString(), u"release.bot@example.com");
        QCOMPARE(me[u"displayName"].toString(), u"Release Bot");
        QCOMPARE(me[u"name"].toString(), u"release.bot");
        QCOMPARE(me[u"accountId"].toString().size(), 24);
        QCOMPARE(me[u"active"].toBool(), true);
        const QString apiVersion = version == u"latest" ? QStringLiteral("2") : version;
        QVERIFY2(
            me[u"self"].toString().startsWith(
                client().url(QStringLiteral("/rest/api/") + apiVersion + selfQuery).toString()),
            qPrintable(me[u"self"].toString()));
    }

    void refusesMissingOrWrongCredentials_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("failedLogin");
        const auto basic = [](const char *user, const char *password) {
            return SandboxFixture::basicAuth(QString::fromLatin1(user),
                                             QString::fromLatin1(password))
                .second;
        };
        const QByteArray rightBasic = basic("release.bot@example.com", "sandbox-jira-token");
        QTest::newRow("none") << QByteArray() << QStringLiteral("/rest/api/2/myself") << false;
        QTest::newRow("none, unknown path too")
            << QByteArray() << QStringLiteral("/rest/api/2/nothing") << false;
        QTest::newRow("wrong token") << basic("release.bot@example.com", "wrong")
                                     << QStringLiteral("/rest/api/3/myself") << true;
        QTest::newRow("wrong email") << basic("someone@example.com", "sandbox-jira-token")
                                     << QStringLiteral("/rest/api/3/myself") << true;
        QTest::newRow("PAT as basic password")
            << basic("release.bot@example.com", "sandbox-jira-pat")
            << QStringLiteral("/rest/api/2/myself") << true;
        QTest::newRow("wrong PAT")
            << QByteArray("Bearer nope") << QStringLiteral("/rest/api/2/myself") << true;
        QTest::newRow("API token as bearer") << QByteArray("Bearer sandbox-jira-token")
                                             << QStringLiteral("/rest/api/2/search") << true;
        QTest::newRow("unknown scheme")
            << "Token " + rightBasic.mid(6) << QStringLiteral("/rest/api/2/myself") << true;
    }
    void refusesMissingOrWrongCredentials()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, path);
        QFETCH(bool, failedLogin);
        const auto reply = client().fixture().get(client().url(path),
                                                  SandboxFixture::authorization(authorization));
        QCOMPARE(reply.status, 401);
        QCOMPARE(firstErrorMessage(reply),
                 u"You are not authenticated. Authentication required to perform this operation.");
        QVERIFY(reply.object()[u"errors"].isObject());
        QCOMPARE(reply.header("X-Seraph-LoginReason"),
                 failedLogin ? QByteArray("AUTHENTICATED_FAILED") : QByteArray());
        QVERIFY(reply.header("WWW-Authenticate").startsWith("OAuth realm="));
    }

    void unknownPathsAndMethodsAnswerInJirasShape_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown resource")
            << QByteArray("GET") << QStringLiteral("/rest/api/2/dashboard") << 404;
        QTest::newRow("unknown API version")
            << QByteArray("GET") << QStringLiteral("/rest/api/4/myself") << 404;
        QTest::newRow("wrong method")
            << QByteArray("DELETE") << QStringLiteral("/rest/api/2/myself") << 405;
    }
    void unknownPathsAndMethodsAnswerInJirasShape()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        const auto reply = client().sendRaw(method, path, {});
        QCOMPARE(reply.status, status);
        QVERIFY(!firstErrorMessage(reply).isEmpty());
        QVERIFY(reply.object()[u"errors"].isObject());
    }

    void issueCarriesTheCataloguesTask_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("Data Center, v2") << QStringLiteral("2");
        QTest::newRow("Cloud, v3") << QStringLiteral("3");
    }
    void issueCarriesTheCataloguesTask()
    {
        QFETCH(QString, version);
        const Sandbox::CatalogueTask *task = client().taskIn(QStringLiteral("Done"));
        QVERIFY(task);
        const QJsonObject json = client().issue(task->key, {}, version);
        QCOMPARE(json[u"key"].toString(), task->key);
        bool numeric = false;
        json[u"id"].toString().toLongLong(&numeric);
        QVERIFY(numeric);
        QCOMPARE(
            json[u"self"].toString(),
            client()
                .url(QStringLiteral("/rest/api/%1/issue/%2").arg(version, json[u"id"].toString()))
                .toString());
        const QJsonObject fields = json[u"fields"].toObject();
        QCOMPARE(fields[u"summary"].toString(), task->summary);
        QCOMPARE(fields[u"status"][u"name"].toString(), u"Done");
        QCOMPARE(fields[u"status"][u"statusCategory"][u"key"].toString(), u"done");
        QCOMPARE(fields[u"status"][u"statusCategory"][u"name"].toString(), u"Done");
        QCOMPARE(fields[u"issuetype"][u"name"].toString(), u"Task");
        QCOMPARE(fields[u"project"][u"key"].toString(), u"CHS");
        QCOMPARE(fields[u"project"][u"name"].toString(), client().catalogue().projectName);
        QCOMPARE(fields[u"components"].toArray().size(), 1);
        QCOMPARE(fields[u"components"][0][u"name"].toString(), task->service);
        QCOMPARE(fields[u"labels"].toArray(), QJsonArray::fromStringList(task->labels));
        QCOMPARE(fields[u"assignee"][u"name"].toString(), task->assignee);
        QCOMPARE(fields[u"assignee"][u"emailAddress"].toString(), task->assignee + u"@example.com");
        QVERIFY(!fields[u"assignee"][u"accountId"].toString().isEmpty());
        QVERIFY(!fields[u"assignee"][u"displayName"].toString().isEmpty());
        QCOMPARE(fields[u"fixVersions"].toArray().size(), 1);
        QCOMPARE(fields[u"fixVersions"][0][u"name"].toString(), task->fixVersion);
        QCOMPARE(fields[u"fixVersions"][0][u"released"].toBool(), true); // a Done task shipped Live
        QVERIFY(jiraTime.match(fields[u"created"].toString()).hasMatch());
        QCOMPARE(fields[u"updated"].toString(),
                 task->updated.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")) + u"+0000");
        // Rich text: a string on Data Center's v2, a document on Cloud's v3.
        if (version == u"2") {
            QVERIFY(fields[u"description"].toString().contains(task->summary));
        } else {
            QCOMPARE(fields[u"description"][u"type"].toString(), u"doc");
            QCOMPARE(fields[u"description"][u"content"][0][u"content"][0][u"text"].toString(),
                     task->summary + u" in " + task->service + u'.');
        }
        QVERIFY(fields[u"comment"][u"comments"].isArray()); // an issue shows "*all" by default
    }

    void fieldsParameterLimitsTheFields_data()
    {
        QTest::addColumn<QString>("fields");
        QTest::addColumn<QStringList>("expected");
        const QStringList navigable{QStringLiteral("summary"),     QStringLiteral("status"),
                                    QStringLiteral("issuetype"),   QStringLiteral("project"),
                                    QStringLiteral("components"),  QStringLiteral("labels"),
                                    QStringLiteral("assignee"),    QStringLiteral("reporter"),
                                    QStringLiteral("fixVersions"), QStringLiteral("created"),
                                    QStringLiteral("updated"),     QStringLiteral("description")};
        QTest::newRow("one") << QStringLiteral("summary") << QStringList{QStringLiteral("summary")};
        QTest::newRow("a list") << QStringLiteral("status,fixVersions,updated")
                                << QStringList{QStringLiteral("fixVersions"),
                                               QStringLiteral("status"), QStringLiteral("updated")};
        QTest::newRow("navigable") << QStringLiteral("*navigable") << navigable;
        QTest::newRow("all but") << QStringLiteral("*all,-comment,-description")
                                 << navigable.mid(0, navigable.size() - 1);
        QTest::newRow("unknown names ignored")
            << QStringLiteral("nosuchfield,summary") << QStringList{QStringLiteral("summary")};
    }
    void fieldsParameterLimitsTheFields()
    {
        QFETCH(QString, fields);
        QFETCH(QStringList, expected);
        const QString key = client().catalogue().tasks.first().key;
        const QJsonObject json = client().issue(key, QStringLiteral("?fields=") + fields);
        QStringList keys = json[u"fields"].toObject().keys();
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);
        QCOMPARE(json[u"key"].toString(), key);
    }

    void issueIsFoundByIdOrKeyInAnyCase()
    {
        const QString key = client().catalogue().tasks.at(3).key;
        const QString id = client().issue(key)[u"id"].toString();
        QCOMPARE(client().issue(id)[u"key"].toString(), key);
        QCOMPARE(client().issue(key.toLower())[u"key"].toString(), key);
    }

    void unknownIssueIsNotFound_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("issue") << QByteArray("GET")
                               << QStringLiteral("/rest/api/2/issue/CHS-99999");
        QTest::newRow("issue by id") << QByteArray("GET") << QStringLiteral("/rest/api/3/issue/1");
        QTest::newRow("edit") << QByteArray("PUT") << QStringLiteral("/rest/api/2/issue/NOPE-1");
        QTest::newRow("transitions")
            << QByteArray("GET") << QStringLiteral("/rest/api/3/issue/CHS-99999/transitions");
        QTest::newRow("comment") << QByteArray("POST")
                                 << QStringLiteral("/rest/api/2/issue/CHS-99999/comment");
        QTest::newRow("remote link")
            << QByteArray("POST") << QStringLiteral("/rest/api/2/issue/CHS-99999/remotelink");
    }
    void unknownIssueIsNotFound()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        const auto reply =
            client().send(method, path, QJsonObject{{QStringLiteral("body"), QStringLiteral("x")}});
        QCOMPARE(reply.status, 404);
        QCOMPARE(firstErrorMessage(reply),
                 u"Issue does not exist or you do not have permission to see it.");
        QCOMPARE(reply.object()[u"errors"].toObject(), QJsonObject());
    }

    void injectedFaultsTakeJirasShape_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("503") << int(Sandbox::FaultKind::Status);
        QTest::newRow("rate limit") << int(Sandbox::FaultKind::RateLimit);
    }
    void injectedFaultsTakeJirasShape()
    {
        QFETCH(int, kind);
        Sandbox::FaultRule rule;
        rule.system = QStringLiteral("jira");
        rule.path = QStringLiteral("/myself");
        rule.kind = Sandbox::FaultKind(kind);
        rule.status = 503;
        rule.retryAfterSeconds = 7;
        rule.times = 1;
        client().fixture().sandbox().faults().add(rule);
        const auto reply = client().get(QStringLiteral("/rest/api/3/myself"), JiraAuth::Cloud);
        QVERIFY(reply.object()[u"errors"].isObject());
        if (rule.kind == Sandbox::FaultKind::Status) {
            QCOMPARE(reply.status, 503);
            QCOMPARE(firstErrorMessage(reply), u"Injected fault");
        } else {
            QCOMPARE(reply.status, 429);
            QCOMPARE(firstErrorMessage(reply), u"Rate limit exceeded.");
            QCOMPARE(reply.header("Retry-After"), QByteArray("7"));
            QCOMPARE(reply.header("X-RateLimit-Limit"), QByteArray("100"));
            QCOMPARE(reply.header("X-RateLimit-Remaining"), QByteArray("0"));
            QCOMPARE(reply.header("RateLimit-Reason"), QByteArray("jira-quota-based"));
            const QDateTime reset =
                QDateTime::fromString(QString::fromLatin1(reply.header("X-RateLimit-Reset")),
                                      QStringLiteral("yyyy-MM-dd'T'HH:mm'Z'"));
            QVERIFY(reset.isValid());
        }
        QCOMPARE(client().get(QStringLiteral("/rest/api/3/myself"), JiraAuth::Cloud).status,
                 200); // once only
    }

    void stateRoundTripsThroughSaveAndLoad()
    {
        // Changes of every kind first, so that the saved state holds them all.
        const QString key = client().taskIn(QStringLiteral("To Do"))->key;
        QCOMPARE(client()
                     .send("POST", QStringLiteral("/rest/api/2/issue/%1/transitions").arg(key),
                           QJsonObject{{QStringLiteral("transition"),
                                        QJsonObject{{QStringLiteral("id"), QStringLiteral("11")}}}})
                     .status,
                 204);
        QCOMPARE(client()
                     .sendRaw("POST", QStringLiteral("/rest/api/3/issue/%1/comment").arg(key),
                              json("{'body':{'type':'doc','version':1,'content':[{'type':'"
                                   "paragraph','content':[{'type':'text','text':'Saved'}]}]}}"))
                     .status,
                 201);
        QCOMPARE(client()
                     .sendRaw("POST", QStringLiteral("/rest/api/2/issue/%1/remotelink").arg(key),
                              json("{'globalId':'g1','object':{'url':'https://ci.example.com/"
                                   "1','title':'Build 1'}}"))
                     .status,
                 201);
        QCOMPARE(client()
                     .sendRaw("POST", QStringLiteral("/rest/api/2/version"),
                              json("{'name':'2027.1.1','project':'CHS','released':false,'"
                                   "releaseDate':'2027-01-05'}"))
                     .status,
                 201);
        QCOMPARE(client()
                     .sendRaw("PUT", QStringLiteral("/rest/api/2/issue/") + key,
                              json("{'update':{'fixVersions':[{'add':{'name':'2027.1.1'}}]}}"))
                     .status,
                 204);

        const QJsonObject saved = client().jira().save();
        JiraClient other;
        other.jira().load(saved);
        QCOMPARE(other.jira().save(), saved);
        const QString path = QStringLiteral("/rest/api/3/issue/%1?fields=*all").arg(key);
        const QString mine = QString::fromUtf8(client().get(path).body);
        QString theirs = QString::fromUtf8(other.get(path).body);
        theirs.replace(other.fixture().sandbox().baseUrl(), client().fixture().sandbox().baseUrl());
        QCOMPARE(theirs, mine);
        QCOMPARE(other.get(QStringLiteral("/rest/api/2/issue/%1/remotelink").arg(key))
                     .object()
                     .isEmpty(),
                 true);
        QCOMPARE(other.get(QStringLiteral("/rest/api/2/issue/%1/remotelink").arg(key))
                     .json()
                     .array()
                     .size(),
                 1);
        // New ids continue after the loaded ones.
        const auto created = other.sendRaw("POST", QStringLiteral("/rest/api/2/version"),
                                           json("{'name':'2027.1.2','projectId':10001}"));
        QCOMPARE(created.status, 201);
        const auto versions =
            other.get(QStringLiteral("/rest/api/2/project/CHS/versions")).json().array();
        QSet<QString> ids;
        for (const QJsonValue &version : versions)
            ids.insert(version[u"id"].toString());
        QCOMPARE(ids.size(), versions.size());
    }
};

QTEST_GUILESS_MAIN(TestSandboxJira)
#include "tst_sandbox_jira.moc"
