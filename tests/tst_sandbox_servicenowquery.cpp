#include "tst_sandbox_servicenow.h"

#include "services/sandbox/servicenow/servicenowquery.h"

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;
namespace SN = ReleaseDesk::Sandbox::ServiceNow;

namespace {

// The records a query test runs over, found by their correlation_id.
const QString scope = QStringLiteral("correlation_idSTARTSWITHqtest:^");

} // namespace

// Reading lists from the ServiceNow sandbox: sysparm_query, ORDERBY, paging by
// limit and offset and the Link header, and the forms a field is rendered in.
class TestSandboxServiceNowQuery : public ClientSuite<ServiceNowClient>
{
    Q_OBJECT

private:
    // Three changes the query rows tell apart: A, B and C.
    void createQueryRecords()
    {
        const auto create = [&](const QJsonObject &fields) {
            QVERIFY(!client().create(QStringLiteral("change_request"), fields).isEmpty());
        };
        create({{QStringLiteral("short_description"), QStringLiteral("A: Alpha deploy")},
                {QStringLiteral("risk"), QStringLiteral("2")},
                {QStringLiteral("state"), QStringLiteral("-5")},
                {QStringLiteral("start_date"), QStringLiteral("2026-01-10 10:00:00")},
                {QStringLiteral("category"), QStringLiteral("Software")},
                {QStringLiteral("correlation_id"), QStringLiteral("qtest:a")},
                {QStringLiteral("justification"), QStringLiteral("x^y")},
                {QStringLiteral("assignment_group"), client().groupId()}});
        create({{QStringLiteral("short_description"), QStringLiteral("B: Beta rollback")},
                {QStringLiteral("risk"), QStringLiteral("3")},
                {QStringLiteral("state"), QStringLiteral("-1")},
                {QStringLiteral("start_date"), QStringLiteral("2026-02-10 10:00:00")},
                {QStringLiteral("category"), QStringLiteral("Network")},
                {QStringLiteral("correlation_id"), QStringLiteral("qtest:b")}});
        create({{QStringLiteral("short_description"), QStringLiteral("C: Gamma deploy")},
                {QStringLiteral("risk"), QStringLiteral("4")},
                {QStringLiteral("state"), QStringLiteral("3")},
                {QStringLiteral("category"), QStringLiteral("Software")},
                {QStringLiteral("correlation_id"), QStringLiteral("qtest:c")},
                {QStringLiteral("justification"), QStringLiteral("plain")}});
    }

    // The letters of the records a query finds, in the order they come.
    QString lettersOf(const QString &query)
    {
        const auto reply = client().list(
            QStringLiteral("change_request"),
            {{QStringLiteral("sysparm_query"), query},
             {QStringLiteral("sysparm_fields"), QStringLiteral("short_description")}});
        if (reply.status != 200)
            return QStringLiteral("status %1").arg(reply.status);
        QString letters;
        for (const QString &description :
             ServiceNowClient::column(reply, QStringLiteral("short_description")))
            letters += description.left(1);
        return letters;
    }

