#include "models/formats/outboxpayload.h"
#include "models/usecases/fixversionfollow.h"
#include "models/usecases/releasefixversions.h"
#include "support/workflowfixture.h"

#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

Q_DECLARE_METATYPE(ReleaseDesk::Stage)
Q_DECLARE_METATYPE(ReleaseDesk::OutboxState)

namespace {

OutboxPayload payloadOf(const OutboxEntry &entry)
{
    return OutboxPayloads::parse(entry.kind, entry.payload).value();
}

} // namespace

// A release is its Jira fix version: the use cases queue the writes that keep
// the version (made with the release, a task taken out, released when live,
// archived when cancelled) in the same store write as the change, and a
// desk's sync follows the version back (FixVersionFollow, from a table).
class TestReleaseFixVersions : public QObject, private WorkflowFixture
{
    Q_OBJECT

    QList<OutboxEntry> outboxOf(qint64 id) const { return m_store->releaseOutbox(id).value(); }

private slots:
    void init()
    {
        const Status ready = setUpWorkflow();
        QVERIFY2(ready.ok(), qPrintable(ready.error()));
    }
    void cleanup() { tearDownWorkflow(); }

    void createReleaseQueuesItsVersionAndTasks()
    {
        const int writes = m_store->writeCount();
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201"), s("CHS-1202")});
        QVERIFY(id);
        QCOMPARE(m_store->writeCount(), writes + 1);
        const QList<OutboxEntry> entries = outboxOf(id);
        QCOMPARE(entries.size(), 3);
        QVERIFY(payloadOf(entries[0]) == OutboxPayload(JiraVersionPayload{s("2026.11.1")}));
        QVERIFY(payloadOf(entries[1]) ==
                OutboxPayload(JiraFixVersionPayload{s("CHS-1201"), s("2026.11.1"), true}));
        QVERIFY(payloadOf(entries[2]) ==
                OutboxPayload(JiraFixVersionPayload{s("CHS-1202"), s("2026.11.1"), true}));
        for (const OutboxEntry &entry : entries) {
            QCOMPARE(entry.releaseId, id);
            QCOMPARE(entry.state, OutboxState::Pending);
            QCOMPARE(entry.created, m_clock->now());
        }
        QCOMPARE(entries[1].idempotencyKey, s("jira.fix-version:2026.11.1:add-CHS-1201:1"));
        QVERIFY(ReleaseFixVersions::waiting(entries));
    }

    void createReleaseThatFailsQueuesNothing()
    {
        m_store->failNextWrite(s("disk full"));
        QVERIFY(!m_workflow->createRelease(s("2026.11.1"), {}, {s("CHS-1201")}, dev));
        QVERIFY(m_store->outboxEntries()->isEmpty());
    }

    void removeTaskQueuesItsRemoval()
    {
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201"), s("CHS-1202")});
        m_clock->advance(60);
        QVERIFY(m_workflow->removeTask(id, s(" CHS-1201 "), s("Rita Release")));
        QCOMPARE(stored(id).taskKeys, QStringList{s("CHS-1202")});
        QCOMPARE(stored(id).updated, m_clock->now());
        const AuditEvent last = trail(id).last();
        QCOMPARE(last.action, AuditAction::TaskRemoved);
        QCOMPARE(last.actor, s("Rita Release"));
        QCOMPARE(last.why, s("CHS-1201"));
        const OutboxEntry removal = outboxOf(id).last();
        QVERIFY(payloadOf(removal) ==
                OutboxPayload(JiraFixVersionPayload{s("CHS-1201"), s("2026.11.1"), false}));
        QCOMPARE(removal.idempotencyKey, s("jira.fix-version:2026.11.1:remove-CHS-1201:1"));
    }

