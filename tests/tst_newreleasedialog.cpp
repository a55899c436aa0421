#include "candidatefixture.h"

#include "models/itemmodels/candidateroles.h"
#include "ui/messagebanner.h"
#include "ui/newrelease/newreleasedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

// The "New release" dialog driven offscreen as a developer drives it: keys and
// clicks on the real widgets, over an in-memory store and a scripted JQL search
// that the test answers when it chooses.
class TestNewReleaseDialog : public QObject
{
    Q_OBJECT

private:
    struct Search
    {
        QString jql;
        QPointer<QObject> context;
        std::function<void(const Result<QStringList> &)> done;
    };

    std::unique_ptr<MemoryReleaseStore> m_store;
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<NewReleaseDialog> m_dialog;
    QList<Search> m_searches;

    template <typename Widget> Widget *child(const char *name) const
    {
        auto *widget = m_dialog->findChild<Widget *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    QTableView *view() const { return child<QTableView>("candidateView"); }
    QPushButton *createButton() const { return child<QPushButton>("createButton"); }
    QString jqlMessage() const { return child<QLabel>("jqlMessageLabel")->text(); }

    // In the table's order: newest first.
    QStringList rowKeys() const
    {
        QStringList keys;
        for (int row = 0; row < view()->model()->rowCount(); ++row)
            keys << view()->model()->index(row, 0).data(CandidateKeyRole).toString();
        return keys;
    }
    // Sorted, for comparing what is shown.
    QStringList shownKeys() const
    {
        QStringList keys = rowKeys();
        keys.sort();
        return keys;
    }
    int shownRow(const QString &key) const { return int(rowKeys().indexOf(key)); }

    // Clicks the task's summary (not its check box), then presses Space.
    void toggleByKeyboard(const QString &key)
    {
        const int row = shownRow(key);
        QVERIFY2(row >= 0, qPrintable(key));
        const QRect cell = view()->visualRect(view()->model()->index(row, 1));
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::keyClick(view(), Qt::Key_Space);
    }
    void typeJqlAndRun(const QString &jql)
    {
        auto *edit = child<QLineEdit>("jqlEdit");
        edit->clear();
        QTest::keyClicks(edit, jql);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    void replaceName(const QString &name)
    {
        auto *edit = child<QLineEdit>("nameEdit");
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, name);
    }

private slots:
    void init()
    {
        m_store = std::make_unique<MemoryReleaseStore>();
        QVERIFY(seedCandidates(*m_store));
        m_clock = std::make_unique<TestClock>();
        m_searches.clear();
        TaskQuery query = [this](const QString &jql, QObject *context,
                                 std::function<void(const Result<QStringList> &)> done) {
            m_searches << Search{jql, context, std::move(done)};
        };
        m_dialog = std::make_unique<NewReleaseDialog>(*m_store, *m_clock, dev, query);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }
    void cleanup()
    {
        m_dialog.reset();
        m_store.reset();
    }

    void opensWithTheNextNameAndNothingChosen()
    {
        QCOMPARE(child<QLineEdit>("nameEdit")->text(), s("2026.11.2"));
        QCOMPARE(shownKeys().size(), 7);
        QVERIFY(!createButton()->isEnabled());
        QVERIFY(createButton()->toolTip().contains(s("Choose at least one task.")));
    }

    void picksByFixVersionAndCreates()
    {
        auto *combo = child<QComboBox>("fixVersionCombo");
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentText(), s("2026.11.3"));
        QCOMPARE(shownKeys(), QStringList({s("CHS-101"), s("CHS-102"), s("CHS-105")}));
        // Newest first: the tasks not released yet come before the old ones.
        QCOMPARE(rowKeys(), QStringList({s("CHS-105"), s("CHS-102"), s("CHS-101")}));

        // CHS-105 is in 2026.11.1: it cannot be chosen.
        toggleByKeyboard(s("CHS-105"));
        QVERIFY(m_dialog->chosenKeys().isEmpty());
        toggleByKeyboard(s("CHS-101"));
        QTest::keyClick(view(), Qt::Key_Up);
        QTest::keyClick(view(), Qt::Key_Space);
        QCOMPARE(m_dialog->chosenKeys(), QStringList({s("CHS-101"), s("CHS-102")}));

        auto *services = child<QTableWidget>("servicesView");
        QCOMPARE(services->rowCount(), 1);
        QCOMPARE(services->item(0, 0)->text(), s("chs-orders-api"));
        QCOMPARE(services->item(0, 1)->text(), s("1.2.0"));
        QCOMPARE(services->item(0, 2)->text(), s("ECS"));
        QVERIFY(createButton()->isEnabled());

        QSignalSpy created(m_dialog.get(), &NewReleaseDialog::created);
        QTest::mouseClick(createButton(), Qt::LeftButton);
        QCOMPARE(created.size(), 1);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        const Release release = m_store->release(created.at(0).at(0).toLongLong()).value();
        QCOMPARE(release.name, s("2026.11.2"));
        QCOMPARE(release.stage, Stage::CiDev);
        QCOMPARE(release.taskKeys, QStringList({s("CHS-101"), s("CHS-102")}));
        QCOMPARE(release.services,
                 (QList<ReleaseService>{{s("chs-orders-api"), s("1.2.0"), s("ECS")}}));
    }

    void reachedCiDevAndTextNarrowTheList()
    {
        QTest::mouseClick(child<QCheckBox>("reachedCiDevCheck"), Qt::LeftButton);
        QVERIFY(!shownKeys().contains(s("CHS-103")));
        QVERIFY(shownKeys().contains(s("CHS-106")));
        QTest::keyClicks(child<QLineEdit>("filterEdit"), s("CHS-106"));
        QCOMPARE(shownKeys(), QStringList{s("CHS-106")});
    }

