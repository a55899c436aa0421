#pragma once

// What the ServiceNow client suites share: a fresh sandbox and HTTP client per
// test, connections with either sign-in, a realistic change draft, and the
// sandbox's own records and journal to check the client's work against.

#include "services/clients/servicenowclient.h"
#include "services/sandbox/servicenow/servicenowsystem.h"
#include "support/clienttestbench.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <optional>

Q_DECLARE_METATYPE(ReleaseDesk::ServiceNowConnection::Auth)

namespace ReleaseDesk::Testing {

using namespace std::chrono_literals;
using Auth = ServiceNowConnection::Auth;

inline const QString correlationPrefix = QStringLiteral("releasedesk:");
inline const QString serviceNowPassword = QStringLiteral("sandbox-servicenow");
inline const QString serviceNowToken = QStringLiteral("sandbox-servicenow-oauth");

// An "auth" column with a row per way of signing in.
inline void addAuths()
{
    QTest::addColumn<Auth>("auth");
    QTest::newRow("basic") << Auth::Basic;
    QTest::newRow("oauth") << Auth::OAuth;
}

inline bool mentionsASecret(const QString &message)
{
    return message.contains(serviceNowPassword) || message.contains(serviceNowToken) ||
           message.contains(QLatin1String("not-the-secret"));
}

// A change for a release that is not in the seeded history, with text that
// must reach ServiceNow unchanged: a caret, quotes, an ampersand.
inline ChangeRequestDraft changeDraft(const QString &release = QStringLiteral("2026.12.1"))
{
    ChangeRequestDraft draft;
    draft.correlationId = correlationPrefix + release;
    draft.shortDescription = QStringLiteral("Release %1").arg(release);
    draft.description =
        QStringLiteral("Release %1: chs-orders-api 1.4.2 ^ORDERBY \"quoted\" & more").arg(release);
    draft.implementationPlan = QStringLiteral("Deploy through Concourse, staging then live.");
    draft.backoutPlan = QStringLiteral("Redeploy chs-orders-api 1.4.1.");
    draft.testPlan = QStringLiteral("Testers verify CHS-1001 in staging.");
    draft.justification = QStringLiteral("Ships 1 Jira task.");
    draft.start = QDateTime(QDate(2026, 12, 1), QTime(10, 0), QTimeZone(3600));
    draft.end = QDateTime(QDate(2026, 12, 3), QTime(17, 30), Qt::UTC);
    return draft;
}

inline std::optional<Result<QList<ChangeTicket>>>
changesSince(ServiceNowClient &client, const QDateTime &since, QList<int> *progress = nullptr,
             const QString &prefix = correlationPrefix)
{
    return await<Result<QList<ChangeTicket>>>([&](QObject *context, auto done) {
        client.changesUpdatedSince(
            prefix, since,
            [progress](int fetched) {
                if (progress)
                    progress->append(fetched);
            },
            context, done);
    });
}

inline std::optional<Result<ChangeTicket>> createChange(ServiceNowClient &client,
                                                        const ChangeRequestDraft &draft)
{
    return await<Result<ChangeTicket>>(
        [&](QObject *context, auto done) { client.createChange(draft, context, done); });
}

inline std::optional<Result<ChangeTicket>> raiseChange(ServiceNowClient &client,
                                                       const ChangeRequestDraft &draft)
{
    return await<Result<ChangeTicket>>(
        [&](QObject *context, auto done) { client.raiseChange(draft, context, done); });
}

inline std::optional<Result<std::optional<ChangeTicket>>> findChange(ServiceNowClient &client,
                                                                     const QString &correlationId)
{
    return await<Result<std::optional<ChangeTicket>>>(
        [&](QObject *context, auto done) { client.findChange(correlationId, context, done); });
}

// The client bench with ServiceNow's connection and the sandbox's side of it.
class ServiceNowBench : public ClientTestBench
{
public:
    using ClientTestBench::ClientTestBench;

    // Over a sandbox whose ServiceNow plays the team's `conventions`.
    static Sandbox::SandboxOptions withConventions(const QJsonObject &conventions)
    {
        Sandbox::SandboxOptions options = SandboxFixture::smallOptions();
        options.conventions.insert(QStringLiteral("servicenow"), conventions);
        return options;
    }

