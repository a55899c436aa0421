// ServiceNow's sign-in and the team's conventions in the connection settings:
// read from the connection document, kept in connections.ini without a
// secret, and checked for values ServiceNow would not take.
#include "models/domain/servicenowsecrets.h"
#include "services/connections/connectiondocument.h"
#include "services/connections/connectionsettings.h"
#include "services/connections/integrations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;

namespace {

QJsonObject serviceNowEntry()
{
    return {{QStringLiteral("url"), QStringLiteral("https://example.service-now.com")},
            {QStringLiteral("username"), QStringLiteral("releasedesk.integration")},
            {QStringLiteral("password"), QStringLiteral("pw-s3cr3t")},
            {QStringLiteral("assignmentGroup"), QStringLiteral("CHS Release Management")}};
}

Result<ConnectionDocument> parsed(const QJsonObject &serviceNow)
{
    return ConnectionDocument::parse(QJsonObject{{QStringLiteral("servicenow"), serviceNow}}, {});
}

} // namespace

class TestServiceNowSettings : public QObject
{
    Q_OBJECT

private slots:
    void theDefaultsAreTodaysRequest()
    {
        const auto document = parsed(serviceNowEntry());
        QVERIFY2(document, qPrintable(document.error()));
        const ServiceNowSettings &settings = document->settings.serviceNow;
        ServiceNowSettings today;
        today.url = settings.url;
        today.username = settings.username;
        today.assignmentGroup = settings.assignmentGroup;
        QCOMPARE(settings, today);
        QCOMPARE(settings.testTaskType, QStringLiteral("testing"));
        QVERIFY(ServiceNowParse::conventionFields(settings).isEmpty());
        const ServiceNowConnection connection =
            Integrations::serviceNowConnection(document->settings, QStringLiteral("pw-s3cr3t"));
        QCOMPARE(connection.auth, ServiceNowConnection::Auth::Basic);
        QCOMPARE(connection.plannedDurationHours, 0);
    }

    void theConventionsComeFromTheDocument()
    {
        QJsonObject entry = serviceNowEntry();
        entry.insert(QStringLiteral("changeModel"), QStringLiteral("model-sys-id"));
        entry.insert(QStringLiteral("template"), QStringLiteral("template-sys-id"));
        entry.insert(QStringLiteral("category"), QStringLiteral("Software"));
        entry.insert(QStringLiteral("configurationItem"), QStringLiteral("ci-sys-id"));
        entry.insert(QStringLiteral("risk"), QStringLiteral("2"));
        entry.insert(QStringLiteral("impact"), QStringLiteral("1"));
        entry.insert(QStringLiteral("plannedStartOffsetHours"), 24);
        entry.insert(QStringLiteral("plannedDurationHours"), 4);
        entry.insert(
            QStringLiteral("extraFields"),
            QJsonObject{{QStringLiteral("u_business_service"), QStringLiteral("Payments")}});
        entry.insert(QStringLiteral("testTaskType"), QStringLiteral("uat"));
        const auto document = parsed(entry);
        QVERIFY2(document, qPrintable(document.error()));
        const ServiceNowSettings &s = document->settings.serviceNow;
        QCOMPARE(s.changeModel, QStringLiteral("model-sys-id"));
        QCOMPARE(s.changeTemplate, QStringLiteral("template-sys-id"));
        QCOMPARE(s.plannedStartOffsetHours, 24);
        QCOMPARE(s.plannedDurationHours, 4);
        QCOMPARE(s.testTaskType, QStringLiteral("uat"));
        const QJsonObject fields = ServiceNowParse::conventionFields(s);
        QCOMPARE(fields.value(u"chg_model").toString(), QStringLiteral("model-sys-id"));
        QCOMPARE(fields.value(u"std_change_producer_version").toString(),
                 QStringLiteral("template-sys-id"));
        QCOMPARE(fields.value(u"cmdb_ci").toString(), QStringLiteral("ci-sys-id"));
        QCOMPARE(fields.value(u"u_business_service").toString(), QStringLiteral("Payments"));
        QCOMPARE(fields.size(), 7);
    }

