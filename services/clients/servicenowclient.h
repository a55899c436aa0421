#pragma once

#include "servicenowparse.h"

#include "models/domain/result.h"
#include "services/http/httprequest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace ReleaseDesk {

class HttpClient;
struct HttpResponse;

// How to reach one ServiceNow instance and where ReleaseDesk's changes go.
struct ServiceNowConnection
{
    // OAuth: a pasted bearer token; OAuthSignIn: the user's password traded
    // for tokens through an OAuth client (ServiceNowSignIn).
    enum class Auth { Basic, OAuth, OAuthSignIn };

    QUrl baseUrl; // the instance, "https://example.service-now.com"; may carry a path
    Auth auth = Auth::Basic;
    QString username; // Basic and OAuthSignIn
    // The password (Basic, OAuthSignIn) or the OAuth bearer token; never logged.
    QString secret;
    QString clientId;        // OAuthSignIn: the OAuth client's id
    QString clientSecret;    // OAuthSignIn: its secret; never logged
    QString assignmentGroup; // the group's name, "CHS Release Management"
    // What the team sets on every change it raises, by column
    // (ServiceNowParse::conventionFields()); sent on create only, as the
    // release team may change them afterwards.
    QJsonObject changeFields;
    // The planned window of a change raised without one: it starts this many
    // hours after it is raised and lasts this long; 0 hours: no window.
    int plannedStartOffsetHours = 0;
    int plannedDurationHours = 0;
    // The change_task_type of the task the release team opens for testing.
    QString testTaskType = QStringLiteral("testing");
    int pageSize = 100; // records asked for per list page
    // A list that needs more pages than this ends with an error rather than
    // following a server that never says it is done.
    int maxPages = 200;
    std::chrono::milliseconds timeout{30000}; // per attempt, without a byte moving
};

// ServiceNow's side of the release process over the Table API: the change
// requests ReleaseDesk raises (known by their correlation_id) and the change
// tasks the release team adds to them.
class ServiceNowClient
{
    Q_DECLARE_TR_FUNCTIONS(ServiceNowClient)

public:
    template <typename T> using Callback = std::function<void(const Result<T> &)>;
    using Progress = std::function<void(int fetched)>;

    // `http` must outlive the client and every request it sent. A call still
    // running when the client is destroyed finishes all the same.
    ServiceNowClient(HttpClient &http, ServiceNowConnection connection);
    ~ServiceNowClient();

    const ServiceNowConnection &connection() const;

    // "Test connection": reads the assignment group by name. Wrong
    // credentials, a missing role and an unknown group each fail with their
    // own message. The group's sys_id.
    void checkCredentials(QObject *context, Callback<QString> done);
    // Changes whose correlation_id starts with `correlationPrefix` updated at
    // or after `since` (invalid: all), oldest update first. `progress`
    // (optional) hears the running count after each page.
    void changesUpdatedSince(const QString &correlationPrefix, const QDateTime &since,
                             Progress progress, QObject *context,
                             Callback<QList<ChangeTicket>> done);
    // The change_task records of those changes updated at or after `since`:
    // where the testing task the release team opens ("CTASK...") is found.
    void changeTasksUpdatedSince(const QString &correlationPrefix, const QDateTime &since,
                                 Progress progress, QObject *context,
                                 Callback<QList<ChangeTask>> done);
    // The change with this correlation_id; nothing when there is none.
    void findChange(const QString &correlationId, QObject *context,
                    Callback<std::optional<ChangeTicket>> done);
    // The columns the instance's dictionary makes mandatory on a change
    // (sys_dictionary: change_request and task, mandatory=true) that a
    // change ReleaseDesk raises would leave empty; looked up once and
    // remembered. What "Test connection" lists.
    void missingMandatoryFields(QObject *context, Callback<QList<MandatoryField>> done);
    // Creates a change in the connection's assignment group, whose sys_id is
    // looked up once and remembered, with the team's fields and planned
    // window. A mandatory field it would leave empty is named and nothing is
    // sent. Not resent once it may have arrived.
    void createChange(const ChangeRequestDraft &draft, QObject *context,
                      Callback<ChangeTicket> done);
    // The outbox's idempotent write: the change with the draft's
    // correlation_id brought up to the draft if it exists, else created. A
    // create whose answer was lost is found by the next call, never made twice.
    void raiseChange(const ChangeRequestDraft &draft, QObject *context,
                     Callback<ChangeTicket> done);
    // Sets `fields` on the change; safe to resend.
    void patchChange(const QString &sysId, const QJsonObject &fields, QObject *context,
                     Callback<ChangeTicket> done);
    // The change's work notes as ServiceNow shows them, every entry with its
    // header, newest first: to tell whether a note is there already.
    void workNotes(const QString &sysId, QObject *context, Callback<QString> done);

private:
    struct Session;
    struct Listing;
    using SessionPtr = std::shared_ptr<Session>;

    // Sends through the OAuth sign-in when the connection has one.
    static void send(const SessionPtr &session, HttpRequest request, QObject *context,
                     std::function<void(const HttpResponse &)> done);
    static HttpRequest request(const Session &session, const QString &endpoint,
                               const QByteArray &method, const QString &path,
                               const QStringList &query);
    // HttpClient's failure, with ServiceNow's own error text in its message
    // when it sent one.
    static Error failureOf(const HttpResponse &response);
    static Error withServerText(const QString &message, const HttpResponse &response);
    static QString unreadable(const QString &endpoint, const QString &why);
    // Reads the {"result":{...}} of a create or an update into `done`.
    static std::function<void(const HttpResponse &)>
    changeAnswer(const QString &endpoint, const QUrl &base, Callback<ChangeTicket> done);

    static void lookUpGroup(const SessionPtr &session, QObject *context, Callback<QString> done);
    static void find(const SessionPtr &session, const QString &correlationId, QObject *context,
                     Callback<std::optional<ChangeTicket>> done);
    static void create(const SessionPtr &session, const ChangeRequestDraft &draft, QObject *context,
                       Callback<ChangeTicket> done);
    static void post(const SessionPtr &session, const ChangeRequestDraft &draft, QObject *context,
                     Callback<ChangeTicket> done);
    static void lookUpMandatory(const SessionPtr &session, QObject *context,
                                Callback<QList<MandatoryField>> done);
    // The body of a create: the draft, the group, the team's fields and window.
    static QJsonObject createFields(const Session &session, const ChangeRequestDraft &draft);
    static void patch(const SessionPtr &session, const QString &sysId, const QJsonObject &fields,
                      QObject *context, Callback<ChangeTicket> done);
    template <typename T> using ReadPage = std::function<Result<QList<T>>(const QJsonDocument &)>;
    // Every page of `table`'s records whose `correlationField` starts with
    // `correlationPrefix` updated at or after `since`.
    template <typename T>
    static void list(const SessionPtr &session, const QString &table, const QString &fields,
                     const QString &correlationField, const QString &correlationPrefix,
                     const QDateTime &since, ReadPage<T> readPage, Progress progress,
                     QObject *context, Callback<QList<T>> done);
    static void fetchPage(const std::shared_ptr<Listing> &listing, QObject *context);

    // Shared with the calls in flight, so that they outlive the client.
    SessionPtr m_session;
};

} // namespace ReleaseDesk
