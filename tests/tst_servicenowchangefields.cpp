// The team's conventions on the changes ReleaseDesk raises: the fields its
// settings set, the planned window, and the instance's mandatory fields named
// before anything is sent.
#include "tst_servicenowclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

const QString businessService = QStringLiteral("u_business_service");

QJsonObject requiresBusinessService()
{
    return {{QStringLiteral("mandatoryFields"),
             QJsonObject{{businessService, QStringLiteral("Business service")}}}};
}

} // namespace

class TestServiceNowChangeFields : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServiceNowBench> m_bench;

    // The body of the one create that reached the sandbox.
    QJsonObject createdBody()
    {
        for (const auto &entry : m_bench->fixture().sandbox().journal().entries()) {
            if (entry.method == "POST" && entry.path.contains(QLatin1String("/change_request")))
                return QJsonDocument::fromJson(entry.requestBody).object();
        }
        return {};
    }

    QJsonObject storedChange(const QString &correlationId)
    {
        const QJsonArray stored = m_bench->changesCorrelatedTo(correlationId);
        return stored.isEmpty() ? QJsonObject() : stored.first().toObject();
    }

private slots:
    void cleanup() { m_bench.reset(); }

    // Today's request: none of the conventions' columns, the instance's defaults.
    void theDefaultsSendTodaysRequest()
    {
        m_bench = std::make_unique<ServiceNowBench>();
        ServiceNowConnection connection = m_bench->connection();
        connection.changeFields = ServiceNowParse::conventionFields(ServiceNowSettings());
        QVERIFY(connection.changeFields.isEmpty());
        ServiceNowClient client(m_bench->http(), connection);
        ChangeRequestDraft draft = changeDraft();
        draft.start = {};
        draft.end = {};
        const auto created = createChange(client, draft);
        QVERIFY(created);
        QVERIFY2(created->ok(), qPrintable(created->error()));
        const QJsonObject body = createdBody();
        for (const char *column : {"category", "cmdb_ci", "risk", "impact", "chg_model",
                                   "std_change_producer_version", "start_date", "end_date"})
            QVERIFY2(!body.contains(QLatin1String(column)), column);
        const QJsonObject record = storedChange(draft.correlationId);
        QCOMPARE(record.value(u"category").toString(), QStringLiteral("Other"));
        QCOMPARE(record.value(u"risk").toString(), QStringLiteral("3"));
        QCOMPARE(record.value(u"start_date").toString(), QString());
    }

    void theTeamsFieldsArriveInTheChange()
    {
        m_bench = std::make_unique<ServiceNowBench>();
        ServiceNowSettings settings;
        settings.category = QStringLiteral("Software");
        settings.configurationItem = QStringLiteral("b0c4030ac0a800090152e7a4564ca36c");
        settings.risk = QStringLiteral("2");
        settings.impact = QStringLiteral("1");
        settings.changeModel = QStringLiteral("007c4001c343101035ae3f52c1d3aeb2");
        settings.changeTemplate = QStringLiteral("1f5f1d6b47d31110e6b2a2d5536d43a5");
        // Markup and an ampersand reach ServiceNow as typed.
        settings.extraFields.insert(businessService, QStringLiteral("<b>Payments</b> & Co"));
        // A named setting wins over the same column among the extra fields.
        settings.extraFields.insert(QStringLiteral("category"), QStringLiteral("Hardware"));
        ServiceNowConnection connection = m_bench->connection();
        connection.changeFields = ServiceNowParse::conventionFields(settings);
        ServiceNowClient client(m_bench->http(), connection);
        const auto created = createChange(client, changeDraft());
        QVERIFY(created);
        QVERIFY2(created->ok(), qPrintable(created->error()));
        const QJsonObject record = storedChange(changeDraft().correlationId);
        QCOMPARE(record.value(u"category").toString(), settings.category);
        QCOMPARE(record.value(u"cmdb_ci").toString(), settings.configurationItem);
        QCOMPARE(record.value(u"risk").toString(), settings.risk);
        QCOMPARE(record.value(u"impact").toString(), settings.impact);
        QCOMPARE(record.value(u"chg_model").toString(), settings.changeModel);
        QCOMPARE(record.value(u"std_change_producer_version").toString(), settings.changeTemplate);
        QCOMPARE(record.value(businessService).toString(), QStringLiteral("<b>Payments</b> & Co"));
        // ReleaseDesk's own fields are never overridden: the change must be found again.
        QCOMPARE(record.value(u"correlation_id").toString(), changeDraft().correlationId);
    }

    void thePlannedWindowStartsAfterTheRaise()
    {
        m_bench = std::make_unique<ServiceNowBench>();
        ServiceNowConnection connection = m_bench->connection();
        connection.plannedStartOffsetHours = 24;
        connection.plannedDurationHours = 4;
        ServiceNowClient client(m_bench->http(), connection);
        ChangeRequestDraft draft = changeDraft();
        draft.start = {};
        draft.end = {};
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto created = createChange(client, draft);
        QVERIFY(created && created->ok());
        const QJsonObject record = storedChange(draft.correlationId);
        const QDateTime start = ServiceNowParse::parseTime(record.value(u"start_date").toString());
        const QDateTime end = ServiceNowParse::parseTime(record.value(u"end_date").toString());
        QVERIFY2(start.isValid(), qPrintable(record.value(u"start_date").toString()));
        QVERIFY(qAbs(before.secsTo(start) - 24 * 3600) < 60);
        QCOMPARE(start.secsTo(end), 4 * 3600);
    }

    void aMandatoryFieldIsNamedBeforeSending()
    {
        m_bench = std::make_unique<ServiceNowBench>(
            ServiceNowBench::withConventions(requiresBusinessService()));
        QVERIFY(m_bench->isListening());
        ServiceNowClient client(m_bench->http(), m_bench->connection());
        const auto refused = createChange(client, changeDraft());
        QVERIFY(refused);
        QVERIFY(!refused->ok());
        QVERIFY2(refused->error().contains(
                     u"ServiceNow requires 'Business service' (u_business_service) on a change: "
                     u"set it in Connections → ServiceNow → Extra fields."),
                 qPrintable(refused->error()));
        QCOMPARE(m_bench->journalWrites("POST"), 0);

        ServiceNowSettings settings;
        settings.extraFields.insert(businessService, QStringLiteral("Payments"));
        ServiceNowConnection fixed = m_bench->connection();
        fixed.changeFields = ServiceNowParse::conventionFields(settings);
        ServiceNowClient fixedClient(m_bench->http(), fixed);
        const auto created = createChange(fixedClient, changeDraft());
        QVERIFY(created);
        QVERIFY2(created->ok(), qPrintable(created->error()));
        QCOMPARE(storedChange(changeDraft().correlationId).value(businessService).toString(),
                 QStringLiteral("Payments"));
    }

    // What Test connection lists: only what the settings leave empty.
    void theMissingMandatoryFieldsAreListed()
    {
        m_bench = std::make_unique<ServiceNowBench>(
            ServiceNowBench::withConventions(requiresBusinessService()));
        const auto missingOf = [this](const ServiceNowConnection &connection) {
            ServiceNowClient client(m_bench->http(), connection);
            return await<Result<QList<MandatoryField>>>(
                [&](QObject *context, auto done) { client.missingMandatoryFields(context, done); });
        };
        const auto missing = missingOf(m_bench->connection());
        QVERIFY(missing);
        QVERIFY2(missing->ok(), qPrintable(missing->error()));
        QCOMPARE(missing->value(),
                 (QList<MandatoryField>{{businessService, QStringLiteral("Business service")}}));
        ServiceNowConnection filled = m_bench->connection();
        filled.changeFields.insert(businessService, QStringLiteral("Payments"));
        const auto none = missingOf(filled);
        QVERIFY(none && none->ok());
        QVERIFY(none->value().isEmpty());
    }

    // The number and short description are mandatory on every instance,
    // but filled by the platform and by ReleaseDesk.
    void anInstanceWithoutConventionsMissesNothing()
    {
        m_bench = std::make_unique<ServiceNowBench>();
        ServiceNowClient client(m_bench->http(), m_bench->connection());
        const auto missing = await<Result<QList<MandatoryField>>>(
            [&](QObject *context, auto done) { client.missingMandatoryFields(context, done); });
        QVERIFY(missing && missing->ok());
        QVERIFY(missing->value().isEmpty());
    }

    // The instance itself refuses a create without them, as a data policy does.
    void theSandboxRefusesAChangeWithoutThem()
    {
        m_bench = std::make_unique<ServiceNowBench>(
            ServiceNowBench::withConventions(requiresBusinessService()));
        const auto reply = m_bench->fixture().sendJson(
            "POST",
            m_bench->fixture().url(QStringLiteral("servicenow"),
                                   QStringLiteral("/api/now/table/change_request")),
            QJsonDocument(QJsonObject{{QStringLiteral("short_description"), QStringLiteral("x")}}),
            {SandboxFixture::basicAuth(QStringLiteral("releasedesk.integration"),
                                       serviceNowPassword)});
        QCOMPARE(reply.status, 403);
        const QJsonObject error = reply.object().value(u"error").toObject();
        QCOMPARE(error.value(u"message").toString(), QStringLiteral("Operation Failed"));
        QVERIFY(error.value(u"detail").toString().contains(
            u"Data Policy Exception: \n\tThe following fields are mandatory: Business service"));
    }

    // An account that may not read the dictionary raises its changes all the same.
    void anUnreadableDictionaryDoesNotStopTheChange()
    {
        m_bench = std::make_unique<ServiceNowBench>();
        m_bench->inject("servicenow:/sys_dictionary=status,status=403");
        ServiceNowClient client(m_bench->http(), m_bench->connection());
        const auto created = createChange(client, changeDraft());
        QVERIFY(created);
        QVERIFY2(created->ok(), qPrintable(created->error()));
        const auto missing = await<Result<QList<MandatoryField>>>(
            [&](QObject *context, auto done) { client.missingMandatoryFields(context, done); });
        QVERIFY(missing);
        // Remembered as unknown once the create went ahead without it.
        QVERIFY(missing->ok());
    }
};

QTEST_GUILESS_MAIN(TestServiceNowChangeFields)
#include "tst_servicenowchangefields.moc"
