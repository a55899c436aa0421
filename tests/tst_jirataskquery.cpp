#include "services/taskquery/jirataskquery.h"
#include "support/synctestbench.h"

#include <QTest>

#include <algorithm>
#include <optional>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

// The "New release" dialog's JQL search as the app runs it: over the
// connections, against the sandbox's Jira, after a sync filled the store.
class TestJiraTaskQuery : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SyncTestBench> m_bench;

    // Runs `jql` through the real query and waits for its answer.
    static std::optional<Result<QStringList>> run(Integrations &integrations, const QString &jql)
    {
        std::optional<Result<QStringList>> answer;
        QObject context;
        JiraTaskQuery::over(integrations)(jql, &context,
                                          [&](const Result<QStringList> &keys) { answer = keys; });
        if (answer)
            qWarning("answered from inside the call");
        // No answer in time is an empty optional, which the caller checks.
        (void)QTest::qWaitFor([&] { return answer.has_value(); }, 30000);
        return answer;
    }

private slots:
    void init()
    {
        m_bench = std::make_unique<SyncTestBench>();
        QVERIFY(m_bench->isReady());
    }
    void cleanup() { m_bench.reset(); }

    void fixVersionFindsTheTasksOfThatVersion()
    {
        QVERIFY(SyncTestBench::allSynced(m_bench->syncAll()));
        // The fix version most tasks carry, and the tasks the store has for it.
        QHash<QString, QStringList> byVersion;
        for (const Change &change : m_bench->store().changes().value()) {
            if (!change.fixVersion.isEmpty())
                byVersion[change.fixVersion] << change.key;
        }
        QVERIFY(!byVersion.isEmpty());
        QString version = byVersion.constBegin().key();
        for (auto it = byVersion.cbegin(); it != byVersion.cend(); ++it) {
            if (it.value().size() > byVersion.value(version).size())
                version = it.key();
        }
        QStringList expected = byVersion.value(version);
        QVERIFY(expected.size() > 1);
        expected.sort();

        m_bench->network().clear();
        const auto answer =
            run(m_bench->integrations(), QStringLiteral("fixVersion = \"%1\"").arg(version));
        QVERIFY(answer);
        QVERIFY2(answer->ok(), qPrintable(answer->error()));
        QStringList keys = answer->value();
        keys.sort();
        QCOMPARE(keys, expected);
        // Kept inside the connection's project.
        const QStringList searches =
            m_bench->network().requests(QStringLiteral("/jira/rest/api/2/search?"));
        QVERIFY(!searches.isEmpty());
        QVERIFY2(
            searches.first().contains(QStringLiteral("project IN (\"CHS\") AND (fixVersion = ")),
            qPrintable(searches.first()));
    }

    void badJqlIsJirasError()
    {
        const auto answer = run(m_bench->integrations(), QStringLiteral("fixVersion = = 1"));
        QVERIFY(answer);
        QVERIFY(!answer->ok());
        QVERIFY2(answer->error().contains(QLatin1String("400")), qPrintable(answer->error()));
    }

    void refusedCredentialsAreSaid()
    {
        m_bench->inject("jira:/search=status,status=401");
        const auto answer = run(m_bench->integrations(), QStringLiteral("status = Done"));
        QVERIFY(answer);
        QVERIFY(!answer->ok());
        QVERIFY2(answer->error().contains(QLatin1String("credentials")),
                 qPrintable(answer->error()));
    }

    void notConnectedJira()
    {
        QNetworkAccessManager network;
        Integrations integrations(network, m_bench->clients().clock());
        const auto answer = run(integrations, QStringLiteral("status = Done"));
        QVERIFY(answer);
        QVERIFY(!answer->ok());
        QVERIFY2(answer->error().startsWith(QLatin1String("Jira is not connected")),
                 qPrintable(answer->error()));
    }

    void whatIsSent_data()
    {
        QTest::addColumn<QString>("jql");
        QTest::addColumn<QString>("sent"); // empty: refused
        QTest::newRow("one condition")
            << QStringLiteral("fixVersion = \"2026.11.3\"")
            << QStringLiteral(
                   "project IN (\"CHS\") AND (fixVersion = \"2026.11.3\") ORDER BY key ASC");
        QTest::newRow("an OR stays inside")
            << QStringLiteral("status = Done OR project = OTHER")
            << QStringLiteral("project IN (\"CHS\") AND (status = Done OR project = OTHER) "
                              "ORDER BY key ASC");
        QTest::newRow("empty") << QStringLiteral("  ") << QString();
        QTest::newRow("order by") << QStringLiteral("status = Done ORDER BY key") << QString();
        QTest::newRow("unbalanced") << QStringLiteral("status = Done) OR (x = y") << QString();
        // Balanced to a check that takes \ as an escape only inside quotes;
        // to Jira the first \" is a character, so the query would be
        // `(labels = a") OR project = OTHER OR (labels = "b\"")`.
        QTest::newRow("backslash outside quotes")
            << QStringLiteral("labels = a\\\") OR project = OTHER OR (labels = \"b\\\"\"")
            << QString();
    }
    void whatIsSent()
    {
        QFETCH(QString, jql);
        QFETCH(QString, sent);
        JiraSettings settings;
        settings.project = QStringLiteral("CHS");
        const auto query = JiraTaskQuery::query(settings, jql);
        if (sent.isEmpty()) {
            QVERIFY(!query.ok());
            QVERIFY(!query.error().isEmpty());
        } else {
            QVERIFY2(query.ok(), qPrintable(query.error()));
            QCOMPARE(query->toString(), sent);
        }
    }
};

QTEST_GUILESS_MAIN(TestJiraTaskQuery)
#include "tst_jirataskquery.moc"
