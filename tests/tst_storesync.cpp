#include "support/contractfixture.h"
#include "support/storefixtures.h"

#include <QTest>

#include <utility>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

// One way to change one field of a cached row, by name, for the data tables.
template <typename Row> using Edit = void (*)(Row &);
template <typename Row> using Edits = QList<std::pair<const char *, Edit<Row>>>;

const Edits<Service> serviceEdits{
    {"pipeline", [](Service &s) { s.pipeline += u'2'; }},
    {"deployment type", [](Service &s) { s.deploymentType = QStringLiteral("Mesos"); }},
    {"team", [](Service &s) { s.team.clear(); }},
};

const Edits<Change> changeEdits{
    {"summary", [](Change &c) { c.summary += u'!'; }},
    {"status", [](Change &c) { c.status = QStringLiteral("Done"); }},
    {"assignee", [](Change &c) { c.assignee.clear(); }},
    {"service", [](Change &c) { c.service = QStringLiteral("chs-payments"); }},
    {"branch", [](Change &c) { c.branch += u'2'; }},
    {"commit", [](Change &c) { c.commit = QStringLiteral("0000000"); }},
    {"fix version", [](Change &c) { c.fixVersion = QStringLiteral("2026.11.4"); }},
    {"review", [](Change &c) { c.review = ReviewState::Merged; }},
    {"updated by a millisecond", [](Change &c) { c.updated = c.updated.addMSecs(1); }},
    {"updated forgotten", [](Change &c) { c.updated = QDateTime(); }},
};

const Edits<PipelineBuild> buildEdits{
    {"service", [](PipelineBuild &b) { b.service = QStringLiteral("chs-payments"); }},
    {"job", [](PipelineBuild &b) { b.job = PipelineJob::CidevPlan; }},
    {"name", [](PipelineBuild &b) { b.name += u'1'; }},
    {"status", [](PipelineBuild &b) { b.status = BuildStatus::Succeeded; }},
    {"version", [](PipelineBuild &b) { b.version = QStringLiteral("1.4.3"); }},
    {"started", [](PipelineBuild &b) { b.started = b.started.addSecs(-1); }},
    {"finished forgotten", [](PipelineBuild &b) { b.finished = QDateTime(); }},
};

const Edits<ChannelMessage> messageEdits{
    {"thread", [](ChannelMessage &m) { m.threadTs.clear(); }},
    {"author", [](ChannelMessage &m) { m.author = QStringLiteral("U0DEV"); }},
    {"text edited", [](ChannelMessage &m) { m.text += QStringLiteral(" (edited)"); }},
    {"posted", [](ChannelMessage &m) { m.posted = m.posted.addMSecs(1); }},
    {"release", [](ChannelMessage &m) { m.releaseName = QStringLiteral("2026.11.4"); }},
    {"kind", [](ChannelMessage &m) { m.kind = ChannelMessageKind::Unrecognised; }},
};

template <typename Row> void addEditRows(const Edits<Row> &edits)
{
    QTest::addColumn<int>("edit");
    for (qsizetype i = 0; i < edits.size(); ++i)
        QTest::newRow(edits.at(i).first) << int(i);
}

// A save's list, or a failed test.
QStringList listed(const Result<QStringList> &saved)
{
    if (!saved)
        QTest::qFail(qPrintable(saved.error()), __FILE__, __LINE__);
    return saved.ok() ? saved.value() : QStringList{QStringLiteral("<failed>")};
}

} // namespace

// The cache's saves say what changed, and a sync's cursor is stored with the
// page it covers; each test runs on the memory store and on SQLite.
class TestStoreSync : public QObject, private ContractFixture
{
    Q_OBJECT

private:
    // New, unchanged, changed in `edit`'s field, unchanged again: the lists
    // name the row exactly when it was new or different.
    template <typename Row, typename Save, typename Read>
    void checkEachField(const Row &original, const QString &key, Edit<Row> edit, Save save,
                        Read read)
    {
        QCOMPARE(listed(save({original})), QStringList{key});
        QCOMPARE(listed(save({original})), QStringList());
        Row edited = original;
        edit(edited);
        QVERIFY(edited != original);
        QCOMPARE(listed(save({edited})), QStringList{key});
        QCOMPARE(read().value(), QList<Row>{edited});
        QCOMPARE(listed(save({edited})), QStringList());
    }

private slots:
    void initTestCase_data() { addStoreKinds(); }
    void init()
    {
        const Status opened = openStore();
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
    }
    void cleanup() { closeStore(); }

