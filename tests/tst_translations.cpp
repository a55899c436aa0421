#include "models/itemmodels/dashboardmodel.h"
#include "models/lifecycle/lifecycle.h"
#include "models/usecases/releaseworkflow.h"
#include "support/memoryreleasestore.h"
#include "support/samplekeys.h"

#include <QFileInfo>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace ReleaseDesk;
using ReleaseDesk::Testing::MemoryReleaseStore;
using ReleaseDesk::Testing::sampleTaskKeys;

namespace {

// The English translation, found the way app/main.cpp finds it for the
// user's locale, in the .qm that the app embeds under :/i18n (the test embeds
// the same file).
const QString i18n = QStringLiteral(":/i18n");
const QString prefix = QStringLiteral("releasedesk");

class FixedClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC); }
};

} // namespace

// Counted messages have %n in their English source texts and their singular
// and plural forms in releasedesk_en.ts. Without a translator Qt shows the
// source text, which reads right only for plurals; with the English .qm loaded
// for an English locale, "1 of 1 task" reads right too.
class TestTranslations : public QObject
{
    Q_OBJECT

    QTranslator m_english;

private slots:
    void initTestCase()
    {
        QVERIFY(m_english.load(QLocale(QLocale::English, QLocale::UnitedKingdom), prefix,
                               QStringLiteral("_"), i18n));
        QVERIFY(QCoreApplication::installTranslator(&m_english));
    }
    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_english); }

    void englishLocalesFindTheEnglishTranslation_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom);
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("en_IE") << QLocale(QLocale::English, QLocale::Ireland);
    }
    void englishLocalesFindTheEnglishTranslation()
    {
        QFETCH(QLocale, locale);
        QTranslator translator;
        QVERIFY(translator.load(locale, prefix, QStringLiteral("_"), i18n));
        QCOMPARE(QFileInfo(translator.filePath()).fileName(), QStringLiteral("releasedesk_en.qm"));
    }

    void tasksNotYetPassed_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("passed");
        QTest::addColumn<QString>("blocker");
        QTest::newRow("1 of 1") << 1 << 0
                                << QStringLiteral("1 of 1 task not yet passed in Staging: CHS-1");
        QTest::newRow("1 of 2") << 2 << 1
                                << QStringLiteral("1 of 2 tasks not yet passed in Staging: CHS-2");
        QTest::newRow("2 of 7") << 7 << 5
                                << QStringLiteral(
                                       "2 of 7 tasks not yet passed in Staging: CHS-6, CHS-7");
    }
    void tasksNotYetPassed()
    {
        QFETCH(int, total);
        QFETCH(int, passed);
        QFETCH(QString, blocker);
        ReleaseFacts facts;
        facts.release.taskKeys = sampleTaskKeys(total);
        for (int i = 0; i < passed; ++i) {
            TestResult result;
            result.id = i + 1;
            result.taskKey = facts.release.taskKeys.at(i);
            result.environment = Environment::Staging;
            result.outcome = TestOutcome::Passed;
            facts.results << result;
        }
        QCOMPARE(Lifecycle::gate(Stage::StagingPassed, facts).blockers, QStringList{blocker});
    }

    void tasksPassedToolTip_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("toolTip");
        QTest::newRow("1 of 1") << 1 << QStringLiteral("1 of 1 task passed in CI-Dev");
        QTest::newRow("2 of 2") << 2 << QStringLiteral("2 of 2 tasks passed in CI-Dev");
    }
    void tasksPassedToolTip()
    {
        QFETCH(int, total);
        QFETCH(QString, toolTip);
        ReleaseSummary summary;
        summary.release.id = 1;
        summary.release.taskKeys = sampleTaskKeys(total);
        summary.ciDev.passed = summary.release.taskKeys;
        DashboardModel model;
        model.setSummaries({summary});
        const QModelIndex cell = model.index(0, int(DashboardModel::Column::TasksPassed));
        QCOMPARE(model.data(cell, Qt::ToolTipRole).toString(), toolTip);
    }

    void unknownTasks_data()
    {
        QTest::addColumn<QStringList>("unknown");
        QTest::addColumn<QString>("error");
        QTest::newRow("one") << QStringList{QStringLiteral("CHS-9")}
                             << QStringLiteral("Unknown task: CHS-9. Sync with Jira, or check "
                                               "the key.");
        QTest::newRow("two") << QStringList{QStringLiteral("CHS-9"), QStringLiteral("CHS-0")}
                             << QStringLiteral("Unknown tasks: CHS-9, CHS-0. Sync with Jira, or "
                                               "check the keys.");
    }
    void unknownTasks()
    {
        QFETCH(QStringList, unknown);
        QFETCH(QString, error);
        MemoryReleaseStore store;
        const FixedClock clock;
        ReleaseWorkflow workflow(store, clock);
        const auto id = workflow.createRelease(
            QStringLiteral("2026.11.1"),
            {{QStringLiteral("chs-orders-api"), QStringLiteral("1.2.0"), QStringLiteral("ECS")}},
            unknown, QStringLiteral("Gareth Jones"));
        QCOMPARE(id.error(), error);
    }

    // Texts without a count have no English translation: the source text shows.
    void otherTextsShowTheirSourceText()
    {
        QCOMPARE(Lifecycle::gate(Stage::StagingPassed, {}).blockers,
                 QStringList{QStringLiteral("The release has no tasks.")});
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
