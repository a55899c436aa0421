#include "services/clients/concourseclient.h"
#include "services/clients/concoursesignin.h"
#include "services/connections/connectioncheck.h"
#include "services/connections/connectiondocument.h"
#include "services/connections/integrations.h"
#include "services/sandbox/concourse/concoursesystem.h"
#include "support/clienttestbench.h"
#include "support/synctestbench.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

// Concourse behind single sign-on: the sign-ins that take a token, pasted in
// or saved by `fly login` in ~/.flyrc, against the sandbox's Concourse.
class TestConcourseSignIn : public QObject
{
    Q_OBJECT

    std::unique_ptr<ClientTestBench> m_bench;
    std::unique_ptr<QTemporaryDir> m_home;

    QString sandboxUrl() const
    {
        return m_bench->fixture()
            .connection(QStringLiteral("concourse"))[QLatin1String("url")]
            .toString();
    }
    Sandbox::ConcourseSystem &concourse() const
    {
        return *static_cast<Sandbox::ConcourseSystem *>(
            m_bench->fixture().sandbox().system(QStringLiteral("concourse")));
    }
    // A token the sandbox issued, ending `seconds` from now (negative: past).
    QString issued(qint64 seconds, bool jwt = false) const
    {
        return concourse().issueToken(QDateTime::currentDateTimeUtc().addSecs(seconds), jwt);
    }
    QString flyrcPath() const { return m_home->filePath(QStringLiteral(".flyrc")); }
    void writeFlyrc(const QByteArray &text) const
    {
        QFile file(flyrcPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    }
    // Two targets as fly writes them; `ci`, the second, points at the sandbox.
    QByteArray twoTargets(const QString &ciToken) const
    {
        return "targets:\n"
               "  aaa-prod:\n"
               "    api: https://ci.example.com\n"
               "    team: main\n"
               "    token:\n"
               "      type: bearer\n"
               "      value: not-this-one\n"
               "  ci:\n"
               "    api: " +
               sandboxUrl().toUtf8() +
               "\n"
               "    team: chs\n"
               "    token:\n"
               "      type: bearer\n"
               "      value: " +
               ciToken.toUtf8() + "\n";
    }
    ConcourseConnection fly() const
    {
        ConcourseConnection connection;
        connection.signIn = ConcourseSignIn::Fly;
        connection.flyTarget = QStringLiteral("ci");
        connection.flyrcPath = flyrcPath();
        return connection;
    }
    ConcourseConnection pasted(const QString &token) const
    {
        ConcourseConnection connection;
        connection.baseUrl = QUrl(sandboxUrl());
        connection.team = QStringLiteral("chs");
        connection.signIn = ConcourseSignIn::Token;
        connection.token = token;
        return connection;
    }
    std::optional<Result<QString>> check(ConcourseClient &client)
    {
        return await<Result<QString>>(
            [&](QObject *context, auto done) { client.checkCredentials(context, done); });
    }
    std::optional<Result<QStringList>> pipelines(ConcourseClient &client)
    {
        return await<Result<QStringList>>(
            [&](QObject *context, auto done) { client.pipelines(context, done); });
    }
    static void verifyRefused(const std::optional<Result<QStringList>> &result,
                              const QString &message, ErrorKind kind = ErrorKind::Unauthorized)
    {
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error(), message);
        QCOMPARE(result->failure().kind, kind);
    }

private slots:
    void init()
    {
        m_bench = std::make_unique<ClientTestBench>();
        QVERIFY(m_bench->isListening());
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
    }

    void cleanup()
    {
        m_bench.reset();
        m_home.reset();
    }

    void aPastedTokenSignsIn()
    {
        ConcourseClient client(m_bench->http(), m_bench->clock(), pasted(issued(3600)));
        const auto version = check(client);
        QVERIFY(version);
        QVERIFY2(version->ok(), qPrintable(version->error()));
        QCOMPARE(version->value(), QStringLiteral("7.11.2"));
        const auto names = pipelines(client);
        QVERIFY(names && names->ok());
        QVERIFY(!names->value().isEmpty());
    }

    void aRefusedPastedTokenAsksForANewOne()
    {
        const QString token = issued(-60);
        ConcourseClient client(m_bench->http(), m_bench->clock(), pasted(token));
        const auto version = check(client);
        QVERIFY(version && !version->ok());
        QCOMPARE(version->failure().kind, ErrorKind::Unauthorized);
        QVERIFY2(version->error().contains(QLatin1String("paste a new token")),
                 qPrintable(version->error()));
        QVERIFY(!version->error().contains(token));
    }

    void flyTakesTheNamedTargetOfTwoWithItsAddressAndTeam()
    {
        writeFlyrc(twoTargets(issued(3600)));
        ConcourseClient client(m_bench->http(), m_bench->clock(), fly());
        const auto names = pipelines(client);
        QVERIFY(names);
        QVERIFY2(names->ok(), qPrintable(names->error()));
        QVERIFY(names->value().contains(QStringLiteral("chs-orders-api")));
    }

