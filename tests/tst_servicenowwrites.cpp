// The writes: finding, creating, raising and patching a change, and never two changes
// after a lost answer.
#include "tst_servicenowclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

class TestServiceNowWrites : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServiceNowBench> m_bench;

private slots:
    void init()
    {
        m_bench = std::make_unique<ServiceNowBench>();
        QVERIFY(m_bench->isListening());
    }

    void cleanup() { m_bench.reset(); }

    void emptyCorrelationIsRefused()
    {
        ServiceNowClient client(m_bench->http(), m_bench->connection());
        const auto found = findChange(client, QString());
        QVERIFY(found);
        QVERIFY(!found->ok());
        const auto raised = raiseChange(client, ChangeRequestDraft());
        QVERIFY(raised);
        QVERIFY(!raised->ok());
        QCOMPARE(m_bench->journalWrites("POST"), 0);
    }

    void createsAChangeInTheGroup_data() { addAuths(); }
    void createsAChangeInTheGroup()
    {
        QFETCH(Auth, auth);
        ServiceNowClient client(m_bench->http(), m_bench->connection(auth));
        const ChangeRequestDraft wanted = changeDraft();
        const auto created = createChange(client, wanted);
        QVERIFY(created);
        QVERIFY2(created->ok(), qPrintable(created->error()));
        QVERIFY(created->value().number.startsWith(QLatin1String("CHG")));
        QCOMPARE(created->value().correlationId, wanted.correlationId);
        QCOMPARE(created->value().state, QStringLiteral("-5"));
        QVERIFY(created->value().url.toString().endsWith(created->value().sysId));

        const QJsonArray stored = m_bench->changesCorrelatedTo(wanted.correlationId);
        QCOMPARE(stored.size(), 1);
        const QJsonObject record = stored.first().toObject();
        QCOMPARE(record.value(u"sys_id").toString(), created->value().sysId);
        QCOMPARE(record.value(u"assignment_group").toString(),
                 m_bench->sandboxConnection().value(u"assignmentGroupSysId").toString());
        QCOMPARE(record.value(u"short_description").toString(), wanted.shortDescription);
        QCOMPARE(record.value(u"description").toString(), wanted.description);
        QCOMPARE(record.value(u"implementation_plan").toString(), wanted.implementationPlan);
        QCOMPARE(record.value(u"backout_plan").toString(), wanted.backoutPlan);
        QCOMPARE(record.value(u"test_plan").toString(), wanted.testPlan);
        QCOMPARE(record.value(u"justification").toString(), wanted.justification);
        QCOMPARE(record.value(u"type").toString(), QStringLiteral("normal"));
        QCOMPARE(record.value(u"start_date").toString(), QStringLiteral("2026-12-01 09:00:00"));
        QCOMPARE(record.value(u"end_date").toString(), QStringLiteral("2026-12-03 17:30:00"));
        QCOMPARE(m_bench->journalWrites("POST"), 1);
    }

    void looksTheGroupUpOnce()
    {
        ServiceNowClient client(m_bench->http(), m_bench->connection());
        const auto first = createChange(client, changeDraft(QStringLiteral("2026.12.1")));
        QVERIFY(first && first->ok());
        // A second lookup would meet this fault and fail.
        m_bench->inject("servicenow:/sys_user_group=status,status=500,times=1");
        const auto second = createChange(client, changeDraft(QStringLiteral("2026.12.2")));
        QVERIFY(second);
        QVERIFY2(second->ok(), qPrintable(second->error()));
        QCOMPARE(m_bench->fixture().sandbox().faults().rules().size(), 1);
        QCOMPARE(m_bench->journalWrites("POST"), 2);
    }

    void createNeedsTheGroup()
    {
        ServiceNowConnection unknown = m_bench->connection();
        unknown.assignmentGroup = QStringLiteral("Nobody");
        ServiceNowClient client(m_bench->http(), unknown);
        const auto created = createChange(client, changeDraft());
        QVERIFY(created);
        QVERIFY(!created->ok());
        QVERIFY2(created->error().contains(QLatin1String("no group is named \"Nobody\"")),
                 qPrintable(created->error()));
        QCOMPARE(m_bench->journalWrites("POST"), 0);
    }

    void raiseCreatesThenUpdates()
    {
        ServiceNowClient client(m_bench->http(), m_bench->connection());
        ChangeRequestDraft wanted = changeDraft();
        const auto first = raiseChange(client, wanted);
        QVERIFY(first);
        QVERIFY2(first->ok(), qPrintable(first->error()));

        wanted.description = QStringLiteral("Now with chs-search-api 2.0.1 too.");
        wanted.type = QStringLiteral("emergency");
        const auto second = raiseChange(client, wanted);
        QVERIFY(second);
        QVERIFY2(second->ok(), qPrintable(second->error()));
        QCOMPARE(second->value().sysId, first->value().sysId);
        QCOMPARE(second->value().number, first->value().number);

        const QJsonArray stored = m_bench->changesCorrelatedTo(wanted.correlationId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().toObject().value(u"description").toString(), wanted.description);
        // The type stays as raised.
        QCOMPARE(stored.first().toObject().value(u"type").toString(), QStringLiteral("normal"));
        QCOMPARE(m_bench->journalWrites("POST"), 1);
        QCOMPARE(m_bench->journalWrites("PATCH"), 1);
    }

    void lostCreateIsFoundByTheNextRaise_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<QString>("says");
        const QByteArray path = "servicenow:/api/now/table/change_request=";
        QTest::newRow("reset") << path + "reset,method=POST,times=1" << QStringLiteral(" off");
        QTest::newRow("truncated")
            << path + "truncated,method=POST,times=1" << QStringLiteral(" off");
        QTest::newRow("hang") << path + "hang,method=POST,times=1"
                              << QStringLiteral("did not answer within");
        QTest::newRow("malformed-json")
            << path + "malformed-json,method=POST,times=1" << QStringLiteral("not valid JSON");
        QTest::newRow("wrong-content-type")
            << path + "wrong-content-type,method=POST,times=1" << QStringLiteral("web page");
        QTest::newRow("oversized")
            << path + "oversized,method=POST,times=1" << QStringLiteral("larger than");
    }

    void lostCreateIsFoundByTheNextRaise()
    {
        QFETCH(QByteArray, fault);
        QFETCH(QString, says);
        m_bench->inject(fault.constData());
        ServiceNowClient client(m_bench->http(), m_bench->connection());
        const ChangeRequestDraft wanted = changeDraft();
        const auto lost = createChange(client, wanted);
        QVERIFY(lost);
        QVERIFY(!lost->ok());
        QVERIFY2(lost->error().startsWith(QLatin1String("ServiceNow change_request create:")) &&
                     lost->error().contains(says),
                 qPrintable(lost->error()));
        QVERIFY(!mentionsASecret(lost->error()));
        // The server made it, and the client did not send it twice.
        QCOMPARE(m_bench->journalWrites("POST"), 1);
        QCOMPARE(m_bench->changesCorrelatedTo(wanted.correlationId).size(), 1);

        const auto raised = raiseChange(client, wanted);
        QVERIFY(raised);
        QVERIFY2(raised->ok(), qPrintable(raised->error()));
        const QJsonArray stored = m_bench->changesCorrelatedTo(wanted.correlationId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(raised->value().sysId, stored.first().toObject().value(u"sys_id").toString());
        QCOMPARE(m_bench->journalWrites("POST"), 1);
        QCOMPARE(m_bench->journalWrites("PATCH"), 1);
    }

    void raiseAfterALostRaiseMakesOne()
    {
        m_bench->inject("servicenow=reset,method=POST,times=1");
        ServiceNowClient client(m_bench->http(), m_bench->connection());
        const ChangeRequestDraft wanted = changeDraft();
        const auto lost = raiseChange(client, wanted);
        QVERIFY(lost && !lost->ok());
        const auto again = raiseChange(client, wanted);
        QVERIFY(again);
        QVERIFY2(again->ok(), qPrintable(again->error()));
        QCOMPARE(m_bench->changesCorrelatedTo(wanted.correlationId).size(), 1);
        QCOMPARE(m_bench->journalWrites("POST"), 1);
    }

    void createIsNotResentAfterAServerError()
    {
        // A 503 without Retry-After may have been acted on: no second POST.
        m_bench->inject("servicenow:/change_request=status,status=503,method=POST,times=1");
        ServiceNowClient client(m_bench->http(), m_bench->connection());
        const auto created = createChange(client, changeDraft());
        QVERIFY(created);
        QVERIFY(!created->ok());
        QVERIFY2(created->error().startsWith(QLatin1String("ServiceNow change_request create:")) &&
                     created->error().contains(QLatin1String("503")) &&
                     created->error().contains(QLatin1String("ServiceNow said: Injected fault")),
                 qPrintable(created->error()));
        QCOMPARE(m_bench->journalWrites("POST"), 0);
        QVERIFY(m_bench->delays().isEmpty());

        const auto raised = raiseChange(client, changeDraft());
        QVERIFY(raised && raised->ok());
        QCOMPARE(m_bench->changesCorrelatedTo(changeDraft().correlationId).size(), 1);
    }

    void createWaitsOutARateLimit()
    {
        m_bench->inject("servicenow:/change_request=ratelimit,retry-after=2,method=POST,times=1");
        ServiceNowClient client(m_bench->http(), m_bench->connection());
        const auto created = createChange(client, changeDraft());
        QVERIFY(created);
        QVERIFY2(created->ok(), qPrintable(created->error()));
        QCOMPARE(m_bench->delays(), (QList<std::chrono::milliseconds>{2000ms}));
        QCOMPARE(m_bench->journalWrites("POST"), 1);
    }

    void patchSetsFieldsAndIsResent()
    {
        ServiceNowClient client(m_bench->http(), m_bench->connection());
        const auto created = createChange(client, changeDraft());
        QVERIFY(created && created->ok());
        // Lost answers of a PATCH are sent again: the same fields twice are one change.
        m_bench->inject("servicenow:/change_request=reset,method=PATCH,times=1");
        const auto patched = await<Result<ChangeTicket>>([&](QObject *context, auto done) {
            client.patchChange(
                created->value().sysId,
                {{QStringLiteral("short_description"), QStringLiteral("Release 2026.12.1 (moved)")},
                 {QStringLiteral("state"), QStringLiteral("-4")}},
                context, done);
        });
        QVERIFY(patched);
        QVERIFY2(patched->ok(), qPrintable(patched->error()));
        QCOMPARE(patched->value().shortDescription, QStringLiteral("Release 2026.12.1 (moved)"));
        QCOMPARE(patched->value().state, QStringLiteral("-4"));
        QCOMPARE(m_bench->journalWrites("PATCH"), 2);
        const QJsonArray stored = m_bench->changesCorrelatedTo(changeDraft().correlationId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().toObject().value(u"state").toString(), QStringLiteral("-4"));
    }

    void patchOfAMissingChangeCarriesServiceNowsText()
    {
        ServiceNowClient client(m_bench->http(), m_bench->connection());
        const auto patched = await<Result<ChangeTicket>>([&](QObject *context, auto done) {
            client.patchChange(QStringLiteral("0000deadbeef"),
                               {{QStringLiteral("state"), QStringLiteral("3")}}, context, done);
        });
        QVERIFY(patched);
        QVERIFY(!patched->ok());
        QVERIFY2(patched->error().startsWith(QLatin1String("ServiceNow change_request update:")) &&
                     patched->error().contains(QLatin1String("404")) &&
                     patched->error().contains(QLatin1String("ServiceNow said: No Record found")),
                 qPrintable(patched->error()));
    }
};

QTEST_GUILESS_MAIN(TestServiceNowWrites)
#include "tst_servicenowwrites.moc"
