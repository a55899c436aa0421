#include "services/clients/servicenowparse.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace ReleaseDesk;

using Headers = QList<std::pair<QByteArray, QByteArray>>;
Q_DECLARE_METATYPE(Headers)

// Text with "//" is written as plain string literals, not raw ones: moc reads
// a "//" inside a raw string as the start of a comment.

namespace {

QJsonDocument json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("bad test JSON: %s", qPrintable(error.errorString()));
    return document;
}

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

const QUrl instance(QStringLiteral("https://example.service-now.com"));

// A change_request as a list shows it, with `extra` fields added or replacing.
QByteArray changeRecord(const QByteArray &extra = {})
{
    QJsonObject record = json(R"({"sys_id":"c0ffee","number":"CHG0030001",
        "correlation_id":"releasedesk:2026.11.3","state":"-5",
        "short_description":"Release 2026.11.3","sys_updated_on":"2026-11-19 08:30:15"})")
                             .object();
    if (!extra.isEmpty()) {
        const QJsonObject more = json(extra).object();
        for (auto it = more.begin(); it != more.end(); ++it) {
            if (it.value().isUndefined() || it.value().toString() == QLatin1String("<absent>"))
                record.remove(it.key());
            else
                record.insert(it.key(), it.value());
        }
    }
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

} // namespace

class TestServiceNowParse : public QObject
{
    Q_OBJECT

private slots:
    void parseTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("time"); // invalid: unreadable

