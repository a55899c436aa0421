// Being offline, as the app tells it from how requests end: only when every
// system it heard from found no server, and back online at the first answer.

#include "services/http/reachability.h"

#include <QSignalSpy>
#include <QTest>

using namespace ReleaseDesk;
using Kind = ErrorKind;

class TestReachability : public QObject
{
    Q_OBJECT

private slots:
    void oneSystemDownIsNotOffline()
    {
        Reachability reachability;
        QSignalSpy changed(&reachability, &Reachability::offlineChanged);
        reachability.heard(QStringLiteral("Jira"), Kind::None);
        reachability.heard(QStringLiteral("Slack"), Kind::Unreachable);
        QVERIFY(!reachability.isOffline());
        QCOMPARE(reachability.unreachable(), QStringList{QStringLiteral("Slack")});
        QVERIFY(changed.isEmpty());
    }

    void everySystemWithoutAServerIsOffline()
    {
        Reachability reachability;
        QSignalSpy changed(&reachability, &Reachability::offlineChanged);
        reachability.heard(QStringLiteral("Slack"), Kind::Timeout);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().constFirst().toBool(), true);
        // Another system out of reach: still offline, and the list to show grew.
        reachability.heard(QStringLiteral("Jira"), Kind::Unreachable);
        QVERIFY(reachability.isOffline());
        QCOMPARE(changed.size(), 2);
        // The same again is no news.
        reachability.heard(QStringLiteral("Jira"), Kind::Timeout);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(reachability.unreachable(),
                 (QStringList{QStringLiteral("Jira"), QStringLiteral("Slack")}));

        // Any answer, even an error, means a server is there again.
        reachability.heard(QStringLiteral("Jira"), Kind::Unauthorized);
        QVERIFY(!reachability.isOffline());
        QCOMPARE(changed.size(), 3);
        QCOMPARE(changed.constLast().constFirst().toBool(), false);
        QCOMPARE(reachability.unreachable(), QStringList{QStringLiteral("Slack")});
    }

    void aProxyThatLetsNothingThroughIsOffline()
    {
        Reachability reachability;
        reachability.heard(QStringLiteral("Jira"), Kind::Proxy);
        QVERIFY(reachability.isOffline());
        QCOMPARE(reachability.unreachable(), QStringList{QStringLiteral("Jira")});
    }

    void errorsWithAServerAreNotOffline()
    {
        Reachability reachability;
        for (const Kind kind : {Kind::Server, Kind::RateLimited, Kind::Malformed, Kind::Tls})
            reachability.heard(QStringLiteral("ServiceNow"), kind);
        QVERIFY(!reachability.isOffline());
    }
};

QTEST_GUILESS_MAIN(TestReachability)
#include "tst_reachability.moc"
