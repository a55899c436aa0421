#include "services/connections/connectioncheck.h"
#include "services/connections/connectiondocument.h"
#include "services/connections/integrations.h"
#include "support/clienttestbench.h"

#include <QJsonObject>
#include <QScopeGuard>

#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

Q_DECLARE_METATYPE(ReleaseDesk::RemoteSystem)

// "Test connection" against the sandbox: what a person reads when the
// connection works, and when each thing that can be wrong is.
class TestConnectionCheck : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ClientTestBench> m_bench;

    ConnectionDocument sandboxDocument(bool cloud) const
    {
        const auto document = ConnectionDocument::parse(
            m_bench->fixture().sandbox().connectionInfo(), {cloud, cloud});
        Q_ASSERT(document);
        return document.value();
    }

    Result<QString> check(const ConnectionSettings &settings, const Secrets &secrets,
                          RemoteSystem system)
    {
        Integrations integrations(m_bench->network(), m_bench->clock());
        integrations.configure(settings, secrets);
        const auto result = await<Result<QString>>([&](QObject *context, auto done) {
            ConnectionCheck::run(integrations, system, context, done);
        });
        return result ? *result : Result<QString>::failure(QStringLiteral("no answer"));
    }

    static void addSystems()
    {
        QTest::addColumn<RemoteSystem>("system");
        QTest::addColumn<bool>("cloud");
        for (RemoteSystem system : allRemoteSystems()) {
            QTest::addRow("%s", qPrintable(toKey(system))) << system << false;
            if (system == RemoteSystem::Jira || system == RemoteSystem::Confluence ||
                system == RemoteSystem::ServiceNow)
                QTest::addRow("%s cloud/oauth", qPrintable(toKey(system))) << system << true;
        }
    }

