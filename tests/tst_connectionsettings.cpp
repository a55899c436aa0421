#include "services/connections/connectiondocument.h"
#include "services/connections/connectionsettings.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;

namespace {

// The start-up line of the sandbox, as it prints it.
const QByteArray sandboxLine =
    "{"
    "\"concourse\": {\"password\": \"sandbox-concourse\", \"team\": \"chs\","
    "\"url\": \"http://127.0.0.1:4000/concourse\", \"username\": \"releasedesk\"},"
    "\"confluence\": {\"cloudUrl\": \"http://127.0.0.1:4000/confluence/wiki\","
    "\"email\": \"release.bot@example.com\", \"parentPageId\": \"163842\","
    "\"pat\": \"sandbox-confluence-pat\", \"space\": \"REL\","
    "\"token\": \"sandbox-confluence-token\","
    "\"url\": \"http://127.0.0.1:4000/confluence\", \"username\": \"release.bot\"},"
    "\"jira\": {\"email\": \"release.bot@example.com\", \"pat\": \"sandbox-jira-pat\", "
    "\"project\": \"CHS\","
    "\"token\": \"sandbox-jira-token\", \"url\": \"http://127.0.0.1:4000/jira\"},"
    "\"servicenow\": {\"assignmentGroup\": \"CHS Release Management\", \"password\": "
    "\"sandbox-servicenow\","
    "\"token\": \"sandbox-servicenow-oauth\", \"url\": \"http://127.0.0.1:4000/servicenow\","
    "\"username\": \"releasedesk.integration\"},"
    "\"slack\": {\"channel\": \"release_chs\", \"channelId\": \"C0CHS00002\","
    "\"token\": \"xoxb-sandbox-releasedesk\", \"url\": \"http://127.0.0.1:4000/slack\"},"
    "\"github\": {\"owner\": \"acme\", \"token\": \"ghp_sandbox_releasedesk\","
    "\"url\": \"http://127.0.0.1:4000/github\"},"
    "\"_sandbox\": {\"url\": \"http://127.0.0.1:4000/_sandbox\"}"
    "}";

} // namespace

class TestConnectionSettings : public QObject
{
    Q_OBJECT

private slots:
    void sandboxDocumentAsDataCenter()
    {
        const auto document = ConnectionDocument::parse(sandboxLine, {});
        QVERIFY2(document, qPrintable(document.error()));
        const ConnectionSettings &settings = document->settings;
        for (RemoteSystem system : allRemoteSystems()) {
            QVERIFY2(settings.isConfigured(system), qPrintable(toTitle(system)));
            QVERIFY(settings.problems(system).isEmpty());
        }
        QCOMPARE(settings.jira.url, QUrl(QStringLiteral("http://127.0.0.1:4000/jira")));
        QVERIFY(!settings.jira.cloud);
        QCOMPARE(settings.jira.project, QStringLiteral("CHS"));
        QCOMPARE(document->secrets.value(RemoteSystem::Jira), QStringLiteral("sandbox-jira-pat"));
        QCOMPARE(settings.confluence.url, QUrl(QStringLiteral("http://127.0.0.1:4000/confluence")));
        QCOMPARE(settings.confluence.parentPageId, QStringLiteral("163842"));
        QCOMPARE(settings.concourse.team, QStringLiteral("chs"));
        QCOMPARE(document->secrets.value(RemoteSystem::Concourse),
                 QStringLiteral("sandbox-concourse"));
        QVERIFY(!settings.serviceNow.oauth);
        QCOMPARE(document->secrets.value(RemoteSystem::ServiceNow),
                 QStringLiteral("sandbox-servicenow"));
        QCOMPARE(settings.slack.channel, QStringLiteral("release_chs"));
        QCOMPARE(document->secrets.value(RemoteSystem::Slack),
                 QStringLiteral("xoxb-sandbox-releasedesk"));
        // Unsaid, the release team is the user group @release-team.
        QCOMPARE(settings.slack.releaseTeamGroup, QStringLiteral("release-team"));
        QVERIFY(settings.slack.releaseTeamUsers.isEmpty());
        QCOMPARE(settings.slack.historyDays, 30);
    }

    void slackHistoryDaysComeFromTheDocument()
    {
        const auto document = ConnectionDocument::parse(
            QByteArray("{\"slack\": {\"url\": \"https://slack.com\", \"token\": \"t\", "
                       "\"channel\": \"c\", \"historyDays\": 90}}"),
            {});
        QVERIFY2(document, qPrintable(document.error()));
        QCOMPARE(document->settings.slack.historyDays, 90);
    }