    void servicesReportEachChangedField_data() { addEditRows(serviceEdits); }
    void servicesReportEachChangedField()
    {
        QFETCH(int, edit);
        checkEachField(
            sampleService(QStringLiteral("chs-orders-api")), QStringLiteral("chs-orders-api"),
            serviceEdits.at(edit).second,
            [&](const QList<Service> &rows) { return store().saveServices(rows); },
            [&] { return store().services(); });
    }

    void changesReportEachChangedField_data() { addEditRows(changeEdits); }
    void changesReportEachChangedField()
    {
        QFETCH(int, edit);
        checkEachField(
            sampleChange(QStringLiteral("CHS-1")), QStringLiteral("CHS-1"),
            changeEdits.at(edit).second,
            [&](const QList<Change> &rows) { return store().saveChanges(rows); },
            [&] { return store().changes(); });
    }

    void buildsReportEachChangedField_data() { addEditRows(buildEdits); }
    void buildsReportEachChangedField()
    {
        QFETCH(int, edit);
        checkEachField(
            sampleBuild(9001), QStringLiteral("9001"), buildEdits.at(edit).second,
            [&](const QList<PipelineBuild> &rows) { return store().saveBuilds(rows); },
            [&] { return store().builds(); });
    }

    void messagesReportEachChangedField_data() { addEditRows(messageEdits); }
    void messagesReportEachChangedField()
    {
        QFETCH(int, edit);
        const QString ts = QStringLiteral("1700000050.000200");
        checkEachField(
            sampleMessage(ts, QStringLiteral("2026.11.3")), ts, messageEdits.at(edit).second,
            [&](const QList<ChannelMessage> &rows) { return store().saveChannelMessages(rows); },
            [&] { return store().channelMessages(); });
    }

    // An incremental sync reads overlapping pages: only what is new or
    // different is reported, in the order given, each key once.
    void pagesListOnlyNewOrChangedRowsInTheirOrder()
    {
        const Change a = sampleChange(QStringLiteral("CHS-3"));
        Change b = sampleChange(QStringLiteral("CHS-1"));
        const Change c = sampleChange(QStringLiteral("CHS-2"));
        QCOMPARE(listed(store().saveChanges({a, b})),
                 (QStringList{QStringLiteral("CHS-3"), QStringLiteral("CHS-1")}));
        b.status = QStringLiteral("Done");
        QCOMPARE(listed(store().saveChanges({a, c, b, c})),
                 (QStringList{QStringLiteral("CHS-2"), QStringLiteral("CHS-1")}));
        QCOMPARE(store().changes().value(), (QList<Change>{b, c, a}));
        QCOMPARE(listed(store().saveChanges({})), QStringList());

        // Changed and changed back within one page: listed once, stored as last given.
        PipelineBuild build = sampleBuild(7);
        QCOMPARE(listed(store().saveBuilds({build})), QStringList{QStringLiteral("7")});
        PipelineBuild running = build;
        running.status = BuildStatus::Started;
        QCOMPARE(listed(store().saveBuilds({running, build})), QStringList{QStringLiteral("7")});
        QCOMPARE(store().builds().value(), QList<PipelineBuild>{build});
    }

    // Stored text reads back the same: a null string and an empty one are one value.
    void emptyAndNullTextAreTheSameValue()
    {
        Change change = sampleChange(QStringLiteral("CHS-1"));
        change.assignee = QString();
        QCOMPARE(listed(store().saveChanges({change})), QStringList{QStringLiteral("CHS-1")});
        change.assignee = QStringLiteral("");
        QCOMPARE(listed(store().saveChanges({change})), QStringList());
    }

