#include "models/itemmodels/dashboardroles.h"
#include "services/store/notesdraftfolder.h"
#include "support/memoryreleasestore.h"
#include "ui/dashboard/releasedetailpane.h"
#include "ui/mainwindow.h"
#include "ui/messagebanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace ReleaseDesk;
using ReleaseDesk::Testing::MemoryReleaseStore;

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

qint64 addRelease(MemoryReleaseStore &store, const char *name, Stage stage, const char *service,
                  const QStringList &tasks, const char *when)
{
    Release release;
    release.name = QString::fromLatin1(name);
    release.stage = stage;
    release.services = {
        {QString::fromLatin1(service), QStringLiteral("1.4.2"), QStringLiteral("ECS")}};
    release.taskKeys = tasks;
    release.created = at(when);
    release.stageChanged = release.created;
    release.updated = release.created;
    if (stage == Stage::InStaging)
        release.testTaskNumber = QStringLiteral("CTASK0010002");
    AuditEvent created;
    created.actor = QStringLiteral("dev.one");
    created.at = release.created;
    created.action = AuditAction::Created;
    const auto id = store.createRelease(release, created);
    return id ? id.value() : 0;
}

void recordVerdict(MemoryReleaseStore &store, const char *task, Environment environment,
                   TestOutcome outcome, const char *when)
{
    TestResult result;
    result.taskKey = QString::fromLatin1(task);
    result.environment = environment;
    result.outcome = outcome;
    result.tester = QStringLiteral("tester.one");
    result.at = at(when);
    QVERIFY(store.recordTestResult(result, {}).ok());
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MemoryReleaseStore> m_store;
    QTemporaryDir m_profile;
    NotesDraftFolder m_drafts{m_profile.path()};
    SystemClock m_clock;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_ordersId = 0;

    QTableView *view() const
    {
        return m_window->findChild<QTableView *>(QStringLiteral("dashboardView"));
    }
    QLineEdit *searchEdit() const
    {
        return m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    }
    QLabel *paneLabel(const char *name) const
    {
        return m_window->findChild<ReleaseDetailPane *>(QStringLiteral("detailPane"))
            ->findChild<QLabel *>(QString::fromLatin1(name));
    }
    int rowOfRelease(qint64 id) const
    {
        const QAbstractItemModel *model = view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(ReleaseIdRole).toLongLong() == id)
                return row;
        }
        return -1;
    }

