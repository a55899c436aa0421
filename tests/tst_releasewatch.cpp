#include "models/usecases/releaserequests.h"
#include "models/usecases/releasewatch.h"

#include <QTest>

using namespace ReleaseDesk;

Q_DECLARE_METATYPE(ReleaseDesk::Stage)

namespace {

const QDateTime now = QDateTime(QDate(2026, 11, 3), QTime(14, 0), Qt::UTC);

ReleaseSummary summary(Stage stage, const QDateTime &stageChanged)
{
    ReleaseSummary s;
    s.release.stage = stage;
    s.release.stageChanged = stageChanged;
    return s;
}

Release release(const QString &name, Stage stage, const QStringList &taskKeys)
{
    Release r;
    r.name = name;
    r.stage = stage;
    r.taskKeys = taskKeys;
    return r;
}

Change change(const QString &key, const QString &status)
{
    Change c;
    c.key = key;
    c.status = status;
    return c;
}

} // namespace

// What a desk watches for between syncs, without a window: whether the
// channel is read every minute, and which tasks went back to development.
class TestReleaseWatch : public QObject
{
    Q_OBJECT

private slots:
    void aRecentRequestAwaitsItsReply_data()
    {
        QTest::addColumn<Stage>("stage");
        QTest::addColumn<int>("hoursAgo");
        QTest::addColumn<bool>("awaits");
        QTest::newRow("staging, just asked") << Stage::StagingRequested << 1 << true;
        QTest::newRow("live, just asked") << Stage::LiveRequested << 1 << true;
        QTest::newRow("staging, at the limit")
            << Stage::StagingRequested << ReleaseWatch::awaitedReplyHours << true;
        QTest::newRow("staging, past the limit")
            << Stage::StagingRequested << ReleaseWatch::awaitedReplyHours + 1 << false;
        QTest::newRow("live, past the limit")
            << Stage::LiveRequested << ReleaseWatch::awaitedReplyHours + 1 << false;
        QTest::newRow("in staging: answered") << Stage::InStaging << 1 << false;
        QTest::newRow("ticket raised: nothing asked yet") << Stage::TicketRaised << 1 << false;
        QTest::newRow("live: answered") << Stage::Live << 1 << false;
    }
    void aRecentRequestAwaitsItsReply()
    {
        QFETCH(Stage, stage);
        QFETCH(int, hoursAgo);
        QFETCH(bool, awaits);
        const QList<ReleaseSummary> board = {summary(Stage::CiDev, now),
                                             summary(stage, now.addSecs(-hoursAgo * 3600))};
        QCOMPARE(ReleaseWatch::awaitsReply(board, now), awaits);
    }

    void anEmptyBoardAwaitsNothing() { QVERIFY(!ReleaseWatch::awaitsReply({}, now)); }

    void tasksBackInDevelopmentAreSentBackFromReleasesUnderWay()
    {
        const QString rework = ReleaseRequests::reworkStatus();
        const QList<Release> releases = {
            release(QStringLiteral("2026.11.3"), Stage::InStaging,
                    {QStringLiteral("CHS-1"), QStringLiteral("CHS-2")}),
            release(QStringLiteral("2026.11.4"), Stage::CiDev, {QStringLiteral("CHS-1")}),
            // Over: what happens to its tasks now is no news.
            release(QStringLiteral("2026.10.1"), Stage::Live, {QStringLiteral("CHS-2")}),
            release(QStringLiteral("2026.10.2"), Stage::Cancelled, {QStringLiteral("CHS-3")}),
        };
        const QList<Change> changed = {
            change(QStringLiteral("CHS-1"), rework),
            // Moved on, not back.
            change(QStringLiteral("CHS-2"), QStringLiteral("Ready for Test")),
            change(QStringLiteral("CHS-3"), rework),
            // In no release.
            change(QStringLiteral("CHS-9"), rework),
        };
        using SentBack = ReleaseWatch::SentBack;
        const QList<SentBack> expected = {
            {QStringLiteral("CHS-1"), QStringLiteral("2026.11.3")},
            {QStringLiteral("CHS-1"), QStringLiteral("2026.11.4")},
        };
        QCOMPARE(ReleaseWatch::sentBack(changed, releases), expected);
    }

    void nothingChangedIsNothingSentBack()
    {
        const QList<Release> releases = {
            release(QStringLiteral("2026.11.3"), Stage::InStaging, {QStringLiteral("CHS-1")})};
        QVERIFY(ReleaseWatch::sentBack({}, releases).isEmpty());
    }
};

QTEST_MAIN(TestReleaseWatch)
#include "tst_releasewatch.moc"