    void cursorIsEmptyBeforeTheFirstSync()
    {
        const Result<std::optional<SyncCursor>> cursor = store().syncCursor(QStringLiteral("jira"));
        QVERIFY2(cursor.ok(), qPrintable(cursor.error()));
        QVERIFY(!cursor.value().has_value());
    }

    void cursorsAreKeptPerSource()
    {
        const SyncCursor jira =
            sampleCursor(QStringLiteral("jira"), QStringLiteral("2026-03-02 10:30"));
        SyncCursor slack =
            sampleCursor(QStringLiteral("slack:C0REL"), QStringLiteral("1700000050.000200"));
        slack.synced = QDateTime();
        QVERIFY(store().saveSyncCursor(jira).ok());
        QVERIFY(store().saveSyncCursor(slack).ok());
        SyncCursor later = jira;
        later.value = QStringLiteral("2026-03-02 11:00");
        later.synced = later.synced.addSecs(1800);
        QVERIFY(store().saveSyncCursor(later).ok());

        const Status reopened = reopenStore();
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        QCOMPARE(store().syncCursor(QStringLiteral("jira")).value(), std::optional(later));
        QCOMPARE(store().syncCursor(QStringLiteral("slack:C0REL")).value(), std::optional(slack));
        QVERIFY(!store().syncCursor(QStringLiteral("concourse")).value().has_value());
    }

    void cursorIsSavedWithItsPage_data()
    {
        QTest::addColumn<QString>("page");
        QTest::newRow("changes") << QStringLiteral("changes");
        QTest::newRow("builds") << QStringLiteral("builds");
        QTest::newRow("channel messages") << QStringLiteral("messages");
    }