    void aServiceWithoutVersionBlocksCreate()
    {
        toggleByKeyboard(s("CHS-104"));
        QCOMPARE(m_dialog->chosenKeys(), QStringList{s("CHS-104")});
        auto *problem = child<QLabel>("servicesProblemLabel");
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(s("chs-search-web")));
        QCOMPARE(child<QTableWidget>("servicesView")->item(0, 1)->text(), s("unknown"));
        QVERIFY(!createButton()->isEnabled());
        QVERIFY(createButton()->toolTip().contains(s("chs-search-web")));
    }

    void aTakenOrEmptyNameShowsBesideIt()
    {
        toggleByKeyboard(s("CHS-101"));
        QVERIFY(createButton()->isEnabled());
        replaceName(s("2026.11.1"));
        auto *problem = child<QLabel>("nameProblemLabel");
        QVERIFY(problem->text().contains(s("already a release named 2026.11.1")));
        QVERIFY(!createButton()->isEnabled());
        replaceName({});
        QVERIFY(problem->text().contains(s("needs a name")));
        replaceName(s("2026.11.7"));
        QVERIFY(problem->text().isEmpty());
        QVERIFY(createButton()->isEnabled());
    }

    void aRefusedCreateKeepsEverything()
    {
        toggleByKeyboard(s("CHS-103"));
        replaceName(s("Filing fix"));
        // Someone else takes the name while the dialog is open.
        Release other;
        other.name = s("filing FIX");
        QVERIFY(m_store->createRelease(other, AuditEvent{}).ok());
        QSignalSpy created(m_dialog.get(), &NewReleaseDialog::created);
        QTest::mouseClick(createButton(), Qt::LeftButton);
        QCOMPARE(created.size(), 0);
        QVERIFY(m_dialog->isVisible());
        auto *banner = child<MessageBanner>("messageBanner");
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(s("already a release named filing FIX")));
        QCOMPARE(child<QLineEdit>("nameEdit")->text(), s("Filing fix"));
        QCOMPARE(m_dialog->chosenKeys(), QStringList{s("CHS-103")});

        m_store->failNextWrite(s("disk full"));
        replaceName(s("Filing fix 2"));
        QTest::mouseClick(createButton(), Qt::LeftButton);
        QCOMPARE(created.size(), 0);
        QVERIFY(banner->text().contains(s("disk full")));
        QTest::mouseClick(createButton(), Qt::LeftButton);
        QCOMPARE(created.size(), 1);
    }

    void jqlSearchShowsWhatJiraFound()
    {
        typeJqlAndRun(s("fixVersion = 2026.11.4"));
        QCOMPARE(m_searches.size(), 1);
        QCOMPARE(m_searches.at(0).jql, s("fixVersion = 2026.11.4"));
        QCOMPARE(m_searches.at(0).context.data(), m_dialog.get());
        QCOMPARE(jqlMessage(), s("Searching…"));
        QVERIFY(!child<QPushButton>("runJqlButton")->isEnabled());
        // The list stays usable while Jira answers.
        toggleByKeyboard(s("CHS-101"));
        QCOMPARE(m_dialog->chosenKeys(), QStringList{s("CHS-101")});

        m_searches.at(0).done(QStringList{s("CHS-103"), s("CHS-104"), s("CHS-999")});
        QCOMPARE(shownKeys(), QStringList({s("CHS-103"), s("CHS-104")}));
        QVERIFY(jqlMessage().contains(s("Tasks Jira found: 3; in ReleaseDesk: 2.")));
        QVERIFY(jqlMessage().contains(s("sync first: CHS-999")));
        QVERIFY(child<QPushButton>("runJqlButton")->isEnabled());
        // A choice made before the search is kept though the search hides it.
        QCOMPARE(m_dialog->chosenKeys(), QStringList{s("CHS-101")});

        typeJqlAndRun({});
        QCOMPARE(shownKeys().size(), 7);
    }

    void jqlFailureShowsInlineAndKeepsTheList()
    {
        toggleByKeyboard(s("CHS-102"));
        typeJqlAndRun(s("fixVersion = "));
        QCOMPARE(m_searches.size(), 1);
        m_searches.at(0).done(Result<QStringList>::failure(s("Jira is not connected.")));
        QVERIFY(jqlMessage().contains(s("Jira is not connected.")));
        // Enter ran the search and did nothing else.
        QVERIFY(m_dialog->isVisible());
        QVERIFY(child<QLabel>("jqlMessageLabel")->isVisible());
        QCOMPARE(shownKeys().size(), 7);
        QCOMPARE(m_dialog->chosenKeys(), QStringList{s("CHS-102")});
        QCOMPARE(child<QLineEdit>("jqlEdit")->text(), s("fixVersion = "));
        QVERIFY(child<QPushButton>("runJqlButton")->isEnabled());
        QVERIFY(createButton()->isEnabled());
    }

    void anOlderSearchsAnswerIsIgnored()
    {
        typeJqlAndRun(s("status = Done"));
        typeJqlAndRun(s("fixVersion = 2026.11.3"));
        QCOMPARE(m_searches.size(), 2);
        m_searches.at(1).done(QStringList{s("CHS-101")});
        m_searches.at(0).done(QStringList{s("CHS-103")});
        QCOMPARE(shownKeys(), QStringList{s("CHS-101")});
    }
};

QTEST_MAIN(TestNewReleaseDialog)
#include "tst_newreleasedialog.moc"
