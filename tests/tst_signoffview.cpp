#include "tst_signoffview.h"

#include "models/formats/outboxpayload.h"

#include <QCheckBox>
#include <QSignalSpy>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

// The sign-off view over an in-memory store in CI-Dev, driven as a tester
// drives it: clicks on rows, P and F on the keyboard, the buttons and the
// filter; the verdicts and the developers' notices are checked in the store.
class TestSignOffView : public QObject, private SignOffViewFixture
{
    Q_OBJECT

private slots:
    void init() { setUpRelease(); }
    void cleanup() { tearDownRelease(); }

    void showsTheReleaseTasksAndTester()
    {
        openView(m_release);
        QCOMPARE(shownKeys(), QStringList({s("CHS-1201"), s("CHS-1202"), s("CHS-1203")}));
        QCOMPARE(shown(s("CHS-1202"), Column::Summary), s("A change"));
        QCOMPARE(shown(s("CHS-1202"), Column::Assignee), dev);
        QCOMPARE(shown(s("CHS-1202"), Column::Result), s("Not tested"));
        QCOMPARE(text("releaseLabel"), s("Release 2026.11.3 · CI-Dev"));
        QCOMPARE(text("testerLabel"), s("Signing off as Priya Shah"));
        QCOMPARE(text("tallyLabel"), s("CI-Dev: 0 passed · 0 failed · 3 not tested"));
        QVERIFY(child("ciDevButton")->isChecked());
        QVERIFY(!child<QWidget>("stagingBar")->isVisible());
        // Nothing selected, nothing to sign off.
        QVERIFY(!child("passButton")->isEnabled());
        QVERIFY(!child("failButton")->isEnabled());
    }

    void passesByKeyboardAndMovesToTheNextTask()
    {
        openView(m_release);
        QSignalSpy changed(m_view.get(), &SignOffView::releaseChanged);
        clickRow(s("CHS-1201"));
        QVERIFY(child("passButton")->isEnabled());
        QTest::keyClick(table(), Qt::Key_P);

        QCOMPARE(verdicts().size(), 1);
        const TestResult passed = verdicts().constLast();
        QCOMPARE(passed.taskKey, s("CHS-1201"));
        QCOMPARE(passed.environment, Environment::CiDev);
        QCOMPARE(passed.outcome, TestOutcome::Passed);
        QCOMPARE(passed.tester, tester);
        QCOMPARE(shown(s("CHS-1201"), Column::Result), s("Passed"));
        QCOMPARE(shown(s("CHS-1201"), Column::Tester), tester);
        QCOMPARE(text("statusLabel"), s("Passed in CI-Dev: CHS-1201."));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toLongLong(), m_release);

