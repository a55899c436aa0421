#include "models/lifecycle/releaseboard.h"
#include "support/memoryreleasestore.h"

#include <QTest>

using namespace ReleaseDesk;
using ReleaseDesk::Testing::MemoryReleaseStore;

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

PipelineBuild build(qint64 id, const char *service, PipelineJob job, BuildStatus status,
                    const char *version)
{
    PipelineBuild b;
    b.id = id;
    b.service = QString::fromLatin1(service);
    b.job = job;
    b.name = QString::number(id);
    b.status = status;
    b.version = QString::fromLatin1(version);
    return b;
}

ChannelMessage message(const char *ts, const char *release, ChannelMessageKind kind,
                       const char *when)
{
    ChannelMessage m;
    m.ts = QString::fromLatin1(ts);
    m.author = QStringLiteral("rita.release");
    m.text = QStringLiteral("about ") + QString::fromLatin1(release);
    m.posted = at(when);
    m.releaseName = QString::fromLatin1(release);
    m.kind = kind;
    return m;
}

AuditEvent auditEvent(AuditAction action, const char *when)
{
    AuditEvent e;
    e.actor = QStringLiteral("dev.one");
    e.action = action;
    e.at = at(when);
    return e;
}

} // namespace

// The dashboard's pipeline badges and the detail pane's merged timeline.
class TestReleaseTimeline : public QObject
{
    Q_OBJECT

private slots:
    void badgesShowTheLatestBuildOfEachJobForTheShippedVersion()
    {
        ReleaseFacts facts;
        facts.release.services = {
            {QStringLiteral("chs-orders-api"), QStringLiteral("1.4.2"), QStringLiteral("ECS")},
            {QStringLiteral("chs-search-api"), QString(), QStringLiteral("ECS")},
            {QStringLiteral("chs-orders-api"), QStringLiteral("1.4.2"), QStringLiteral("ECS")}};
        facts.builds = {
            build(10, "chs-orders-api", PipelineJob::DockerBuildEcr, BuildStatus::Failed, "1.4.2"),
            build(12, "chs-orders-api", PipelineJob::DockerBuildEcr, BuildStatus::Succeeded,
                  "1.4.2"),
            build(11, "chs-orders-api", PipelineJob::DockerBuildEcr, BuildStatus::Failed, "1.4.2"),
            build(13, "chs-orders-api", PipelineJob::CidevPlan, BuildStatus::Started, "1.4.2"),
            // Another version's build says nothing about this release.
            build(20, "chs-orders-api", PipelineJob::CidevApply, BuildStatus::Failed, "1.5.0"),
            // A service without a version shows its latest build of any version.
            build(30, "chs-search-api", PipelineJob::CidevApply, BuildStatus::Errored, "2.0.0"),
        };
        const QList<PipelineBadge> badges = ReleaseBoard::pipelineBadges(facts);
        QCOMPARE(badges.size(), 2); // the service listed twice shows once
        QCOMPARE(badges.at(0).service, u"chs-orders-api");
        QCOMPARE(badges.at(0).latest.at(0)->id, 12);
        QCOMPARE(badges.at(0).latest.at(0)->status, BuildStatus::Succeeded);
        QCOMPARE(badges.at(0).latest.at(1)->status, BuildStatus::Started);
        QVERIFY(!badges.at(0).latest.at(2).has_value());
        QVERIFY(!badges.at(1).latest.at(0).has_value());
        QCOMPARE(badges.at(1).latest.at(2)->status, BuildStatus::Errored);
        QCOMPARE(ReleaseBoard::summarize(facts).pipelines, badges);
    }

    void mergesTheThreeHistoriesInTimeOrder()
    {
        OutboxEntry queued;
        queued.kind = OutboxKind::SlackPost;
        queued.state = OutboxState::Failed;
        queued.lastError = QStringLiteral("channel_not_found");
        queued.created = at("2026-11-04T10:00:00Z");
        const QList<TimelineEntry> timeline = mergeTimeline(
            {auditEvent(AuditAction::Created, "2026-11-02T09:00:00Z"),
             auditEvent(AuditAction::Transition, "2026-11-04T10:00:00Z")},
            {message("1.1", "2026.11.1", ChannelMessageKind::StagingRequest,
                     "2026-11-04T10:05:00Z"),
             message("1.2", "2026.11.1", ChannelMessageKind::Unrecognised, "2026-11-03T08:00:00Z")},
            {queued});
        QCOMPARE(timeline.size(), 5);
        QStringList order;
        for (const TimelineEntry &entry : timeline) {
            if (const auto *e = std::get_if<AuditEvent>(&entry.record))
                order << toKey(e->action);
            else if (const auto *m = std::get_if<ChannelMessage>(&entry.record))
                order << toKey(m->kind);
            else
                order << std::get<OutboxEntry>(entry.record).kindKey();
        }
        // At the same time the audit event comes before the write it queued.
        QCOMPARE(order,
                 (QStringList{toKey(AuditAction::Created), toKey(ChannelMessageKind::Unrecognised),
                              toKey(AuditAction::Transition), QStringLiteral("slack.post"),
                              toKey(ChannelMessageKind::StagingRequest)}));
        QVERIFY(!timeline.at(0).needsAttention());
        QVERIFY(timeline.at(1).needsAttention()); // a reply nobody could read
        QVERIFY(timeline.at(3).needsAttention()); // a failed write
        QVERIFY(!timeline.at(4).needsAttention());
    }