    void anExpiredFlySignInSaysHowToRenewIt()
    {
        const QString token = issued(-60);
        writeFlyrc(twoTargets(token));
        ConcourseClient client(m_bench->http(), m_bench->clock(), fly());
        verifyRefused(pipelines(client),
                      QStringLiteral("Your Concourse sign-in for target 'ci' has expired: run "
                                     "`fly -t ci login` and sync again."));
    }

    void flyRenewalIsPickedUpWithoutANewClient()
    {
        writeFlyrc(twoTargets(issued(-60)));
        ConcourseClient client(m_bench->http(), m_bench->clock(), fly());
        QVERIFY(!pipelines(client)->ok());
        writeFlyrc(twoTargets(issued(3600))); // fly -t ci login
        const auto names = pipelines(client);
        QVERIFY2(names && names->ok(), names ? qPrintable(names->error()) : "no answer");
    }

    void anExpiredJwtIsRefusedBeforeItIsSent()
    {
        // Expired by the desk's clock; the server would fail anything sent.
        const QString token = concourse().issueToken(m_bench->clock().now().addSecs(-3600), true);
        QVERIFY(ConcourseSignInToken::jwtExpiry(token).isValid());
        writeFlyrc(twoTargets(token));
        m_bench->inject("concourse:/pipelines=status,status=500,times=5");
        ConcourseClient client(m_bench->http(), m_bench->clock(), fly());
        verifyRefused(pipelines(client),
                      QStringLiteral("Your Concourse sign-in for target 'ci' has expired: run "
                                     "`fly -t ci login` and sync again."));
    }

    void aJwtTellsItsEndAndAnOpaqueTokenNone()
    {
        const QString jwt = concourse().issueToken(m_bench->clock().now().addSecs(600), true);
        QCOMPARE(ConcourseSignInToken::jwtExpiry(jwt), m_bench->clock().now().addSecs(600).toUTC());
        QVERIFY(!ConcourseSignInToken::jwtExpiry(issued(600)).isValid());
        QVERIFY(!ConcourseSignInToken::jwtExpiry(QStringLiteral("a.b.c")).isValid());
    }

    void aMissingTargetOrFileOrABrokenFileIsAClearError()
    {
        ConcourseConnection connection = fly();
        connection.baseUrl = QUrl(sandboxUrl());
        connection.team = QStringLiteral("chs");
        {
            ConcourseClient client(m_bench->http(), m_bench->clock(), connection);
            verifyRefused(pipelines(client),
                          QStringLiteral("Concourse: there is no %1, where fly keeps its "
                                         "sign-ins; run `fly -t ci login -c <address>` first.")
                              .arg(flyrcPath()),
                          ErrorKind::Other);
        }
        writeFlyrc("targets:\n  prod:\n    api: https://ci.example.com\n");
        {
            ConcourseClient client(m_bench->http(), m_bench->clock(), connection);
            verifyRefused(pipelines(client),
                          QStringLiteral("Concourse: %1 has no target 'ci' (it has prod); run "
                                         "`fly -t ci login -c <address>` or correct the fly "
                                         "target in the connection settings.")
                              .arg(flyrcPath()),
                          ErrorKind::Other);
        }
        const QString token = issued(3600);
        writeFlyrc("targets:\n  ci: {api: x, token: {value: " + token.toUtf8() + "}}\n");
        ConcourseClient client(m_bench->http(), m_bench->clock(), connection);
        const auto names = pipelines(client);
        QVERIFY(names && !names->ok());
        QVERIFY2(names->error().contains(QLatin1String("is not a file fly wrote, line 2:")),
                 qPrintable(names->error()));
        QVERIFY(!names->error().contains(token));
    }

    void aTargetElsewhereThanTheConnectionIsSaidSo()
    {
        writeFlyrc(twoTargets(issued(3600)));
        ConcourseConnection connection = fly();
        connection.baseUrl = QUrl(QStringLiteral("https://ci.example.com"));
        connection.team = QStringLiteral("chs");
        ConcourseClient client(m_bench->http(), m_bench->clock(), connection);
        const auto names = pipelines(client);
        QVERIFY(names && !names->ok());
        QVERIFY2(names->error().startsWith(QLatin1String("Concourse: fly target 'ci' points at ") +
                                           sandboxUrl() +
                                           QLatin1String(", team chs, but the "
                                                         "connection at "
                                                         "https://ci.example.com")),
                 qPrintable(names->error()));
    }

    void aSignedOutTargetSaysToSignIn()
    {
        writeFlyrc("targets:\n  ci:\n    api: " + sandboxUrl().toUtf8() +
                   "\n    team: chs\n    token:\n      type: \"\"\n      value: \"\"\n");
        ConcourseClient client(m_bench->http(), m_bench->clock(), fly());
        verifyRefused(pipelines(client),
                      QStringLiteral("You are not signed in to Concourse with fly target 'ci': "
                                     "run `fly -t ci login` and sync again."));
    }

