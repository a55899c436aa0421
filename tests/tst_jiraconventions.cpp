#include "models/formats/outboxpayload.h"
#include "models/usecases/releaserequests.h"
#include "services/clients/jiraparse.h"
#include "services/connections/connectiondocument.h"
#include "services/connections/connectionsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A Data Center Jira connection with `extra` fields added to its object.
Result<ConnectionDocument> jiraDocument(const QJsonObject &extra)
{
    QJsonObject jira{{s("url"), s("https://jira.example.com")},
                     {s("pat"), s("secret")},
                     {s("project"), s("CHS")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        jira.insert(it.key(), it.value());
    return ConnectionDocument::parse(QJsonObject{{s("jira"), jira}}, {});
}

// One issue of a search answer whose fields hold `extra` besides the required ones.
QJsonObject issueWith(const QJsonObject &extra)
{
    QJsonObject fields{{s("summary"), s("Pay faster")},
                       {s("status"), QJsonObject{{s("name"), s("Testing")}}},
                       {s("updated"), s("2026-11-20T12:00:00.000+0000")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        fields.insert(it.key(), it.value());
    return {{s("key"), s("PAY-7")}, {s("fields"), fields}};
}

} // namespace

// The Jira conventions of a team: several projects, where a task's service is
// kept, the rework status and the testers' transitions by name. Absent, each
// is what ReleaseDesk always assumed.
class TestJiraConventions : public QObject
{
    Q_OBJECT

private slots:
    void theDocumentCarriesTheConventions()
    {
        const auto document = jiraDocument({{s("project"), s(" CHS, PAY ,")},
                                            {s("serviceField"), s("Service")},
                                            {s("serviceLabelPrefix"), s("service:")},
                                            {s("reworkStatus"), s("Rework")},
                                            {s("passTransition"), s("Approve")},
                                            {s("failTransition"), s("Send back")}});
        QVERIFY2(document, qPrintable(document.error()));
        const JiraSettings &jira = document->settings.jira;
        QCOMPARE(jira.projects(), (QStringList{s("CHS"), s("PAY")}));
        QCOMPARE(jira.serviceField, s("Service"));
        QCOMPARE(jira.serviceLabelPrefix, s("service:"));
        QCOMPARE(jira.verdictStatuses.statusFor(Environment::CiDev, TestOutcome::Failed),
                 s("Rework"));
        QCOMPARE(jira.verdictStatuses.statusFor(Environment::Staging, TestOutcome::Failed),
                 s("Rework"));
        QCOMPARE(jira.verdictStatuses.transitionFor(TestOutcome::Passed), s("Approve"));
        QCOMPARE(jira.verdictStatuses.transitionFor(TestOutcome::Failed), s("Send back"));
        QCOMPARE(jira.verdictStatuses.transitionFor(TestOutcome::Untested), QString());
    }

    void withoutThemTodaysBehaviour()
    {
        const auto document = jiraDocument({});
        QVERIFY2(document, qPrintable(document.error()));
        const JiraSettings &jira = document->settings.jira;
        QCOMPARE(jira.projects(), QStringList{s("CHS")});
        QCOMPARE(jira.serviceField, s("components"));
        QCOMPARE(jira.verdictStatuses, VerdictStatuses());
        QCOMPARE(jira.verdictStatuses.ciDevFailed, ReleaseRequests::reworkStatus());
        QCOMPARE(jira.verdictStatuses.transitionFor(TestOutcome::Passed), QString());
    }

    void savedAndLoaded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(ConnectionSettingsFile::fileName());
        ConnectionSettings settings = jiraDocument({})->settings;
        settings.jira.project = s("CHS, PAY");
        settings.jira.serviceField = s("labels");
        settings.jira.serviceLabelPrefix = s("service:");
        settings.jira.verdictStatuses.ciDevFailed = s("Rework");
        settings.jira.verdictStatuses.stagingFailed = s("Rework");
        settings.jira.verdictStatuses.passTransition = s("Approve");
        settings.jira.verdictStatuses.failTransition = s("Send back");
        QVERIFY(ConnectionSettingsFile::save(settings, path));
        const auto loaded = ConnectionSettingsFile::load(path);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded.value(), settings);
        QCOMPARE(loaded->jira.projects(), (QStringList{s("CHS"), s("PAY")}));
    }

    void badValuesAreClearErrors_data()
    {
        QTest::addColumn<QJsonObject>("extra");
        QTest::addColumn<QString>("error");
        QTest::newRow("a field that is not text")
            << QJsonObject{{s("serviceField"), 42}}
            << s("Jira: the field \"serviceField\" must be text, not a number.");
        QTest::newRow("a transition that is a list")
            << QJsonObject{{s("passTransition"), QJsonArray{s("Approve")}}}
            << s("Jira: the field \"passTransition\" must be text, not a list.");
        QTest::newRow("no project among the commas")
            << QJsonObject{{s("project"), s(" , ,")}} << s("Jira: the project is missing.");
        QTest::newRow("JQL in the project")
            << QJsonObject{{s("project"), s("CHS) OR (project = PAY")}}
            << s("Jira: CHS) OR (project = PAY is not a project key (such as CHS); several are "
                 "apart by commas.");
    }
    void badValuesAreClearErrors()
    {
        QFETCH(QJsonObject, extra);
        QFETCH(QString, error);
        const auto document = jiraDocument(extra);
        QVERIFY(!document);
        QCOMPARE(document.error(), error);
    }

    void anEmptyServiceFieldIsAProblem()
    {
        ConnectionSettings settings = jiraDocument({})->settings;
        settings.jira.serviceField = s("  ");
        QCOMPARE(settings.problems(RemoteSystem::Jira),
                 QStringList{s("Jira: the field that names a task's service is missing.")});
    }

    void theServiceIsReadFromTheTeamsField_data()
    {
        QTest::addColumn<QString>("fieldId");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("service");
        const QJsonObject component{
            {s("components"), QJsonArray{QJsonObject{{s("name"), s("orders")}}}}};
        QTest::newRow("the first component")
            << s("components") << QString() << component << s("orders");
        QTest::newRow("no component") << s("components") << QString()
                                      << QJsonObject{{s("components"), QJsonArray()}} << QString();
        const QJsonObject labels{
            {s("labels"), QJsonArray{s("release"), s("Service:payments"), s("service:orders")}}};
        QTest::newRow("the first label with the prefix, any case")
            << s("labels") << s("service:") << labels << s("payments");
        QTest::newRow("the first label without a prefix")
            << s("labels") << QString() << labels << s("release");
        QTest::newRow("a prefix alone names nothing")
            << s("labels") << s("service:")
            << QJsonObject{{s("labels"), QJsonArray{s("service:"), s("service:ledger")}}}
            << s("ledger");
        QTest::newRow("no label with the prefix")
            << s("labels") << s("service:") << QJsonObject{{s("labels"), QJsonArray{s("release")}}}
            << QString();
        QTest::newRow("a select list")
            << s("customfield_10042") << QString()
            << QJsonObject{{s("customfield_10042"),
                            QJsonObject{{s("value"), s("payments")}, {s("id"), s("10100")}}}}
            << s("payments");
        QTest::newRow("a text field")
            << s("customfield_10042") << QString()
            << QJsonObject{{s("customfield_10042"), s(" ledger ")}} << s("ledger");
        QTest::newRow("a multi-select")
            << s("customfield_10042") << QString()
            << QJsonObject{{s("customfield_10042"),
                            QJsonArray{QJsonObject{{s("value"), s("payments")}},
                                       QJsonObject{{s("value"), s("orders")}}}}}
            << s("payments");
        QTest::newRow("markup stays text")
            << s("customfield_10042") << QString()
            << QJsonObject{{s("customfield_10042"), s("<b>pay</b>")}} << s("<b>pay</b>");
        QTest::newRow("null") << s("customfield_10042") << QString()
                              << QJsonObject{{s("customfield_10042"), QJsonValue()}} << QString();
        QTest::newRow("a number") << s("customfield_10042") << QString()
                                  << QJsonObject{{s("customfield_10042"), 7}} << QString();
        QTest::newRow("absent, with a component")
            << s("customfield_10042") << QString() << component << QString();
    }
    void theServiceIsReadFromTheTeamsField()
    {
        QFETCH(QString, fieldId);
        QFETCH(QString, prefix);
        QFETCH(QJsonObject, fields);
        QFETCH(QString, service);
        const auto change =
            JiraParse::change(issueWith(fields), s("issue"), JiraServiceField{fieldId, prefix});
        QVERIFY2(change, qPrintable(change.error()));
        QCOMPARE(change->service, service);
    }

    void theSearchAsksForTheTeamsField()
    {
        QVERIFY(JiraParse::searchFields().contains(s("components")));
        const QString fields =
            JiraParse::searchFields(JiraServiceField{s("customfield_10042"), {}});
        QVERIFY(fields.split(u',').contains(s("customfield_10042")));
        QVERIFY(!fields.split(u',').contains(s("components")));
    }

    void fieldIdsAndNames_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("id"); // empty: a name
        QTest::newRow("components") << s("Components") << s("components");
        QTest::newRow("labels") << s(" labels ") << s("labels");
        QTest::newRow("a custom field's id") << s("customfield_10042") << s("customfield_10042");
        QTest::newRow("a name") << s("Service") << QString();
        QTest::newRow("an id that is not one") << s("customfield_x") << QString();
    }
    void fieldIdsAndNames()
    {
        QFETCH(QString, field);
        QFETCH(QString, id);
        QCOMPARE(JiraParse::fieldId(field).value_or(QString()), id);
    }

    void aFieldIsFoundByItsName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("id"); // empty: an error
        QTest::addColumn<QString>("error");
        QTest::newRow("by name, case aside") << s("service") << s("customfield_10042") << QString();
        QTest::newRow("none of that name")
            << s("Team") << QString()
            << s("Jira has no field named \"Team\" that this account can see; give the field's "
                 "name as Jira lists it, or its id (customfield_…).");
        QTest::newRow("two of that name")
            << s("Squad") << QString()
            << s("Jira has several fields named \"Squad\" (customfield_2, customfield_3); give "
                 "the id of the one that names the service.");
    }
    void aFieldIsFoundByItsName()
    {
        QFETCH(QString, name);
        QFETCH(QString, id);
        QFETCH(QString, error);
        const QJsonArray fields{
            QJsonObject{{s("id"), s("summary")}, {s("name"), s("Summary")}, {s("custom"), false}},
            QJsonObject{
                {s("id"), s("customfield_10042")}, {s("name"), s("Service")}, {s("custom"), true}},
            QJsonObject{{s("id"), s("customfield_2")}, {s("name"), s("Squad")}},
            QJsonObject{{s("id"), s("customfield_3")}, {s("name"), s("Squad")}}};
        const auto found = JiraParse::fieldIdNamed(QJsonDocument(fields), name);
        if (id.isEmpty()) {
            QVERIFY(!found);
            QCOMPARE(found.error(), error);
        } else {
            QVERIFY2(found, qPrintable(found.error()));
            QCOMPARE(found.value(), id);
        }
    }

    void aVerdictCarriesItsTransitionToTheOutbox()
    {
        TestResult verdict;
        verdict.taskKey = s("CHS-12");
        verdict.environment = Environment::CiDev;
        verdict.outcome = TestOutcome::Passed;
        verdict.tester = s("Ben Jones");
        verdict.ref = s("r1");
        verdict.at = QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc());
        const QList<OutboxEntry> named =
            ReleaseRequests::verdictWrites(verdict, 1, s("Testing"), s("Approve"));
        const auto payload = OutboxPayloads::parse(named.constFirst());
        QVERIFY2(payload, qPrintable(payload.error()));
        QCOMPARE(std::get<JiraVerdictPayload>(payload.value()).transition, s("Approve"));
        // No status to move to: no transition either.
        const auto unmoved = OutboxPayloads::parse(
            ReleaseRequests::verdictWrites(verdict, 1, {}, s("Approve")).constFirst());
        QCOMPARE(std::get<JiraVerdictPayload>(unmoved.value()).transition, QString());
        // By status, the payload is written as it always was.
        const OutboxEntry byStatus =
            ReleaseRequests::verdictWrites(verdict, 1, s("Testing")).constFirst();
        QVERIFY(!byStatus.payload.contains("transition"));
    }
};

QTEST_GUILESS_MAIN(TestJiraConventions)
#include "tst_jiraconventions.moc"