    // A page and its cursor land together, also when nothing in the page
    // changed; a cursor that cannot be stored keeps the page out too, so a
    // sync never moves past data it did not store.
    void cursorIsSavedWithItsPage()
    {
        QFETCH(QString, page);
        const auto savePage = [&](int number, const std::optional<SyncCursor> &cursor) {
            const QString n = QString::number(number);
            if (page == QLatin1String("changes"))
                return store().saveChanges({sampleChange(QStringLiteral("CHS-") + n)}, cursor);
            if (page == QLatin1String("builds"))
                return store().saveBuilds({sampleBuild(number)}, cursor);
            return store().saveChannelMessages(
                {sampleMessage(QStringLiteral("17000000%1.000100").arg(n), QStringLiteral("r"))},
                cursor);
        };
        const auto stored = [&]() -> qsizetype {
            if (page == QLatin1String("changes"))
                return store().changes()->size();
            if (page == QLatin1String("builds"))
                return store().builds()->size();
            return store().channelMessages()->size();
        };
        const QString source = QStringLiteral("source-") + page;
        const SyncCursor first = sampleCursor(source, QStringLiteral("page 1"));
        QCOMPARE(listed(savePage(10, first)).size(), 1);
        QCOMPARE(store().syncCursor(source).value(), std::optional(first));

        SyncCursor again = sampleCursor(source, QStringLiteral("page 1 again"));
        again.synced = again.synced.addSecs(60);
        QCOMPARE(listed(savePage(10, again)), QStringList());
        QCOMPARE(store().syncCursor(source).value(), std::optional(again));

        const Result<QStringList> broken = savePage(11, SyncCursor{{}, QStringLiteral("x"), {}});
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().contains(QStringLiteral("source")), qPrintable(broken.error()));
        QCOMPARE(stored(), qsizetype(1));
        QCOMPARE(store().syncCursor(source).value(), std::optional(again));
        QVERIFY(!store().saveSyncCursor(SyncCursor{}).ok());
    }

    void channelMessagesAreListedOldestFirstPerRelease()
    {
        const ChannelMessage late =
            sampleMessage(QStringLiteral("1700000300.000001"), QStringLiteral("2026.11.3"));
        ChannelMessage early =
            sampleMessage(QStringLiteral("1700000100.000900"), QStringLiteral("2026.11.3"));
        early.threadTs.clear();
        early.kind = ChannelMessageKind::AppliedToStaging;
        ChannelMessage other =
            sampleMessage(QStringLiteral("1700000200.000000"), QStringLiteral("2026.11.4"));
        other.kind = ChannelMessageKind::LiveRequest;
        ChannelMessage chatter = sampleMessage(QStringLiteral("1700000250.000000"), QString());
        chatter.kind = ChannelMessageKind::Unrecognised;
        chatter.posted = QDateTime();
        QCOMPARE(listed(store().saveChannelMessages({late, other, chatter, early})).size(), 4);

        QCOMPARE(store().channelMessages(QStringLiteral("2026.11.3")).value(),
                 (QList<ChannelMessage>{early, late}));
        QCOMPARE(store().channelMessages(QStringLiteral("2026.11.4")).value(),
                 QList<ChannelMessage>{other});
        QCOMPARE(store().channelMessages().value(),
                 (QList<ChannelMessage>{early, other, chatter, late}));
        QVERIFY(store().channelMessages(QStringLiteral("2027.1.1")).value().isEmpty());
    }

    // A table of one release's tasks reads only those, past the store's chunk size.
    void changesAndVerdictsAreReadByKey()
    {
        QList<Change> changes;
        QStringList wanted;
        for (int i = 0; i < 1200; ++i) {
            changes << sampleChange(QStringLiteral("CHS-%1").arg(i));
            if (i % 2 == 0)
                wanted << changes.last().key;
        }
        QVERIFY(store().saveChanges(changes).ok());
        for (const char *key : {"CHS-4", "CHS-5", "CHS-4"}) {
            TestResult result;
            result.taskKey = QString::fromLatin1(key);
            result.tester = QStringLiteral("tester.one");
            result.at = QDateTime::fromString(QStringLiteral("2026-11-03T10:00:00Z"), Qt::ISODate);
            QVERIFY(store().recordTestResult(result, {}).ok());
        }
        wanted << QStringLiteral("CHS-4") << QStringLiteral("CHS-99999");

        const auto found = store().changesOf(wanted);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QCOMPARE(found->size(), 600);
        for (const Change &change : found.value())
            QVERIFY(change.key.section(u'-', 1).toInt() % 2 == 0);
        const auto verdicts = store().testResultsOf(wanted);
        QVERIFY2(verdicts.ok(), qPrintable(verdicts.error()));
        QCOMPARE(verdicts->size(), 2);
        QCOMPARE(verdicts->first().taskKey, u"CHS-4");
        QVERIFY(verdicts->first().id < verdicts->last().id);
        QVERIFY(store().changesOf({}).value().isEmpty());
    }

    // A release's gates read the builds of the versions it ships.
    void buildsAreReadByServiceAndVersion()
    {
        QList<PipelineBuild> builds;
        for (int i = 0; i < 6; ++i) {
            PipelineBuild build = sampleBuild(100 + i);
            build.service =
                i < 4 ? QStringLiteral("chs-orders-api") : QStringLiteral("chs-search-api");
            build.version = i % 2 ? QStringLiteral("1.4.2") : QStringLiteral("1.4.3");
            builds << build;
        }
        QVERIFY(store().saveBuilds(builds).ok());
        const auto shipped = store().buildsOf(
            {{QStringLiteral("chs-orders-api"), QStringLiteral("1.4.2"), QStringLiteral("ECS")},
             {QStringLiteral("chs-search-api"), QString(), QStringLiteral("ECS")}});
        QVERIFY2(shipped.ok(), qPrintable(shipped.error()));
        QList<qint64> ids;
        for (const PipelineBuild &build : shipped.value())
            ids << build.id;
        QCOMPARE(ids, (QList<qint64>{101, 103, 104, 105}));
    }
};

QTEST_GUILESS_MAIN(TestStoreSync)
#include "tst_storesync.moc"