    // Test connection, wired as the app does: ~/.flyrc in the home folder and
    // no secret in the keychain.
    void testConnectionReadsTheHomeFlyrcAndReportsExpiry()
    {
        const QByteArray home = qgetenv("HOME");
        qputenv("HOME", m_home->path().toUtf8());
        QCOMPARE(ConcourseSignInToken::defaultFlyrcPath(), flyrcPath());
        ConnectionSettings settings;
        settings.concourse.signIn = QStringLiteral("fly");
        settings.concourse.flyTarget = QStringLiteral("ci");
        QVERIFY(settings.isConfigured(RemoteSystem::Concourse));
        QVERIFY(!settings.needsSecret(RemoteSystem::Concourse));
        QVERIFY(settings.problems(RemoteSystem::Concourse).isEmpty());
        Integrations integrations(m_bench->network(), m_bench->clock());
        const auto run = [&] {
            integrations.configure(settings, {});
            return await<Result<QString>>([&](QObject *context, auto done) {
                ConnectionCheck::run(integrations, RemoteSystem::Concourse, context, done);
            });
        };
        writeFlyrc(twoTargets(issued(3600)));
        const auto signedIn = run();
        writeFlyrc(twoTargets(issued(-60)));
        const auto expired = run();
        qputenv("HOME", home);
        QVERIFY(signedIn && expired);
        QCOMPARE(signedIn->value(),
                 QStringLiteral("Signed in to Concourse 7.11.2 as a member of team chs."));
        QCOMPARE(expired->error(),
                 QStringLiteral("Your Concourse sign-in for target 'ci' has "
                                "expired: run `fly -t ci login` and sync again."));
    }

    // The sandbox played behind single sign-on: its connection document hands
    // out a token, which signs in, and the password login is gone.
    void aSandboxBehindSingleSignOnHandsOutAToken()
    {
        Sandbox::SandboxOptions options = SandboxFixture::smallOptions();
        options.conventions =
            QJsonObject{{QStringLiteral("concourse"),
                         QJsonObject{{QStringLiteral("signIn"), QStringLiteral("token")}}}};
        ClientTestBench bench(options);
        QVERIFY(bench.isListening());
        const auto document =
            ConnectionDocument::parse(bench.fixture().sandbox().connectionInfo(), {});
        QVERIFY2(document, qPrintable(document.error()));
        QCOMPARE(document->settings.concourse.signInKind(), ConcourseSignIn::Token);
        Integrations integrations(bench.network(), bench.clock());
        integrations.configure(document->settings, document->secrets);
        const auto checked = await<Result<QString>>([&](QObject *context, auto done) {
            ConnectionCheck::run(integrations, RemoteSystem::Concourse, context, done);
        });
        QVERIFY(checked);
        QCOMPARE(checked->value(),
                 QStringLiteral("Signed in to Concourse 7.11.2 as a member of team chs."));

        ConcourseConnection local = pasted({});
        local.baseUrl = document->settings.concourse.url;
        local.signIn = ConcourseSignIn::Password;
        local.username = QStringLiteral("releasedesk");
        local.password = QStringLiteral("sandbox-concourse");
        ConcourseClient client(bench.http(), bench.clock(), local);
        const auto refused = check(client);
        QVERIFY(refused && !refused->ok());
        QVERIFY2(refused->error().contains(QLatin1String("unsupported_grant_type")),
                 qPrintable(refused->error()));
    }

    // A sync with an expired fly sign-in fails Concourse alone, saying how to renew it.
    void theSyncSaysTheFlySignInExpired()
    {
        SyncTestBench bench;
        QVERIFY(bench.isReady());
        auto &sandbox = *static_cast<Sandbox::ConcourseSystem *>(
            bench.fixture().sandbox().system(QStringLiteral("concourse")));
        const QString url = bench.settings().concourse.url.toString();
        writeFlyrc("targets:\n  ci:\n    api: " + url.toUtf8() +
                   "\n    team: chs\n    token:\n      type: bearer\n      value: " +
                   sandbox.issueToken(QDateTime::currentDateTimeUtc().addSecs(-60)).toUtf8() +
                   "\n");
        const QByteArray home = qgetenv("HOME");
        qputenv("HOME", m_home->path().toUtf8());
        ConnectionSettings settings = bench.settings();
        settings.concourse.signIn = QStringLiteral("fly");
        settings.concourse.flyTarget = QStringLiteral("ci");
        bench.reconnect(settings);
        const auto result = bench.sync();
        qputenv("HOME", home);
        QVERIFY(result);
        const SystemSync &concourse = result->system(RemoteSystem::Concourse);
        QCOMPARE(concourse.outcome, SystemSync::Outcome::Failed);
        QCOMPARE(concourse.error, QStringLiteral("Your Concourse sign-in for target 'ci' has "
                                                 "expired: run `fly -t ci login` and sync again."));
        QCOMPARE(result->system(RemoteSystem::Jira).outcome, SystemSync::Outcome::Synced);
    }
};

QTEST_GUILESS_MAIN(TestConcourseSignIn)
#include "tst_concoursesignin.moc"
