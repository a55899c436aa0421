#include "models/formats/outboxpayload.h"
#include "support/outboxbench.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

// The writes that keep a release's Jira fix version, sent by the outbox
// worker to the sandbox: each is done once however often it is sent, also
// after a crash left it Sending, and a version that is gone or an edit Jira
// refuses fails with the task and the version named.
class TestFixVersionOutbox : public QObject
{
    Q_OBJECT

    std::unique_ptr<OutboxBench> m_bench;
    qint64 m_release = 0;
    int m_keys = 0;

    qint64 queue(const OutboxPayload &payload)
    {
        return m_bench->queue(payload, m_release,
                              QStringLiteral("test:%1").arg(QString::number(++m_keys)));
    }

    // The sandbox's version of that name, or an empty object.
    QJsonObject version(const QString &name)
    {
        const QJsonArray versions =
            m_bench->fixture()
                .get(m_bench->fixture().url(QStringLiteral("jira"),
                                            QStringLiteral("/rest/api/2/project/CHS/versions")),
                     SandboxFixture::authorization("Bearer sandbox-jira-pat"))
                .json()
                .array();
        for (const QJsonValue &v : versions) {
            if (v.toObject().value(QLatin1String("name")).toString() == name)
                return v.toObject();
        }
        return {};
    }
    QStringList fixVersionsOf(const QString &key)
    {
        const QJsonArray list =
            m_bench->fixture()
                .get(m_bench->fixture().url(
                         QStringLiteral("jira"),
                         QStringLiteral("/rest/api/2/issue/%1?fields=fixVersions").arg(key)),
                     SandboxFixture::authorization("Bearer sandbox-jira-pat"))
                .object()
                .value(QLatin1String("fields"))
                .toObject()
                .value(QLatin1String("fixVersions"))
                .toArray();
        QStringList names;
        for (const QJsonValue &v : list)
            names << v.toObject().value(QLatin1String("name")).toString();
        return names;
    }
    int versionCreates() { return m_bench->writes(s("jira"), "POST", s("/version")); }
    int issueEdits(const QString &key)
    {
        return m_bench->writes(s("jira"), "PUT", QStringLiteral("/issue/") + key);
    }
    int versionUpdates(const QString &id)
    {
        return m_bench->writes(s("jira"), "PUT", QStringLiteral("/version/") + id);
    }

private slots:
    void init()
    {
        m_bench = std::make_unique<OutboxBench>();
        QVERIFY(m_bench->isReady());
        QVERIFY(m_bench->connect());
        m_release = m_bench->addRelease(s("2027.1.1"), Stage::CiDev);
        QVERIFY(m_release);
    }
    void cleanup() { m_bench.reset(); }

    // The same writes sent twice: one version, one fix version on the task,
    // one write of each in the sandbox's journal; then taken off once.
    void sentTwiceWritesOnce()
    {
        const QString task = OutboxBench::taskIn(s("To Do"));
        const QStringList before = fixVersionsOf(task);
        for (int round = 0; round < 2; ++round) {
            queue(JiraVersionPayload{s("2027.1.1")});
            queue(JiraFixVersionPayload{task, s("2027.1.1"), true});
            QVERIFY(m_bench->runUntilSettled());
        }
        for (const OutboxEntry &entry : m_bench->store().outboxEntries().value())
            QVERIFY2(entry.state == OutboxState::Done, qPrintable(entry.lastError));
        QVERIFY(!version(s("2027.1.1")).isEmpty());
        QCOMPARE(versionCreates(), 1);
        QCOMPARE(fixVersionsOf(task), before + QStringList{s("2027.1.1")});
        QCOMPARE(issueEdits(task), 1);

        for (int round = 0; round < 2; ++round) {
            queue(JiraFixVersionPayload{task, s("2027.1.1"), false});
            QVERIFY(m_bench->runUntilSettled());
        }
        QCOMPARE(fixVersionsOf(task), before);
        QCOMPARE(issueEdits(task), 2);
    }

