#include "models/formats/releasechannel.h"
#include "models/usecases/releaseadoption.h"

#include <QTest>

using namespace ReleaseDesk;

Q_DECLARE_METATYPE(ReleaseDesk::RemoteRelease)
Q_DECLARE_METATYPE(ReleaseDesk::Stage)

namespace {

const QString name = QStringLiteral("2026.11.3");
const QDateTime now(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

Change task(const QString &key, const QString &service)
{
    Change change;
    change.key = key;
    change.service = service;
    change.fixVersion = name;
    return change;
}

PipelineBuild build(qint64 id, const QString &service, PipelineJob job, BuildStatus status,
                    const QString &version)
{
    PipelineBuild b;
    b.id = id;
    b.service = service;
    b.job = job;
    b.status = status;
    b.version = version;
    return b;
}

ChannelMessage message(const QString &ts, ChannelMessageKind kind, const QString &text,
                       const QString &threadTs = {}, const QString &release = name)
{
    ChannelMessage m;
    m.ts = ts;
    m.threadTs = threadTs;
    m.kind = kind;
    m.text = text;
    m.releaseName = release;
    m.posted = QDateTime::fromSecsSinceEpoch(qint64(ts.toDouble()), Qt::UTC);
    return m;
}

const QString stagingTs = QStringLiteral("1763600000.000100");
const QString stagingReplyTs = QStringLiteral("1763603600.000100");
const QString liveTs = QStringLiteral("1763686400.000100");
const QString liveReplyTs = QStringLiteral("1763693600.000100");

ChannelMessage stagingRequest()
{
    return message(stagingTs, ChannelMessageKind::StagingRequest,
                   QStringLiteral("Staging request for release 2026.11.3: please deploy to "
                                  "staging."));
}
ChannelMessage stagingReply()
{
    return message(stagingReplyTs, ChannelMessageKind::AppliedToStaging,
                   QStringLiteral("Applied to staging: 2026.11.3. ServiceNow test task "
                                  "CTASK0010007."),
                   stagingTs);
}
ChannelMessage liveRequest()
{
    return message(liveTs, ChannelMessageKind::LiveRequest,
                   QStringLiteral("Live request for release 2026.11.3: please deploy to live."));
}
ChannelMessage liveReply()
{
    return message(liveReplyTs, ChannelMessageKind::AppliedToLive,
                   QStringLiteral("Applied to *live*: 2026.11.3."), liveTs);
}

// A release with two tasks of two services and every piece of evidence but
// the stage-setting ones, which the rows add.
RemoteRelease base()
{
    RemoteRelease remote;
    remote.name = name;
    remote.tasks = {task(QStringLiteral("CHS-1010"), QStringLiteral("chs-orders-api")),
                    task(QStringLiteral("CHS-1002"), QStringLiteral("chs-search-api")),
                    task(QStringLiteral("CHS-1009"), QStringLiteral("chs-orders-api"))};
    remote.deploymentTypes = {{QStringLiteral("chs-orders-api"), QStringLiteral("ECS")}};
    remote.builds = {build(10, QStringLiteral("chs-orders-api"), PipelineJob::CidevApply,
                           BuildStatus::Succeeded, QStringLiteral("1.4.1")),
                     build(12, QStringLiteral("chs-orders-api"), PipelineJob::CidevApply,
                           BuildStatus::Succeeded, QStringLiteral("1.4.2")),
                     // Newer, but not deployed: failed, or not the apply job.
                     build(14, QStringLiteral("chs-orders-api"), PipelineJob::CidevApply,
                           BuildStatus::Failed, QStringLiteral("1.4.3")),
                     build(15, QStringLiteral("chs-orders-api"), PipelineJob::DockerBuildEcr,
                           BuildStatus::Succeeded, QStringLiteral("1.4.3")),
                     build(11, QStringLiteral("chs-search-api"), PipelineJob::CidevApply,
                           BuildStatus::Started, QStringLiteral("3.0.0"))};
    return remote;
}

} // namespace

// Taking over a release already under way: the furthest stage the evidence
// shows, every reference it holds, the services' deployed versions.
class TestReleaseAdoption : public QObject
{
    Q_OBJECT

private slots:
    void stage_data()
    {
        QTest::addColumn<RemoteRelease>("remote");
        QTest::addColumn<Stage>("stage");
        QTest::addColumn<QString>("why");

        RemoteRelease remote = base();
        QTest::newRow("a fix version alone")
            << remote << Stage::CiDev
            << QStringLiteral("imported from Jira: fix version 2026.11.3, no later evidence");
        remote.notesPageId = QStringLiteral("42");
        remote.notesPageUrl = QStringLiteral("https://wiki.example.com/pages/42");
        QTest::newRow("notes page")
            << remote << Stage::NotesPublished
            << QStringLiteral("imported from Jira/Confluence: the release "
                              "notes page https://wiki.example.com/pages/42");
        remote.changeTicket = QStringLiteral("CHG0030001");
        QTest::newRow("change ticket") << remote << Stage::TicketRaised
                                       << QStringLiteral("imported from Jira/ServiceNow: change "
                                                         "CHG0030001");
        remote.messages = {stagingRequest()};
        QTest::newRow("staging request")
            << remote << Stage::StagingRequested
            << QStringLiteral("imported from Jira/Slack: the staging request of "
                              "2025-11-20T00:53:20Z");
        remote.messages << stagingReply();
        QTest::newRow("applied to staging")
            << remote << Stage::InStaging
            << QStringLiteral("imported from Jira/Slack: the release team's reply \"Applied to "
                              "staging: 2026.11.3. ServiceNow test task CTASK0010007.\"");
        remote.messages << liveRequest();
        QTest::newRow("live request")
            << remote << Stage::LiveRequested
            << QStringLiteral("imported from Jira/Slack: the live request of "
                              "2025-11-21T00:53:20Z");
        remote.messages << liveReply();
        QTest::newRow("applied to live")
            << remote << Stage::Live
            << QStringLiteral("imported from Jira/Slack: the release team's reply \"Applied to "
                              "live: 2026.11.3.\"");
        RemoteRelease released = base();
        released.released = true;
        QTest::newRow("released in Jira, nothing else")
            << released << Stage::Live
            << QStringLiteral("imported from Jira: version 2026.11.3 is released");

        // Evidence that is not about this release, or not an answer to its
        // request, is no evidence.
        RemoteRelease stray = base();
        stray.messages = {stagingRequest(),
                          message(stagingReplyTs, ChannelMessageKind::AppliedToStaging,
                                  QStringLiteral("Applied to staging: 2026.11.4. ServiceNow test "
                                                 "task CTASK0010008."),
                                  stagingTs, QStringLiteral("2026.11.4")),
                          message(liveReplyTs, ChannelMessageKind::AppliedToLive,
                                  QStringLiteral("Applied to live: 2026.11.3."),
                                  QStringLiteral("1763000000.000100"))};
        QTest::newRow("answers elsewhere")
            << stray << Stage::StagingRequested
            << QStringLiteral("imported from Jira/Slack: the staging request of "
                              "2025-11-20T00:53:20Z");
        RemoteRelease unread = base();
        unread.messages = {liveRequest(), message(liveReplyTs, ChannelMessageKind::Unrecognised,
                                                  QStringLiteral("Backed out of live: 2026.11.3."),
                                                  liveTs, QString())};
        QTest::newRow("an answer nobody could read")
            << unread << Stage::LiveRequested
            << QStringLiteral("imported from Jira/Slack: the live request of "
                              "2025-11-21T00:53:20Z");
        RemoteRelease backedOut = base();
        backedOut.released = true;
        backedOut.messages = {
            liveRequest(),
            message(liveReplyTs, ChannelMessageKind::AppliedToLive,
                    QStringLiteral("Applied to live: 2026.11.3."), liveTs),
            message(QStringLiteral("1763700000.000100"), ChannelMessageKind::BackedOutOfLive,
                    QStringLiteral("Backed out of live: 2026.11.3. Errors."), liveTs)};
        QTest::newRow("backed out after live, though Jira says released")
            << backedOut << Stage::BackedOut
            << QStringLiteral("imported from Jira/Slack: the release team's \"Backed out of "
                              "live: 2026.11.3. Errors.\"");
        RemoteRelease cancelled = base();
        cancelled.messages = {message(QStringLiteral("1763700000.000100"),
                                      ChannelMessageKind::Cancelled,
                                      QStringLiteral("Cancelled: 2026.11.3. Not needed."))};
        QTest::newRow("cancelled at the top of the channel")
            << cancelled << Stage::Cancelled
            << QStringLiteral("imported from Jira/Slack: the release team's \"Cancelled: "
                              "2026.11.3. Not needed.\"");
        RemoteRelease impostor = base();
        impostor.messages = {liveRequest(),
                             message(liveReplyTs, ChannelMessageKind::NotFromReleaseTeam,
                                     QStringLiteral("Backed out of live: 2026.11.3. Errors."),
                                     liveTs)};
        QTest::newRow("a back out from outside the release team")
            << impostor << Stage::LiveRequested
            << QStringLiteral("imported from Jira/Slack: the live request of "
                              "2025-11-21T00:53:20Z");
    }
    void stage()
    {
        QFETCH(RemoteRelease, remote);
        QFETCH(Stage, stage);
        QFETCH(QString, why);
        const Adoption adoption = ReleaseAdoption::adopt(remote, now);
        QCOMPARE(adoption.release.stage, stage);
        QCOMPARE(adoption.event.why, why);
        QCOMPARE(adoption.event.action, AuditAction::Imported);
        QCOMPARE(adoption.event.toStage, toKey(stage));
        QCOMPARE(adoption.event.actor, ReleaseAdoption::actor());
        QCOMPARE(adoption.event.at, now);
        QVERIFY(adoption.release.created <= adoption.release.stageChanged);
        QVERIFY(adoption.release.stageChanged <= now);
    }

