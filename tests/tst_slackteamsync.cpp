#include "models/releasechannel.h"
#include "models/releasetimeline.h"
#include "services/sandbox/slacksystem.h"
#include "services/sync/slacksync.h"
#include "support/synctestbench.h"
#include "ui/dashboard/timelinehtml.h"

#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;
using Sandbox::HistoryStage;

// Only the release team moves a release from Slack: the same words from
// anyone else are kept and shown, and move nothing. Sync against the
// sandbox, where the release manager is in @release-team and the developers
// are not.
class TestSlackTeamSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncTestBench> m_bench;

    Sandbox::SlackSystem &slack()
    {
        return *static_cast<Sandbox::SlackSystem *>(
            m_bench->fixture().sandbox().system(QStringLiteral("slack")));
    }
    QString post(const QString &person, const QString &text, const QString &threadTs = {})
    {
        return slack().postAsUser(slack().releaseChannelId(), slack().userId(person), text,
                                  threadTs);
    }
    static QString manager() { return SyncTestBench::catalogue().releaseManager; }
    static QString developer() { return SyncTestBench::catalogue().people.first(); }
    // The release of the seeded history at `stage`, as the first sync adopted it.
    Release adopted(HistoryStage stage)
    {
        return m_bench->release(SyncTestBench::catalogueRelease(stage).name);
    }
    ChannelMessage stored(const QString &ts)
    {
        for (const ChannelMessage &message : m_bench->store().channelMessages().value()) {
            if (message.ts == ts)
                return message;
        }
        return {};
    }

