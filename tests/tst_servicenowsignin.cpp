// Signing in through the instance's OAuth client: the password grant, the
// token renewed with the refresh token when it runs out, and what a person
// reads when the instance refuses either.
#include "tst_servicenowclient.h"

#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

const QString clientSecret = QStringLiteral("sandbox-oauth-client-secret");

} // namespace

class TestServiceNowSignIn : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServiceNowBench> m_bench;

    bool noSecretIn(const QString &message)
    {
        return !mentionsASecret(message) && !message.contains(clientSecret);
    }

private slots:
    void init()
    {
        m_bench = std::make_unique<ServiceNowBench>();
        QVERIFY(m_bench->isListening());
    }

    void cleanup() { m_bench.reset(); }

    void signsInAndRaisesAChange()
    {
        ServiceNowClient client(m_bench->http(), m_bench->signInConnection());
        const auto checked = m_bench->check(m_bench->signInConnection());
        QVERIFY(checked);
        QVERIFY2(checked->ok(), qPrintable(checked->error()));
        const auto created = createChange(client, changeDraft());
        QVERIFY(created);
        QVERIFY2(created->ok(), qPrintable(created->error()));
        QCOMPARE(m_bench->changesCorrelatedTo(changeDraft().correlationId).size(), 1);
    }

    void anExpiredTokenIsRenewedAndTheRequestSentAgain()
    {
        ServiceNowClient client(m_bench->http(), m_bench->signInConnection());
        const auto first = createChange(client, changeDraft(QStringLiteral("2026.12.1")));
        QVERIFY(first && first->ok());
        // The token runs out before expires_in said: the next request meets a 401.
        m_bench->serviceNow().expireAccessTokens();
        const auto second = createChange(client, changeDraft(QStringLiteral("2026.12.2")));
        QVERIFY(second);
        QVERIFY2(second->ok(), qPrintable(second->error()));
        QCOMPARE(m_bench->journalWrites("POST"), 2);
    }

    void aRefusedRenewalSaysToSignInAgain()
    {
        ServiceNowClient client(m_bench->http(), m_bench->signInConnection());
        const auto first = createChange(client, changeDraft(QStringLiteral("2026.12.1")));
        QVERIFY(first && first->ok());
        m_bench->serviceNow().expireAccessTokens();
        m_bench->serviceNow().revokeRefreshTokens();
        const auto refused = createChange(client, changeDraft(QStringLiteral("2026.12.2")));
        QVERIFY(refused);
        QVERIFY(!refused->ok());
        QVERIFY2(refused->error().contains(u"did not renew the sign-in"),
                 qPrintable(refused->error()));
        QVERIFY2(refused->error().contains(u"sign in again"), qPrintable(refused->error()));
        QVERIFY(noSecretIn(refused->error()));
        QCOMPARE(refused->failure().kind, ErrorKind::Unauthorized);
        QCOMPARE(m_bench->journalWrites("POST"), 1);
        // The next attempt signs in afresh with the stored password.
        const auto again = createChange(client, changeDraft(QStringLiteral("2026.12.2")));
        QVERIFY(again);
        QVERIFY2(again->ok(), qPrintable(again->error()));
    }

    void aWrongClientSecretIsRefusedClearly()
    {
        const auto checked = m_bench->check(m_bench->signInConnection(
            QStringLiteral("releasedesk-sandbox-client"), QStringLiteral("not-the-secret")));
        QVERIFY(checked);
        QVERIFY(!checked->ok());
        QVERIFY2(checked->error().contains(u"refused the sign-in of releasedesk.integration "
                                           u"through OAuth client releasedesk-sandbox-client"),
                 qPrintable(checked->error()));
        QVERIFY(noSecretIn(checked->error()));
        QCOMPARE(checked->failure().kind, ErrorKind::Unauthorized);
    }

    void aWrongPasswordIsRefusedClearly()
    {
        ServiceNowConnection connection = m_bench->signInConnection();
        connection.secret = QStringLiteral("not-the-secret");
        const auto checked = m_bench->check(connection);
        QVERIFY(checked && !checked->ok());
        QVERIFY2(checked->error().contains(u"check the user, the password"),
                 qPrintable(checked->error()));
        QVERIFY(noSecretIn(checked->error()));
    }

    void missingSecretsAreNamedWithoutAsking()
    {
        ServiceNowConnection connection = m_bench->signInConnection();
        connection.clientSecret.clear();
        const auto checked = m_bench->check(connection);
        QVERIFY(checked && !checked->ok());
        QVERIFY2(checked->error().contains(u"takes the client's id and secret"),
                 qPrintable(checked->error()));
    }

    // The pasted token still works beside it, and is not renewed: it has no client.
    void aPastedTokenIsSentAsItIs()
    {
        const auto checked = m_bench->check(m_bench->connection(Auth::OAuth));
        QVERIFY(checked);
        QVERIFY2(checked->ok(), qPrintable(checked->error()));
    }

    // A team's own client, registered through the conventions.
    void theTeamsOwnClientSignsIn()
    {
        m_bench = std::make_unique<ServiceNowBench>(ServiceNowBench::withConventions(
            {{QStringLiteral("clientId"), QStringLiteral("team-desk")},
             {QStringLiteral("clientSecret"), QStringLiteral("team-secret")}}));
        QVERIFY(m_bench->isListening());
        const auto team = m_bench->check(
            m_bench->signInConnection(QStringLiteral("team-desk"), QStringLiteral("team-secret")));
        QVERIFY(team);
        QVERIFY2(team->ok(), qPrintable(team->error()));
        const auto builtIn = m_bench->check(m_bench->signInConnection());
        QVERIFY(builtIn && !builtIn->ok());
    }

    // Requests sent at once share one sign-in and all succeed.
    void requestsInFlightShareTheSignIn()
    {
        ServiceNowClient client(m_bench->http(), m_bench->signInConnection());
        QObject context;
        int answered = 0;
        int succeeded = 0;
        QEventLoop loop;
        for (int i = 0; i < 3; ++i) {
            client.findChange(correlationPrefix + QString::number(i), &context,
                              [&](const Result<std::optional<ChangeTicket>> &found) {
                                  ++answered;
                                  succeeded += found ? 1 : 0;
                                  if (answered == 3)
                                      loop.quit();
                              });
        }
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(answered, 3);
        QCOMPARE(succeeded, 3);
    }
};

QTEST_GUILESS_MAIN(TestServiceNowSignIn)
#include "tst_servicenowsignin.moc"
