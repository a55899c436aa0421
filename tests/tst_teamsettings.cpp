#include "services/connections/connectiondocument.h"
#include "services/connections/connectionsettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;

namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

// A desk connected to every system, signed in as `who`, with the team's own
// Confluence conventions.
ConnectionSettings desk(const QString &who)
{
    ConnectionSettings settings;
    settings.concourse.url = QUrl(s(u"https://ci.example.com"));
    settings.concourse.team = s(u"chs");
    settings.concourse.username = who;
    settings.concourse.pipelines = {s(u"orders")};
    settings.jira.url = QUrl(s(u"https://example.atlassian.net"));
    settings.jira.cloud = true;
    settings.jira.email = who + s(u"@example.com");
    settings.jira.project = s(u"CHS");
    settings.confluence.url = QUrl(s(u"https://example.atlassian.net/wiki"));
    settings.confluence.cloud = true;
    settings.confluence.email = who + s(u"@example.com");
    settings.confluence.space = s(u"REL");
    settings.confluence.parentPageId = s(u"163842");
    settings.serviceNow.url = QUrl(s(u"https://example.service-now.com"));
    settings.serviceNow.username = who;
    settings.serviceNow.assignmentGroup = s(u"CHS Release Management");
    settings.slack.url = QUrl(s(u"https://slack.com"));
    return settings;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The Confluence conventions in connections.ini and the connection document,
// and the team settings file built on the same list of keys.
class TestTeamSettings : public QObject
{
    Q_OBJECT

private slots:
    void confluenceConventionsDefaultToTodays()
    {
        const ConfluenceSettings confluence;
        QCOMPARE(confluence.titlePattern, s(u"Release notes \u2013 {release}"));
        QCOMPARE(confluence.sectionHeadings.value(s(u"backout")), s(u"Backout plan"));
        QCOMPARE(confluence.sectionHeadings.size(), 5);
    }

    void confluenceConventionsRoundTripThroughTheIni()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(ConnectionSettingsFile::fileName());
        ConnectionSettings settings = desk(s(u"alice.khan"));
        settings.confluence.titlePattern = s(u"Release notes {release}");
        settings.confluence.sectionHeadings.insert(s(u"backout"), s(u"Rollback: \"how\" & why"));
        QVERIFY(ConnectionSettingsFile::save(settings, path));
        const auto loaded = ConnectionSettingsFile::load(path);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded->confluence.titlePattern, settings.confluence.titlePattern);
        QCOMPARE(loaded->confluence.sectionHeadings, settings.confluence.sectionHeadings);
        QCOMPARE(loaded.value(), settings);

        // A file written before the conventions existed reads as today's.
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly | QIODevice::Truncate));
        old.write("[confluence]\nurl=https://wiki.example.com\nspace=REL\n");
        old.close();
        const auto before = ConnectionSettingsFile::load(path);
        QVERIFY(before);
        QCOMPARE(before->confluence.titlePattern, NotesTitle::defaultPattern());
        QCOMPARE(before->confluence.sectionHeadings, NotesSections::defaultHeadings());
    }

    void malformedHeadingsInTheIniAreAnError()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(ConnectionSettingsFile::fileName());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[confluence]\nurl=https://wiki.example.com\nspace=REL\n"
                   "sectionHeadings=\"{\\\"backout\\\": 3}\"\n");
        file.close();
        const auto loaded = ConnectionSettingsFile::load(path);
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().contains(s(u"confluence/sectionHeadings")),
                 qPrintable(loaded.error()));
    }

    void badConventionsAreProblems()
    {
        ConnectionSettings settings = desk(s(u"alice.khan"));
        QVERIFY(settings.problems(RemoteSystem::Confluence).isEmpty());
        settings.confluence.titlePattern = s(u"Release notes");
        QCOMPARE(settings.problems(RemoteSystem::Confluence).size(), 1);
        QVERIFY(settings.problems(RemoteSystem::Confluence)
                    .constFirst()
                    .startsWith(s(u"Confluence: ")));
        settings.confluence.titlePattern = NotesTitle::defaultPattern();
        settings.confluence.sectionHeadings.insert(s(u"rollout"), s(u"Rollout"));
        QCOMPARE(settings.problems(RemoteSystem::Confluence).size(), 1);
    }

    void conventionsComeFromTheDocument()
    {
        const QByteArray document =
            "{\"confluence\": {\"url\": \"https://wiki.example.com\", \"pat\": \"p\", "
            "\"space\": \"REL\", \"titlePattern\": \"Release notes {release}\", "
            "\"sectionHeadings\": {\"backout\": \"Rollback\"}}}";
        const auto parsed = ConnectionDocument::parse(document, {});
        QVERIFY2(parsed, qPrintable(parsed.error()));
        QCOMPARE(parsed->settings.confluence.titlePattern, s(u"Release notes {release}"));
        QCOMPARE(parsed->settings.confluence.sectionHeadings,
                 (QMap<QString, QString>{{s(u"backout"), s(u"Rollback")}}));

        const auto plain = ConnectionDocument::parse(
            QByteArray("{\"confluence\": {\"url\": \"https://wiki.example.com\", \"pat\": \"p\", "
                       "\"space\": \"REL\"}}"),
            {});
        QVERIFY(plain);
        QCOMPARE(plain->settings.confluence, ConfluenceSettings(plain->settings.confluence));
        QCOMPARE(plain->settings.confluence.titlePattern, NotesTitle::defaultPattern());
        QCOMPARE(plain->settings.confluence.sectionHeadings, NotesSections::defaultHeadings());

        for (const QByteArray &bad : {QByteArray("\"sectionHeadings\": [\"Rollback\"]"),
                                      QByteArray("\"sectionHeadings\": {\"backout\": 1}"),
                                      QByteArray("\"titlePattern\": \"Release notes\"")}) {
            const auto refused = ConnectionDocument::parse(
                "{\"confluence\": {\"url\": \"https://wiki.example.com\", \"pat\": \"p\", "
                "\"space\": \"REL\", " +
                    bad + "}}",
                {});
            QVERIFY2(!refused, bad.constData());
            QVERIFY2(refused.error().startsWith(s(u"Confluence")), qPrintable(refused.error()));
        }
    }

    void teamFileCarriesEverythingButAccountsAndSecrets()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(s(u"team.ini"));
        ConnectionSettings alice = desk(s(u"alice.khan"));
        alice.confluence.titlePattern = s(u"Release notes {release}");
        alice.confluence.sectionHeadings.insert(s(u"backout"), s(u"Rollback"));
        alice.slack.releaseTeamUsers = {s(u"U0RITA0001")};
        QVERIFY(TeamSettingsFile::save(alice, path));

        const QByteArray bytes = bytesOf(path);
        QVERIFY(bytes.contains("Release notes {release}"));
        QVERIFY(bytes.contains("U0RITA0001"));
        for (const char *personal :
             {"alice", "khan", "@example", "password=", "token=", "secret", "username", "email"})
            QVERIFY2(!bytes.contains(personal), personal);

        // Ben's desk takes the team's settings and keeps his own accounts.
        ConnectionSettings ben = desk(s(u"ben.jones"));
        ben.concourse.url = QUrl(s(u"https://old-ci.example.com"));
        const auto imported = TeamSettingsFile::load(path, ben);
        QVERIFY2(imported, qPrintable(imported.error()));
        ConnectionSettings expected = alice;
        expected.concourse.username = ben.concourse.username;
        expected.jira.email = ben.jira.email;
        expected.confluence.email = ben.confluence.email;
        expected.serviceNow.username = ben.serviceNow.username;
        QCOMPARE(imported->settings, expected);
        QVERIFY2(imported->changed.contains(s(u"confluence/titlePattern")),
                 qPrintable(imported->changed.join(u' ')));
        QVERIFY(imported->changed.contains(s(u"concourse/url")));
        QVERIFY(!imported->changed.contains(s(u"concourse/team")));

        // A second import finds nothing to change.
        const auto again = TeamSettingsFile::load(path, imported->settings);
        QVERIFY(again);
        QVERIFY2(again->changed.isEmpty(), qPrintable(again->changed.join(u' ')));
    }

    void fileWithAnAccountDoesNotOverwriteTheDesks()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(s(u"team.ini"));
        QVERIFY(TeamSettingsFile::save(desk(s(u"alice.khan")), path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n[servicenow]\nusername=mallory\n");
        file.close();
        const auto imported = TeamSettingsFile::load(path, desk(s(u"ben.jones")));
        QVERIFY2(imported, qPrintable(imported.error()));
        QCOMPARE(imported->settings.serviceNow.username, s(u"ben.jones"));
    }

    void badFilesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("said");
        QTest::newRow("json") << QByteArray("{\"confluence\": {\"url\": \"x\"}}")
                              << s(u"Export team settings");
        QTest::newRow("connections.ini")
            << QByteArray("[jira]\nurl=https://x.example.com\n") << s(u"Export team settings");
        QTest::newRow("binary") << QByteArray("\x00\x01\xff[[[=\n", 8)
                                << s(u"Export team settings");
        QTest::newRow("bad headings")
            << QByteArray("[releasedesk]\nkind=team-settings\n[confluence]\n"
                          "sectionHeadings=not json\n")
            << s(u"confluence/sectionHeadings");
        QTest::newRow("bad pattern")
            << QByteArray("[releasedesk]\nkind=team-settings\n[confluence]\n"
                          "titlePattern=Release notes\n")
            << s(u"{release}");
        QTest::newRow("http address") << QByteArray("[releasedesk]\nkind=team-settings\n[jira]\n"
                                                    "url=http://jira.example.com\n")
                                      << s(u"https://");
    }
    void badFilesChangeNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, said);
        QTemporaryDir directory;
        const QString path = directory.filePath(s(u"team.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const auto imported = TeamSettingsFile::load(path, desk(s(u"ben.jones")));
        QVERIFY(!imported);
        QVERIFY2(imported.error().contains(said), qPrintable(imported.error()));
        QVERIFY(imported.error().contains(s(u"Nothing was changed")));
        // Reading it left the file as it was.
        QCOMPARE(bytesOf(path), content);
    }

    void missingFileIsAnError()
    {
        const auto imported =
            TeamSettingsFile::load(s(u"/nonexistent/team.ini"), desk(s(u"ben.jones")));
        QVERIFY(!imported);
        QVERIFY(imported.error().contains(s(u"/nonexistent/team.ini")));
    }
};

QTEST_GUILESS_MAIN(TestTeamSettings)
#include "tst_teamsettings.moc"
