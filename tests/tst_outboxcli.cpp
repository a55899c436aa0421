#include "models/usecases/releaserequests.h"
#include "services/store/profile.h"
#include "services/store/sqlitestore.h"
#include "support/clirunner.h"
#include "support/outboxbench.h"
#include "support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

const QString dev = QStringLiteral("Gareth Jones");

} // namespace

// `releasedesk-cli outbox` as a script uses it: list (text and JSON), send
// with its exit codes, and a person's retry and discard of a failed write.
class TestOutboxCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
    SystemClock m_clock;

    std::unique_ptr<SqliteStore> openStore()
    {
        auto store = SqliteStore::open(Profile::open(m_dir->path(), false)->databasePath());
        return store ? std::move(store).value() : nullptr;
    }

    // A release at Ticket raised with its staging request queued; the entry's id.
    qint64 queueStagingRequest(const QString &name)
    {
        auto store = openStore();
        const qint64 release =
            OutboxBench::storeRelease(*store, m_clock.now(), name, Stage::TicketRaised);
        if (!release || !ReleaseRequests(*store, m_clock).requestStaging(release, dev))
            return 0;
        return store->outboxEntries().value().constFirst().id;
    }

    QJsonArray listed()
    {
        const auto run = m_cli->run(
            {QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")});
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

    CliRunner::Run outbox(const QStringList &arguments)
    {
        return m_cli->run(QStringList{QStringLiteral("outbox")} + arguments);
    }

    void inject(const char *spec)
    {
        m_fixture->sandbox().faults().add(
            Sandbox::FaultRule::parse(QString::fromLatin1(spec)).value());
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY(m_fixture->isListening());
        m_dir = std::make_unique<QTemporaryDir>();
        m_cli = std::make_unique<CliRunner>(QStringLiteral(CLI_EXECUTABLE), m_dir->path());
    }
    void cleanup()
    {
        m_cli.reset();
        m_dir.reset();
        m_fixture.reset();
    }

    void listsTheEntries()
    {
        QVERIFY(m_cli->connect(*m_fixture));
        const auto empty = outbox({QStringLiteral("list")});
        QCOMPARE(empty.exitCode, 0);
        QCOMPARE(empty.out.trimmed(), QStringLiteral("The outbox is empty."));

        const qint64 id = queueStagingRequest(QStringLiteral("2027.1.1"));
        QVERIFY(id);
        const QJsonArray entries = listed();
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.first().toObject();
        QCOMPARE(entry.value(QLatin1String("id")).toInteger(), id);
        QCOMPARE(entry.value(QLatin1String("kind")).toString(), QStringLiteral("slack.post"));
        QCOMPARE(entry.value(QLatin1String("release")).toString(), QStringLiteral("2027.1.1"));
        QCOMPARE(entry.value(QLatin1String("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(entry.value(QLatin1String("attempts")).toInt(), 0);
        QVERIFY(entry.value(QLatin1String("nextAttempt")).isNull());
        QCOMPARE(entry.value(QLatin1String("lastError")).toString(), QString());
        QCOMPARE(entry.value(QLatin1String("key")).toString(),
                 QStringLiteral("slack.post:2027.1.1:staging-request:1"));

        const auto text = outbox({QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("slack.post")) &&
                     text.out.contains(QStringLiteral("2027.1.1")) &&
                     text.out.contains(QStringLiteral("Pending")),
                 qPrintable(text.out));
    }

    // A write Slack refuses fails the run (exit 1) and waits for a person;
    // retried once the cause is fixed, it is sent, once.
    void failedThenRetried()
    {
        QVERIFY(m_cli->connect(*m_fixture));
        const qint64 id = queueStagingRequest(QStringLiteral("2027.2.1"));
        QVERIFY(id);
        inject("slack:/api/chat.postMessage=status,status=403");
        const auto failed = outbox({QStringLiteral("send")});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(QStringLiteral("#%1 slack.post (release 2027.2.1) failed: "
                                                    "Slack post message: the Slack app lacks a "
                                                    "permission")
                                         .arg(id)),
                 qPrintable(failed.err));
        QVERIFY(!failed.err.contains(QLatin1String("xoxb-")));
        QJsonObject entry = listed().first().toObject();
        QCOMPARE(entry.value(QLatin1String("state")).toString(), QStringLiteral("failed"));
        QVERIFY(
            entry.value(QLatin1String("lastError")).toString().startsWith(u"Slack post message"));

        m_fixture->sandbox().faults().clear();
        // Not Failed: nothing to retry.
        QCOMPARE(outbox({QStringLiteral("retry"), QStringLiteral("999")}).exitCode, 1);
        const auto retried = outbox({QStringLiteral("retry"), QString::number(id)});
        QCOMPARE(retried.exitCode, 0);
        QCOMPARE(outbox({QStringLiteral("retry"), QString::number(id)}).exitCode, 1);
        const auto sent = outbox({QStringLiteral("send")});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        QVERIFY2(
            sent.out.contains(QStringLiteral("Sent 1, 0 waiting to be tried again, 0 failed.")),
            qPrintable(sent.out));
        entry = listed().first().toObject();
        QCOMPARE(entry.value(QLatin1String("state")).toString(), QStringLiteral("done"));
        QCOMPARE(entry.value(QLatin1String("attempts")).toInt(), 2);
        QCOMPARE(openStore()->release(1).value().stage, Stage::StagingRequested);
    }

    void retryAll()
    {
        QVERIFY(m_cli->connect(*m_fixture));
        QCOMPARE(outbox({QStringLiteral("retry"), QStringLiteral("--all")}).out.trimmed(),
                 QStringLiteral("No entry has failed."));
        QVERIFY(queueStagingRequest(QStringLiteral("2027.3.1")));
        QVERIFY(queueStagingRequest(QStringLiteral("2027.3.2")));
        inject("slack:/api/chat.postMessage=status,status=400");
        QCOMPARE(outbox({QStringLiteral("send")}).exitCode, 1);
        const auto retried = outbox({QStringLiteral("retry"), QStringLiteral("--all")});
        QCOMPARE(retried.exitCode, 0);
        for (const QJsonValue &entry : listed())
            QCOMPARE(entry.toObject().value(QLatin1String("state")).toString(),
                     QStringLiteral("pending"));
    }

    // Discarding needs a reason, which lands in the release's history.
    void discardedWithAReason()
    {
        QVERIFY(m_cli->connect(*m_fixture));
        const qint64 id = queueStagingRequest(QStringLiteral("2027.4.1"));
        QCOMPARE(outbox({QStringLiteral("discard"), QString::number(id)}).exitCode, 2);
        QCOMPARE(outbox({QStringLiteral("discard"), QStringLiteral("x"), QStringLiteral("--reason"),
                         QStringLiteral("y")})
                     .exitCode,
                 2);
        const QStringList discard{QStringLiteral("discard"), QString::number(id),
                                  QStringLiteral("--reason"),
                                  QStringLiteral("Asked for staging by hand")};
        // Nobody is signed in until a sync has asked Jira who the account is.
        const auto anonymous = outbox(discard);
        QCOMPARE(anonymous.exitCode, 3);
        QVERIFY2(anonymous.err.contains(QStringLiteral("does not know who you are")),
                 qPrintable(anonymous.err));
        // The history says who discarded it: the account Jira's sync read.
        QCOMPARE(
            m_cli->run({QStringLiteral("sync"), QStringLiteral("--system"), QStringLiteral("jira")})
                .exitCode,
            0);
        const auto discarded = outbox(discard);
        QVERIFY2(discarded.exitCode == 0, qPrintable(discarded.err));
        QCOMPARE(listed().first().toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("discarded"));
        const AuditEvent last = openStore()->auditTrail(1).value().constLast();
        QCOMPARE(last.action, AuditAction::OutboxDiscarded);
        QCOMPARE(last.actor, QStringLiteral("Release Bot"));
        QCOMPARE(last.why, QStringLiteral("Discarded slack.post to Slack "
                                          "(slack.post:2027.4.1:staging-request:1): Asked for "
                                          "staging by hand"));
        // Discarded is final: not sent, not retried, not discarded again.
        QCOMPARE(outbox({QStringLiteral("send")}).exitCode, 0);
        QVERIFY(m_fixture->sandbox().journal().entries().isEmpty());
        QCOMPARE(outbox({QStringLiteral("retry"), QString::number(id)}).exitCode, 1);
    }

    // A write for a system that is not connected waits; the run is not a failure.
    void notConnectedWaits()
    {
        QVERIFY(m_cli->connect(*m_fixture, {QStringLiteral("jira")}));
        QVERIFY(queueStagingRequest(QStringLiteral("2027.5.1")));
        const auto run = outbox({QStringLiteral("send")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("Slack is not connected")), qPrintable(run.err));
        const QJsonObject entry = listed().first().toObject();
        QCOMPARE(entry.value(QLatin1String("state")).toString(), QStringLiteral("pending"));
        QCOMPARE(entry.value(QLatin1String("attempts")).toInt(), 0);
        QVERIFY(!entry.value(QLatin1String("nextAttempt")).isNull());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no action") << QStringList{};
        QTest::newRow("unknown action") << QStringList{QStringLiteral("flush")};
        QTest::newRow("send with an argument")
            << QStringList{QStringLiteral("send"), QStringLiteral("1")};
        QTest::newRow("retry without ids") << QStringList{QStringLiteral("retry")};
        QTest::newRow("retry ids and --all")
            << QStringList{QStringLiteral("retry"), QStringLiteral("1"), QStringLiteral("--all")};
        QTest::newRow("retry a word")
            << QStringList{QStringLiteral("retry"), QStringLiteral("one")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QCOMPARE(outbox(arguments).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestOutboxCli)
#include "tst_outboxcli.moc"