    void anOAuthClientKeepsBothSecretsTogether()
    {
        QJsonObject entry = serviceNowEntry();
        entry.insert(QStringLiteral("auth"), QStringLiteral("oauth"));
        entry.insert(QStringLiteral("clientId"), QStringLiteral("desk-client"));
        entry.insert(QStringLiteral("clientSecret"), QStringLiteral("client-s3cr3t"));
        const auto document = parsed(entry);
        QVERIFY2(document, qPrintable(document.error()));
        const ConnectionSettings &settings = document->settings;
        QCOMPARE(settings.serviceNow.clientId, QStringLiteral("desk-client"));
        const QString secret = document->secrets.value(RemoteSystem::ServiceNow);
        const auto both = ServiceNowSecrets::fromSecret(secret);
        QVERIFY(both);
        QCOMPARE(both->password, QStringLiteral("pw-s3cr3t"));
        QCOMPARE(both->clientSecret, QStringLiteral("client-s3cr3t"));
        // Its own keychain entry, apart from the password alone and the pasted token.
        QCOMPARE(settings.secretKey(RemoteSystem::ServiceNow),
                 QStringLiteral("servicenow releasedesk.integration oauth-client desk-client@"
                                "https://example.service-now.com"));
        const ServiceNowConnection connection =
            Integrations::serviceNowConnection(settings, secret);
        QCOMPARE(connection.auth, ServiceNowConnection::Auth::OAuthSignIn);
        QCOMPARE(connection.secret, QStringLiteral("pw-s3cr3t"));
        QCOMPARE(connection.clientSecret, QStringLiteral("client-s3cr3t"));
    }

    // What a profile stored before: a pasted token, read as it always was.
    void aPastedTokenStaysAsItWas()
    {
        QJsonObject entry = serviceNowEntry();
        entry.insert(QStringLiteral("auth"), QStringLiteral("oauth"));
        entry.insert(QStringLiteral("token"), QStringLiteral("pasted-token"));
        const auto document = parsed(entry);
        QVERIFY2(document, qPrintable(document.error()));
        QCOMPARE(document->secrets.value(RemoteSystem::ServiceNow), QStringLiteral("pasted-token"));
        QCOMPARE(document->settings.secretKey(RemoteSystem::ServiceNow),
                 QStringLiteral("servicenow oauth@https://example.service-now.com"));
        const ServiceNowConnection connection =
            Integrations::serviceNowConnection(document->settings, QStringLiteral("pasted-token"));
        QCOMPARE(connection.auth, ServiceNowConnection::Auth::OAuth);
        QCOMPARE(connection.secret, QStringLiteral("pasted-token"));
    }

    void anUnreadableStoredSignInIsNotUsed()
    {
        QVERIFY(!ServiceNowSecrets::fromSecret(QStringLiteral("just-a-password")));
        QVERIFY(!ServiceNowSecrets::fromSecret(QStringLiteral("{\"password\": \"p\"}")));
        const auto error = ServiceNowSecrets::fromSecret(QStringLiteral("{\"password\": 1}"));
        QVERIFY(error.error().contains(u"enter both again"));
    }

