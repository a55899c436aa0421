#include "services/sandbox/slack/slacksystem.h"
#include "support/deskbench.h"
#include "support/sandboxfixture.h"
#include "support/synctestbench.h"

#include <QJsonArray>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;
using Sandbox::HistoryStage;

// A desk meets a release channel as a real team writes in it: staging
// requests written by hand, and a release team that answers in its own
// words, only inside the request's thread, and by editing an "on it" into
// its answer. Each desk syncs against a sandbox that plays that team.
class TestSlackWording : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_fixture;

    void start(const QJsonObject &slackConventions, int replyDelayMs)
    {
        Sandbox::SandboxOptions options = SyncTestBench::options();
        options.replyDelayMs = replyDelayMs;
        options.conventions.insert(QStringLiteral("slack"), slackConventions);
        m_fixture = std::make_unique<SandboxFixture>(options);
    }
    Sandbox::SlackSystem &slack()
    {
        return *static_cast<Sandbox::SlackSystem *>(
            m_fixture->sandbox().system(QStringLiteral("slack")));
    }
    // A developer's staging request, by hand, for the release that has a change ticket.
    QString requestByHand(const Sandbox::CatalogueRelease &release)
    {
        const QString text = QStringLiteral("<!subteam^S0CHS00001|@release-team> please deploy "
                                            "*%1* to staging, change %2 :pray:")
                                 .arg(release.name, release.changeNumber);
        return slack().postAsUser(slack().releaseChannelId(),
                                  slack().userId(SyncTestBench::catalogue().people.first()), text);
    }
    // The replies in the thread of `ts`, as Slack's conversations.replies shows them.
    QJsonArray replies(const QString &ts)
    {
        const QString token = m_fixture->connection(QStringLiteral("slack"))[u"token"].toString();
        QUrl url =
            m_fixture->url(QStringLiteral("slack"), QStringLiteral("/api/conversations.replies"));
        url.setQuery(QStringLiteral("channel=%1&ts=%2").arg(slack().releaseChannelId(), ts));
        QJsonArray messages =
            m_fixture->get(url, {SandboxFixture::bearer(token)}).object()[u"messages"].toArray();
        if (!messages.isEmpty())
            messages.removeFirst(); // the request itself
        return messages;
    }
    // The release as a tester's desk that syncs now adopts it.
    static Release adopted(DeskBench &desk, const QString &name)
    {
        const auto result = desk.sync();
        if (!result || !SyncTestBench::allSynced(*result))
            return {};
        for (const Release &release : desk.store().releases().value()) {
            if (release.name == name)
                return release;
        }
        return {};
    }
    QJsonObject tester() const
    {
        return m_fixture->sandbox().connectionsFor(SyncTestBench::catalogue().testers.first());
    }

private slots:
    void cleanup() { m_fixture.reset(); }

    void aRequestWrittenByHandIsAStagingRequest()
    {
        start({}, 600000); // the team has not answered yet
        const auto &release = SyncTestBench::catalogueRelease(HistoryStage::TicketRaised);
        const QString ts = requestByHand(release);
        QVERIFY(!ts.isEmpty());

        DeskBench desk(tester());
        QVERIFY(desk.isReady());
        const Release seen = adopted(desk, release.name);
        QCOMPARE(seen.stage, Stage::StagingRequested);
        QCOMPARE(seen.stagingRequestRef, ts);
    }

    void aTeamInItsOwnWordsInThreadAndEditedIsAdoptedInStaging()
    {
        start({{QStringLiteral("releaseTeamWording"),
                QJsonObject{{QStringLiteral("appliedToStaging"),
                             QStringLiteral("Deployed {release} to *staging* :white_check_mark:")},
                            {QStringLiteral("firstSaid"), QStringLiteral("on it :eyes:")}}}},
              100);
        const auto &release = SyncTestBench::catalogueRelease(HistoryStage::TicketRaised);
        const QString ts = requestByHand(release);
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QJsonArray answer = replies(ts);
                return !answer.isEmpty() && answer.first()[u"edited"].isObject();
            },
            10000));
        const QJsonObject answer = replies(ts).first().toObject();
        QCOMPARE(answer[u"text"].toString(),
                 QStringLiteral("Deployed %1 to *staging* :white_check_mark:").arg(release.name));
        QVERIFY(!answer.contains(u"subtype")); // in the thread only, not sent to the channel

        DeskBench desk(tester());
        QVERIFY(desk.isReady());
        const Release seen = adopted(desk, release.name);
        QCOMPARE(seen.stage, Stage::InStaging);
        QCOMPARE(seen.stagingRequestRef, ts);
        // The team named no test task: the one it opened in ServiceNow.
        QVERIFY2(seen.testTaskNumber.startsWith(u"CTASK"), qPrintable(seen.testTaskNumber));
    }

    void aTeamsOwnWordingCountsOnlyWhereTheDeskIsToldIt()
    {
        const QJsonObject conventions{
            {QStringLiteral("releaseTeamWording"),
             QJsonObject{{QStringLiteral("appliedToStaging"),
                          QStringLiteral("Shipped {release} into preprod :ship: ({testTask})")}}},
            {QStringLiteral("replyPatterns"),
             QJsonArray{QStringLiteral("applied: shipped {release} into {environment}")}},
            {QStringLiteral("stagingWords"),
             QJsonArray{QStringLiteral("staging"), QStringLiteral("preprod")}}};
        start(conventions, 100);
        const auto &release = SyncTestBench::catalogueRelease(HistoryStage::TicketRaised);
        const QString ts = requestByHand(release);
        QVERIFY(QTest::qWaitFor([&] { return !replies(ts).isEmpty(); }, 10000));

        // A desk set up without the team's words reads no answer.
        QJsonObject unaware = tester();
        QJsonObject slackPart = unaware[u"slack"].toObject();
        slackPart.remove(QStringLiteral("replyPatterns"));
        slackPart.remove(QStringLiteral("stagingWords"));
        unaware.insert(QStringLiteral("slack"), slackPart);
        DeskBench plain(unaware);
        QVERIFY(plain.isReady());
        QCOMPARE(adopted(plain, release.name).stage, Stage::StagingRequested);

        // One connected with the sandbox's document knows them.
        DeskBench told(tester());
        QVERIFY(told.isReady());
        QCOMPARE(told.settings().slack.replyPatterns,
                 QStringList{conventions[u"replyPatterns"].toArray().first().toString()});
        const Release seen = adopted(told, release.name);
        QCOMPARE(seen.stage, Stage::InStaging);
        QVERIFY2(seen.testTaskNumber.startsWith(u"CTASK"), qPrintable(seen.testTaskNumber));
    }
};

QTEST_MAIN(TestSlackWording)
#include "tst_slackwording.moc"