    // Left Sending by a crash after Jira took the write: found, not made again.
    void leftSendingIsFoundNotSentAgain_data()
    {
        QTest::addColumn<bool>("version");
        QTest::newRow("version") << true;
        QTest::newRow("fix version") << false;
    }
    void leftSendingIsFoundNotSentAgain()
    {
        QFETCH(bool, version);
        const QString task = OutboxBench::taskIn(s("To Do"));
        if (!version) {
            queue(JiraVersionPayload{s("2027.1.1")});
            QVERIFY(m_bench->runUntilSettled());
        }
        const qint64 id = version ? queue(JiraVersionPayload{s("2027.1.1")})
                                  : queue(JiraFixVersionPayload{task, s("2027.1.1"), true});
        m_bench->inject(version ? "jira:/version=delay,delay-ms=5000,method=POST"
                                : "jira:/issue=delay,delay-ms=5000,method=PUT");
        const auto written = [&] { return version ? versionCreates() : issueEdits(task); };
        m_bench->worker().start();
        QTRY_COMPARE_WITH_TIMEOUT(written(), 1, 5000);
        m_bench->worker().stop();
        QCOMPARE(m_bench->entry(id).state, OutboxState::Sending);
        m_bench->fixture().sandbox().faults().clear();

        QVERIFY(m_bench->runUntilSettled());
        QCOMPARE(m_bench->entry(id).state, OutboxState::Done);
        QCOMPARE(m_bench->entry(id).attempts, 2);
        QCOMPARE(written(), 1);
    }

    // Live marks the version released on its day, cancelled archives it;
    // each once. Another desk that saw the release go live a day later
    // leaves the first day.
    void releasedAndArchivedOnce()
    {
        queue(JiraVersionPayload{s("2027.1.1")});
        for (int round = 0; round < 2; ++round) {
            queue(JiraVersionReleasedPayload{s("2027.1.1"), QDate(2027, 1, 14 + round)});
            queue(JiraVersionArchivedPayload{s("2027.1.1")});
            QVERIFY(m_bench->runUntilSettled());
        }
        const QJsonObject stored = version(s("2027.1.1"));
        QVERIFY(stored.value(QLatin1String("released")).toBool());
        QCOMPARE(stored.value(QLatin1String("releaseDate")).toString(), s("2027-01-14"));
        QVERIFY(stored.value(QLatin1String("archived")).toBool());
        QCOMPARE(versionUpdates(stored.value(QLatin1String("id")).toString()), 2);
    }

    // A version that is gone and an edit Jira refuses fail, naming what.
    void failuresNameTheTaskAndTheVersion()
    {
        const qint64 released = queue(JiraVersionReleasedPayload{s("2027.9.9"), QDate(2027, 1, 1)});
        const qint64 archived = queue(JiraVersionArchivedPayload{s("2027.9.9")});
        const qint64 unknownTask =
            queue(JiraFixVersionPayload{s("CHS-999999"), s("2027.9.9"), true});
        const QString task = OutboxBench::taskIn(s("To Do"));
        const qint64 goneVersion = queue(JiraFixVersionPayload{task, s("2027.9.9"), true});
        QVERIFY(m_bench->runUntilSettled());
        const auto failedWith = [&](qint64 id, const QStringList &words) {
            const OutboxEntry entry = m_bench->entry(id);
            if (entry.state != OutboxState::Failed)
                return false;
            return std::all_of(words.cbegin(), words.cend(),
                               [&](const QString &word) { return entry.lastError.contains(word); });
        };
        QVERIFY2(failedWith(released, {s("2027.9.9"), s("gone")}),
                 qPrintable(m_bench->entry(released).lastError));
        QVERIFY2(failedWith(archived, {s("2027.9.9"), s("gone")}),
                 qPrintable(m_bench->entry(archived).lastError));
        QVERIFY2(failedWith(unknownTask, {s("CHS-999999"), s("2027.9.9")}),
                 qPrintable(m_bench->entry(unknownTask).lastError));
        QVERIFY2(failedWith(goneVersion, {task, s("2027.9.9"), s("Jira said")}),
                 qPrintable(m_bench->entry(goneVersion).lastError));
        QCOMPARE(m_bench->writes(s("jira"), "PUT", s("")), 0);
    }
};

QTEST_GUILESS_MAIN(TestFixVersionOutbox)
#include "tst_fixversionoutbox.moc"