    void savedAndLoadedWithoutSecrets()
    {
        QJsonObject entry = serviceNowEntry();
        entry.insert(QStringLiteral("auth"), QStringLiteral("oauth"));
        entry.insert(QStringLiteral("clientId"), QStringLiteral("desk-client"));
        entry.insert(QStringLiteral("clientSecret"), QStringLiteral("client-s3cr3t"));
        const auto document = parsed(entry);
        QVERIFY(document);
        ConnectionSettings settings = document->settings;
        settings.serviceNow.category = QStringLiteral("Software, Payments");
        settings.serviceNow.risk = QStringLiteral("4");
        settings.serviceNow.plannedStartOffsetHours = 2;
        settings.serviceNow.plannedDurationHours = 3;
        settings.serviceNow.extraFields = {
            {QStringLiteral("u_business_service"), QStringLiteral("Pay \"ments\", = x")},
            {QStringLiteral("u_other"), QStringLiteral("é")}};
        settings.serviceNow.testTaskType = QStringLiteral("uat");

        QTemporaryDir dir;
        const QString path = dir.filePath(ConnectionSettingsFile::fileName());
        QVERIFY(ConnectionSettingsFile::save(settings, path));
        const auto loaded = ConnectionSettingsFile::load(path);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(loaded->serviceNow, settings.serviceNow);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(!written.contains("client-s3cr3t"));
        QVERIFY(!written.contains("pw-s3cr3t"));
    }

    void malformedExtraFieldsInTheIniAreAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(ConnectionSettingsFile::fileName());
        QFile ini(path);
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[servicenow]\nurl=https://example.service-now.com\nusername=ben\n"
                  "assignmentGroup=CHS\nextraFields=u_business_service=Payments\n");
        ini.close();
        // Read as no extra fields, a mandatory one would only be missed later.
        const auto loaded = ConnectionSettingsFile::load(path);
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().contains(QLatin1String("servicenow/extraFields")),
                 qPrintable(loaded.error()));
    }

    void badValuesAreNamed_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("extra fields a list")
            << "extraFields" << QJsonValue(QJsonArray{QStringLiteral("u_x")})
            << "ServiceNow: the field \"extraFields\" must be an object of text, not a list.";
        QTest::newRow("extra field a number")
            << "extraFields" << QJsonValue(QJsonObject{{QStringLiteral("u_x"), 3}})
            << "must be an object of text, not an object holding a number.";
        QTest::newRow("extra field not a column")
            << "extraFields"
            << QJsonValue(QJsonObject{{QStringLiteral("Business service"), QStringLiteral("x")}})
            << "ServiceNow: the extra field \"Business service\" is not a column name";
        QTest::newRow("negative start")
            << "plannedStartOffsetHours" << QJsonValue(-2)
            << "the field \"plannedStartOffsetHours\" must be a whole number from 0, not -2.";
        QTest::newRow("duration text") << "plannedDurationHours" << QJsonValue(QStringLiteral("4"))
                                       << "must be a whole number from 0, not text.";
        QTest::newRow("risk a label") << "risk" << QJsonValue(QStringLiteral("High"))
                                      << "ServiceNow: risk \"High\" is not a choice value";
        QTest::newRow("impact with markup")
            << "impact" << QJsonValue(QStringLiteral("<b>1</b>"))
            << "ServiceNow: impact \"<b>1</b>\" is not a choice value";
    }

    void badValuesAreNamed()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, error);
        QJsonObject entry = serviceNowEntry();
        entry.insert(key, value);
        const auto document = parsed(entry);
        QVERIFY(!document);
        QVERIFY2(document.error().contains(error), qPrintable(document.error()));
        QVERIFY(!document.error().contains(u"pw-s3cr3t"));
    }

    void aSignInNeedsItsUser()
    {
        ConnectionSettings settings;
        settings.serviceNow.url = QUrl(QStringLiteral("https://example.service-now.com"));
        settings.serviceNow.assignmentGroup = QStringLiteral("CHS");
        settings.serviceNow.oauth = true;
        QVERIFY(settings.problems(RemoteSystem::ServiceNow).isEmpty());
        settings.serviceNow.clientId = QStringLiteral("desk-client");
        QCOMPARE(settings.problems(RemoteSystem::ServiceNow),
                 QStringList{QStringLiteral("ServiceNow: the user name that signs in through the "
                                            "OAuth client is missing.")});
    }
};

QTEST_GUILESS_MAIN(TestServiceNowSettings)
#include "tst_servicenowsettings.moc"
