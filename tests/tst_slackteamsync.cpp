#include "models/formats/outboxpayload.h"
#include "models/formats/releasechannel.h"
#include "models/formats/releaseteamreply.h"
#include "models/usecases/releasetimeline.h"
#include "models/usecases/releaseworkflow.h"
#include "services/outbox/outboxsender.h"
#include "services/outbox/outboxworker.h"
#include "services/sandbox/slack/slacksystem.h"
#include "services/sync/slacksync.h"
#include "support/synctestbench.h"
#include "ui/dashboard/timelinehtml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;
using Sandbox::HistoryStage;

// Only the release team moves a release from Slack: the same words from
// anyone else are kept and shown, and move nothing. Sync against the
// sandbox, where the release manager is in @release-team and the developers
// are not; and what the desk posts when a person records the team's action
// by hand, sent through the outbox.
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

    ReleaseWorkflow workflow()
    {
        return ReleaseWorkflow(m_bench->store(), m_bench->clients().clock());
    }
    // Sends every waiting outbox entry; whether all of them went.
    bool drainOutbox()
    {
        OutboxWorker worker(m_bench->store(), m_bench->integrations(), m_bench->clients().clock());
        worker.start();
        const auto waiting = [&] {
            const auto entries = m_bench->store().outboxEntries();
            return std::count_if(entries->cbegin(), entries->cend(),
                                 [](const OutboxEntry &e) { return e.state != OutboxState::Done; });
        };
        for (int attempt = 0; attempt < 200 && waiting() > 0; ++attempt)
            QTest::qWait(50);
        return waiting() == 0;
    }
    // The release team's writes; the verdicts' and the fix version's to Jira
    // are other suites'.
    QList<OutboxEntry> outbox()
    {
        QList<OutboxEntry> entries = m_bench->store().outboxEntries().value();
        entries.removeIf([](const OutboxEntry &e) {
            return OutboxPayloads::systemTitle(e.kind) == QLatin1String("Jira");
        });
        return entries;
    }
    QString serviceNowState()
    {
        return QString::fromUtf8(
            QJsonDocument(
                m_bench->fixture().sandbox().state().value(QStringLiteral("servicenow")).toObject())
                .toJson(QJsonDocument::Compact));
    }
    QJsonArray thread(const QString &ts)
    {
        const QString botToken =
            m_bench->fixture().connection(QStringLiteral("slack")).value(u"token").toString();
        QUrl url = m_bench->fixture().url(QStringLiteral("slack"),
                                          QStringLiteral("/api/conversations.replies"));
        url.setQuery(QStringLiteral("channel=%1&ts=%2").arg(slack().releaseChannelId(), ts));
        return m_bench->fixture()
            .get(url, {SandboxFixture::bearer(botToken)})
            .object()[u"messages"]
            .toArray();
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
        const QString ts =
            post(developer(), QStringLiteral("Applied to live: %1.").arg(release.name),
                 release.liveRequestRef);
        const SyncResult result = m_bench->syncAll();
        QVERIFY(SyncTestBench::allSynced(result));
        QCOMPARE(m_bench->release(release.name).stage, Stage::LiveRequested);

        const ChannelMessage impostor = stored(ts);
        QCOMPARE(impostor.kind, ChannelMessageKind::NotFromReleaseTeam);
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
        QCOMPARE(stored(ts).kind, ChannelMessageKind::AppliedToLive);
        const AuditEvent moved = m_bench->store().auditTrail(release.id).value().last();
        QCOMPARE(moved.toStage, toKey(Stage::Live));
        QCOMPARE(moved.actor, u"Rita Release");
    }

    void theTeamBacksOutInTheThread_data()
    {
        QTest::addColumn<QString>("words");
        QTest::newRow("staging") << QStringLiteral("Backed out of staging: %1. Orders API errors.");
        QTest::newRow("live, bold")
            << QStringLiteral("*Backed out of live*: %1. Orders API errors.");
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
        QTest::newRow("no such group id") << QStringLiteral("S0NOSUCH1") << QByteArray()
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

    void appliedByHandIsPostedInTheRequestsThread()
    {
        const Release release = adopted(HistoryStage::LiveRequested);
        QVERIFY2(workflow()
                     .recordAppliedByHand(release.id, Environment::Live,
                                          QStringLiteral("Rita said so on the phone"),
                                          QStringLiteral("Rita Release"), {})
                     .ok(),
                 "recorded");
        QCOMPARE(m_bench->release(release.name).stage, Stage::Live);
        // Queued in the move's own write, for the thread of the live request.
        const QList<OutboxEntry> queued = outbox();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().kind, OutboxKind::SlackPost);
        QCOMPARE(queued.first().releaseId, release.id);
        const auto payload = OutboxPayloads::parse(queued.first().kind, queued.first().payload);
        QCOMPARE(std::get<SlackPostPayload>(payload.value()).threadTs, release.liveRequestRef);

        QVERIFY(drainOutbox());
        const QJsonArray replies = thread(release.liveRequestRef);
        QCOMPARE(replies.last()[u"text"].toString(),
                 QStringLiteral("Applied to live: %1.").arg(release.name));
        // Its words are the team's, so another desk's sync would read them.
        QCOMPARE(ReleaseTeamReply::read(replies.last()[u"text"].toString()).kind,
                 ReleaseTeamReply::Kind::AppliedToLive);
    }

    void backOutIsPostedAndNotedOnTheChange()
    {
        Release release = adopted(HistoryStage::InStaging);
        QVERIFY(!release.changeTicket.isEmpty());
        release.notes.backoutPlan = QStringLiteral("Redeploy the previous versions.");
        QVERIFY(m_bench->store().saveRelease(release, {}).ok());
        const QString why = QStringLiteral("Orders API errors after the deploy");
        QVERIFY(workflow().backOut(release.id, QStringLiteral("Rita Release"), why).ok());
        QCOMPARE(m_bench->release(release.name).stage, Stage::BackedOut);
        QCOMPARE(outbox().size(), 2);

        QVERIFY(drainOutbox());
        QCOMPARE(thread(release.stagingRequestRef).last()[u"text"].toString(),
                 QStringLiteral("Backed out of staging: %1. %2").arg(release.name, why));
        const QString note = QStringLiteral("Backed out of staging: ") + why;
        QCOMPARE(serviceNowState().count(note), 1);

        // Sent again, as after a lost answer: the note is found, not added twice.
        const QList<OutboxEntry> sent = outbox();
        const auto noted = std::find_if(sent.cbegin(), sent.cend(), [](const OutboxEntry &e) {
            return e.kind == OutboxKind::ServiceNowWorkNote;
        });
        QVERIFY(noted != sent.cend());
        const OutboxEntry noteEntry = *noted;
        OutboxSender sender(m_bench->integrations());
        QObject context;
        std::optional<Result<OutboxAnswer>> answer;
        sender.send(OutboxPayloads::parse(noteEntry.kind, noteEntry.payload).value(),
                    noteEntry.created, &context,
                    [&](const Result<OutboxAnswer> &sent) { answer = sent; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY2(answer->ok(), qPrintable(answer->error()));
        QCOMPARE(answer->value().reference, release.changeTicket);
        QCOMPARE(serviceNowState().count(note), 1);
    }

    void cancelWithoutARequestIsPostedAtTheTop()
    {
        const Release release = adopted(HistoryStage::Drafted);
        QVERIFY(release.changeTicket.isEmpty());
        QVERIFY(workflow()
                    .cancel(release.id, QStringLiteral("Rita Release"),
                            QStringLiteral("Not needed after all"))
                    .ok());
        // No change ticket: no work note.
        QCOMPARE(outbox().size(), 1);
        QVERIFY(drainOutbox());
        // The desk's own sync reads its words back, from the bot: no one moves it again.
        const SyncResult result = m_bench->syncAll();
        QVERIFY(SyncTestBench::allSynced(result));
        const auto messages = m_bench->store().channelMessages(release.name).value();
        const auto posted = std::find_if(messages.cbegin(), messages.cend(), [](const auto &m) {
            return m.text.startsWith(u"Cancelled: ");
        });
        QVERIFY(posted != messages.cend());
        QVERIFY(posted->threadTs.isEmpty());
        QCOMPARE(m_bench->release(release.name).stage, Stage::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestSlackTeamSync)
#include "tst_slackteamsync.moc"
