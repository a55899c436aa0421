#include "models/formats/displaytext.h"
#include "models/formats/jql.h"
#include "models/formats/outboxpayload.h"
#include "models/itemmodels/dashboardcells.h"
#include "models/itemmodels/tablevalues.h"
#include "models/usecases/releasetimeline.h"
#include "support/samplekeys.h"
#include "ui/dashboard/timelinehtml.h"

#include <QLocale>
#include <QTest>

using namespace ReleaseDesk;
using ReleaseDesk::Testing::sampleTaskKeys;

namespace {

const QLocale german(QLocale::German, QLocale::Germany);
const QLocale welsh(QLocale::Welsh, QLocale::UnitedKingdom);
// In local time: shown as it is, whatever the machine's zone.
const QDateTime monday(QDate(2026, 11, 2), QTime(9, 5));

} // namespace

// What a person reads is in their language's formats (QLocale() is set to it
// at start); what is sent to the systems keeps its machine form.
class TestLocaleFormats : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void tableTimesFollowTheLocale()
    {
        QLocale::setDefault(german);
        QCOMPARE(TableValues::shortTime(monday), QStringLiteral("02.11.26 09:05"));
        QLocale::setDefault(welsh);
        QCOMPARE(TableValues::shortTime(monday), welsh.toString(monday, QLocale::ShortFormat));
        QVERIFY(!TableValues::shortTime(monday).contains(QLatin1String("2026-11-02")));
    }

    void theTimelineDatesFollowTheLocale()
    {
        QLocale::setDefault(german);
        AuditEvent event;
        event.actor = QStringLiteral("alice.khan");
        event.at = monday;
        const QString html = TimelineHtml::render({TimelineEntry{monday, event}});
        QVERIFY2(html.contains(QLatin1String("02.11.26 09:05")), qPrintable(html));
    }

    void countsFollowTheLocale()
    {
        QLocale::setDefault(german);
        QCOMPARE(localNumber(1200), QStringLiteral("1.200"));
        TaskTally tally;
        tally.passed = sampleTaskKeys(1200);
        QCOMPARE(DashboardCells::tallyText(tally), QStringLiteral("1.200✓ 0✗ 0·"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(DashboardCells::tallyText(tally), QStringLiteral("1,200✓ 0✗ 0·"));
    }

    void whatIsSentKeepsItsMachineForm()
    {
        QLocale::setDefault(german);
        JqlQuery query;
        query.whereUpdatedSince(QDateTime(QDate(2026, 11, 2), QTime(9, 5), Qt::UTC));
        QVERIFY2(query.toString().contains(QLatin1String("\"2026-11-02 09:05\"")),
                 qPrintable(query.toString()));
        const QByteArray json = OutboxPayloads::toJson(
            JiraVersionReleasedPayload{QStringLiteral("2026-11-A"), QDate(2026, 11, 2)});
        QVERIFY2(json.contains("\"releaseDate\":\"2026-11-02\""), json.constData());
    }
};

QTEST_MAIN(TestLocaleFormats)
#include "tst_localeformats.moc"