    // `release show` says who did each thing, and which writes only this desk knows.
    void namesWhoAndWhatIsStillLocal()
    {
        OutboxEntry waiting;
        waiting.kind = OutboxKind::JiraComment;
        waiting.created = at("2026-11-04T10:00:00Z");
        OutboxEntry sent = waiting;
        sent.state = OutboxState::Done;
        sent.created = at("2026-11-05T10:00:00Z");
        AuditEvent verdict = auditEvent(AuditAction::TestResult, "2026-11-04T10:00:00Z");
        verdict.actor = QStringLiteral("Tess Tester");
        const QList<TimelineEntry> timeline =
            mergeTimeline({auditEvent(AuditAction::Created, "2026-11-02T09:00:00Z"), verdict},
                          {message("1.1", "2026.11.1", ChannelMessageKind::StagingRequest,
                                   "2026-11-04T10:05:00Z")},
                          {waiting, sent});
        QCOMPARE(timeline.size(), 5);
        QCOMPARE(timeline.at(0).who(), u"dev.one");
        QCOMPARE(timeline.at(3).who(), u"rita.release");
        QCOMPARE(timeline.at(2).who(), QString());
        QCOMPARE(queuedBy(timeline, 2), u"Tess Tester");
        // Nothing was recorded beside the second write, and an event is no write.
        QCOMPARE(queuedBy(timeline, 4), QString());
        QCOMPARE(queuedBy(timeline, 1), QString());
        QVERIFY(timeline.at(2).isLocal());
        QVERIFY(!timeline.at(4).isLocal());
        QVERIFY(!timeline.at(1).isLocal());
    }

    void detailReadsTheReleasesChannelAndOutboxOnly()
    {
        MemoryReleaseStore store;
        Release release;
        release.name = QStringLiteral("2026.11.1");
        release.created = at("2026-11-02T09:00:00Z");
        const auto id =
            store.createRelease(release, auditEvent(AuditAction::Created, "2026-11-02T09:00:00Z"));
        QVERIFY(id.ok());
        Release other;
        other.name = QStringLiteral("2026.11.2");
        const auto otherId =
            store.createRelease(other, auditEvent(AuditAction::Created, "2026-11-02T09:30:00Z"));
        QVERIFY(otherId.ok());
        QVERIFY(store
                    .saveChannelMessages(
                        {message("1.1", "2026.11.1", ChannelMessageKind::StagingRequest,
                                 "2026-11-03T09:00:00Z"),
                         message("1.2", "2026.11.2", ChannelMessageKind::StagingRequest,
                                 "2026-11-03T09:10:00Z"),
                         message("1.3", "2026.11.1", ChannelMessageKind::AppliedToStaging,
                                 "2026-11-03T11:00:00Z")})
                    .ok());
        for (qint64 owner : {id.value(), otherId.value()}) {
            Release stored = store.release(owner).value();
            OutboxEntry entry;
            entry.releaseId = owner;
            entry.kind = OutboxKind::SlackPost;
            entry.idempotencyKey = QStringLiteral("post-%1").arg(owner);
            entry.created = at("2026-11-03T08:59:00Z");
            QVERIFY(store.saveRelease(stored, {}, {entry}).ok());
        }

        ReleaseBoard board(store);
        QVERIFY(board.load().ok());
        const auto detail = board.detail(id.value());
        QVERIFY2(detail.ok(), qPrintable(detail.error()));
        QCOMPARE(detail->timeline.size(), 4); // created, its write, request and reply
        const auto *write = std::get_if<OutboxEntry>(&detail->timeline.at(1).record);
        QVERIFY(write);
        QCOMPARE(write->releaseId, id.value());
        QCOMPARE(std::get<ChannelMessage>(detail->timeline.at(3).record).kind,
                 ChannelMessageKind::AppliedToStaging);
    }
};

QTEST_GUILESS_MAIN(TestReleaseTimeline)
#include "tst_releasetimeline.moc"
