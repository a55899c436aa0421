#include "services/connections/connectionsettings.h"
#include "support/localproxy.h"
#include "support/synctestbench.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;
using Sandbox::HistoryStage;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    bool finished = false;
};

} // namespace

// releasedesk-cli sync, the real binary, against a sandbox in this process and
// the keychain scripts/test.sh provides: connect, sync, status; the exit codes
// and what a script reads on standard output.
class TestSyncCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_profile;

    // Runs the CLI on the test's profile. The sandbox answers from this
    // process's event loop, so the wait keeps it turning; `during` runs once
    // the process has started.
    Run cli(const QStringList &arguments, const std::function<void(QProcess &)> &during = {},
            const QString &profile = {})
    {
        QProcess process;
        process.setProgram(QStringLiteral(CLI_EXECUTABLE));
        process.setArguments(QStringList{QStringLiteral("--profile"),
                                         profile.isEmpty() ? m_profile->path() : profile} +
                             arguments);
        process.start();
        Run run;
        if (!process.waitForStarted(10000))
            return run;
        if (during)
            during(process);
        run.finished =
            QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000);
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    void connectProfile()
    {
        const QString path = m_profile->filePath(QStringLiteral("sandbox.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // The catalogue ends on a fixed day and spans under 60 days: the first
        // sync reads the channel back to its beginning, as the test counts it.
        QJsonObject info = m_sandbox->sandbox().connectionInfo();
        QJsonObject slack = info.value(QLatin1String("slack")).toObject();
        slack.insert(QLatin1String("historyDays"),
                     SyncTestBench::catalogue().now.daysTo(QDateTime::currentDateTimeUtc()) + 60);
        info.insert(QLatin1String("slack"), slack);
        file.write(QJsonDocument(info).toJson());
        file.close();
        const Run connected = cli({QStringLiteral("connect"), path});
        QVERIFY2(connected.exitCode == 0, qPrintable(connected.err));
    }

    static QString lineOf(const Run &run, const QString &start)
    {
        for (const QString &line : run.out.split(u'\n')) {
            if (line.startsWith(start))
                return line;
        }
        return {};
    }

    void inject(const char *spec)
    {
        const auto rule = Sandbox::FaultRule::parse(QString::fromLatin1(spec));
        QVERIFY(rule.ok());
        m_sandbox->sandbox().faults().add(rule.value());
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>(SyncTestBench::options());
        QVERIFY(m_sandbox->isListening());
        m_profile = std::make_unique<QTemporaryDir>();
        QVERIFY(m_profile->isValid());
    }
    void cleanup()
    {
        m_profile.reset();
        m_sandbox.reset();
    }

    void connectSyncStatus()
    {
        connectProfile();
        const Run first = cli({QStringLiteral("sync")});
        QVERIFY(first.finished);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err + first.out));
        // Not a terminal: no progress line, nothing on standard error.
        QCOMPARE(first.err, QString());
        const int tasks = int(SyncTestBench::catalogue().tasks.size());
        QCOMPARE(lineOf(first, QStringLiteral("Jira:")),
                 QStringLiteral("Jira: synced, %1 read, %1 new or changed.").arg(tasks));
        for (const QString &system : {QStringLiteral("Concourse:"), QStringLiteral("Confluence:"),
                                      QStringLiteral("ServiceNow:"), QStringLiteral("Slack:")})
            QVERIFY2(lineOf(first, system).contains(QLatin1String(": synced,")),
                     qPrintable(first.out));
        QVERIFY2(lineOf(first, QStringLiteral("Releases taken over:"))
                     .contains(QLatin1String(" (Live)")),
                 qPrintable(first.out));
        // The release team's "Backed out of live" is read: nothing is left for a person.
        QVERIFY2(!first.out.contains(QLatin1String("not understood")), qPrintable(first.out));
        const bool backedOut =
            std::any_of(SyncTestBench::catalogue().releases.cbegin(),
                        SyncTestBench::catalogue().releases.cend(), [](const auto &release) {
                            return release.stage == HistoryStage::BackedOut;
                        });
        QVERIFY(backedOut);
        QVERIFY2(lineOf(first, QStringLiteral("Releases taken over:"))
                     .contains(QStringLiteral(" (%1)").arg(toTitle(Stage::BackedOut))),
                 qPrintable(first.out));

        const Run status = cli({QStringLiteral("status")});
        QCOMPARE(status.exitCode, 0);
        const QList<std::pair<HistoryStage, QString>> underWay{
            {HistoryStage::Drafted, QStringLiteral("CI-Dev")},
            {HistoryStage::TicketRaised, QStringLiteral("Ticket raised")},
            {HistoryStage::StagingRequested, QStringLiteral("Staging requested")},
            {HistoryStage::InStaging, QStringLiteral("In staging")},
            {HistoryStage::LiveRequested, QStringLiteral("Live requested")}};
        for (const auto &[stage, title] : underWay) {
            for (const auto &release : SyncTestBench::catalogue().releases) {
                if (release.stage != stage)
                    continue;
                QVERIFY2(lineOf(status, release.name + u' ').endsWith(title),
                         qPrintable(release.name + u'\n' + status.out));
            }
        }

        const Run again = cli({QStringLiteral("sync")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(
            lineOf(again, QStringLiteral("Jira:")).endsWith(QLatin1String(", 0 new or changed.")),
            qPrintable(again.out));
        QVERIFY(lineOf(again, QStringLiteral("Releases taken over:")).isEmpty());
    }

    void oneSystemOnly()
    {
        connectProfile();
        const Run run =
            cli({QStringLiteral("sync"), QStringLiteral("--system"), QStringLiteral("jira"),
                 QStringLiteral("--system"), QStringLiteral("Concourse")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!lineOf(run, QStringLiteral("Jira: synced")).isEmpty());
        QVERIFY(!lineOf(run, QStringLiteral("Concourse: synced")).isEmpty());
        QVERIFY(lineOf(run, QStringLiteral("Slack:")).isEmpty());
        QVERIFY(lineOf(run, QStringLiteral("Releases taken over:")).isEmpty());
    }

    void failingSystemExitsFailed()
    {
        connectProfile();
        inject("slack:/api/conversations.history=ratelimit,retry-after=1");
        const Run run = cli({QStringLiteral("sync")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(lineOf(run, QStringLiteral("Slack: failed: Slack channel history:"))
                     .contains(QLatin1String("429")),
                 qPrintable(run.out));
        QVERIFY(!lineOf(run, QStringLiteral("Jira: synced")).isEmpty());
        QVERIFY2(
            run.err.startsWith(QLatin1String("releasedesk-cli: Slack: Slack channel history:")),
            qPrintable(run.err));
        QVERIFY(!run.err.contains(QLatin1String("xoxb-")));
    }

    void unknownSystemIsAUsageError()
    {
        connectProfile();
        const Run run =
            cli({QStringLiteral("sync"), QStringLiteral("--system"), QStringLiteral("teams")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("Unknown system 'teams'")), qPrintable(run.err));
    }

    // A document that is wrong is refused whole, and the password in an
    // address is never printed back.
    void connectRefusesAnUnsafeDocument_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("password in url")
            << QByteArray(R"({"jira": {"url": "https://bot:s3cr3t-pw@jira.example.com",)"
                          R"( "pat": "p", "project": "CHS"}})")
            << QStringLiteral("the address https://jira.example.com holds a user name or password");
        QTest::newRow("plain http remote")
            << QByteArray(R"({"jira": {"url": "http://jira.example.com", "pat": "s3cr3t-pw",)"
                          R"( "project": "CHS"}})")
            << QStringLiteral("is plain http://");
        QTest::newRow("wrong type")
            << QByteArray(R"({"jira": {"url": "https://jira.example.com", "pat": "s3cr3t-pw",)"
                          R"( "project": 7}})")
            << QStringLiteral("Jira: the field \"project\" must be text, not a number.");
    }
    void connectRefusesAnUnsafeDocument()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const QString path = m_profile->filePath(QStringLiteral("unsafe.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        const Run run = cli({QStringLiteral("connect"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(error), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("s3cr3t-pw")), qPrintable(run.err));
        QVERIFY2(!run.out.contains(QLatin1String("s3cr3t-pw")), qPrintable(run.out));
        QVERIFY(!QFile::exists(m_profile->filePath(ConnectionSettingsFile::fileName())));
    }

    void syncGoesThroughTheComputersProxy()
    {
        LocalProxy proxy;
        QVERIFY(proxy.isListening());
        // A server only the proxy could reach: Qt takes no proxy to this computer.
        QJsonObject jira =
            m_sandbox->sandbox().connectionInfo().value(QLatin1String("jira")).toObject();
        jira.insert(QLatin1String("url"), QStringLiteral("https://jira.invalid"));
        QJsonObject document;
        document.insert(QLatin1String("jira"), jira);
        const QString path = m_profile->filePath(QStringLiteral("elsewhere.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(document).toJson());
        file.close();
        QCOMPARE(cli({QStringLiteral("connect"), path}).exitCode, 0);

        qputenv("https_proxy", proxy.address().toLatin1());
        const auto unset = qScopeGuard([] { qunsetenv("https_proxy"); });
        const Run run = cli({QStringLiteral("sync")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(proxy.requestLines().value(0), QByteArray("CONNECT jira.invalid:443 HTTP/1.1"));
        QVERIFY2(run.out.contains(QStringLiteral("the proxy 127.0.0.1:%1").arg(proxy.port())),
                 qPrintable(run.out));
    }

    void nothingConnectedIsUnavailable()
    {
        const Run run = cli({QStringLiteral("sync")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QLatin1String("No system is connected")), qPrintable(run.err));
    }

    void missingSecretIsUnavailable()
    {
        // Settings that name a server whose secret the keychain never got.
        ConnectionSettings settings;
        settings.jira.url = QUrl(QStringLiteral("http://127.0.0.1:1/jira"));
        settings.jira.project = QStringLiteral("CHS");
        QVERIFY(ConnectionSettingsFile::save(
                    settings, m_profile->filePath(ConnectionSettingsFile::fileName()))
                    .ok());
        const Run run = cli({QStringLiteral("sync")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QLatin1String("Jira")), qPrintable(run.err));
    }

    void stopSignalCancelsAndKeepsWhatWasStored()
    {
        connectProfile();
        // Each page of tasks comes slowly, so the stop finds the sync under way.
        inject("jira:/search=delay,delay-ms=1500");
        const Run run = cli({QStringLiteral("sync")}, [](QProcess &process) {
            QTest::qWait(500);
            process.terminate();
        });
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 130);
        QVERIFY2(run.out.contains(QLatin1String("Sync cancelled; what was stored is kept.")),
                 qPrintable(run.out));
        // The page it was storing is kept; the next sync reads on from it.
        QVERIFY2(lineOf(run, QStringLiteral("Jira: cancelled; 100 new or changed kept.")) !=
                     QString(),
                 qPrintable(run.out));
        m_sandbox->sandbox().faults().clear();
        const Run next = cli({QStringLiteral("sync")});
        QCOMPARE(next.exitCode, 0);
        const int rest = int(SyncTestBench::catalogue().tasks.size()) - 100;
        QVERIFY2(lineOf(next, QStringLiteral("Jira:"))
                     .endsWith(QStringLiteral(", %1 new or changed.").arg(rest)),
                 qPrintable(next.out));
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"