private slots:
    void init()
    {
        // GitHub too: every system's check is asked of its sandbox.
        Sandbox::SandboxOptions options = SandboxFixture::smallOptions();
        options.peerReview = true;
        m_bench = std::make_unique<ClientTestBench>(options);
        QVERIFY(m_bench->isListening());
    }
    void cleanup() { m_bench.reset(); }

    void aWorkingConnectionSaysWhatItFound_data() { addSystems(); }
    void aWorkingConnectionSaysWhatItFound()
    {
        QFETCH(RemoteSystem, system);
        QFETCH(bool, cloud);
        const ConnectionDocument document = sandboxDocument(cloud);
        const auto result = check(document.settings, document.secrets, system);
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY2(result.value().contains(toTitle(system)), qPrintable(result.value()));
    }

    // A team's instance that requires a field on a change and signs desks in
    // through its own OAuth client: the document the sandbox prints sets a
    // desk up for the client, and the check names the field until it is set.
    void theFieldsAnInstanceRequiresAreListed()
    {
        Sandbox::SandboxOptions options = SandboxFixture::smallOptions();
        options.conventions.insert(
            QStringLiteral("servicenow"),
            QJsonObject{{QStringLiteral("clientId"), QStringLiteral("team-desk")},
                        {QStringLiteral("clientSecret"), QStringLiteral("team-secret")},
                        {QStringLiteral("mandatoryFields"),
                         QJsonObject{{QStringLiteral("u_business_service"),
                                      QStringLiteral("Business service")}}}});
        m_bench = std::make_unique<ClientTestBench>(options);
        QVERIFY(m_bench->isListening());
        ConnectionDocument document = sandboxDocument(true);
        QCOMPARE(document.settings.serviceNow.clientId, QStringLiteral("team-desk"));
        const auto missing = check(document.settings, document.secrets, RemoteSystem::ServiceNow);
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(u"Signed in to ServiceNow"), qPrintable(missing.error()));
        QVERIFY2(missing.error().contains(
                     u"ServiceNow requires 'Business service' (u_business_service) on a change"),
                 qPrintable(missing.error()));
        document.settings.serviceNow.extraFields.insert(QStringLiteral("u_business_service"),
                                                        QStringLiteral("Payments"));
        const auto filled = check(document.settings, document.secrets, RemoteSystem::ServiceNow);
        QVERIFY2(filled, qPrintable(filled.error()));
    }

    // An account that may not read the dictionary still raises changes:
    // the check passes and says what it could not look at.
    void anUnreadableDictionaryIsSaidButPasses()
    {
        m_bench->inject("servicenow:/sys_dictionary=status,status=403");
        const ConnectionDocument document = sandboxDocument(false);
        const auto result = check(document.settings, document.secrets, RemoteSystem::ServiceNow);
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY2(result.value().contains(u"may not read the dictionary"),
                 qPrintable(result.value()));
    }

    void wrongCredentialsAreSaidSo_data() { addSystems(); }
    void wrongCredentialsAreSaidSo()
    {
        QFETCH(RemoteSystem, system);
        QFETCH(bool, cloud);
        ConnectionDocument document = sandboxDocument(cloud);
        const QString wrong = QStringLiteral("not-the-secret-4711");
        document.secrets.insert(system, wrong);
        const auto result = check(document.settings, document.secrets, system);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(toTitle(system)), qPrintable(result.error()));
        QVERIFY2(result.error().contains(QLatin1String("credentials")) ||
                     result.error().contains(QLatin1String("token")),
                 qPrintable(result.error()));
        QVERIFY2(!result.error().contains(wrong), "the secret reached the message");
    }

    void whatIsMissingIsNamed_data()
    {
        QTest::addColumn<RemoteSystem>("system");
        QTest::addColumn<QString>("name");
        QTest::newRow("jira project") << RemoteSystem::Jira << QStringLiteral("NOPE");
        QTest::newRow("confluence space") << RemoteSystem::Confluence << QStringLiteral("NOSPACE");
        QTest::newRow("servicenow group")
            << RemoteSystem::ServiceNow << QStringLiteral("Nobody's Group");
        QTest::newRow("slack channel") << RemoteSystem::Slack << QStringLiteral("no-such-channel");
        QTest::newRow("slack channel without the app")
            << RemoteSystem::Slack << QStringLiteral("chs-dev");
        QTest::newRow("github organisation")
            << RemoteSystem::GitHub << QStringLiteral("no-such-org");
    }
    void whatIsMissingIsNamed()
    {
        QFETCH(RemoteSystem, system);
        QFETCH(QString, name);
        ConnectionDocument document = sandboxDocument(false);
        ConnectionSettings &settings = document.settings;
        switch (system) {
        case RemoteSystem::Jira:
            settings.jira.project = name;
            break;
        case RemoteSystem::Confluence:
            settings.confluence.space = name;
            break;
        case RemoteSystem::ServiceNow:
            settings.serviceNow.assignmentGroup = name;
            break;
        case RemoteSystem::Slack:
            settings.slack.channel = name;
            break;
        case RemoteSystem::GitHub:
            settings.gitHub.owner = name;
            break;
        case RemoteSystem::Concourse:
            break;
        }
        const auto result = check(settings, document.secrets, system);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(name), qPrintable(result.error()));
    }

    void anUnreachableServerIsSaidSo_data() { addSystems(); }
    void anUnreachableServerIsSaidSo()
    {
        QFETCH(RemoteSystem, system);
        QFETCH(bool, cloud);
        // A port bound but not listening: connections to it are refused, and
        // while the socket is held no other test can start listening there.
        const int reserved = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(reserved >= 0);
        const auto release = qScopeGuard([reserved] { ::close(reserved); });
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        QCOMPARE(::bind(reserved, reinterpret_cast<sockaddr *>(&address), length), 0);
        QCOMPARE(::getsockname(reserved, reinterpret_cast<sockaddr *>(&address), &length), 0);
        const quint16 closedPort = ntohs(address.sin_port);

        ConnectionDocument document = sandboxDocument(cloud);
        ConnectionSettings settings = document.settings;
        QUrl url = settings.url(system);
        url.setPort(closedPort);
        switch (system) {
        case RemoteSystem::Concourse:
            settings.concourse.url = url;
            break;
        case RemoteSystem::Jira:
            settings.jira.url = url;
            break;
        case RemoteSystem::Confluence:
            settings.confluence.url = url;
            break;
        case RemoteSystem::ServiceNow:
            settings.serviceNow.url = url;
            break;
        case RemoteSystem::Slack:
            settings.slack.url = url;
            break;
        case RemoteSystem::GitHub:
            settings.gitHub.url = url;
            break;
        }
        const auto result = check(settings, document.secrets, system);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QLatin1String("could not reach")),
                 qPrintable(result.error()));
    }

    void aSystemNotSetUpIsSaidSo()
    {
        const auto result = check(ConnectionSettings{}, {}, RemoteSystem::Slack);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QLatin1String("Slack is not connected")),
                 qPrintable(result.error()));
    }
};

QTEST_GUILESS_MAIN(TestConnectionCheck)
#include "tst_connectioncheck.moc"