        // The next task is selected, so the tester keeps pressing P.
        QCOMPARE(selectedKeys(), QStringList({s("CHS-1202")}));
        QTest::keyClick(table(), Qt::Key_P);
        QCOMPARE(verdicts().size(), 2);
        QCOMPARE(verdicts().constLast().taskKey, s("CHS-1202"));
        QCOMPARE(text("tallyLabel"), s("CI-Dev: 2 passed · 0 failed · 1 not tested"));
        QVERIFY(!bannerShown());
    }

    // A mis-click corrected: U withdraws the verdict, and the task counts as untested.
    void withdrawsAVerdictByKeyboard()
    {
        openView(m_release);
        clickRow(s("CHS-1201"));
        QTest::keyClick(table(), Qt::Key_P);
        clickRow(s("CHS-1201"));
        QVERIFY(child("untestedButton")->isEnabled());
        QTest::keyClick(table(), Qt::Key_U);
        QCOMPARE(verdicts().size(), 2);
        QCOMPARE(verdicts().constLast().outcome, TestOutcome::Untested);
        QCOMPARE(shown(s("CHS-1201"), Column::Result), s("Not tested"));
        QCOMPARE(text("statusLabel"), s("Back to untested in CI-Dev: CHS-1201."));
        QCOMPARE(text("tallyLabel"), s("CI-Dev: 0 passed · 0 failed · 3 not tested"));
    }

    void failsSelectedTasksInBulkWithANoteAndTellsTheDevelopers()
    {
        openView(m_release);
        clickRow(s("CHS-1201"));
        clickRow(s("CHS-1203"), Qt::ControlModifier);
        QCOMPARE(selectedKeys(), QStringList({s("CHS-1201"), s("CHS-1203")}));
        m_prompt->answers << filingNote;
        QTest::keyClick(table(), Qt::Key_F);

        QCOMPARE(m_prompt->questions.size(), 1);
        QCOMPARE(m_prompt->questions.first().taskKeys, QStringList({s("CHS-1201"), s("CHS-1203")}));
        QCOMPARE(m_prompt->questions.first().draft, QString());
        QCOMPARE(verdicts().size(), 2);
        for (const TestResult &failed : verdicts()) {
            QCOMPARE(failed.outcome, TestOutcome::Failed);
            QCOMPARE(failed.note, filingNote);
            QCOMPARE(failed.tester, tester);
        }
        QCOMPARE(shown(s("CHS-1201"), Column::Result), s("Failed"));
        QCOMPARE(shown(s("CHS-1203"), Column::Note), filingNote);
        QCOMPARE(shown(s("CHS-1202"), Column::Result), s("Not tested"));
        QVERIFY(text("statusLabel").contains(s("Failed in CI-Dev: CHS-1201, CHS-1203.")));
        // Several tasks stay selected as they were.
        QCOMPARE(selectedKeys(), QStringList({s("CHS-1201"), s("CHS-1203")}));

        // Each failed task's developers hear of it: the verdict on the task with
        // the note, the task back to In Progress, and a post in the release channel.
        const auto verdicts = outboxOf(OutboxKind::JiraVerdict);
        const auto posts = outboxOf(OutboxKind::SlackPost);
        QCOMPARE(verdicts.size(), 2);
        QCOMPARE(posts.size(), 2);
        QStringList commented;
        for (const OutboxEntry &entry : verdicts) {
            const auto verdict = payloadOf<JiraVerdictPayload>(entry);
            QVERIFY2(verdict.text.contains(filingNote), qPrintable(verdict.text));
            QCOMPARE(verdict.toStatus, s("In Progress"));
            commented << verdict.key;
        }
        commented.sort();
        QCOMPARE(commented, QStringList({s("CHS-1201"), s("CHS-1203")}));
        const auto post = payloadOf<SlackPostPayload>(posts.first());
        QCOMPARE(post.purpose, SlackPurpose::TestFailure);
        QVERIFY2(post.text.contains(s("CHS-1201")), qPrintable(post.text));
        QVERIFY2(post.text.contains(filingNote), qPrintable(post.text));
        QVERIFY(payloadOf<SlackPostPayload>(posts.last()).text.contains(s("CHS-1203")));
    }

    void failingAskedWithTheFailButtonAndCancelledRecordsNothing()
    {
        openView(m_release);
        clickRow(s("CHS-1202"));
        QTest::mouseClick(child("failButton"), Qt::LeftButton);
        QCOMPARE(m_prompt->questions.size(), 1);
        QCOMPARE(verdicts().size(), 0);
        // Only the fix-version writes queued when the release was made.
        for (const OutboxEntry &entry : m_store->outboxEntries().value())
            QVERIFY2(OutboxPayloads::isFixVersionKind(entry.kind), qPrintable(entry.kindKey()));
        QCOMPARE(selectedKeys(), QStringList({s("CHS-1202")}));
    }

    void passesWithTheButtonForEverySelectedTask()
    {
        openView(m_release);
        table()->selectAll();
        QTest::mouseClick(child("passButton"), Qt::LeftButton);
        QCOMPARE(verdicts().size(), 3);
        QCOMPARE(text("tallyLabel"), s("CI-Dev: 3 passed · 0 failed · 0 not tested"));
    }

    void showsAFailureUntilTheTaskIsTestedAgain()
    {
        openView(m_release);
        clickRow(s("CHS-1202"));
        m_prompt->answers << filingNote;
        QTest::keyClick(table(), Qt::Key_F);
        QCOMPARE(shown(s("CHS-1202"), Column::Result), s("Failed"));

        // Other verdicts, a reload and a trip to Staging do not clear it.
        m_clock->advance(600);
        clickRow(s("CHS-1201"));
        QTest::keyClick(table(), Qt::Key_P);
        m_view->reload();
        QTest::mouseClick(child("stagingButton"), Qt::LeftButton);
        QCOMPARE(m_view->environment(), Environment::Staging);
        QCOMPARE(shown(s("CHS-1202"), Column::Result), s("Not tested"));
        QTest::mouseClick(child("ciDevButton"), Qt::LeftButton);
        QCOMPARE(shown(s("CHS-1202"), Column::Result), s("Failed"));
        QCOMPARE(shown(s("CHS-1202"), Column::Note), filingNote);
        QCOMPARE(text("tallyLabel"), s("CI-Dev: 1 passed · 1 failed · 1 not tested"));

        // Retested after the fix: the pass is what counts now.
        m_clock->advance(3600);
        clickRow(s("CHS-1202"));
        QTest::keyClick(table(), Qt::Key_P);
        QCOMPARE(shown(s("CHS-1202"), Column::Result), s("Passed"));
        QCOMPARE(shown(s("CHS-1202"), Column::Note), QString());
    }

    void filtersToTheTasksNotYetTested()
    {
        openView(m_release);
        clickRow(s("CHS-1201"));
        QTest::keyClick(table(), Qt::Key_P);
        QTest::mouseClick(child<QCheckBox>("untestedOnlyCheck"), Qt::LeftButton);
        QVERIFY(child<QCheckBox>("untestedOnlyCheck")->isChecked());
        QCOMPARE(shownKeys(), QStringList({s("CHS-1202"), s("CHS-1203")}));

        // A passed task leaves the list and the next one is ready for P.
        clickRow(s("CHS-1202"));
        QTest::keyClick(table(), Qt::Key_P);
        QCOMPARE(shownKeys(), QStringList({s("CHS-1203")}));
        QCOMPARE(selectedKeys(), QStringList({s("CHS-1203")}));
        // So does a failed one.
        m_prompt->answers << filingNote;
        QTest::keyClick(table(), Qt::Key_F);
        QCOMPARE(shownKeys(), QStringList());
        QTest::mouseClick(child<QCheckBox>("untestedOnlyCheck"), Qt::LeftButton);
        QCOMPARE(shownKeys().size(), 3);
    }

    void keepsTheNoteAndTheSelectionWhenAVerdictCannotBeRecorded()
    {
        openView(m_release);
        clickRow(s("CHS-1201"));
        m_store->failNextWrite(s("database is locked"));
        m_prompt->answers << filingNote;
        QTest::keyClick(table(), Qt::Key_F);

        QCOMPARE(verdicts().size(), 0);
        QVERIFY(bannerShown());
        QVERIFY2(bannerText().contains(s("CHS-1201: database is locked")),
                 qPrintable(bannerText()));
        QCOMPARE(selectedKeys(), QStringList({s("CHS-1201")}));
        QCOMPARE(text("statusLabel"), QString());

        // The next try starts from what was typed, and succeeds.
        m_prompt->answers << filingNote;
        QTest::keyClick(table(), Qt::Key_F);
        QCOMPARE(m_prompt->questions.size(), 2);
        QCOMPARE(m_prompt->questions.last().draft, filingNote);
        QCOMPARE(verdicts().size(), 1);
        QVERIFY(!bannerShown());

        // A note that was recorded is not offered again.
        clickRow(s("CHS-1203"));
        QTest::keyClick(table(), Qt::Key_F);
        QCOMPARE(m_prompt->questions.last().draft, QString());
    }

    void refusesWithoutATesterName()
    {
        openView(m_release);
        m_view->setTester(s("  "));
        QCOMPARE(text("testerLabel"), s("Not signed in to Jira yet"));
        clickRow(s("CHS-1201"));
        QTest::keyClick(table(), Qt::Key_F);
        QTest::keyClick(table(), Qt::Key_P);
        QCOMPARE(m_prompt->questions.size(), 0);
        QCOMPARE(verdicts().size(), 0);
        QVERIFY(bannerShown());
        QVERIFY(bannerText().contains(s("Jira account")));
    }

    void showsAReleaseThatCannotBeReadInline()
    {
        openView(m_release);
        m_view->setRelease(4242);
        QVERIFY(bannerShown());
        QVERIFY2(bannerText().startsWith(s("Could not read release 4242.")),
                 qPrintable(bannerText()));
        // What was shown stays.
        QCOMPARE(m_view->releaseId(), m_release);
        QCOMPARE(shownKeys().size(), 3);
        QTest::mouseClick(child("dismissBannerButton"), Qt::LeftButton);
        QVERIFY(!bannerShown());
    }
};

QTEST_MAIN(TestSignOffView)
#include "tst_signoffview.moc"