    void timesComeFromTheEvidence()
    {
        RemoteRelease remote = base();
        const QDateTime taskUpdated(QDate(2025, 11, 18), QTime(9, 0), Qt::UTC);
        remote.tasks.first().updated = taskUpdated;
        // Something recorded after the import cannot be: it is left out.
        remote.tasks.last().updated = now.addDays(1);
        remote.messages = {stagingRequest(), stagingReply()};
        const Release inStaging = ReleaseAdoption::adopt(remote, now).release;
        QCOMPARE(inStaging.stage, Stage::InStaging);
        QCOMPARE(inStaging.created, taskUpdated);
        QCOMPARE(inStaging.stageChanged, stagingReply().posted);
        QCOMPARE(inStaging.updated, stagingReply().posted);

        // Without a message that shows the stage, the latest evidence stands for it.
        remote.messages.clear();
        const Release drafted = ReleaseAdoption::adopt(remote, now).release;
        QCOMPARE(drafted.stage, Stage::CiDev);
        QCOMPARE(drafted.stageChanged, taskUpdated);

        // With no evidence of time at all, the import is all there is.
        remote.tasks.first().updated = {};
        const Release unknown = ReleaseAdoption::adopt(remote, now).release;
        QCOMPARE(unknown.created, now);
        QCOMPARE(unknown.stageChanged, now);
    }