    void removeTaskRefusedWritesNothing_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<bool>("cancelled");
        QTest::addColumn<QString>("error");
        QTest::newRow("not in it")
            << s("CHS-1203") << dev << false << s("CHS-1203 is not in release 2026.11.1.");
        QTest::newRow("no actor") << s("CHS-1201") << s(" ") << false
                                  << s("Say who is making this change.");
        QTest::newRow("finished") << s("CHS-1201") << dev << true
                                  << s("Release 2026.11.1 is cancelled; its record is closed.");
    }
    void removeTaskRefusedWritesNothing()
    {
        QFETCH(QString, key);
        QFETCH(QString, actor);
        QFETCH(bool, cancelled);
        QFETCH(QString, error);
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201"), s("CHS-1202")});
        if (cancelled)
            QVERIFY(m_workflow->transition(id, Stage::Cancelled, dev, s("Superseded")));
        const int writes = m_store->writeCount();
        QCOMPARE(m_workflow->removeTask(id, key, actor).error(), error);
        QCOMPARE(m_store->writeCount(), writes);
    }

    void lastTaskStays()
    {
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201")});
        const int writes = m_store->writeCount();
        const Status removed = m_workflow->removeTask(id, s("CHS-1201"), dev);
        QVERIFY(!removed);
        QVERIFY2(removed.error().contains(s("at least one")), qPrintable(removed.error()));
        QCOMPARE(m_store->writeCount(), writes);
    }

    // A task that went, came back and goes again gets a removal of its own.
    void removalsAreNumbered()
    {
        Release release;
        release.id = 7;
        release.name = s("2026.11.1");
        const QDateTime now = m_clock->now();
        const OutboxEntry first = ReleaseFixVersions::taskRemoved(release, s("CHS-1"), {}, now);
        const OutboxEntry second =
            ReleaseFixVersions::taskRemoved(release, s("CHS-1"), {first}, now);
        QCOMPARE(second.idempotencyKey, s("jira.fix-version:2026.11.1:remove-CHS-1:2"));
        QCOMPARE(second.releaseId, qint64(7));
    }

    void cancelArchivesTheVersion()
    {
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201")});
        QVERIFY(m_workflow->transition(id, Stage::Cancelled, dev, s("Superseded")));
        QVERIFY(payloadOf(outboxOf(id).last()) ==
                OutboxPayload(JiraVersionArchivedPayload{s("2026.11.1")}));
    }

    void liveReleasesTheVersionOnItsDay()
    {
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201")});
        QVERIFY(driveTo(id, Stage::Live));
        const OutboxEntry released = outboxOf(id).last();
        QVERIFY(payloadOf(released) == OutboxPayload(JiraVersionReleasedPayload{
                                           s("2026.11.1"), m_clock->now().toLocalTime().date()}));
        QCOMPARE(released.idempotencyKey, s("jira.version-released:2026.11.1:live:1"));
    }

    void markedLiveReleasesTheVersion()
    {
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201")});
        QVERIFY(driveTo(id, Stage::LiveRequested));
        const qsizetype before = outboxOf(id).size();
        m_clock->advance(3600);
        const Status applied =
            m_workflow->markApplied(id, Environment::Live, s("Rita: live at 14:00"), s("Rita"), {});
        QVERIFY2(applied, qPrintable(applied.error()));
        QCOMPARE(outboxOf(id).size(), before + 1);
        QCOMPARE(outboxOf(id).last().kind, OutboxKind::JiraVersionReleased);
    }

    // A release whose tasks span projects: a version in each, every task put in
    // its own project's; the team's first project's entries as before, the
    // other's naming it, with keys of their own.
    void aReleaseAcrossProjectsHasAVersionInEach()
    {
        Release release;
        release.id = 7;
        release.name = s("2026.11.1");
        release.taskKeys = {s("CHS-1"), s("PAY-12"), s("CHS-2")};
        const QList<OutboxEntry> entries =
            ReleaseFixVersions::created(release, m_clock->now(), s("CHS"));
        QCOMPARE(entries.size(), 5);
        QVERIFY(payloadOf(entries[0]) == OutboxPayload(JiraVersionPayload{s("2026.11.1")}));
        QCOMPARE(entries[0].idempotencyKey, s("jira.version:2026.11.1:create:1"));
        QVERIFY(payloadOf(entries[1]) ==
                OutboxPayload(JiraVersionPayload{s("2026.11.1"), s("PAY")}));
        QCOMPARE(entries[1].idempotencyKey, s("jira.version:2026.11.1:create-PAY:1"));
        QVERIFY(payloadOf(entries[2]) ==
                OutboxPayload(JiraFixVersionPayload{s("CHS-1"), s("2026.11.1"), true}));
        QVERIFY(payloadOf(entries[3]) ==
                OutboxPayload(JiraFixVersionPayload{s("PAY-12"), s("2026.11.1"), true, s("PAY")}));
        QCOMPARE(entries[3].idempotencyKey, s("jira.fix-version:2026.11.1:add-PAY-12:1"));
        QVERIFY(payloadOf(entries[4]) ==
                OutboxPayload(JiraFixVersionPayload{s("CHS-2"), s("2026.11.1"), true}));
    }

    // Whose entries name no project is the team's first project's, not the
    // release's first task's.
    void theTeamsFirstProjectIsTheOneNamedByNone()
    {
        Release release;
        release.name = s("2026.11.1");
        release.taskKeys = {s("PAY-12")};
        const QList<OutboxEntry> entries =
            ReleaseFixVersions::created(release, m_clock->now(), s("CHS"));
        QVERIFY(payloadOf(entries[0]) ==
                OutboxPayload(JiraVersionPayload{s("2026.11.1"), s("PAY")}));
        QCOMPARE(entries[0].idempotencyKey, s("jira.version:2026.11.1:create-PAY:1"));
        // A desk that does not know the team's projects: the first task's stands in.
        const QList<OutboxEntry> unknown = ReleaseFixVersions::created(release, m_clock->now());
        QVERIFY(payloadOf(unknown[0]) == OutboxPayload(JiraVersionPayload{s("2026.11.1")}));
    }

    void theWorkflowKnowsTheTeamsProjects()
    {
        m_workflow->setJiraProjects({s("PAY"), s("CHS")});
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201")});
        QVERIFY(id);
        QVERIFY(payloadOf(outboxOf(id).first()) ==
                OutboxPayload(JiraVersionPayload{s("2026.11.1"), s("CHS")}));
    }

    // Live and Cancelled reach the version of every project the tasks are in.
    void movesReachEveryProject()
    {
        Release release;
        release.name = s("2026.11.1");
        release.taskKeys = {s("CHS-1"), s("PAY-12"), s("PAY-13")};
        const QDateTime now = m_clock->now();
        const QList<OutboxEntry> live =
            ReleaseFixVersions::moved(release, Stage::Live, now, s("CHS"));
        QCOMPARE(live.size(), 2);
        const QDate day = now.toLocalTime().date();
        QVERIFY(payloadOf(live[0]) ==
                OutboxPayload(JiraVersionReleasedPayload{s("2026.11.1"), day}));
        QCOMPARE(live[0].idempotencyKey, s("jira.version-released:2026.11.1:live:1"));
        QVERIFY(payloadOf(live[1]) ==
                OutboxPayload(JiraVersionReleasedPayload{s("2026.11.1"), day, s("PAY")}));
        QCOMPARE(live[1].idempotencyKey, s("jira.version-released:2026.11.1:live-PAY:1"));
        const QList<OutboxEntry> cancelled =
            ReleaseFixVersions::moved(release, Stage::Cancelled, now, s("CHS"));
        QCOMPARE(cancelled.size(), 2);
        QVERIFY(payloadOf(cancelled[1]) ==
                OutboxPayload(JiraVersionArchivedPayload{s("2026.11.1"), s("PAY")}));
        QCOMPARE(cancelled[1].idempotencyKey, s("jira.version-archived:2026.11.1:cancelled-PAY:1"));
    }

    // The last task of a project taken out: only the task leaves the version,
    // which stays in that project for whoever else uses it.
    void theLastTaskOfAProjectLeavesItsVersionAlone()
    {
        Change pay = m_store->changesOf({s("CHS-1201")}).value().constFirst();
        pay.key = s("PAY-1");
        QVERIFY(m_store->saveChanges({pay}));
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201"), s("PAY-1")});
        QVERIFY(id);
        const qsizetype before = outboxOf(id).size();
        QVERIFY(m_workflow->removeTask(id, s("PAY-1"), dev));
        const QList<OutboxEntry> entries = outboxOf(id);
        QCOMPARE(entries.size(), before + 1);
        QVERIFY(payloadOf(entries.last()) ==
                OutboxPayload(JiraFixVersionPayload{s("PAY-1"), s("2026.11.1"), false, s("PAY")}));
        // And its Live mark goes to the projects it still has tasks in.
        const Release release = m_store->release(id).value();
        QCOMPARE(ReleaseFixVersions::moved(release, Stage::Live, m_clock->now()).size(), 1);
    }

    void otherMovesTellJiraNothing()
    {
        Release release;
        release.name = s("2026.11.1");
        for (Stage to : {Stage::ReadyForStaging, Stage::InStaging, Stage::BackedOut})
            QVERIFY(ReleaseFixVersions::moved(release, to, m_clock->now()).isEmpty());
    }

    void waitingCountsOnlyOpenFixVersionWrites_data()
    {
        QTest::addColumn<OutboxKind>("kind");
        QTest::addColumn<OutboxState>("state");
        QTest::addColumn<bool>("waiting");
        QTest::newRow("pending") << OutboxKind::JiraFixVersion << OutboxState::Pending << true;
        QTest::newRow("sending") << OutboxKind::JiraVersion << OutboxState::Sending << true;
        QTest::newRow("failed") << OutboxKind::JiraFixVersion << OutboxState::Failed << true;
        QTest::newRow("done") << OutboxKind::JiraFixVersion << OutboxState::Done << false;
        QTest::newRow("discarded") << OutboxKind::JiraVersion << OutboxState::Discarded << false;
        QTest::newRow("other kind") << OutboxKind::JiraComment << OutboxState::Pending << false;
    }
    void waitingCountsOnlyOpenFixVersionWrites()
    {
        QFETCH(OutboxKind, kind);
        QFETCH(OutboxState, state);
        QFETCH(bool, waiting);
        OutboxEntry entry;
        entry.kind = kind;
        entry.state = state;
        QCOMPARE(ReleaseFixVersions::waiting({entry}), waiting);
    }

    // What the sync does with a release it knows, given what Jira shows.
    void follow_data()
    {
        QTest::addColumn<Stage>("stage");
        QTest::addColumn<QStringList>("jiraTasks");
        QTest::addColumn<bool>("released");
        QTest::addColumn<bool>("archived");
        QTest::addColumn<bool>("waiting");
        QTest::addColumn<QStringList>("tasks");
        QTest::addColumn<Stage>("after");
        QTest::addColumn<QList<AuditAction>>("actions");
        const QStringList mine{s("CHS-1"), s("CHS-2")};
        QTest::newRow("same") << Stage::CiDev << mine << false << false << false << mine
                              << Stage::CiDev << QList<AuditAction>();
        QTest::newRow("one joined")
            << Stage::CiDev << QStringList{s("CHS-1"), s("CHS-2"), s("CHS-3")} << false << false
            << false << QStringList{s("CHS-1"), s("CHS-2"), s("CHS-3")} << Stage::CiDev
            << QList{AuditAction::TaskJoined};
        QTest::newRow("one left") << Stage::InStaging << QStringList{s("CHS-2")} << false << false
                                  << false << QStringList{s("CHS-2")} << Stage::InStaging
                                  << QList{AuditAction::TaskLeft};
        QTest::newRow("own writes waiting")
            << Stage::CiDev << QStringList{s("CHS-2"), s("CHS-3")} << false << false << true << mine
            << Stage::CiDev << QList<AuditAction>();
        QTest::newRow("no task left") << Stage::CiDev << QStringList() << false << false << false
                                      << mine << Stage::CiDev << QList<AuditAction>();
        QTest::newRow("released") << Stage::LiveRequested << mine << true << false << false << mine
                                  << Stage::Live << QList{AuditAction::Transition};
        QTest::newRow("released, then archived")
            << Stage::LiveRequested << mine << true << true << false << mine << Stage::Live
            << QList{AuditAction::Transition};
        QTest::newRow("archived") << Stage::TicketRaised << mine << false << true << false << mine
                                  << Stage::Cancelled << QList{AuditAction::Transition};
        QTest::newRow("released while waiting")
            << Stage::LiveRequested << QStringList{s("CHS-1")} << true << false << true << mine
            << Stage::Live << QList{AuditAction::Transition};
        QTest::newRow("finished") << Stage::Live << QStringList{s("CHS-1")} << false << true
                                  << false << mine << Stage::Live << QList<AuditAction>();
    }
    void follow()
    {
        QFETCH(Stage, stage);
        QFETCH(QStringList, jiraTasks);
        QFETCH(bool, released);
        QFETCH(bool, archived);
        QFETCH(bool, waiting);
        QFETCH(QStringList, tasks);
        QFETCH(Stage, after);
        QFETCH(QList<AuditAction>, actions);
        Release release;
        release.id = 3;
        release.name = s("2026.11.1");
        release.stage = stage;
        release.taskKeys = {s("CHS-1"), s("CHS-2")};
        FixVersionState jira{released, QDate(2026, 11, 20), archived, jiraTasks};
        const QDateTime now = m_clock->now();
        const FixVersionFollowing following = FixVersionFollow::follow(release, jira, waiting, now);
        const Release result = following.release.value_or(release);
        QCOMPARE(result.taskKeys, tasks);
        QCOMPARE(result.stage, after);
        QList<AuditAction> seen;
        for (const AuditEvent &event : following.events) {
            seen << event.action;
            QCOMPARE(event.releaseId, qint64(3));
            QCOMPARE(event.at, now);
            QVERIFY2(event.why.contains(s("Jira")), qPrintable(event.why));
            QVERIFY(!event.actor.isEmpty());
        }
        QCOMPARE(seen, actions);
        QCOMPARE(following.release.has_value(), !actions.isEmpty());
        if (released && !actions.isEmpty())
            QVERIFY(following.events.last().why.contains(s("2026-11-20")));
    }
};

QTEST_GUILESS_MAIN(TestReleaseFixVersions)
#include "tst_releasefixversions.moc"