private slots:
    void init()
    {
        m_store = std::make_unique<MemoryReleaseStore>();
        m_ordersId =
            addRelease(*m_store, "2026.11.1", Stage::CiDev, "chs-orders-api",
                       {QStringLiteral("CHS-1"), QStringLiteral("CHS-2")}, "2026-11-02T09:00:00Z");
        addRelease(*m_store, "2026.11.2", Stage::InStaging, "chs-payments-web",
                   {QStringLiteral("CHS-10")}, "2026-11-03T09:00:00Z");
        addRelease(*m_store, "2026.10.1", Stage::Live, "chs-orders-api", {QStringLiteral("CHS-5")},
                   "2026-10-20T09:00:00Z");
        recordVerdict(*m_store, "CHS-1", Environment::CiDev, TestOutcome::Passed,
                      "2026-11-04T10:00:00Z");
        recordVerdict(*m_store, "CHS-2", Environment::CiDev, TestOutcome::Failed,
                      "2026-11-04T11:00:00Z");
        m_window = std::make_unique<MainWindow>(*m_store, m_drafts, m_clock,
                                                QStringLiteral("rel.manager"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_store.reset();
    }

    void showsEveryRelease()
    {
        QCOMPARE(m_window->windowTitle(), u"ReleaseDesk");
        QVERIFY(view());
        QVERIFY(view()->isSortingEnabled());
        QCOMPARE(view()->selectionBehavior(), QAbstractItemView::SelectRows);
        QCOMPARE(view()->model()->rowCount(), 3);
        QCOMPARE(searchEdit()->placeholderText(), u"Search releases, services, tasks…");
        // Newest activity first: the failed retest of CHS-2 makes 2026.11.1 the latest.
        QCOMPARE(view()->model()->index(0, 0).data().toString(), u"2026.11.1");
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"Releases: 3"),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"active: 2"));
        QVERIFY(m_window->findChild<QFrame *>(QStringLiteral("errorBanner"))->isHidden());
    }

    // An error may be dismissed; being offline shows for as long as it lasts.
    void errorAndOfflineBannersAreMessageBanners()
    {
        auto *error = m_window->findChild<MessageBanner *>(QStringLiteral("errorBanner"));
        auto *offline = m_window->findChild<MessageBanner *>(QStringLiteral("offlineBanner"));
        QVERIFY(error && offline);
        QCOMPARE(error->kind(), MessageBanner::Kind::Error);
        QCOMPARE(offline->kind(), MessageBanner::Kind::Offline);
        QVERIFY(offline->isHidden());

        m_window->setOffline(true, QStringLiteral("Cannot reach Jira."));
        QVERIFY(offline->isVisible());
        QVERIFY2(offline->text().startsWith(u"Offline: showing what was synced last.") &&
                     offline->text().endsWith(u" Cannot reach Jira."),
                 qPrintable(offline->text()));
        QVERIFY(!offline->findChild<QToolButton *>(QStringLiteral("dismissBannerButton")));
        m_window->setOffline(false);
        QVERIFY(offline->isHidden());

        m_window->showError(QStringLiteral("Jira said no."));
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), u"Jira said no.");
        QTest::mouseClick(error->findChild<QToolButton *>(QStringLiteral("dismissBannerButton")),
                          Qt::LeftButton);
        QVERIFY(error->isHidden());
    }

    void selectingAReleaseShowsItsBlockers()
    {
        // The window opens on the release with the latest activity.
        QCOMPARE(view()->currentIndex().row(), 0);
        QCOMPARE(paneLabel("titleLabel")->text(), u"2026.11.1");
        view()->selectRow(rowOfRelease(m_ordersId) == 0 ? 1 : 0);
        QVERIFY(paneLabel("titleLabel")->text() != u"2026.11.1");

        const int row = rowOfRelease(m_ordersId);
        QVERIFY(row >= 0);
        view()->selectRow(row);

        QCOMPARE(paneLabel("titleLabel")->text(), u"2026.11.1");
        QCOMPARE(paneLabel("stageLabel")->text(), toTitle(Stage::CiDev));
        QVERIFY(paneLabel("servicesLabel")->text().contains(u"chs-orders-api@1.4.2"));
        const QString gates = paneLabel("gatesLabel")->text();
        QVERIFY2(gates.contains(u"1 of 2 tasks not yet passed in CI-Dev: CHS-2"),
                 qPrintable(gates));
        QVERIFY2(gates.contains(u"chs-orders-api 1.4.2: docker-build-ecr has not run"),
                 qPrintable(gates));
        QVERIFY(gates.contains(u"✗"));
        QVERIFY(paneLabel("auditLabel")->text().contains(u"dev.one"));
        QVERIFY(paneLabel("tasksLabel")->text().contains(u"failed: CHS-2"));
        QVERIFY(!paneLabel("placeholderLabel")->isVisible());
    }

    void searchFiltersTheRows()
    {
        QTest::keyClicks(searchEdit(), QStringLiteral("payments"));
        QCOMPARE(view()->model()->rowCount(), 1);
        QCOMPARE(view()->model()->index(0, 0).data().toString(), u"2026.11.2");
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"shown: 1"));

        searchEdit()->clear();
        QCOMPARE(view()->model()->rowCount(), 3);
        QTest::keyClicks(searchEdit(), QStringLiteral("ORDERS 2026.11"));
        QCOMPARE(view()->model()->rowCount(), 1);

        searchEdit()->clear();
        QTest::keyClicks(searchEdit(), QStringLiteral("chs-"));
        QCOMPARE(view()->model()->rowCount(), 3);
        auto *activeOnly = m_window->findChild<QCheckBox *>(QStringLiteral("activeOnlyCheck"));
        QVERIFY(activeOnly);
        activeOnly->setChecked(true);
        QCOMPARE(view()->model()->rowCount(), 2);
    }

    void stageAndServiceCombosFilterWithTheSearch()
    {
        auto *stage = m_window->findChild<QComboBox *>(QStringLiteral("stageCombo"));
        auto *service = m_window->findChild<QComboBox *>(QStringLiteral("serviceCombo"));
        QVERIFY(stage && service);
        // All, then the services the releases ship, sorted.
        QCOMPARE(service->count(), 3);
        QCOMPARE(service->itemText(1), u"chs-orders-api");

        stage->setCurrentIndex(stage->findData(int(Stage::InStaging)));
        QCOMPARE(view()->model()->rowCount(), 1);
        QCOMPARE(view()->model()->index(0, 0).data().toString(), u"2026.11.2");
        stage->setCurrentIndex(stage->findText(QStringLiteral("Blocked")));
        QCOMPARE(view()->model()->rowCount(), 2); // both releases under way have a gate to pass
        stage->setCurrentIndex(0);
        QCOMPARE(view()->model()->rowCount(), 3);

        service->setCurrentIndex(service->findText(QStringLiteral("chs-orders-api")));
        QCOMPARE(view()->model()->rowCount(), 2);
        QTest::keyClicks(searchEdit(), QStringLiteral("2026.10"));
        QCOMPARE(view()->model()->rowCount(), 1);
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"shown: 1"));
        // The choice survives a reload.
        m_window->reload();
        QCOMPARE(service->currentText(), u"chs-orders-api");
        QCOMPARE(view()->model()->rowCount(), 1);
    }

    void timelineShowsChannelRepliesAndOutboxWrites()
    {
        ChannelMessage reply;
        reply.ts = QStringLiteral("1700000000.000200");
        reply.author = QStringLiteral("rita.release");
        reply.text = QStringLiteral("2026.11.1 is on hold");
        reply.posted = at("2026-11-05T09:00:00Z");
        reply.releaseName = QStringLiteral("2026.11.1");
        reply.kind = ChannelMessageKind::Unrecognised;
        QVERIFY(m_store->saveChannelMessages({reply}).ok());
        OutboxEntry post;
        post.releaseId = m_ordersId;
        post.kind = OutboxKind::SlackPost;
        post.idempotencyKey = QStringLiteral("post-1");
        post.created = at("2026-11-05T08:00:00Z");
        QVERIFY(m_store->saveRelease(m_store->release(m_ordersId).value(), {}, {post}).ok());
        m_window->reload();
        view()->selectRow(rowOfRelease(m_ordersId));

        const QString history = paneLabel("auditLabel")->text();
        QVERIFY2(history.contains(u"not understood") && history.contains(u"on hold"),
                 qPrintable(history));
        QVERIFY2(history.contains(u"slack.post") && history.contains(u"Pending"),
                 qPrintable(history));
        // Newest first: the reply, the write, then the release's creation.
        QVERIFY(history.indexOf(u"on hold") < history.indexOf(u"slack.post"));
        QVERIFY(history.indexOf(u"slack.post") < history.indexOf(u"created the release"));
    }

    void reloadUpdatesRowsAndKeepsTheSelection()
    {
        view()->selectRow(rowOfRelease(m_ordersId));
        QVERIFY(paneLabel("gatesLabel")->text().contains(u"CHS-2"));

        addRelease(*m_store, "2026.11.3", Stage::CiDev, "chs-search-api",
                   {QStringLiteral("CHS-20")}, "2026-11-05T09:00:00Z");
        recordVerdict(*m_store, "CHS-2", Environment::CiDev, TestOutcome::Passed,
                      "2026-11-05T12:00:00Z");
        m_window->reload();

        QCOMPARE(view()->model()->rowCount(), 4);
        QCOMPARE(view()->currentIndex().data(ReleaseIdRole).toLongLong(), m_ordersId);
        QCOMPARE(paneLabel("titleLabel")->text(), u"2026.11.1");
        const QString gates = paneLabel("gatesLabel")->text();
        QVERIFY2(!gates.contains(u"not yet passed in CI-Dev"), qPrintable(gates));
        QVERIFY2(gates.contains(u"docker-build-ecr has not run"), qPrintable(gates));
        // Later gates say how much is left, not each blocker.
        QVERIFY2(!gates.contains(u"not yet passed in Staging"), qPrintable(gates));
        QVERIFY2(gates.contains(u"Staging passed") && gates.contains(u"1 to do"),
                 qPrintable(gates));
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"Releases: 4"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