    Sandbox::ServiceNowSystem &serviceNow()
    {
        return *static_cast<Sandbox::ServiceNowSystem *>(
            fixture().sandbox().system(QStringLiteral("servicenow")));
    }

    // Signing in through the sandbox's OAuth client with the integration user.
    ServiceNowConnection
    signInConnection(const QString &clientId = QStringLiteral("releasedesk-sandbox-client"),
                     const QString &clientSecret = QStringLiteral("sandbox-oauth-client-secret"))
    {
        ServiceNowConnection signIn = connection(Auth::Basic);
        signIn.auth = Auth::OAuthSignIn;
        signIn.clientId = clientId;
        signIn.clientSecret = clientSecret;
        return signIn;
    }

    QJsonObject sandboxConnection() { return fixture().connection(QStringLiteral("servicenow")); }

    // One attempt waits 300 ms, so that a hang costs little.
    ServiceNowConnection connection(Auth auth = Auth::Basic, int pageSize = 100)
    {
        const QJsonObject sandbox = sandboxConnection();
        ServiceNowConnection connection;
        connection.baseUrl = QUrl(sandbox.value(u"url").toString());
        connection.auth = auth;
        connection.username = sandbox.value(u"username").toString();
        connection.secret = auth == Auth::OAuth ? serviceNowToken : serviceNowPassword;
        connection.assignmentGroup = sandbox.value(u"assignmentGroup").toString();
        connection.pageSize = pageSize;
        connection.timeout = 300ms;
        return connection;
    }

    std::optional<Result<QString>> check(const ServiceNowConnection &connection)
    {
        ServiceNowClient client(http(), connection);
        return await<Result<QString>>(
            [&](QObject *context, auto done) { client.checkCredentials(context, done); });
    }

    // What the sandbox holds, read over the Table API as a person would check it.
    QJsonArray records(const QString &table, const QString &query)
    {
        const QUrl url = fixture().url(
            QStringLiteral("servicenow"),
            QStringLiteral("/api/now/table/%1?sysparm_exclude_reference_link=true&sysparm_query=%2")
                .arg(table, QString::fromLatin1(QUrl::toPercentEncoding(query))));
        const auto reply = fixture().get(url, {integrationUser()});
        if (reply.status != 200)
            qWarning("reading %s answered %d", qPrintable(table), reply.status);
        return reply.object().value(u"result").toArray();
    }

    QJsonArray ourChanges()
    {
        return records(QStringLiteral("change_request"),
                       QStringLiteral("correlation_idSTARTSWITH") + correlationPrefix);
    }

    QJsonArray changesCorrelatedTo(const QString &correlationId)
    {
        return records(QStringLiteral("change_request"),
                       QStringLiteral("correlation_id=") + correlationId);
    }

    // Writes a record as someone else would, straight through the Table API.
    QJsonObject writeBySomeoneElse(const QByteArray &method, const QString &path,
                                   const QJsonObject &fields)
    {
        const auto reply =
            fixture().sendJson(method, fixture().url(QStringLiteral("servicenow"), path),
                               QJsonDocument(fields), {integrationUser()});
        if (reply.status != 200 && reply.status != 201)
            qWarning("%s %s answered %d", method.constData(), qPrintable(path), reply.status);
        return reply.object().value(u"result").toObject();
    }

    QJsonObject createBySomeoneElse(const QString &table, const QJsonObject &fields)
    {
        return writeBySomeoneElse("POST", QStringLiteral("/api/now/table/") + table, fields);
    }

    // The writes with `method` on change_request that reached the sandbox.
    qsizetype journalWrites(const QByteArray &method)
    {
        qsizetype count = 0;
        for (const auto &entry : fixture().sandbox().journal().entries()) {
            count += entry.system == QLatin1String("servicenow") && entry.method == method &&
                             entry.path.contains(QLatin1String("/change_request"))
                         ? 1
                         : 0;
        }
        return count;
    }

private:
    static std::pair<QByteArray, QByteArray> integrationUser()
    {
        return SandboxFixture::basicAuth(QStringLiteral("releasedesk.integration"),
                                         serviceNowPassword);
    }
};

} // namespace ReleaseDesk::Testing
