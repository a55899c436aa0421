#include "services/connections/connectionsettings.h"
#include "support/clirunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

ConnectionSettings signedInAs(const QString &who)
{
    ConnectionSettings settings;
    settings.jira.url = QUrl(s(u"https://jira.example.com"));
    settings.jira.project = s(u"CHS");
    settings.serviceNow.url = QUrl(s(u"https://example.service-now.com"));
    settings.serviceNow.username = who;
    settings.serviceNow.assignmentGroup = s(u"CHS Release Management");
    return settings;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// releasedesk-cli settings export / import and connect --team-settings: the
// team's settings from one desk's profile to another's.
class TestTeamSettingsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;

    QString profile(const QString &name, const ConnectionSettings &settings)
    {
        const QString directory = m_root.filePath(name);
        QDir().mkpath(directory);
        const QString ini = directory + u'/' + ConnectionSettingsFile::fileName();
        if (!ConnectionSettingsFile::save(settings, ini))
            qWarning("could not write %s", qPrintable(ini));
        return directory;
    }

private slots:
    void exportOnOneDeskImportOnAnother()
    {
        ConnectionSettings alice = signedInAs(s(u"alice.khan"));
        alice.jira.jql = s(u"labels = release");
        alice.confluence.url = QUrl(s(u"https://wiki.example.com"));
        alice.confluence.space = s(u"REL");
        alice.confluence.titlePattern = s(u"Release notes {release}");
        const CliRunner aliceDesk(QStringLiteral(CLI_EXECUTABLE), profile(s(u"alice"), alice));
        const QString file = m_root.filePath(s(u"team.ini"));
        const CliRunner::Run exported = aliceDesk.run({s(u"settings"), s(u"export"), file});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(!bytesOf(file).contains("alice"));

        const QString benDirectory = profile(s(u"ben"), signedInAs(s(u"ben.jones")));
        const CliRunner benDesk(QStringLiteral(CLI_EXECUTABLE), benDirectory);
        const CliRunner::Run imported = benDesk.run({s(u"connect"), s(u"--team-settings"), file});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(s(u"confluence/titlePattern")), qPrintable(imported.out));
        QVERIFY(imported.out.contains(s(u"jira/jql")));
        const auto ben =
            ConnectionSettingsFile::load(benDirectory + u'/' + ConnectionSettingsFile::fileName());
        QVERIFY(ben);
        ConnectionSettings expected = alice;
        expected.serviceNow.username = s(u"ben.jones");
        QCOMPARE(ben.value(), expected);
    }

    void theTeamsSettingsOutlastTheDocumentConnectedWithThem()
    {
        ConnectionSettings team;
        team.confluence.url = QUrl(s(u"https://wiki.example.com"));
        team.confluence.space = s(u"REL");
        team.confluence.titlePattern = s(u"Release notes {release}");
        team.confluence.sectionHeadings.insert(s(u"backout"), s(u"Rollback plan"));
        const QString file = m_root.filePath(s(u"team-confluence.ini"));
        QVERIFY(TeamSettingsFile::save(team, file));
        // A person's document names their account and none of the conventions.
        const QString document = m_root.filePath(s(u"dana.json"));
        QFile json(document);
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(R"({"confluence": {"url": "https://wiki.example.com", "space": "REL",)"
                   R"( "pat": "dana-token"}})");
        json.close();
        const QString directory = profile(s(u"dana"), ConnectionSettings());
        const CliRunner desk(QStringLiteral(CLI_EXECUTABLE), directory);
        const CliRunner::Run connected =
            desk.run({s(u"connect"), s(u"--team-settings"), file, document});
        QVERIFY2(connected.exitCode == 0, qPrintable(connected.err));
        const auto dana =
            ConnectionSettingsFile::load(directory + u'/' + ConnectionSettingsFile::fileName());
        QVERIFY(dana);
        QCOMPARE(dana->confluence.url, QUrl(s(u"https://wiki.example.com")));
        QCOMPARE(dana->confluence.titlePattern, s(u"Release notes {release}"));
        QCOMPARE(dana->confluence.sectionHeadings.value(s(u"backout")), s(u"Rollback plan"));
    }

    void aSystemTheFileDoesNotConnectStaysConnected()
    {
        ConnectionSettings team = signedInAs(s(u"alice.khan"));
        team.confluence = ConfluenceSettings(); // this desk has no Confluence
        const QString file = m_root.filePath(s(u"team-without-confluence.ini"));
        QVERIFY(TeamSettingsFile::save(team, file));
        QVERIFY(!bytesOf(file).contains("[confluence]"));
        ConnectionSettings erin = signedInAs(s(u"erin.ward"));
        erin.confluence.url = QUrl(s(u"https://wiki.example.com"));
        erin.confluence.space = s(u"REL");
        const auto imported = TeamSettingsFile::load(file, erin);
        QVERIFY2(imported, qPrintable(imported.error()));
        QCOMPARE(imported->settings.confluence, erin.confluence);
    }

    void aBadFileChangesNothing()
    {
        const QString directory = profile(s(u"carla"), signedInAs(s(u"carla.smith")));
        const QString ini = directory + u'/' + ConnectionSettingsFile::fileName();
        const QByteArray before = bytesOf(ini);
        const QString file = m_root.filePath(s(u"foreign.json"));
        QFile foreign(file);
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write("{\"jira\": {\"url\": \"https://other.example.com\"}}");
        foreign.close();
        const CliRunner desk(QStringLiteral(CLI_EXECUTABLE), directory);
        const CliRunner::Run imported = desk.run({s(u"settings"), s(u"import"), file});
        QVERIFY(imported.exitCode != 0);
        QVERIFY2(imported.err.contains(s(u"Nothing was changed")), qPrintable(imported.err));
        QCOMPARE(bytesOf(ini), before);

        const CliRunner::Run missing =
            desk.run({s(u"connect"), s(u"--team-settings"), m_root.filePath(s(u"none.ini"))});
        QVERIFY(missing.exitCode != 0);
        QCOMPARE(bytesOf(ini), before);
        const CliRunner::Run usage = desk.run({s(u"settings"), s(u"send"), file});
        QCOMPARE(usage.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestTeamSettingsCli)
#include "tst_teamsettingscli.moc"