    void everyReferenceIsKept()
    {
        RemoteRelease remote = base();
        remote.notesPageId = QStringLiteral("42");
        remote.notesPageUrl = QStringLiteral("https://wiki.example.com/pages/42");
        remote.changeTicket = QStringLiteral("CHG0030001");
        remote.changeTicketUrl = QStringLiteral("https://sn.example.com/change/1");
        remote.testTaskNumber = QStringLiteral("CTASK0000001"); // ServiceNow's word
        remote.messages = {stagingRequest(), stagingReply(), liveRequest(), liveReply()};
        remote.released = true;
        const Release release = ReleaseAdoption::adopt(remote, now).release;
        QCOMPARE(release.name, name);
        QCOMPARE(release.notes.pageId, QStringLiteral("42"));
        QCOMPARE(release.notes.pageUrl, remote.notesPageUrl);
        QCOMPARE(release.changeTicket, QStringLiteral("CHG0030001"));
        QCOMPARE(release.changeTicketUrl, remote.changeTicketUrl);
        QCOMPARE(release.stagingRequestRef, stagingTs);
        // The release team's reply names the task it opened for this request.
        QCOMPARE(release.testTaskNumber, QStringLiteral("CTASK0010007"));
        QCOMPARE(release.liveRequestRef, liveTs);
        QCOMPARE(release.liveConfirmationRef, liveReplyTs);
    }

    void testTaskFromServiceNowWithoutAReply()
    {
        RemoteRelease remote = base();
        remote.testTaskNumber = QStringLiteral("CTASK0000001");
        QCOMPARE(ReleaseAdoption::adopt(remote, now).release.testTaskNumber,
                 QStringLiteral("CTASK0000001"));
    }

