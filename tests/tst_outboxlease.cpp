#include "models/formats/outboxpayload.h"
#include "services/store/profile.h"
#include "services/store/sqlitestore.h"
#include "support/clirunner.h"
#include "support/outboxbench.h"
#include "support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

constexpr int comments = 6;

} // namespace

// Two outbox workers on one profile: two releasedesk-cli outbox send
// processes started together against a sandbox that answers every Jira write
// late. Each entry must be taken by one of them only (one attempt) and its
// write must reach the sandbox exactly once.
class TestOutboxLease : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_fixture;
    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;
    SystemClock m_clock;

    std::unique_ptr<SqliteStore> openStore()
    {
        const auto profile = Profile::open(m_dir.path(), false);
        auto store = SqliteStore::open(profile->databasePath());
        if (!store)
            qWarning("%s", qPrintable(store.error()));
        return store ? std::move(store).value() : nullptr;
    }

    static QString commentText(int i) { return QStringLiteral("Lease check %1").arg(i); }

    // How many comment writes in the sandbox's journal carry `text` (the line
    // before the entry's ref).
    int writesOf(const QString &text)
    {
        const QJsonArray journal =
            m_fixture->get(m_fixture->url(QStringLiteral("_sandbox"), QStringLiteral("/journal")))
                .json()
                .array();
        int found = 0;
        for (const QJsonValue &value : journal) {
            const QJsonObject write = value.toObject();
            const QJsonObject body =
                QJsonDocument::fromJson(write.value(QLatin1String("body")).toString().toUtf8())
                    .object();
            found +=
                write.value(QLatin1String("method")).toString() == u"POST" &&
                        write.value(QLatin1String("path")).toString().endsWith(u"/comment") &&
                        body.value(QLatin1String("body")).toString().section(u'\n', 0, 0) == text
                    ? 1
                    : 0;
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY(m_fixture->isListening());
        QVERIFY(m_dir.isValid());
        m_cli = std::make_unique<CliRunner>(QStringLiteral(CLI_EXECUTABLE), m_dir.path());
        QVERIFY(m_cli->connect(*m_fixture, {QStringLiteral("jira")}));
    }

    void twoSendersSendEachEntryOnce()
    {
        {
            auto store = openStore();
            QVERIFY(store);
            const qint64 release = OutboxBench::storeRelease(
                *store, m_clock.now(), QStringLiteral("2027.6.1"), Stage::ReadyForStaging);
            QVERIFY(release);
            const QString task = OutboxBench::taskIn(QStringLiteral("Testing"));
            QList<OutboxEntry> entries;
            for (int i = 0; i < comments; ++i) {
                entries << OutboxPayloads::entry(JiraCommentPayload{task, commentText(i)}, release,
                                                 QStringLiteral("lease-%1").arg(i), m_clock.now());
            }
            QVERIFY(store->saveRelease(store->release(release).value(), {}, entries));
        }
        m_fixture->sandbox().faults().add(
            Sandbox::FaultRule::parse(QStringLiteral("jira=delay,delay-ms=700,method=POST"))
                .value());

        QProcess other;
        other.start(QStringLiteral(CLI_EXECUTABLE),
                    {QStringLiteral("--profile"), m_dir.path(), QStringLiteral("outbox"),
                     QStringLiteral("send")});
        QVERIFY(other.waitForStarted());
        const auto run = m_cli->run({QStringLiteral("outbox"), QStringLiteral("send")});
        QTRY_VERIFY_WITH_TIMEOUT(other.state() == QProcess::NotRunning, 60000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(other.exitCode() == 0, other.readAllStandardError().constData());

        auto store = openStore();
        QVERIFY(store);
        const QList<OutboxEntry> entries = store->outboxEntries().value();
        QCOMPARE(entries.size(), comments);
        for (const OutboxEntry &entry : entries) {
            QCOMPARE(entry.state, OutboxState::Done);
            // Taken once: the other sender never took an entry already in flight.
            QVERIFY2(entry.attempts == 1, qPrintable(QStringLiteral("%1 was taken %2 times")
                                                         .arg(entry.idempotencyKey)
                                                         .arg(entry.attempts)));
        }
        for (int i = 0; i < comments; ++i)
            QCOMPARE(writesOf(commentText(i)), 1);
    }
};

QTEST_MAIN(TestOutboxLease)
#include "tst_outboxlease.moc"