    void theReleaseTeamIsSavedAndLoaded_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QStringList>("users");
        QTest::newRow("a group by id") << QStringLiteral("S0CHS00001") << QStringList();
        QTest::newRow("users only") << QString() << QStringList{QStringLiteral("U0CHS00005")};
        QTest::newRow("both") << QStringLiteral("@ops")
                              << QStringList{QStringLiteral("U0CHS00005"),
                                             QStringLiteral("W0CHS00009")};
    }
    void theReleaseTeamIsSavedAndLoaded()
    {
        QFETCH(QString, group);
        QFETCH(QStringList, users);
        QTemporaryDir dir;
        const QString path = dir.filePath(ConnectionSettingsFile::fileName());
        ConnectionSettings settings = ConnectionDocument::parse(sandboxLine, {})->settings;
        settings.slack.releaseTeamGroup = group;
        settings.slack.releaseTeamUsers = users;
        QVERIFY(settings.problems(RemoteSystem::Slack).isEmpty());
        QVERIFY(ConnectionSettingsFile::save(settings, path));
        const auto loaded = ConnectionSettingsFile::load(path);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded->slack.releaseTeamGroup, group);
        QCOMPARE(loaded->slack.releaseTeamUsers, users);
    }

    // A team's wording holds commas and colons; a single pattern is a list of one.
    void theTeamsWordingIsSavedAndLoaded_data()
    {
        QTest::addColumn<QStringList>("replies");
        QTest::addColumn<QStringList>("stagingWords");
        QTest::newRow("none, the defaults") << QStringList() << SlackSettings().stagingWords;
        QTest::newRow("one with a comma")
            << QStringList{QStringLiteral("applied: shipped {release}, to {environment}")}
            << QStringList{QStringLiteral("preprod")};
        QTest::newRow("two") << QStringList{QStringLiteral("applied: shipped {release}"),
                                            QStringLiteral("cancelled: dropped {release}")}
                             << QStringList{QStringLiteral("uat"), QStringLiteral("preprod")};
    }
    void theTeamsWordingIsSavedAndLoaded()
    {
        QFETCH(QStringList, replies);
        QFETCH(QStringList, stagingWords);
        QTemporaryDir dir;
        const QString path = dir.filePath(ConnectionSettingsFile::fileName());
        ConnectionSettings settings = ConnectionDocument::parse(sandboxLine, {})->settings;
        settings.slack.replyPatterns = replies;
        settings.slack.requestPatterns = {QStringLiteral("RT: ship {release} => {environment}")};
        settings.slack.stagingWords = stagingWords;
        QCOMPARE(settings.problems(RemoteSystem::Slack), QStringList());
        QVERIFY(ConnectionSettingsFile::save(settings, path));
        const auto loaded = ConnectionSettingsFile::load(path);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded->slack, settings.slack);
    }

    void theTeamsWordingComesFromTheDocument()
    {
        const auto document = ConnectionDocument::parse(
            QByteArray("{\"slack\": {\"url\": \"https://slack.com\", \"token\": \"t\", "
                       "\"channel\": \"c\", \"replyPatterns\": [\"applied: shipped {release} "
                       "into {environment}\"], \"liveWords\": [\"prd\"]}}"),
            {});
        QVERIFY2(document, qPrintable(document.error()));
        QCOMPARE(document->settings.slack.replyPatterns,
                 QStringList{QStringLiteral("applied: shipped {release} into {environment}")});
        QCOMPARE(document->settings.slack.liveWords, QStringList{QStringLiteral("prd")});
        // Unsaid, the defaults.
        QCOMPARE(document->settings.slack.stagingWords, SlackSettings().stagingWords);
        QVERIFY(document->settings.slack.requestPatterns.isEmpty());
    }

    void theReleaseTeamMustBeSaidAndWellFormed()
    {
        ConnectionSettings settings = ConnectionDocument::parse(sandboxLine, {})->settings;
        settings.slack.releaseTeamGroup.clear();
        QCOMPARE(settings.problems(RemoteSystem::Slack),
                 QStringList{QStringLiteral(
                     "Slack: the release team (a user group or user ids) is missing.")});
        settings.slack.releaseTeamUsers = {QStringLiteral("rita.release")};
        const QStringList problems = settings.problems(RemoteSystem::Slack);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"rita.release is not a Slack user id"),
                 qPrintable(problems.first()));
    }

    void sandboxDocumentAsCloudWithOAuth()
    {
        const auto document = ConnectionDocument::parse(sandboxLine, {true, true});
        QVERIFY2(document, qPrintable(document.error()));
        const ConnectionSettings &settings = document->settings;
        QVERIFY(settings.jira.cloud);
        QCOMPARE(settings.jira.email, QStringLiteral("release.bot@example.com"));
        QCOMPARE(document->secrets.value(RemoteSystem::Jira), QStringLiteral("sandbox-jira-token"));
        QVERIFY(settings.confluence.cloud);
        QCOMPARE(settings.confluence.url,
                 QUrl(QStringLiteral("http://127.0.0.1:4000/confluence/wiki")));
        QCOMPARE(document->secrets.value(RemoteSystem::Confluence),
                 QStringLiteral("sandbox-confluence-token"));
        QVERIFY(settings.serviceNow.oauth);
        QCOMPARE(document->secrets.value(RemoteSystem::ServiceNow),
                 QStringLiteral("sandbox-servicenow-oauth"));
    }

    void aSystemsOwnChoiceWins()
    {
        const QByteArray json =
            "{\"jira\": {\"url\": \"https://jira.example.com\", \"flavour\": \"cloud\","
            "\"email\": \"me@example.com\", \"token\": \"t\", \"project\": \"OPS\"}}";
        const auto document = ConnectionDocument::parse(json, {});
        QVERIFY2(document, qPrintable(document.error()));
        QVERIFY(document->settings.jira.cloud);
        QVERIFY(!document->settings.isConfigured(RemoteSystem::Slack));
        QCOMPARE(document->secrets.size(), 1);
    }

    void badDocuments_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{jira") << QStringLiteral("not a JSON object");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("no system")
            << QByteArray("{\"other\": {}}") << QStringLiteral("names none of");
        QTest::newRow("no secret")
            << QByteArray("{\"slack\": {\"url\": \"https://slack.com\", \"channel\": \"x\"}}")
            << QStringLiteral("Slack: the field \"token\" is missing.");
        QTest::newRow("no project")
            << QByteArray("{\"jira\": {\"url\": \"https://jira.example.com\", \"pat\": \"p\"}}")
            << QStringLiteral("Jira: the field \"project\" is missing.");
        QTest::newRow("not a web address")
            << QByteArray("{\"slack\": {\"url\": \"ftp://slack.com\", \"token\": \"t\", "
                          "\"channel\": \"c\"}}")
            << QStringLiteral("Slack: the address ftp://slack.com is not a web address.");
        // A wrong type is not a missing field: the message says what is wrong.
        QTest::newRow("url a number")
            << QByteArray("{\"slack\": {\"url\": 443, \"token\": \"t\", \"channel\": \"c\"}}")
            << QStringLiteral("Slack: the field \"url\" must be text, not a number.");
        QTest::newRow("history days a fraction")
            << QByteArray("{\"slack\": {\"url\": \"https://slack.com\", \"token\": \"t\", "
                          "\"channel\": \"c\", \"historyDays\": 0.5}}")
            << QStringLiteral(
                   "Slack: the field \"historyDays\" must be a whole number from 1, not 0.5.");
        QTest::newRow("history days text")
            << QByteArray("{\"slack\": {\"url\": \"https://slack.com\", \"token\": \"t\", "
                          "\"channel\": \"c\", \"historyDays\": \"90\"}}")
            << QStringLiteral(
                   "Slack: the field \"historyDays\" must be a whole number from 1, not text.");
        QTest::newRow("a reply pattern without its kind")
            << QByteArray("{\"slack\": {\"url\": \"https://slack.com\", \"token\": \"t\", "
                          "\"channel\": \"c\", \"replyPatterns\": [\"shipped {release}\"]}}")
            << QStringLiteral("Slack: the pattern \"shipped {release}\" must start with what the "
                              "reply says");
        QTest::newRow("request patterns text")
            << QByteArray("{\"slack\": {\"url\": \"https://slack.com\", \"token\": \"t\", "
                          "\"channel\": \"c\", \"requestPatterns\": \"ship {release}\"}}")
            << QStringLiteral(
                   "Slack: the field \"requestPatterns\" must be a list of text, not text.");
        QTest::newRow("secret an object")
            << QByteArray("{\"slack\": {\"url\": \"https://slack.com\", \"token\": {\"t\": 1}, "
                          "\"channel\": \"c\"}}")
            << QStringLiteral("Slack: the field \"token\" must be text, not an object.");
        QTest::newRow("flavour true")
            << QByteArray("{\"jira\": {\"url\": \"https://jira.example.com\", \"pat\": \"p\", "
                          "\"project\": \"X\", \"flavour\": true}}")
            << QStringLiteral("Jira: the field \"flavour\" must be text, not true or false.");
        QTest::newRow("pipelines text")
            << QByteArray("{\"concourse\": {\"url\": \"https://ci.example.com\", \"team\": \"t\", "
                          "\"username\": \"u\", \"password\": \"p\", \"pipelines\": \"a,b\"}}")
            << QStringLiteral(
                   "Concourse: the field \"pipelines\" must be a list of text, not text.");
        QTest::newRow("pipelines numbers")
            << QByteArray("{\"concourse\": {\"url\": \"https://ci.example.com\", \"team\": \"t\", "
                          "\"username\": \"u\", \"password\": \"p\", \"pipelines\": [\"a\", 2]}}")
            << QStringLiteral("Concourse: the field \"pipelines\" must be a list of text, not a "
                              "list holding a number.");
        QTest::newRow("system not an object")
            << QByteArray("{\"jira\": \"https://jira.example.com\"}")
            << QStringLiteral("Jira: the entry must be an object with the connection's fields, "
                              "not text.");
        // Credentials go to the keychain, never in an address that is shown and saved.
        QTest::newRow("password in url")
            << QByteArray("{\"jira\": {\"url\": \"https://bot:s3cr3t-pw@jira.example.com/x\", "
                          "\"pat\": \"p\", \"project\": \"X\"}}")
            << QStringLiteral("Jira: the address https://jira.example.com/x holds a user name or "
                              "password;");
        QTest::newRow("user only in url")
            << QByteArray(
                   "{\"slack\": {\"url\": \"https://bot@slack.example.com\", \"token\": \"t\", "
                   "\"channel\": \"c\"}}")
            << QStringLiteral("Slack: the address https://slack.example.com holds a user name or "
                              "password;");
        QTest::newRow("password in a bad url")
            << QByteArray(
                   "{\"slack\": {\"url\": \"ftp://bot:s3cr3t-pw@slack.com\", \"token\": \"t\", "
                   "\"channel\": \"c\"}}")
            << QStringLiteral("Slack: the address ftp://slack.com is not a web address.");
        QTest::newRow("password in a broken url")
            << QByteArray(
                   "{\"slack\": {\"url\": \"https://bot:s3cr3t-pw@sl ack.com\", \"token\": \"t\", "
                   "\"channel\": \"c\"}}")
            << QStringLiteral("Slack: the address is not a web address.");
        QTest::newRow("plain http remote")
            << QByteArray("{\"slack\": {\"url\": \"http://slack.example.com\", \"token\": \"t\", "
                          "\"channel\": \"c\"}}")
            << QStringLiteral("Slack: the address http://slack.example.com is plain http://");
    }

    void badDocuments()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const auto document = ConnectionDocument::parse(json, {});
        QVERIFY(!document);
        QVERIFY2(document.error().contains(error), qPrintable(document.error()));
        // A message never repeats a secret from the document.
        QVERIFY(!document.error().contains(u"\"t\""));
        QVERIFY2(!document.error().contains(u"s3cr3t-pw"), qPrintable(document.error()));
    }

    void savedAndLoadedWithoutSecrets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(ConnectionSettingsFile::fileName());
        const auto document = ConnectionDocument::parse(sandboxLine, {true, false});
        QVERIFY(document);
        ConnectionSettings settings = document->settings;
        settings.concourse.pipelines = {QStringLiteral("chs-orders-api"),
                                        QStringLiteral("chs-search-api")};
        settings.jira.jql = QStringLiteral("labels = \"release train\"");
        QVERIFY(ConnectionSettingsFile::save(settings, path));

        const auto loaded = ConnectionSettingsFile::load(path);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded.value(), settings);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        for (const QString &secret : document->secrets)
            QVERIFY2(!written.contains(secret.toUtf8()), "a secret reached the settings file");
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void aMissingFileIsNoConnections()
    {
        QTemporaryDir dir;
        const auto loaded = ConnectionSettingsFile::load(dir.filePath(QStringLiteral("none.ini")));
        QVERIFY(loaded);
        for (RemoteSystem system : allRemoteSystems())
            QVERIFY(!loaded->isConfigured(system));
    }

    void secretKeysNameSystemAccountAndServer()
    {
        const auto dataCenter = ConnectionDocument::parse(sandboxLine, {});
        const auto cloud = ConnectionDocument::parse(sandboxLine, {true, true});
        QVERIFY(dataCenter && cloud);
        QCOMPARE(dataCenter->settings.secretKey(RemoteSystem::Jira),
                 QStringLiteral("jira pat@http://127.0.0.1:4000/jira"));
        QCOMPARE(cloud->settings.secretKey(RemoteSystem::Jira),
                 QStringLiteral("jira release.bot@example.com@http://127.0.0.1:4000/jira"));
        QSet<QString> keys;
        for (RemoteSystem system : allRemoteSystems())
            keys << dataCenter->settings.secretKey(system) << cloud->settings.secretKey(system);
        QCOMPARE(keys.size(), 9); // Concourse, Slack and GitHub do not depend on the choices
    }

    void concourseSignsInWithAPasswordUnlessTold()
    {
        const auto document = ConnectionDocument::parse(sandboxLine, {});
        QVERIFY(document);
        QCOMPARE(document->settings.concourse.signInKind(), ConcourseSignIn::Password);
        QVERIFY(document->settings.needsSecret(RemoteSystem::Concourse));
    }

    // A pasted token is the secret: in the keychain, never in the settings file.
    void aPastedConcourseTokenStaysOutOfTheSettingsFile()
    {
        const auto document = ConnectionDocument::parse(
            "{\"concourse\": {\"url\": \"https://ci.example.com\", \"team\": \"chs\", \"signIn\": "
            "\"token\", \"token\": \"tok-3f9a1c\"}}",
            {});
        QVERIFY2(document, qPrintable(document.error()));
        QCOMPARE(document->settings.concourse.signInKind(), ConcourseSignIn::Token);
        QCOMPARE(document->secrets.value(RemoteSystem::Concourse), QStringLiteral("tok-3f9a1c"));
        QCOMPARE(document->settings.secretKey(RemoteSystem::Concourse),
                 QStringLiteral("concourse token@https://ci.example.com"));
        QTemporaryDir dir;
        const QString path = dir.filePath(ConnectionSettingsFile::fileName());
        QVERIFY(ConnectionSettingsFile::save(document->settings, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("signIn=token"));
        QVERIFY2(!written.contains("tok-3f9a1c"), "the token reached the settings file");
        QCOMPARE(ConnectionSettingsFile::load(path).value(), document->settings);
    }

    // fly keeps the token; its target may give the address and the team.
    void aFlySignInNeedsATargetAndNoSecret()
    {
        const auto document = ConnectionDocument::parse(
            "{\"concourse\": {\"signIn\": \"fly\", \"flyTarget\": \"ci\"}}", {});
        QVERIFY2(document, qPrintable(document.error()));
        const ConnectionSettings &settings = document->settings;
        QVERIFY(settings.isConfigured(RemoteSystem::Concourse));
        QVERIFY(!settings.needsSecret(RemoteSystem::Concourse));
        QVERIFY(document->secrets.isEmpty());
        QCOMPARE(settings.concourse.flyTarget, QStringLiteral("ci"));
        QTemporaryDir dir;
        const QString path = dir.filePath(ConnectionSettingsFile::fileName());
        QVERIFY(ConnectionSettingsFile::save(settings, path));
        QCOMPARE(ConnectionSettingsFile::load(path).value(), settings);

        ConnectionSettings noTarget = settings;
        noTarget.concourse.url = QUrl(QStringLiteral("https://ci.example.com"));
        noTarget.concourse.flyTarget.clear();
        QCOMPARE(noTarget.problems(RemoteSystem::Concourse),
                 QStringList(QStringLiteral("Concourse: the fly target is missing.")));
    }

    void anUnknownConcourseSignInIsReported()
    {
        const QString expected =
            QStringLiteral("Concourse: the sign-in \"sso\" is none of password, token and fly.");
        const auto document =
            ConnectionDocument::parse("{\"concourse\": {\"url\": \"https://ci.example.com\", "
                                      "\"team\": \"chs\", \"signIn\": \"sso\"}}",
                                      {});
        QVERIFY(!document);
        QCOMPARE(document.error(), expected);
        // As a hand-edited settings file would have it.
        QTemporaryDir dir;
        const QString path = dir.filePath(ConnectionSettingsFile::fileName());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[concourse]\nurl=https://ci.example.com\nteam=chs\nusername=u\nsignIn=sso\n");
        file.close();
        const auto loaded = ConnectionSettingsFile::load(path);
        QVERIFY(loaded);
        QCOMPARE(loaded->problems(RemoteSystem::Concourse), QStringList(expected));
    }
};

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "tst_connectionsettings.moc"