private slots:
    void init()
    {
        m_bench = std::make_unique<SyncTestBench>();
        QVERIFY(m_bench->isReady());
        QVERIFY(SyncTestBench::allSynced(m_bench->syncAll()));
    }
    void cleanup() { m_bench.reset(); }

    void anImpostorsAnswerMovesNothingAndShows()
    {
        const Release release = adopted(HistoryStage::LiveRequested);
        QCOMPARE(release.stage, Stage::LiveRequested);
        const QString ts = post(developer(), QStringLiteral("Applied to live: %1.").arg(release.name),
                                release.liveRequestRef);
        const SyncResult result = m_bench->syncAll();
        QVERIFY(SyncTestBench::allSynced(result));
        QCOMPARE(m_bench->release(release.name).stage, Stage::LiveRequested);

        const ChannelMessage impostor = stored(ts);
        QCOMPARE(impostor.kind, QString(ReleaseChannel::notFromReleaseTeam));
        QCOMPARE(impostor.releaseName, release.name);
        const QStringList said = result.system(RemoteSystem::Slack).unrecognised;
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.first().contains(u"not in the release team"), qPrintable(said.first()));

        // The release's timeline shows it, for a person to look at.
        const QList<TimelineEntry> timeline =
            mergeTimeline(m_bench->store().auditTrail(release.id).value(),
                          m_bench->store().channelMessages(release.name).value(), {});
        const auto entry = std::find_if(timeline.cbegin(), timeline.cend(), [&](const auto &e) {
            const auto *message = std::get_if<ChannelMessage>(&e.record);
            return message && message->ts == ts;
        });
        QVERIFY(entry != timeline.cend());
        QVERIFY(entry->needsAttention());
        const QString html = TimelineHtml::render(timeline);
        QVERIFY2(html.contains(u"not from the release team"), qPrintable(html));
    }

    void aMembersAnswerMovesTheReleaseInTheirName()
    {
        const Release release = adopted(HistoryStage::LiveRequested);
        post(developer(), QStringLiteral("Applied to live: %1.").arg(release.name),
             release.liveRequestRef);
        QVERIFY(SyncTestBench::allSynced(m_bench->syncAll()));
        const QString ts = post(manager(), QStringLiteral("Applied to live: %1.").arg(release.name),
                                release.liveRequestRef);
        QVERIFY(SyncTestBench::allSynced(m_bench->syncAll()));

        const Release live = m_bench->release(release.name);
        QCOMPARE(live.stage, Stage::Live);
        QCOMPARE(live.liveConfirmationRef, ts);
        QCOMPARE(stored(ts).kind, QString(ReleaseChannel::appliedToLive));
        const AuditEvent moved = m_bench->store().auditTrail(release.id).value().last();
        QCOMPARE(moved.toStage, toKey(Stage::Live));
        QCOMPARE(moved.actor, u"Rita Release");
    }

    void theTeamBacksOutInTheThread_data()
    {
        QTest::addColumn<QString>("words");
        QTest::newRow("staging") << QStringLiteral("Backed out of staging: %1. Orders API errors.");
        QTest::newRow("live, bold") << QStringLiteral("*Backed out of live*: %1. Orders API errors.");
    }
    void theTeamBacksOutInTheThread()
    {
        QFETCH(QString, words);
        const Release release = adopted(HistoryStage::InStaging);
        QCOMPARE(release.stage, Stage::InStaging);
        post(manager(), words.arg(release.name), release.stagingRequestRef);
        QVERIFY(SyncTestBench::allSynced(m_bench->syncAll()));
        QCOMPARE(m_bench->release(release.name).stage, Stage::BackedOut);
        const AuditEvent moved = m_bench->store().auditTrail(release.id).value().last();
        QCOMPARE(moved.toStage, toKey(Stage::BackedOut));
        QCOMPARE(moved.actor, u"Rita Release");
        QVERIFY2(moved.why.endsWith(u"Orders API errors."), qPrintable(moved.why));
    }

    void anImpostorsBackOutMovesNothing()
    {
        const Release release = adopted(HistoryStage::InStaging);
        post(developer(),
             QStringLiteral("Backed out of staging: %1. Orders API errors.").arg(release.name),
             release.stagingRequestRef);
        QVERIFY(SyncTestBench::allSynced(m_bench->syncAll()));
        QCOMPARE(m_bench->release(release.name).stage, Stage::InStaging);
    }

    void theTeamCancelsAtTheTop()
    {
        const Release release = adopted(HistoryStage::TicketRaised);
        QCOMPARE(release.stage, Stage::TicketRaised);
        post(manager(), QStringLiteral("Cancelled: %1. Not needed after all.").arg(release.name));
        // And a negation, which moves nothing.
        post(manager(), QStringLiteral("Cancelled: %1? Not yet.").arg(release.name));
        QVERIFY(SyncTestBench::allSynced(m_bench->syncAll()));
        const Release cancelled = m_bench->release(release.name);
        QCOMPARE(cancelled.stage, Stage::Cancelled);
        QCOMPARE(m_bench->store().auditTrail(release.id).value().last().why,
                 QStringLiteral("Cancelled: %1. Not needed after all.").arg(release.name));
    }

    void theTeamMayBeNamedByUserId()
    {
        ConnectionSettings settings = m_bench->settings();
        settings.slack.releaseTeamGroup.clear();
        settings.slack.releaseTeamUsers = {slack().userId(developer())};
        m_bench->reconnect(settings);
        QVERIFY(m_bench->isReady());
        const Release release = adopted(HistoryStage::LiveRequested);
        post(developer(), QStringLiteral("Applied to live: %1.").arg(release.name),
             release.liveRequestRef);
        QVERIFY(SyncTestBench::allSynced(m_bench->syncAll()));
        QCOMPARE(m_bench->release(release.name).stage, Stage::Live);
    }

    void aTeamSlackCannotFindFailsTheSync_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<QString>("error");
        QTest::newRow("no such group") << QStringLiteral("@releasers") << QByteArray()
                                       << QStringLiteral("there is no user group @releasers");
        QTest::newRow("no such group id")
            << QStringLiteral("S0NOSUCH1") << QByteArray()
            << QStringLiteral("user group was not found in Slack");
        QTest::newRow("no usergroups:read")
            << QStringLiteral("release-team")
            << QByteArray("slack:/api/usergroups.list=status,status=403")
            << QStringLiteral("usergroups:read");
    }
    void aTeamSlackCannotFindFailsTheSync()
    {
        QFETCH(QString, group);
        QFETCH(QByteArray, fault);
        QFETCH(QString, error);
        ConnectionSettings settings = m_bench->settings();
        settings.slack.releaseTeamGroup = group;
        m_bench->reconnect(settings);
        QVERIFY(m_bench->isReady());
        if (!fault.isEmpty())
            m_bench->inject(fault.constData());
        const Release release = adopted(HistoryStage::LiveRequested);
        post(manager(), QStringLiteral("Applied to live: %1.").arg(release.name),
             release.liveRequestRef);
        const SyncResult result = m_bench->syncAll();
        const SystemSync &slackSync = result.system(RemoteSystem::Slack);
        QCOMPARE(slackSync.outcome, SystemSync::Outcome::Failed);
        QVERIFY2(slackSync.error.contains(error), qPrintable(slackSync.error));
        QCOMPARE(m_bench->release(release.name).stage, Stage::LiveRequested);
    }
};

QTEST_GUILESS_MAIN(TestSlackTeamSync)
#include "tst_slackteamsync.moc"
