// A failed test's notice: in the release channel, as it was, unless the team
// keeps a developers' channel; there, addressed to the task's assignee,
// looked up in Slack by their Jira email.

#include "models/formats/slackformat.h"
#include "models/usecases/releaserequests.h"
#include "services/sandbox/jira/jirastore.h"
#include "services/sandbox/simulation/catalogue.h"
#include "support/outboxbench.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

const QString developersChannel = QStringLiteral("chs-dev-alerts");

Sandbox::SandboxOptions withDevelopersChannel()
{
    Sandbox::SandboxOptions options = SandboxFixture::smallOptions();
    options.conventions =
        QJsonObject{{QStringLiteral("slack"),
                     QJsonObject{{QStringLiteral("developersChannel"), developersChannel}}}};
    return options;
}

// A task of the seeded history in Testing, and who it is assigned to.
const Sandbox::CatalogueTask &taskInTesting()
{
    const QString key = OutboxBench::taskIn(QStringLiteral("Testing"));
    for (const auto &task : SandboxFixture::smallCatalogue().tasks) {
        if (task.key == key)
            return task;
    }
    qFatal("The seeded history has no task in Testing.");
}

} // namespace

class FailureNoticesTest : public QObject
{
    Q_OBJECT

    QJsonObject slack(OutboxBench &bench, const QString &method, const QString &query)
    {
        return bench.fixture()
            .get(bench.fixture().url(QStringLiteral("slack"),
                                     QStringLiteral("/api/%1?%2").arg(method, query)),
                 SandboxFixture::authorization("Bearer xoxb-sandbox-releasedesk"))
            .object();
    }
    QString channelId(OutboxBench &bench, const QString &name)
    {
        const QJsonArray channels =
            slack(bench, QStringLiteral("conversations.list"), QStringLiteral("limit=200"))
                .value(QLatin1String("channels"))
                .toArray();
        for (const QJsonValue &channel : channels) {
            if (channel[u"name"].toString() == name)
                return channel[u"id"].toString();
        }
        return {};
    }
    QStringList texts(OutboxBench &bench, const QString &channelName)
    {
        QStringList found;
        const QJsonArray messages =
            slack(bench, QStringLiteral("conversations.history"),
                  QStringLiteral("limit=200&channel=") + channelId(bench, channelName))
                .value(QLatin1String("messages"))
                .toArray();
        for (const QJsonValue &message : messages)
            found << message[u"text"].toString();
        return found;
    }
    QString slackIdOf(OutboxBench &bench, const QString &person)
    {
        return slack(bench, QStringLiteral("users.lookupByEmail"),
                     QStringLiteral("email=") + Sandbox::Catalogue::emailOf(person))
            .value(QLatin1String("user"))
            .toObject()
            .value(QLatin1String("id"))
            .toString();
    }
    // A failed verdict on `key`, queued as ReleaseWorkflow queues it: the
    // Jira verdict and the Slack notice. The notice's entry id.
    qint64 queueFailure(OutboxBench &bench, const QString &key)
    {
        TestResult failed;
        failed.taskKey = key;
        failed.environment = Environment::Staging;
        failed.outcome = TestOutcome::Failed;
        failed.tester = QStringLiteral("Ben Jones");
        failed.note = QStringLiteral("500 on the *filing* page <@U0CHS00001>");
        failed.at = bench.clock().now();
        failed.ref = QStringLiteral("ref-%1").arg(key);
        const qint64 release = bench.addRelease(QStringLiteral("2026.12.1"), Stage::InStaging);
        const QList<OutboxEntry> writes = ReleaseRequests::verdictWrites(failed, release, {});
        for (const OutboxEntry &entry : writes) {
            if (entry.kind == OutboxKind::SlackPost) {
                m_notice = SlackFormat::testFailure(failed, {});
                return bench.queue(OutboxPayloads::parse(entry).value(), release,
                                   entry.idempotencyKey);
            }
        }
        return 0;
    }