        QTest::newRow("afternoon")
            << QStringLiteral("2026-11-19 16:05:09") << utc(2026, 11, 19, 16, 5, 9);
        QTest::newRow("midnight") << QStringLiteral("2026-01-01 00:00:00") << utc(2026, 1, 1, 0, 0);
        QTest::newRow("leap day") << QStringLiteral("2028-02-29 23:59:59")
                                  << utc(2028, 2, 29, 23, 59, 59);
        QTest::newRow("ISO with T") << QStringLiteral("2026-11-19T16:05:09") << QDateTime();
        QTest::newRow("no seconds") << QStringLiteral("2026-11-19 16:05") << QDateTime();
        QTest::newRow("no month 13") << QStringLiteral("2026-13-01 00:00:00") << QDateTime();
        QTest::newRow("display format") << QStringLiteral("19/11/2026 16:05:09") << QDateTime();
        QTest::newRow("empty") << QString() << QDateTime();
    }

    void parseTime()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, time);
        const QDateTime parsed = ServiceNowParse::parseTime(text);
        QCOMPARE(parsed.isValid(), time.isValid());
        if (time.isValid()) {
            QCOMPARE(parsed, time);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
    }

    void formatTime_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<QString>("text");

        QTest::newRow("UTC") << utc(2026, 11, 19, 16, 5, 9)
                             << QStringLiteral("2026-11-19 16:05:09");
        QTest::newRow("an hour east of UTC")
            << QDateTime(QDate(2026, 11, 19), QTime(17, 5, 9), QTimeZone(3600))
            << QStringLiteral("2026-11-19 16:05:09");
        QTest::newRow("crosses the date line back")
            << QDateTime(QDate(2026, 1, 1), QTime(1, 30), QTimeZone(5 * 3600))
            << QStringLiteral("2025-12-31 20:30:00");
        QTest::newRow("milliseconds cut")
            << QDateTime(QDate(2026, 11, 19), QTime(16, 5, 9, 999), Qt::UTC)
            << QStringLiteral("2026-11-19 16:05:09");
    }

    void formatTime()
    {
        QFETCH(QDateTime, time);
        QFETCH(QString, text);
        QCOMPARE(ServiceNowParse::formatTime(time), text);
        QCOMPARE(ServiceNowParse::parseTime(text), time.addMSecs(-time.time().msec()).toUTC());
    }

    void queryValue_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("escaped");

        QTest::newRow("plain") << QStringLiteral("releasedesk:2026.11.3")
                               << QStringLiteral("releasedesk:2026.11.3");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("a caret") << QStringLiteral("a^b") << QStringLiteral("a^^b");
        QTest::newRow("an OR") << QStringLiteral("x^ORstate=3") << QStringLiteral("x^^ORstate=3");
        QTest::newRow("a new query")
            << QStringLiteral("x^NQsys_idISNOTEMPTY") << QStringLiteral("x^^NQsys_idISNOTEMPTY");
        QTest::newRow("an ORDERBY")
            << QStringLiteral("^ORDERBYnumber") << QStringLiteral("^^ORDERBYnumber");
        QTest::newRow("already doubled") << QStringLiteral("a^^b") << QStringLiteral("a^^^^b");
        QTest::newRow("caret at the end") << QStringLiteral("x^") << QStringLiteral("x^^");
        QTest::newRow("other operators stay")
            << QStringLiteral("a=b!=c LIKE d,e") << QStringLiteral("a=b!=c LIKE d,e");
    }

    void queryValue()
    {
        QFETCH(QString, value);
        QFETCH(QString, escaped);
        QCOMPARE(ServiceNowParse::queryValue(value), escaped);
    }

    void queries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");

        QTest::newRow("changes, all")
            << ServiceNowParse::updatedSinceQuery(QStringLiteral("correlation_id"),
                                                  QStringLiteral("releasedesk:"), QDateTime())
            << QStringLiteral(
                   "correlation_idSTARTSWITHreleasedesk:^ORDERBYDESCsys_updated_on^ORDERBYsys_id");
        QTest::newRow("changes since")
            << ServiceNowParse::updatedSinceQuery(
                   QStringLiteral("correlation_id"), QStringLiteral("releasedesk:"),
                   QDateTime(QDate(2026, 11, 20), QTime(13, 0, 0, 750), QTimeZone(3600)))
            << QStringLiteral(
                   "correlation_idSTARTSWITHreleasedesk:^sys_updated_on>=2026-11-20 12:00:00"
                   "^ORDERBYDESCsys_updated_on^ORDERBYsys_id");
        QTest::newRow("tasks, dot-walked, a caret in the prefix")
            << ServiceNowParse::updatedSinceQuery(QStringLiteral("change_request.correlation_id"),
                                                  QStringLiteral("rd^ORx"),
                                                  utc(2026, 1, 2, 3, 4, 5))
            << QStringLiteral("change_request.correlation_idSTARTSWITHrd^^ORx^sys_updated_on>=2026-"
                              "01-02 03:04:05"
                              "^ORDERBYDESCsys_updated_on^ORDERBYsys_id");
        QTest::newRow("correlation")
            << ServiceNowParse::correlationQuery(QStringLiteral("releasedesk:2026.11.3"))
            << QStringLiteral("correlation_id=releasedesk:2026.11.3^ORDERBYsys_created_on");
        QTest::newRow("correlation with a caret")
            << ServiceNowParse::correlationQuery(QStringLiteral("x^ORcorrelation_idISNOTEMPTY"))
            << QStringLiteral("correlation_id=x^^ORcorrelation_idISNOTEMPTY^ORDERBYsys_created_on");
        QTest::newRow("group") << ServiceNowParse::groupQuery(
                                      QStringLiteral("CHS Release Management"))
                               << QStringLiteral("name=CHS Release Management");
        QTest::newRow("group with a caret")
            << ServiceNowParse::groupQuery(QStringLiteral("Ops^NQname!=x"))
            << QStringLiteral("name=Ops^^NQname!=x");
    }

    void queries()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QCOMPARE(query, expected);
    }

    void hasNextPage_data()
    {
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("received");
        QTest::addColumn<bool>("more");

        const QByteArray first = "<https://i/api/now/table/"
                                 "change_request?sysparm_limit=10&sysparm_offset=0>;rel=\"first\"";
        const QByteArray next = "<https://i/api/now/table/"
                                "change_request?sysparm_limit=10&sysparm_offset=20>;rel=\"next\"";
        const QByteArray last = "<https://i/api/now/table/"
                                "change_request?sysparm_limit=10&sysparm_offset=30>;rel=\"last\"";
        QTest::newRow("Link with next")
            << Headers{{"Link", first + ',' + next + ',' + last}} << 10 << 10 << true;
        QTest::newRow("Link without next")
            << Headers{{"Link", first + ',' + last}, {"X-Total-Count", "99"}} << 30 << 10 << false;
        QTest::newRow("lower-case link") << Headers{{"link", next}} << 10 << 10 << true;
        QTest::newRow("rel listing several")
            << Headers{{"Link", "<https://i/x>; rel=\"next last\""}} << 0 << 10 << true;
        QTest::newRow("Link next, an empty page hidden by ACLs")
            << Headers{{"Link", next}} << 10 << 0 << true;
        QTest::newRow("count, more") << Headers{{"X-Total-Count", "25"}} << 10 << 10 << true;
        QTest::newRow("count, last page") << Headers{{"X-Total-Count", "25"}} << 20 << 5 << false;
        QTest::newRow("count, exactly full")
            << Headers{{"x-total-count", " 20 "}} << 10 << 10 << false;
        QTest::newRow("count, short page hidden by ACLs")
            << Headers{{"X-Total-Count", "25"}} << 0 << 7 << true;
        QTest::newRow("unreadable count, full page")
            << Headers{{"X-Total-Count", "many"}} << 0 << 10 << true;
        QTest::newRow("nothing, full page") << Headers{} << 0 << 10 << true;
        QTest::newRow("nothing, short page") << Headers{} << 0 << 9 << false;
        QTest::newRow("nothing, empty page") << Headers{} << 40 << 0 << false;
    }

    void hasNextPage()
    {
        QFETCH(Headers, headers);
        QFETCH(int, offset);
        QFETCH(int, received);
        QFETCH(bool, more);
        QCOMPARE(ServiceNowParse::hasNextPage(headers, offset, 10, received), more);
    }

    void fieldValue_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error"); // a part of the message; empty: reads

        QTest::newRow("plain sys_id") << QByteArray(R"({"change_request":"c0ffee"})")
                                      << QStringLiteral("c0ffee") << QString();
        QTest::newRow("link and value")
            << QByteArray("{\"change_request\":{\"link\":\"https://i/api/now/table/change_request/"
                          "c0ffee\",\"value\":\"c0ffee\"}}")
            << QStringLiteral("c0ffee") << QString();
        QTest::newRow("display, value and link")
            << QByteArray("{\"change_request\":{\"display_value\":\"CHG0030001\",\"value\":"
                          "\"c0ffee\",\"link\":\"https://i/x\"}}")
            << QStringLiteral("c0ffee") << QString();
        QTest::newRow("display and value, no link")
            << QByteArray(R"({"change_request":{"display_value":"CHG0030001","value":"c0ffee"}})")
            << QStringLiteral("c0ffee") << QString();
        QTest::newRow("empty reference")
            << QByteArray(R"({"change_request":""})") << QString() << QString();
        QTest::newRow("missing") << QByteArray(R"({})") << QString()
                                 << QStringLiteral("'result.change_request' is missing");
        QTest::newRow("null") << QByteArray(R"({"change_request":null})") << QString()
                              << QStringLiteral("'result.change_request' is missing");
        QTest::newRow("a number") << QByteArray(R"({"change_request":7})") << QString()
                                  << QStringLiteral("'result.change_request' is not text");
        QTest::newRow("display only")
            << QByteArray(R"({"change_request":{"display_value":"CHG0030001"}})") << QString()
            << QStringLiteral("'result.change_request.value' is missing");
        QTest::newRow("a list") << QByteArray(R"({"change_request":["c0ffee"]})") << QString()
                                << QStringLiteral("'result.change_request' is not text");
    }

    void fieldValue()
    {
        QFETCH(QByteArray, record);
        QFETCH(QString, value);
        QFETCH(QString, error);
        const auto read = ServiceNowParse::fieldValue(
            json(record).object(), QStringLiteral("result"), QLatin1String("change_request"));
        QCOMPARE(read.ok(), error.isEmpty());
        if (read)
            QCOMPARE(read.value(), value);
        else
            QVERIFY2(read.error().contains(error), qPrintable(read.error()));
    }

    void readsAChange()
    {
        const auto change =
            ServiceNowParse::changeRecord(json("{\"result\":" + changeRecord() + '}'), instance);
        QVERIFY2(change.ok(), qPrintable(change.error()));
        QCOMPARE(change->sysId, QStringLiteral("c0ffee"));
        QCOMPARE(change->number, QStringLiteral("CHG0030001"));
        QCOMPARE(change->correlationId, QStringLiteral("releasedesk:2026.11.3"));
        QCOMPARE(change->state, QStringLiteral("-5"));
        QCOMPARE(change->shortDescription, QStringLiteral("Release 2026.11.3"));
        QCOMPARE(change->updated, utc(2026, 11, 19, 8, 30, 15));
        QCOMPARE(
            change->url.toString(),
            QStringLiteral(
                "https://example.service-now.com/nav_to.do?uri=change_request.do?sys_id=c0ffee"));
    }

    void changePage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error"); // a part of the message; empty: reads

        QTest::newRow("empty list") << QByteArray(R"({"result":[]})") << QString();
        QTest::newRow("two") << QByteArray("{\"result\":[" + changeRecord() + ',' +
                                           changeRecord(R"({"sys_id":"beef"})") + "]}")
                             << QString();
        QTest::newRow("display_value=all everywhere")
            << QByteArray("{\"result\":[" +
                          changeRecord(R"({"state":{"display_value":"New","value":"-5"},
                              "sys_updated_on":{"display_value":"19/11/2026 09:30:15","value":"2026-11-19 08:30:15"}})") +
                          "]}")
            << QString();
        QTest::newRow("no result")
            << QByteArray(R"({"records":[]})") << QStringLiteral("'result' is missing");
        QTest::newRow("result is one record") << QByteArray("{\"result\":" + changeRecord() + '}')
                                              << QStringLiteral("'result' is not a list");
        QTest::newRow("a list at the top")
            << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("a record is text") << QByteArray(R"({"result":["CHG0030001"]})")
                                          << QStringLiteral("'result[0]' is not an object");
        QTest::newRow("second without number")
            << QByteArray("{\"result\":[" + changeRecord() + ',' +
                          changeRecord(R"({"number":"<absent>"})") + "]}")
            << QStringLiteral("'result[1].number' is missing");
        QTest::newRow("time in display format")
            << QByteArray("{\"result\":[" +
                          changeRecord(R"({"sys_updated_on":"19/11/2026 08:30:15"})") + "]}")
            << QStringLiteral("'result[0].sys_updated_on' is not a time: 19/11/2026 08:30:15");
        QTest::newRow("empty sys_id")
            << QByteArray("{\"result\":[" + changeRecord(R"({"sys_id":""})") + "]}")
            << QStringLiteral("'result[0].sys_id' is empty");
        QTest::newRow("state as a number")
            << QByteArray("{\"result\":[" + changeRecord(R"({"state":-5})") + "]}")
            << QStringLiteral("'result[0].state' is not text");
    }

    void changePage()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const auto page = ServiceNowParse::changePage(json(body), instance);
        QCOMPARE(page.ok(), error.isEmpty());
        if (!page)
            QVERIFY2(page.error().contains(error), qPrintable(page.error()));
        else
            for (const ChangeTicket &change : page.value())
                QCOMPARE(change.updated, utc(2026, 11, 19, 8, 30, 15));
    }

    void taskReference_data()
    {
        QTest::addColumn<QByteArray>("reference");
        QTest::newRow("plain") << QByteArray(R"("c0ffee")");
        QTest::newRow("link and value") << QByteArray(
            "{\"link\":\"https://i/api/now/table/change_request/c0ffee\",\"value\":\"c0ffee\"}");
        QTest::newRow("display, value and link") << QByteArray(
            "{\"display_value\":\"CHG0030001\",\"value\":\"c0ffee\",\"link\":\"https://i/x\"}");
    }

    void taskReference()
    {
        QFETCH(QByteArray, reference);
        const QByteArray body = R"({"result":[{"sys_id":"7a5c","number":"CTASK0010007",
            "change_request":)" +
                                reference + R"(,"change_task_type":"testing","state":"2",
            "short_description":"Test release 2026.11.3 in staging","sys_updated_on":"2026-11-20 10:00:00"}]})";
        const auto page = ServiceNowParse::taskPage(json(body));
        QVERIFY2(page.ok(), qPrintable(page.error()));
        QCOMPARE(page->size(), 1);
        const ChangeTask &task = page->first();
        QCOMPARE(task.sysId, QStringLiteral("7a5c"));
        QCOMPARE(task.number, QStringLiteral("CTASK0010007"));
        QCOMPARE(task.changeSysId, QStringLiteral("c0ffee"));
        QCOMPARE(task.type, QStringLiteral("testing"));
        QCOMPARE(task.state, QStringLiteral("2"));
        QCOMPARE(task.shortDescription, QStringLiteral("Test release 2026.11.3 in staging"));
        QCOMPARE(task.updated, utc(2026, 11, 20, 10, 0));
    }

    void groupSysId_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("sysId");
        QTest::addColumn<QString>("error");

        QTest::newRow("found")
            << QByteArray(R"({"result":[{"sys_id":"5f0e","name":"CHS Release Management"}]})")
            << QStringLiteral("5f0e") << QString();
        QTest::newRow("none") << QByteArray(R"({"result":[]})") << QString() << QString();
        QTest::newRow("without sys_id") << QByteArray(R"({"result":[{"name":"CHS"}]})") << QString()
                                        << QStringLiteral("'result[0].sys_id' is missing");
        QTest::newRow("empty sys_id") << QByteArray(R"({"result":[{"sys_id":""}]})") << QString()
                                      << QStringLiteral("'result[0].sys_id' is empty");
        QTest::newRow("an error body")
            << QByteArray(R"({"error":{"message":"x"},"status":"failure"})") << QString()
            << QStringLiteral("'result' is missing");
    }

    void groupSysId()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, sysId);
        QFETCH(QString, error);
        const auto read = ServiceNowParse::groupSysId(json(body));
        QCOMPARE(read.ok(), error.isEmpty());
        if (read)
            QCOMPARE(read.value(), sysId);
        else
            QVERIFY2(read.error().contains(error), qPrintable(read.error()));
    }

    void recordUrl_data()
    {
        QTest::addColumn<QUrl>("base");
        QTest::addColumn<QString>("url");
        QTest::newRow("instance")
            << instance
            << QStringLiteral(
                   "https://example.service-now.com/nav_to.do?uri=change_request.do?sys_id=ab12");
        QTest::newRow("trailing slash")
            << QUrl(QStringLiteral("https://example.service-now.com/"))
            << QStringLiteral(
                   "https://example.service-now.com/nav_to.do?uri=change_request.do?sys_id=ab12");
        QTest::newRow("below a path")
            << QUrl(QStringLiteral("http://127.0.0.1:4000/servicenow"))
            << QStringLiteral(
                   "http://127.0.0.1:4000/servicenow/nav_to.do?uri=change_request.do?sys_id=ab12");
    }

    void recordUrl()
    {
        QFETCH(QUrl, base);
        QFETCH(QString, url);
        QCOMPARE(ServiceNowParse::recordUrl(base, QStringLiteral("change_request"),
                                            QStringLiteral("ab12"))
                     .toString(),
                 url);
    }

    void draftFields()
    {
        ChangeRequestDraft draft;
        draft.correlationId = QStringLiteral("releasedesk:2026.11.3");
        draft.shortDescription = QStringLiteral("Release 2026.11.3");
        draft.description = QStringLiteral("Two services");
        draft.implementationPlan = QStringLiteral("Deploy");
        draft.backoutPlan = QStringLiteral("Redeploy");
        draft.testPlan = QStringLiteral("Test");
        draft.justification = QStringLiteral("Ships 3 tasks");
        QJsonObject fields = ServiceNowParse::draftFields(draft);
        QCOMPARE(fields.value(u"correlation_id").toString(), draft.correlationId);
        QCOMPARE(fields.value(u"short_description").toString(), draft.shortDescription);
        QCOMPARE(fields.value(u"description").toString(), draft.description);
        QCOMPARE(fields.value(u"implementation_plan").toString(), draft.implementationPlan);
        QCOMPARE(fields.value(u"backout_plan").toString(), draft.backoutPlan);
        QCOMPARE(fields.value(u"test_plan").toString(), draft.testPlan);
        QCOMPARE(fields.value(u"justification").toString(), draft.justification);
        QCOMPARE(fields.value(u"type").toString(), QStringLiteral("normal"));
        QVERIFY(!fields.contains(u"start_date") && !fields.contains(u"end_date"));
        QVERIFY(!fields.contains(u"assignment_group"));

        draft.start = QDateTime(QDate(2026, 11, 21), QTime(10, 0), QTimeZone(3600));
        draft.end = utc(2026, 11, 23, 17, 30);
        fields = ServiceNowParse::draftFields(draft);
        QCOMPARE(fields.value(u"start_date").toString(), QStringLiteral("2026-11-21 09:00:00"));
        QCOMPARE(fields.value(u"end_date").toString(), QStringLiteral("2026-11-23 17:30:00"));
    }

    void serverError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("text");

        QTest::newRow("message and detail")
            << QByteArray(
                   R"({"error":{"message":"User Not Authenticated","detail":"Required to provide Auth information"},"status":"failure"})")
            << QStringLiteral("User Not Authenticated (Required to provide Auth information)");
        QTest::newRow("null detail")
            << QByteArray(
                   R"({"error":{"message":"Invalid table x","detail":null},"status":"failure"})")
            << QStringLiteral("Invalid table x");
        QTest::newRow("detail only") << QByteArray(R"({"error":{"detail":"ACL Exception"}})")
                                     << QStringLiteral("ACL Exception");
        QTest::newRow("same twice")
            << QByteArray(R"({"error":{"message":"No Record found","detail":"No Record found"}})")
            << QStringLiteral("No Record found");
        QTest::newRow("not the shape") << QByteArray(R"({"result":[]})") << QString();
        QTest::newRow("a web page") << QByteArray("<html><body>Sign in</body></html>") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void serverError()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, text);
        QCOMPARE(ServiceNowParse::serverError(body), text);
    }
};

QTEST_GUILESS_MAIN(TestServiceNowParse)
#include "tst_servicenowparse.moc"