    // Five change tasks, "page-1" to "page-5", and the query that lists them in order.
    QString createPageRecords()
    {
        for (int i = 1; i <= 5; ++i)
            client().create(QStringLiteral("change_task"), {{QStringLiteral("short_description"),
                                                             QStringLiteral("page-%1").arg(i)}});
        return QStringLiteral("short_descriptionSTARTSWITHpage-^ORDERBYnumber");
    }

private slots:
    void filtersByEncodedQuery_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("found");
        QTest::newRow("=") << scope + QStringLiteral("category=Network") << QStringLiteral("B");
        QTest::newRow("= ignores case")
            << scope + QStringLiteral("category=software") << QStringLiteral("AC");
        QTest::newRow("!=") << scope + QStringLiteral("category!=Software") << QStringLiteral("B");
        QTest::newRow("LIKE") << scope + QStringLiteral("short_descriptionLIKEdeploy")
                              << QStringLiteral("AC");
        QTest::newRow("NOT LIKE") << scope + QStringLiteral("short_descriptionNOT LIKEdeploy")
                                  << QStringLiteral("B");
        QTest::newRow("STARTSWITH")
            << scope + QStringLiteral("short_descriptionSTARTSWITHb: be") << QStringLiteral("B");
        QTest::newRow("ENDSWITH") << scope + QStringLiteral("short_descriptionENDSWITHback")
                                  << QStringLiteral("B");
        QTest::newRow("IN") << scope + QStringLiteral("stateIN-5,3") << QStringLiteral("AC");
        QTest::newRow("NOT IN") << scope + QStringLiteral("stateNOT IN-5,3") << QStringLiteral("B");
        QTest::newRow("ISEMPTY") << scope + QStringLiteral("start_dateISEMPTY")
                                 << QStringLiteral("C");
        QTest::newRow("ISNOTEMPTY")
            << scope + QStringLiteral("start_dateISNOTEMPTY") << QStringLiteral("AB");
        QTest::newRow("> on dates")
            << scope + QStringLiteral("start_date>2026-01-31 00:00:00") << QStringLiteral("B");
        QTest::newRow(">= on dates")
            << scope + QStringLiteral("start_date>=2026-01-10 10:00:00") << QStringLiteral("AB");
        QTest::newRow("< on dates")
            << scope + QStringLiteral("start_date<2026-02-01 00:00:00") << QStringLiteral("A");
        QTest::newRow("<=") << scope + QStringLiteral("risk<=3") << QStringLiteral("AB");
        QTest::newRow("> compares numbers")
            << scope + QStringLiteral("state>0") << QStringLiteral("C");
        QTest::newRow("^OR") << scope + QStringLiteral("category=Network^ORstate=3")
                             << QStringLiteral("BC");
        QTest::newRow("OR binds tighter than AND")
            << scope + QStringLiteral("short_descriptionLIKEdeploy^category=Network^ORstate=3")
            << QStringLiteral("C");
        QTest::newRow("^NQ adds a query")
            << scope + QStringLiteral("category=Network^NQ") + scope + QStringLiteral("state=3")
            << QStringLiteral("BC");
        QTest::newRow("^^ is a literal caret")
            << scope + QStringLiteral("justification=x^^y") << QStringLiteral("A");
        QTest::newRow("dot-walked reference")
            << scope + QStringLiteral("assignment_group.name=CHS Release Management")
            << QStringLiteral("A");
        QTest::newRow("reference by sys_id")
            << scope + QStringLiteral("assignment_group=") +
                   QStringLiteral("5f0e7a1c1b9d4a10a6c8e2f3b4d5c6e7")
            << QStringLiteral("A");
        QTest::newRow("unknown field is ignored")
            << scope + QStringLiteral("no_such_field=1") << QStringLiteral("ABC");
        QTest::newRow("unknown field in an OR is ignored")
            << scope + QStringLiteral("category=Network^ORno_such_field=1") << QStringLiteral("B");
        QTest::newRow("unknown operator is ignored")
            << scope + QStringLiteral("riskBETWEEN2@3") << QStringLiteral("ABC");
    }
    void filtersByEncodedQuery()
    {
        QFETCH(QString, query);
        QFETCH(QString, found);
        createQueryRecords();
        QCOMPARE(lettersOf(query + QStringLiteral("^ORDERBYshort_description")), found);
    }

    void ordersRows_data()
    {
        QTest::addColumn<QString>("order");
        QTest::addColumn<QString>("found");
        QTest::newRow("ORDERBY") << QStringLiteral("ORDERBYrisk") << QStringLiteral("ABC");
        QTest::newRow("ORDERBYDESC") << QStringLiteral("ORDERBYDESCrisk") << QStringLiteral("CBA");
        QTest::newRow("empty first")
            << QStringLiteral("ORDERBYstart_date") << QStringLiteral("CAB");
        QTest::newRow("numbers as numbers")
            << QStringLiteral("ORDERBYDESCstate") << QStringLiteral("CBA");
        QTest::newRow("two keys") << QStringLiteral("ORDERBYcategory^ORDERBYDESCshort_description")
                                  << QStringLiteral("BCA");
        QTest::newRow("unknown field ignored")
            << QStringLiteral("ORDERBYnope^ORDERBYDESCnumber") << QStringLiteral("CBA");
    }
    void ordersRows()
    {
        QFETCH(QString, order);
        QFETCH(QString, found);
        createQueryRecords();
        QCOMPARE(lettersOf(scope + order), found);
    }

    void filtersByNameValuePairs()
    {
        createQueryRecords();
        const auto byLabel =
            client().list(QStringLiteral("change_request"),
                          {{QStringLiteral("correlation_id"), QStringLiteral("qtest:c")},
                           {QStringLiteral("state"), QStringLiteral("Closed")}});
        QCOMPARE(ServiceNowClient::column(byLabel, QStringLiteral("correlation_id")),
                 QStringList{QStringLiteral("qtest:c")});
        const auto byValue =
            client().list(QStringLiteral("change_request"),
                          {{QStringLiteral("correlation_id"), QStringLiteral("qtest:c")},
                           {QStringLiteral("state"), QStringLiteral("-5")}});
        QCOMPARE(byValue.object().value(u"result").toArray().size(), 0);
    }

    void pagesByLimitAndOffset_data()
    {
        QTest::addColumn<QString>("filter"); // added to the page query
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QStringList>("found");
        QTest::addColumn<QString>("rels"); // the Link header's relations, in order
        QTest::addColumn<int>("total");
        QTest::newRow("empty") << QStringLiteral("^short_description=none") << 2 << 0
                               << QStringList() << QString() << 0;
        QTest::newRow("exactly one page")
            << QStringLiteral("^short_description!=page-5") << 4 << 0
            << QStringList{QStringLiteral("page-1"), QStringLiteral("page-2"),
                           QStringLiteral("page-3"), QStringLiteral("page-4")}
            << QString() << 4;
        QTest::newRow("first page")
            << QString() << 2 << 0
            << QStringList{QStringLiteral("page-1"), QStringLiteral("page-2")}
            << QStringLiteral("first next:2 last:4") << 5;
        QTest::newRow("middle page")
            << QString() << 2 << 2
            << QStringList{QStringLiteral("page-3"), QStringLiteral("page-4")}
            << QStringLiteral("first prev:0 next:4 last:4") << 5;
        QTest::newRow("last page short")
            << QString() << 2 << 4 << QStringList{QStringLiteral("page-5")}
            << QStringLiteral("first prev:2 last:4") << 5;
        QTest::newRow("past the end")
            << QString() << 2 << 9 << QStringList() << QStringLiteral("first prev:7 last:4") << 5;
    }
    void pagesByLimitAndOffset()
    {
        QFETCH(QString, filter);
        QFETCH(int, limit);
        QFETCH(int, offset);
        QFETCH(QStringList, found);
        QFETCH(QString, rels);
        QFETCH(int, total);
        const QString query = createPageRecords().replace(QStringLiteral("^ORDERBY"),
                                                          filter + QStringLiteral("^ORDERBY"));
        const auto reply =
            client().list(QStringLiteral("change_task"),
                          {{QStringLiteral("sysparm_query"), query},
                           {QStringLiteral("sysparm_limit"), QString::number(limit)},
                           {QStringLiteral("sysparm_offset"), QString::number(offset)}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(ServiceNowClient::column(reply, QStringLiteral("short_description")), found);
        QCOMPARE(reply.header("X-Total-Count"), QByteArray::number(total));
        QStringList described;
        const auto links = ServiceNowClient::links(reply);
        static const QRegularExpression offsetOf(QStringLiteral("sysparm_offset=(\\d+)"));
        for (const QString &rel : {QStringLiteral("first"), QStringLiteral("prev"),
                                   QStringLiteral("next"), QStringLiteral("last")}) {
            if (!links.contains(rel))
                continue;
            const QString at = offsetOf.match(links.value(rel)).captured(1);
            described << (rel == u"first" ? rel : rel + u':' + at);
            QVERIFY2(links.value(rel).contains(QStringLiteral("sysparm_limit=%1").arg(limit)),
                     qPrintable(links.value(rel)));
        }
        QCOMPARE(described.join(u' '), rels);
    }

    void linkHeaderHasServiceNowsForm()
    {
        createPageRecords();
        const auto reply = client().list(
            QStringLiteral("change_task"),
            {{QStringLiteral("sysparm_query"), QStringLiteral("short_descriptionSTARTSWITHpage-")},
             {QStringLiteral("sysparm_limit"), QStringLiteral("2")},
             {QStringLiteral("sysparm_offset"), QStringLiteral("2")}});
        const QString base =
            client().url(QStringLiteral("/api/now/table/change_task")).toString() +
            QStringLiteral(
                "?sysparm_query=short_descriptionSTARTSWITHpage-&sysparm_limit=2&sysparm_offset=");
        const QStringList expected{u'<' + base + QStringLiteral("0>;rel=\"first\""),
                                   u'<' + base + QStringLiteral("0>;rel=\"prev\""),
                                   u'<' + base + QStringLiteral("4>;rel=\"next\""),
                                   u'<' + base + QStringLiteral("4>;rel=\"last\"")};
        QCOMPARE(QString::fromUtf8(reply.header("Link")), expected.join(u','));
        const auto suppressed = client().list(
            QStringLiteral("change_task"),
            {{QStringLiteral("sysparm_limit"), QStringLiteral("1")},
             {QStringLiteral("sysparm_suppress_pagination_header"), QStringLiteral("true")},
             {QStringLiteral("sysparm_no_count"), QStringLiteral("true")}});
        QVERIFY(suppressed.header("Link").isEmpty());
        QVERIFY(suppressed.header("X-Total-Count").isEmpty());
    }

    void followsNextLinksToTheEnd()
    {
        const QString query = createPageRecords();
        auto reply = client().list(
            QStringLiteral("change_task"),
            {{QStringLiteral("sysparm_query"), query},
             {QStringLiteral("sysparm_limit"), QStringLiteral("2")},
             {QStringLiteral("sysparm_fields"), QStringLiteral("short_description")}});
        QStringList seen;
        int pages = 0;
        while (true) {
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.header("X-Total-Count"), QByteArray("5"));
            seen << ServiceNowClient::column(reply, QStringLiteral("short_description"));
            ++pages;
            const QString next = ServiceNowClient::links(reply).value(QStringLiteral("next"));
            if (next.isEmpty() || pages > 5)
                break;
            reply = client().fixture().get(QUrl(next), ServiceNowClient::auth());
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen, (QStringList{QStringLiteral("page-1"), QStringLiteral("page-2"),
                                    QStringLiteral("page-3"), QStringLiteral("page-4"),
                                    QStringLiteral("page-5")}));
    }

    void defaultLimitReturnsEverything()
    {
        const auto reply = client().list(QStringLiteral("change_request"));
        const int total = reply.header("X-Total-Count").toInt();
        QVERIFY(total >= 8);
        QCOMPARE(reply.object().value(u"result").toArray().size(), total);
        QVERIFY(reply.header("Link").isEmpty());
    }

    void rendersFieldsPerDisplayOption_data()
    {
        QTest::addColumn<QString>("displayValue");
        QTest::addColumn<bool>("excludeLink");
        QTest::addColumn<QJsonValue>("state");
        QTest::addColumn<QJsonValue>("group");
        const QString id = QStringLiteral("5f0e7a1c1b9d4a10a6c8e2f3b4d5c6e7");
        const QString name = QStringLiteral("CHS Release Management");
        const QString link = QStringLiteral("LINK"); // replaced by the group's URL
        QTest::newRow("false") << QStringLiteral("false") << false
                               << QJsonValue(QStringLiteral("-1"))
                               << QJsonValue(QJsonObject{{QStringLiteral("link"), link},
                                                         {QStringLiteral("value"), id}});
        QTest::newRow("false, no links") << QStringLiteral("false") << true
                                         << QJsonValue(QStringLiteral("-1")) << QJsonValue(id);
        QTest::newRow("true") << QStringLiteral("true") << false
                              << QJsonValue(QStringLiteral("Implement"))
                              << QJsonValue(QJsonObject{{QStringLiteral("display_value"), name},
                                                        {QStringLiteral("link"), link}});
        QTest::newRow("true, no links")
            << QStringLiteral("true") << true << QJsonValue(QStringLiteral("Implement"))
            << QJsonValue(name);
        QTest::newRow("all") << QStringLiteral("all") << false
                             << QJsonValue(QJsonObject{
                                    {QStringLiteral("display_value"), QStringLiteral("Implement")},
                                    {QStringLiteral("value"), QStringLiteral("-1")}})
                             << QJsonValue(QJsonObject{{QStringLiteral("display_value"), name},
                                                       {QStringLiteral("link"), link},
                                                       {QStringLiteral("value"), id}});
        QTest::newRow("all, no links")
            << QStringLiteral("all") << true
            << QJsonValue(
                   QJsonObject{{QStringLiteral("display_value"), QStringLiteral("Implement")},
                               {QStringLiteral("value"), QStringLiteral("-1")}})
            << QJsonValue(QJsonObject{{QStringLiteral("display_value"), name},
                                      {QStringLiteral("value"), id}});
    }
    void rendersFieldsPerDisplayOption()
    {
        QFETCH(QString, displayValue);
        QFETCH(bool, excludeLink);
        QFETCH(QJsonValue, state);
        QFETCH(QJsonValue, group);
        const QString sysId =
            client()
                .create(QStringLiteral("change_request"),
                        {{QStringLiteral("state"), QStringLiteral("-1")},
                         {QStringLiteral("assignment_group"), client().groupId()}})
                .value(u"sys_id")
                .toString();
        const auto reply = client().fixture().get(
            client().url(QStringLiteral("/api/now/table/change_request/") + sysId,
                         {{QStringLiteral("sysparm_display_value"), displayValue},
                          {QStringLiteral("sysparm_exclude_reference_link"),
                           excludeLink ? QStringLiteral("true") : QStringLiteral("false")},
                          {QStringLiteral("sysparm_fields"),
                           QStringLiteral("state,assignment_group,no_such_field")}}),
            ServiceNowClient::auth());
        QCOMPARE(reply.status, 200);
        QJsonObject expectedGroup = group.toObject();
        if (expectedGroup.contains(u"link"))
            expectedGroup.insert(
                QStringLiteral("link"),
                client()
                    .url(QStringLiteral("/api/now/table/sys_user_group/") + client().groupId())
                    .toString());
        const QJsonObject result = reply.object().value(u"result").toObject();
        QCOMPARE(result.keys(),
                 (QStringList{QStringLiteral("assignment_group"), QStringLiteral("state")}));
        QCOMPARE(result.value(u"state"), state);
        QCOMPARE(result.value(u"assignment_group"),
                 group.isObject() ? QJsonValue(expectedGroup) : group);
    }

    void showsStateLabels_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("label");
        const QList<std::pair<const char *, const char *>> changes{
            {"-5", "New"},       {"-4", "Assess"}, {"-3", "Authorize"}, {"-2", "Scheduled"},
            {"-1", "Implement"}, {"0", "Review"},  {"3", "Closed"},     {"4", "Canceled"}};
        for (const auto &[state, label] : changes)
            QTest::addRow("change_request %s", state)
                << QStringLiteral("change_request") << QString::fromLatin1(state)
                << QString::fromLatin1(label);
        const QList<std::pair<const char *, const char *>> tasks{
            {"-5", "Pending"},          {"1", "Open"},
            {"2", "Work in Progress"},  {"3", "Closed Complete"},
            {"4", "Closed Incomplete"}, {"7", "Closed Skipped"}};
        for (const auto &[state, label] : tasks)
            QTest::addRow("change_task %s", state)
                << QStringLiteral("change_task") << QString::fromLatin1(state)
                << QString::fromLatin1(label);
    }
    void showsStateLabels()
    {
        QFETCH(QString, table);
        QFETCH(QString, state);
        QFETCH(QString, label);
        const QString sysId =
            client().create(table, {{QStringLiteral("state"), state}}).value(u"sys_id").toString();
        const auto reply = client().fixture().get(
            client().url(QStringLiteral("/api/now/table/%1/%2").arg(table, sysId),
                         {{QStringLiteral("sysparm_display_value"), QStringLiteral("true")}}),
            ServiceNowClient::auth());
        QCOMPARE(reply.object().value(u"result").toObject().value(u"state").toString(), label);
    }

    void parsesTheQueryStructure()
    {
        const auto isField = [](const QString &field) {
            return field == u"a" || field == u"b" || field == u"ab";
        };
        const SN::EncodedQuery query = SN::parseQuery(
            QStringLiteral("ab=1^ORb=2^a!=x^^y^NQaISEMPTY^ORDERBYDESCb^zz=3^ORDERBYq"), isField);
        QCOMPARE(query.alternatives.size(), 2);
        QCOMPARE(query.alternatives.at(0).size(), 2);
        QCOMPARE(query.alternatives.at(0).at(0).size(), 2);
        QCOMPARE(query.alternatives.at(0).at(0).at(0).field, u"ab");
        QCOMPARE(query.alternatives.at(0).at(1).at(0).op, u"!=");
        QCOMPARE(query.alternatives.at(0).at(1).at(0).value, u"x^y");
        QCOMPARE(query.alternatives.at(1).at(0).at(0).op, u"ISEMPTY");
        QCOMPARE(query.order.size(), 1);
        QVERIFY(query.order.at(0).descending);
        QCOMPARE(query.ignored, (QStringList{QStringLiteral("zz=3"), QStringLiteral("ORDERBYq")}));
    }
};

QTEST_GUILESS_MAIN(TestSandboxServiceNowQuery)
#include "tst_sandbox_servicenowquery.moc"