    QString m_notice;

private slots:
    void withoutADevelopersChannelTheReleaseChannelHearsAsBefore()
    {
        OutboxBench bench;
        QVERIFY(bench.isReady());
        QVERIFY(bench.connect());
        const qint64 id = queueFailure(bench, taskInTesting().key);
        QVERIFY(id > 0);
        QVERIFY(bench.runUntilSettled());
        QCOMPARE(bench.entry(id).state, OutboxState::Done);
        QVERIFY(texts(bench, QStringLiteral("release_chs")).contains(m_notice));
        QVERIFY(texts(bench, developersChannel).isEmpty());
    }

    void theDevelopersChannelHearsItAddressedToTheAssignee()
    {
        OutboxBench bench(OutboxBench::testPolicy(), withDevelopersChannel());
        QVERIFY(bench.isReady());
        QVERIFY(bench.connect());
        QCOMPARE(bench.integrations().settings().slack.developersChannel, developersChannel);
        const Sandbox::CatalogueTask &task = taskInTesting();
        const QString mention = slackIdOf(bench, task.assignee);
        QVERIFY(mention.startsWith(u'U'));
        const QStringList before = texts(bench, QStringLiteral("release_chs"));

        const qint64 id = queueFailure(bench, task.key);
        QVERIFY(bench.runUntilSettled());
        QCOMPARE(bench.entry(id).state, OutboxState::Done);
        QCOMPARE(texts(bench, developersChannel), QStringList{u"<@" + mention + u"> " + m_notice});
        // The note's own mention stays defused; only the assignee is called.
        QVERIFY(!texts(bench, developersChannel).constFirst().contains(u"<@U0CHS00001>"));
        QCOMPARE(texts(bench, QStringLiteral("release_chs")), before);
    }

    void aLookupThatMayPassIsTriedAgainAndPostsOnce()
    {
        OutboxBench bench(OutboxBench::testPolicy(), withDevelopersChannel());
        QVERIFY(bench.isReady());
        QVERIFY(bench.connect());
        // As many as the HTTP layer tries a read, so that each reaches the outbox.
        bench.inject("jira:/rest/api/2/issue/=status,status=502,times=4,method=GET");
        bench.inject("slack:/api/users.lookupByEmail=status,status=503,times=4");
        const qint64 id = queueFailure(bench, taskInTesting().key);
        QVERIFY(bench.runUntilSettled());
        const OutboxEntry entry = bench.entry(id);
        QCOMPARE(entry.state, OutboxState::Done);
        QCOMPARE(entry.attempts, 3);
        const QStringList posted = texts(bench, developersChannel);
        QCOMPARE(posted.size(), 1);
        QVERIFY(posted.constFirst().startsWith(u"<@U"));
    }

    void withoutTheEmailScopeTheNoticeNamesTheAssignee()
    {
        OutboxBench bench(OutboxBench::testPolicy(), withDevelopersChannel());
        QVERIFY(bench.isReady());
        QVERIFY(bench.connect());
        // Slack's answer to a token without users:read.email.
        bench.inject("slack:/api/users.lookupByEmail=status,status=403");
        const Sandbox::CatalogueTask &task = taskInTesting();
        const qint64 id = queueFailure(bench, task.key);
        QVERIFY(bench.runUntilSettled());
        QCOMPARE(bench.entry(id).state, OutboxState::Done);
        const QString name = Sandbox::Jira::userNamed(task.assignee).displayName;
        QCOMPARE(texts(bench, developersChannel), QStringList{name + u": " + m_notice});
    }

    void aNameIsUserTextAndAnIdIsAMention()
    {
        const QString notice = QStringLiteral("CHS-1 failed testing in Staging.");
        QCOMPARE(
            SlackFormat::addressedTo(QStringLiteral("U0CHS00004"), QStringLiteral("Alice"), notice),
            u"<@U0CHS00004> " + notice);
        QCOMPARE(SlackFormat::addressedTo({}, QStringLiteral("<!channel> Bob & co"), notice),
                 u"&lt;!channel&gt; Bob &amp; co: " + notice);
        QCOMPARE(SlackFormat::addressedTo(QStringLiteral("<!here>"), {}, notice), notice);
    }
};

QTEST_GUILESS_MAIN(FailureNoticesTest)
#include "tst_failurenotices.moc"
