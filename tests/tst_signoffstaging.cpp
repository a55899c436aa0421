#include "tst_signoffview.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

// The sign-off view in staging: the release team's test task, verdicts there,
// and the request for live that only a release whose tasks all passed in
// staging may make; plus the note dialog a failure asks through.
class TestSignOffStaging : public QObject, private SignOffViewFixture
{
    Q_OBJECT

private slots:
    void init() { setUpRelease(); }
    void cleanup() { tearDownRelease(); }

    void showsTheTestTaskInStagingAndRecordsVerdictsThere()
    {
        QVERIFY(driveTo(m_release, Stage::InStaging).ok());
        openView(m_release);
        QVERIFY(!child<QWidget>("stagingBar")->isVisible());
        QCOMPARE(shown(s("CHS-1201"), Column::Result), s("Passed"));

        QTest::mouseClick(child("stagingButton"), Qt::LeftButton);
        QVERIFY(child<QWidget>("stagingBar")->isVisible());
        QCOMPARE(text("testTaskLabel"), s("ServiceNow test task: CTASK0010002"));
        QCOMPARE(text("releaseLabel"), s("Release 2026.11.3 · In staging"));
        QCOMPARE(shown(s("CHS-1201"), Column::Result), s("Not tested"));

        clickRow(s("CHS-1201"));
        QTest::keyClick(table(), Qt::Key_P);
        QCOMPARE(verdicts().constLast().environment, Environment::Staging);
        QCOMPARE(text("tallyLabel"), s("Staging: 1 passed · 0 failed · 2 not tested"));

        QTest::mouseClick(child("ciDevButton"), Qt::LeftButton);
        QVERIFY(!child<QWidget>("stagingBar")->isVisible());
    }

    void requestsLiveOnlyWhenEveryTaskPassedInStaging()
    {
        QVERIFY(driveTo(m_release, Stage::InStaging).ok());
        openView(m_release, Environment::Staging);
        auto *requestLive = child<QPushButton>("requestLiveButton");
        QVERIFY(!requestLive->isEnabled());
        QCOMPARE(requestLive->toolTip(),
                 s("3 of 3 tasks not yet passed in Staging: CHS-1201, CHS-1202, CHS-1203"));

        // A failure keeps it disabled until the task is tested again.
        clickRow(s("CHS-1202"));
        m_prompt->answers << filingNote;
        QTest::keyClick(table(), Qt::Key_F);
        QVERIFY(!requestLive->isEnabled());
        m_clock->advance(3600);
        table()->selectAll();
        QTest::keyClick(table(), Qt::Key_P);
        QCOMPARE(text("tallyLabel"), s("Staging: 3 passed · 0 failed · 0 not tested"));
        QVERIFY(requestLive->isEnabled());
        QVERIFY(requestLive->toolTip().contains(s("Every task has passed in staging")));

        QSignalSpy changed(m_view.get(), &SignOffView::releaseChanged);
        QTest::mouseClick(requestLive, Qt::LeftButton);
        QCOMPARE(stored(m_release).stage, Stage::StagingPassed);
        const auto posts = outboxOf(OutboxKind::SlackPost);
        QList<SlackPostPayload> liveRequests;
        for (const OutboxEntry &entry : posts) {
            const auto post = payloadOf<SlackPostPayload>(entry);
            if (post.purpose == SlackPurpose::LiveRequest)
                liveRequests << post;
        }
        QCOMPARE(liveRequests.size(), 1);
        QVERIFY2(liveRequests.first().text.contains(s("2026.11.3")),
                 qPrintable(liveRequests.first().text));
        QVERIFY(text("statusLabel").contains(s("Live requested for release 2026.11.3")));
        QCOMPARE(text("releaseLabel"), s("Release 2026.11.3 · Staging passed"));
        QVERIFY(!bannerShown());
        QCOMPARE(changed.size(), 1);

        // Asked again while the post waits in the outbox: refused inline, nothing queued.
        QTest::mouseClick(requestLive, Qt::LeftButton);
        QVERIFY(bannerShown());
        QVERIFY2(bannerText().contains(s("already in the outbox")), qPrintable(bannerText()));
        QCOMPARE(outboxOf(OutboxKind::SlackPost).size(), posts.size());
    }

    void requestLiveStaysDisabledWhileATaskFailedInStaging()
    {
        QVERIFY(driveTo(m_release, Stage::InStaging).ok());
        openView(m_release, Environment::Staging);
        table()->selectAll();
        QTest::keyClick(table(), Qt::Key_P);
        m_clock->advance(60);
        clickRow(s("CHS-1203"));
        m_prompt->answers << filingNote;
        QTest::keyClick(table(), Qt::Key_F);

        auto *requestLive = child<QPushButton>("requestLiveButton");
        QVERIFY(!requestLive->isEnabled());
        QVERIFY2(requestLive->toolTip().contains(
                     s("Failed in Staging, to be fixed and tested again: CHS-1203")),
                 qPrintable(requestLive->toolTip()));
        QCOMPARE(stored(m_release).stage, Stage::InStaging);
        QVERIFY(m_view->findChild<QWidget *>(s("stagingBar"))->isVisible());
    }

    void theNoteDialogNeedsANote()
    {
        FailureNoteDialog dialog({s("CHS-1201"), s("CHS-1203")}, QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), s("Fail CHS-1201, CHS-1203"));
        auto *edit = dialog.findChild<QPlainTextEdit *>(s("noteEdit"));
        auto *confirm = dialog.findChild<QPushButton *>(s("confirmFailButton"));
        QVERIFY(edit && confirm);
        QVERIFY(!confirm->isEnabled());
        edit->setFocus();
        QTest::keyClicks(edit, s("   "));
        QVERIFY(!confirm->isEnabled());
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(dialog.isVisible());
        QTest::keyClicks(edit, filingNote + s("  "));
        QVERIFY(confirm->isEnabled());
        QCOMPARE(dialog.note(), filingNote);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void theNoteDialogStartsFromTheDraft()
    {
        FailureNoteDialog dialog({s("CHS-1201")}, filingNote);
        QCOMPARE(dialog.note(), filingNote);
        QVERIFY(dialog.findChild<QPushButton *>(s("confirmFailButton"))->isEnabled());
    }
};

QTEST_MAIN(TestSignOffStaging)
#include "tst_signoffstaging.moc"
