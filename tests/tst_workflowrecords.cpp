#include "support/workflowfixture.h"

#include <QTest>

#include <functional>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

using Call = std::function<Status(ReleaseWorkflow &, qint64)>;
using Read = std::function<QString(const Release &)>;
Q_DECLARE_METATYPE(Call)
Q_DECLARE_METATYPE(ReleaseDesk::Environment)
Q_DECLARE_METATYPE(ReleaseDesk::TestOutcome)
Q_DECLARE_METATYPE(Read)

// What ReleaseWorkflow records on a release besides its moves: test verdicts
// (and the move back to CI-Dev a failed retest causes), release notes, and the
// references to pages, tickets and messages elsewhere. Each is checked, lands
// whole with its audit event, and leaves nothing behind when refused or when
// the store fails.
class TestWorkflowRecords : public QObject, private WorkflowFixture
{
    Q_OBJECT

private slots:
    void init()
    {
        const Status ready = setUpWorkflow();
        QVERIFY2(ready.ok(), qPrintable(ready.error()));
    }
    void cleanup() { tearDownWorkflow(); }

    void testResultRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<Environment>("environment");
        QTest::addColumn<TestOutcome>("outcome");
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown task")
            << s("CHS-9999") << Environment::CiDev << TestOutcome::Passed << tester << QString()
            << s("Unknown task CHS-9999. Sync with Jira, or check the key.");
        QTest::newRow("live") << s("CHS-1201") << Environment::Live << TestOutcome::Passed << tester
                              << QString()
                              << s("Tasks are tested in CI-Dev and Staging, not in Live.");
        QTest::newRow("failure without note")
            << s("CHS-1201") << Environment::Staging << TestOutcome::Failed << tester << s("  ")
            << s("A failed test needs a note that tells the developers what went wrong.");
        QTest::newRow("no tester") << s("CHS-1201") << Environment::CiDev << TestOutcome::Passed
                                   << QString() << QString() << s("Say who is making this change.");
    }

    void testResultRefused()
    {
        QFETCH(QString, key);
        QFETCH(Environment, environment);
        QFETCH(TestOutcome, outcome);
        QFETCH(QString, who);
        QFETCH(QString, note);
        QFETCH(QString, error);
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201")});
        const int writes = m_store->writeCount();
        QCOMPARE(m_workflow->recordTestResult(key, environment, outcome, who, note).error(), error);
        QCOMPARE(m_store->writeCount(), writes);
        QVERIFY(m_store->testResults()->isEmpty());
        QCOMPARE(trail(id).size(), 1);
    }

    void testResultAuditedOnEveryOpenRelease()
    {
        const qint64 a = create(s("2026.11.1"), {s("CHS-1201"), s("CHS-1202")});
        const qint64 b = create(s("2026.11.2"), {s("CHS-1202")});
        const qint64 other = create(s("2026.11.3"), {s("CHS-1203")});
        const qint64 closed = create(s("2026.11.4"), {s("CHS-1202")});
        QVERIFY(m_workflow->transition(closed, Stage::Cancelled, dev, s("Superseded")));
        m_clock->advance(60);
        QVERIFY(m_workflow->recordTestResult(s("CHS-1202"), Environment::CiDev, TestOutcome::Failed,
                                             tester, s(" 500 on the filing history page ")));
        const auto results = m_store->testResults().value();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results[0].taskKey, s("CHS-1202"));
        QCOMPARE(results[0].environment, Environment::CiDev);
        QCOMPARE(results[0].outcome, TestOutcome::Failed);
        QCOMPARE(results[0].tester, tester);
        QCOMPARE(results[0].note, s("500 on the filing history page"));
        QCOMPARE(results[0].at, m_clock->now());
        for (qint64 id : {a, b}) {
            const AuditEvent last = trail(id).last();
            QCOMPARE(last.action, AuditAction::TestFailed);
            QCOMPARE(last.actor, tester);
            QCOMPARE(last.why, s("CHS-1202 failed in CI-Dev: 500 on the filing history page"));
            QVERIFY(last.fromStage.isEmpty());
        }
        QCOMPARE(trail(other).size(), 1);
        QCOMPARE(trail(closed).last().action, AuditAction::Transition);

        QVERIFY(m_workflow->recordTestResult(s("CHS-1203"), Environment::Staging,
                                             TestOutcome::Passed, tester, {}));
        QCOMPARE(trail(other).last().action, AuditAction::TestPassed);
        QCOMPARE(trail(other).last().why, s("CHS-1203 passed in Staging"));
    }

    void ciDevFailureSendsReadyReleaseBack()
    {
        const qint64 ready = create(s("2026.11.1"), {s("CHS-1201"), s("CHS-1202")});
        QVERIFY(driveTo(ready, Stage::ReadyForStaging));
        const qint64 inStaging = create(s("2026.11.2"), {s("CHS-1203")});
        QVERIFY(driveTo(inStaging, Stage::InStaging));
        m_clock->advance(60);

        // A staging failure blocks at the gate but moves nothing.
        QVERIFY(m_workflow->recordTestResult(s("CHS-1203"), Environment::Staging,
                                             TestOutcome::Failed, tester, s("Wrong fee shown")));
        QCOMPARE(stored(inStaging).stage, Stage::InStaging);

        QVERIFY(m_workflow->recordTestResult(s("CHS-1202"), Environment::CiDev, TestOutcome::Failed,
                                             tester, s("Retest: 500 on submit")));
        const Release release = stored(ready);
        QCOMPARE(release.stage, Stage::CiDev);
        QCOMPARE(release.stageChanged, m_clock->now());
        const auto events = trail(ready);
        QCOMPARE(events.at(events.size() - 2).action, AuditAction::TestFailed);
        const AuditEvent back = events.last();
        QCOMPARE(back.action, AuditAction::Transition);
        QCOMPARE(back.fromStage, s("ready-for-staging"));
        QCOMPARE(back.toStage, s("ci-dev"));
        QCOMPARE(back.actor, tester);
        QCOMPARE(back.why, s("CHS-1202 failed in CI-Dev: Retest: 500 on submit"));

        // Once fixed and passed again, it can go forward again.
        QVERIFY(m_workflow->recordTestResult(s("CHS-1202"), Environment::CiDev, TestOutcome::Passed,
                                             tester, {}));
        QVERIFY(m_workflow->transition(ready, Stage::ReadyForStaging, dev, {}));
    }

    void testResultStoreFails()
    {
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201")});
        QVERIFY(driveTo(id, Stage::ReadyForStaging));
        const Release before = stored(id);
        const int events = int(trail(id).size());
        const int results = int(m_store->testResults()->size());
        m_store->failNextWrite(s("disk full"));
        QCOMPARE(m_workflow
                     ->recordTestResult(s("CHS-1201"), Environment::CiDev, TestOutcome::Failed,
                                        tester, s("broken"))
                     .error(),
                 s("disk full"));
        QCOMPARE(stored(id), before);
        QCOMPARE(trail(id).size(), events);
        QCOMPARE(m_store->testResults()->size(), results);
    }

    void saveNotes()
    {
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201")});
        m_clock->advance(60);
        const ReleaseNotes notes{s("Paginate filing history."),
                                 s("Redeploy 1.1.0."),
                                 s("FILING_PAGE_SIZE=25"),
                                 false,
                                 s("ignored"),
                                 s("ignored")};
        QVERIFY(m_workflow->saveNotes(id, notes, dev));
        Release release = stored(id);
        QCOMPARE(release.notes.description, notes.description);
        QCOMPARE(release.notes.backoutPlan, notes.backoutPlan);
        QCOMPARE(release.notes.configChanges, notes.configChanges);
        QVERIFY(release.notes.pageId.isEmpty());
        QCOMPARE(release.updated, m_clock->now());
        QCOMPARE(trail(id).last().action, AuditAction::NotesSaved);
        QCOMPARE(trail(id).last().actor, dev);

        // Drafts may be incomplete; published notes must stay complete.
        QVERIFY(m_workflow->saveNotes(id, {}, dev));
        QVERIFY(m_workflow->saveNotes(id, notes, dev));
        QVERIFY(
            m_workflow->recordNotesPublished(id, s("77"), s("https://confluence.example/77"), dev));
        ReleaseNotes worse = notes;
        worse.backoutPlan.clear();
        const int events = int(trail(id).size());
        QCOMPARE(m_workflow->saveNotes(id, worse, dev).error(),
                 s("Release notes: the backout plan is missing."));
        QCOMPARE(trail(id).size(), events);
        ReleaseNotes better = notes;
        better.description = s("Paginate the filing history, 25 a page.");
        QVERIFY(m_workflow->saveNotes(id, better, dev));
        release = stored(id);
        QCOMPARE(release.notes.description, better.description);
        QCOMPARE(release.notes.pageId, s("77"));
    }

    void saveNotesWithVersions()
    {
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201")});
        const ReleaseNotes notes{s("Paginate."), s("Redeploy 1.1.0."), {}, true, {}, {}};
        QVERIFY(m_workflow->saveNotes(id, notes, {{s("chs-orders-api"), s(" 1.2.1 "), s("Mesos ")}},
                                      dev));
        QCOMPARE(stored(id).services,
                 (QList<ReleaseService>{{s("chs-orders-api"), s("1.2.1"), s("Mesos")}}));
        QCOMPARE(stored(id).notes.description, notes.description);

        // Only a service the release ships, and nothing saved when one is not.
        const Release before = stored(id);
        const int events = int(trail(id).size());
        QCOMPARE(m_workflow
                     ->saveNotes(id, {s("Other."), {}, {}, true, {}, {}},
                                 {{s("chs-orders-api"), s("1.3.0"), s("ECS")},
                                  {s("chs-search-api"), s("4.0.0"), s("ECS")}},
                                 dev)
                     .error(),
                 s("Release 2026.11.1 does not ship chs-search-api."));
        QCOMPARE(stored(id), before);
        QCOMPARE(trail(id).size(), events);

        // Published notes keep a version: emptying it is refused like an emptied field.
        QVERIFY(
            m_workflow->recordNotesPublished(id, s("77"), s("https://confluence.example/77"), dev));
        QCOMPARE(m_workflow->saveNotes(id, notes, {{s("chs-orders-api"), s(" "), s("ECS")}}, dev)
                     .error(),
                 s("Release notes: chs-orders-api has no version to release."));
    }

    void savedDeploymentTypesAreRememberedForTheService()
    {
        QVERIFY(m_store->saveServices({{s("chs-orders-api"), s("chs-orders-api"), {}, s("chs")},
                                       {s("chs-search-api"), s("chs-search-api"), {}, s("chs")}}));
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201")});
        const ReleaseNotes notes{s("Paginate."), s("Redeploy 1.1.0."), {}, true, {}, {}};
        QVERIFY(m_workflow->saveNotes(id, notes, {{s("chs-orders-api"), s("1.2.1"), s(" Mesos")}},
                                      dev));
        const auto services = m_store->services();
        QVERIFY(services);
        for (const Service &service : services.value())
            QCOMPARE(service.deploymentType,
                     service.name == u"chs-orders-api" ? s("Mesos") : QString());
    }

    void references_data()
    {
        QTest::addColumn<Call>("call");
        QTest::addColumn<Call>("callEmpty");
        QTest::addColumn<Read>("read");
        QTest::addColumn<QString>("value");
        QTest::addColumn<AuditAction>("action");

        const auto add = [](const char *name, Call call, Call empty, Read read, const char *value,
                            AuditAction action) {
            QTest::newRow(name) << call << empty << read << s(value) << action;
        };
        using W = ReleaseWorkflow;
        add(
            "notes published",
            [](W &w, qint64 id) {
                return w.recordNotesPublished(id, s("77"), s("https://c.example/77"), dev);
            },
            [](W &w, qint64 id) { return w.recordNotesPublished(id, s("77"), s(" "), dev); },
            [](const Release &r) -> QString { return r.notes.pageId + u' ' + r.notes.pageUrl; },
            "77 https://c.example/77", AuditAction::NotesPublished);
        add(
            "change ticket",
            [](W &w, qint64 id) {
                return w.recordChangeTicket(id, s("CHG0030001"), s("https://s.example/1"), dev);
            },
            [](W &w, qint64 id) {
                return w.recordChangeTicket(id, {}, s("https://s.example/1"), dev);
            },
            [](const Release &r) -> QString { return r.changeTicket + u' ' + r.changeTicketUrl; },
            "CHG0030001 https://s.example/1", AuditAction::ChangeTicketRecorded);
        add(
            "staging request",
            [](W &w, qint64 id) { return w.recordStagingRequest(id, s("release_chs:1.1"), dev); },
            [](W &w, qint64 id) { return w.recordStagingRequest(id, s(" "), dev); },
            [](const Release &r) { return r.stagingRequestRef; }, "release_chs:1.1",
            AuditAction::StagingRequestRecorded);
        add(
            "test task",
            [](W &w, qint64 id) { return w.recordTestTask(id, s("CTASK0010002"), dev); },
            [](W &w, qint64 id) { return w.recordTestTask(id, {}, dev); },
            [](const Release &r) { return r.testTaskNumber; }, "CTASK0010002",
            AuditAction::TestTaskRecorded);
        add(
            "live request",
            [](W &w, qint64 id) { return w.recordLiveRequest(id, s("release_chs:2.1"), dev); },
            [](W &w, qint64 id) { return w.recordLiveRequest(id, {}, dev); },
            [](const Release &r) { return r.liveRequestRef; }, "release_chs:2.1",
            AuditAction::LiveRequestRecorded);
        add(
            "live confirmation",
            [](W &w, qint64 id) { return w.recordLiveConfirmation(id, s("release_chs:2.2"), dev); },
            [](W &w, qint64 id) { return w.recordLiveConfirmation(id, {}, dev); },
            [](const Release &r) { return r.liveConfirmationRef; }, "release_chs:2.2",
            AuditAction::LiveConfirmationRecorded);
    }

    void references()
    {
        QFETCH(Call, call);
        QFETCH(Call, callEmpty);
        QFETCH(Read, read);
        QFETCH(QString, value);
        QFETCH(AuditAction, action);
        const qint64 id = create(s("2026.11.1"), {s("CHS-1201")});
        const Release before = stored(id);
        const int writes = m_store->writeCount();
        m_clock->advance(60);

        QVERIFY(!callEmpty(*m_workflow, id).ok());
        m_store->failNextWrite(s("disk full"));
        QCOMPARE(call(*m_workflow, id).error(), s("disk full"));
        QCOMPARE(m_store->writeCount(), writes);
        QCOMPARE(stored(id), before);
        QCOMPARE(trail(id).size(), 1);

        QVERIFY(call(*m_workflow, id));
        const Release after = stored(id);
        QCOMPARE(read(after).trimmed(), value);
        QCOMPARE(after.updated, m_clock->now());
        QCOMPARE(after.stage, Stage::CiDev);
        const AuditEvent last = trail(id).last();
        QCOMPARE(last.action, action);
        QCOMPARE(last.actor, dev);
        QCOMPARE(last.at, m_clock->now());
        QVERIFY(value.startsWith(last.why) || value.endsWith(last.why));

        // A finished release's record is closed.
        QVERIFY(m_workflow->transition(id, Stage::Cancelled, dev, s("Superseded")));
        QCOMPARE(call(*m_workflow, id).error(),
                 s("Release 2026.11.1 is cancelled; its record is closed."));
        QVERIFY(!m_workflow->saveNotes(id, {}, dev).ok());
        QVERIFY(!call(*m_workflow, 4242).ok());
    }
};

QTEST_GUILESS_MAIN(TestWorkflowRecords)
#include "tst_workflowrecords.moc"