    void newestRequestOfEachKind()
    {
        RemoteRelease remote = base();
        ChannelMessage again = stagingRequest();
        again.ts = QStringLiteral("1763650000.000100");
        again.posted = again.posted.addSecs(50000);
        remote.messages = {stagingRequest(), again};
        QCOMPARE(ReleaseAdoption::adopt(remote, now).release.stagingRequestRef, again.ts);
    }

    void servicesAtTheirDeployedVersion()
    {
        const Release release = ReleaseAdoption::adopt(base(), now).release;
        // Each service once, by name; the version its latest successful
        // cidev-apply build deployed, none when it has no such build.
        QCOMPARE(release.services,
                 (QList<ReleaseService>{{QStringLiteral("chs-orders-api"), QStringLiteral("1.4.2"),
                                         QStringLiteral("ECS")},
                                        {QStringLiteral("chs-search-api"), QString(), QString()}}));
        // In key order, numbers as numbers.
        QCOMPARE(release.taskKeys,
                 (QStringList{QStringLiteral("CHS-1002"), QStringLiteral("CHS-1009"),
                              QStringLiteral("CHS-1010")}));
    }

    // A release this desk knows follows what other desks left in the systems.
    void aKnownReleaseFollowsTheEvidence()
    {
        Release known = ReleaseAdoption::adopt(base(), now).release;
        known.id = 7;
        known.stage = Stage::CiDev;
        known.notes = {};
        known.changeTicket.clear();
        known.notes.description = QStringLiteral("Mine");
        RemoteRelease remote = base();
        remote.messages = {stagingRequest(), stagingReply()};
        const auto followed = ReleaseAdoption::follow(known, remote, now);
        QVERIFY(followed);
        QCOMPARE(followed->release.stage, Stage::InStaging);
        QCOMPARE(followed->release.id, known.id);
        QCOMPARE(followed->release.notes.description, QStringLiteral("Mine"));
        QCOMPARE(followed->release.notes.pageId, remote.notesPageId);
        QCOMPARE(followed->release.changeTicket, remote.changeTicket);
        QCOMPARE(followed->release.stagingRequestRef, stagingTs);
        QCOMPARE(followed->release.testTaskNumber, QStringLiteral("CTASK0010007"));
        QCOMPARE(followed->event.releaseId, known.id);
        QCOMPARE(followed->event.fromStage, toKey(Stage::CiDev));
        QCOMPARE(followed->event.toStage, toKey(Stage::InStaging));

        // Nothing new: nothing to write.
        QVERIFY(!ReleaseAdoption::follow(followed->release, remote, now));
        // Never back: a desk further on than the evidence stays where it is.
        Release ahead = followed->release;
        ahead.stage = Stage::StagingPassed;
        QVERIFY(!ReleaseAdoption::follow(ahead, remote, now));
        // A finished release keeps its record.
        Release cancelled = known;
        cancelled.stage = Stage::Cancelled;
        QVERIFY(!ReleaseAdoption::follow(cancelled, remote, now));
    }

    // What finishes a release is followed where it is recorded: here it goes
    // as far as asking for live.
    void followingStopsBeforeAFinishedStage()
    {
        Release known = ReleaseAdoption::adopt(base(), now).release;
        known.id = 7;
        known.stage = Stage::InStaging;
        RemoteRelease remote = base();
        remote.messages = {stagingRequest(), stagingReply(), liveRequest(), liveReply()};
        remote.released = true;
        const auto followed = ReleaseAdoption::follow(known, remote, now);
        QVERIFY(followed);
        QCOMPARE(followed->release.stage, Stage::LiveRequested);
        QCOMPARE(followed->release.liveRequestRef, liveTs);
        // A release's references fill in without moving it back.
        remote.messages = {stagingRequest(), stagingReply()};
        remote.released = false;
        known.stage = Stage::StagingPassed;
        const auto filled = ReleaseAdoption::follow(known, remote, now);
        QVERIFY(filled);
        QCOMPARE(filled->release.stage, Stage::StagingPassed);
        QCOMPARE(filled->release.stagingRequestRef, stagingTs);
        QCOMPARE(filled->event.action, AuditAction::EvidenceRecorded);
    }
};

QTEST_GUILESS_MAIN(TestReleaseAdoption)
#include "tst_releaseadoption.moc"
