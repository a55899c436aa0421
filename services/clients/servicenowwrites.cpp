// ServiceNowClient's writes: raising a change, with the team's fields and the
// instance's mandatory ones checked first, and updating it.

#include "servicenowclient.h"

#include "servicenowsession.h"

#include "models/ports/answerlater.h"
#include "services/http/httpclient.h"

#include <QJsonDocument>

namespace ReleaseDesk {

namespace {

using ClientSupport::queryItem;
using namespace ServiceNowTables;

// The parameters of a create or an update: date-times given and answered as
// their UTC database values, the change answered with the fields ReleaseDesk reads.
QStringList writeQuery()
{
    return {queryItem(QStringLiteral("sysparm_fields"), ServiceNowParse::changeFields()),
            queryItem(QStringLiteral("sysparm_input_display_value"), QStringLiteral("false")),
            queryItem(QStringLiteral("sysparm_display_value"), QStringLiteral("false")),
            queryItem(QStringLiteral("sysparm_exclude_reference_link"), QStringLiteral("true"))};
}

} // namespace

void ServiceNowClient::createChange(const ChangeRequestDraft &draft, QObject *context,
                                    Callback<ChangeTicket> done)
{
    create(m_session, draft, context, std::move(done));
}

void ServiceNowClient::create(const SessionPtr &session, const ChangeRequestDraft &draft,
                              QObject *context, Callback<ChangeTicket> done)
{
    if (session->groupSysId.isEmpty()) {
        return lookUpGroup(session, context,
                           [session, draft, context, done](const Result<QString> &group) {
                               if (!group)
                                   return done(group.failure());
                               create(session, draft, context, done);
                           });
    }
    if (!session->mandatory) {
        return lookUpMandatory(
            session, context,
            [session, draft, context, done](const Result<QList<MandatoryField>> &mandatory) {
                // An account that may not read the dictionary raises its
                // changes all the same; the instance refuses what it lacks.
                if (!mandatory && mandatory.failure().kind != ErrorKind::Forbidden)
                    return done(mandatory.failure());
                if (!mandatory)
                    session->mandatory = QList<MandatoryField>();
                create(session, draft, context, done);
            });
    }
    post(session, draft, context, std::move(done));
}

void ServiceNowClient::post(const SessionPtr &session, const ChangeRequestDraft &draft,
                            QObject *context, Callback<ChangeTicket> done)
{
    const QString endpoint = tr("%1 create").arg(changeTable);
    const QJsonObject fields = createFields(*session, draft);
    if (const auto missing = ServiceNowParse::unfilled(*session->mandatory, fields);
        !missing.isEmpty()) {
        // Named before anything is sent: the entry waits until the settings fill it.
        return answerLater(
            context, std::move(done),
            Result<ChangeTicket>::failure(
                tr("ServiceNow %1: %2").arg(endpoint, ServiceNowParse::unfilledMessage(missing))));
    }
    HttpRequest post = request(*session, endpoint, "POST", tablePath(changeTable), writeQuery());
    post.body = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    // Sent again only when it surely did not arrive: a second POST is a second change.
    post.retry = RetryPolicy::OnlyIfNotProcessed;
    send(session, std::move(post), context,
         changeAnswer(endpoint, session->connection.baseUrl, std::move(done)));
}

void ServiceNowClient::raiseChange(const ChangeRequestDraft &draft, QObject *context,
                                   Callback<ChangeTicket> done)
{
    const SessionPtr session = m_session;
    find(session, draft.correlationId, context,
         [session, draft, context, done](const Result<std::optional<ChangeTicket>> &found) {
             if (!found)
                 return done(found.failure());
             if (!found->has_value())
                 return create(session, draft, context, done);
             // The type stays as it was raised: a change model ties the type
             // to the change's workflow, which the release team may have begun.
             QJsonObject fields = ServiceNowParse::draftFields(draft);
             fields.remove(QLatin1String("type"));
             patch(session, found.value()->sysId, fields, context, done);
         });
}

void ServiceNowClient::patchChange(const QString &sysId, const QJsonObject &fields,
                                   QObject *context, Callback<ChangeTicket> done)
{
    patch(m_session, sysId, fields, context, std::move(done));
}

void ServiceNowClient::patch(const SessionPtr &session, const QString &sysId,
                             const QJsonObject &fields, QObject *context,
                             Callback<ChangeTicket> done)
{
    const QString endpoint = tr("%1 update").arg(changeTable);
    if (sysId.isEmpty()) {
        return answerLater(
            context, std::move(done),
            Result<ChangeTicket>::failure(tr("ServiceNow %1: no change was named.").arg(endpoint)));
    }
    HttpRequest update =
        request(*session, endpoint, "PATCH", tablePath(changeTable, sysId), writeQuery());
    update.body = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    // Setting the same fields twice leaves the same change: safe to resend.
    update.retry = RetryPolicy::Idempotent;
    send(session, std::move(update), context,
         changeAnswer(endpoint, session->connection.baseUrl, std::move(done)));
}

void ServiceNowClient::missingMandatoryFields(QObject *context,
                                              Callback<QList<MandatoryField>> done)
{
    const SessionPtr session = m_session;
    lookUpMandatory(session, context,
                    [session, done](const Result<QList<MandatoryField>> &mandatory) {
                        if (!mandatory)
                            return done(mandatory.failure());
                        // The columns ReleaseDesk writes from the release are filled on
                        // every change it raises.
                        QJsonObject filled = createFields(*session, {});
                        for (const QString &column : ServiceNowParse::draftFields({}).keys())
                            filled.insert(column, QStringLiteral("(from the release)"));
                        done(ServiceNowParse::unfilled(mandatory.value(), filled));
                    });
}

void ServiceNowClient::lookUpMandatory(const SessionPtr &session, QObject *context,
                                       Callback<QList<MandatoryField>> done)
{
    if (session->mandatory)
        return answerLater(context, std::move(done),
                           Result<QList<MandatoryField>>(*session->mandatory));
    const QString endpoint = tr("%1 mandatory fields").arg(dictionaryTable);
    const QStringList query{
        queryItem(QStringLiteral("sysparm_query"), ServiceNowParse::mandatoryQuery()),
        queryItem(QStringLiteral("sysparm_fields"),
                  QStringLiteral("element,column_label,default_value")),
        queryItem(QStringLiteral("sysparm_display_value"), QStringLiteral("false"))};
    send(session, request(*session, endpoint, "GET", tablePath(dictionaryTable), query), context,
         [session, endpoint, done = std::move(done)](const HttpResponse &response) {
             if (response.error.kind == ErrorKind::Forbidden) {
                 return done(Result<QList<MandatoryField>>::failure(withServerText(
                     tr("ServiceNow %1: the account may not read the dictionary, so the fields "
                        "the instance requires on a change cannot be checked beforehand.")
                         .arg(endpoint),
                     response)));
             }
             if (!response.ok())
                 return done(Result<QList<MandatoryField>>::failure(failureOf(response)));
             const auto fields = ServiceNowParse::mandatoryFields(response.json);
             if (!fields)
                 return done(
                     Result<QList<MandatoryField>>::failure(unreadable(endpoint, fields.error())));
             session->mandatory = fields.value();
             done(fields);
         });
}

QJsonObject ServiceNowClient::createFields(const Session &session, const ChangeRequestDraft &draft)
{
    const ServiceNowConnection &connection = session.connection;
    ChangeRequestDraft planned = draft;
    if (!planned.start.isValid() && connection.plannedDurationHours > 0) {
        planned.start = QDateTime::currentDateTimeUtc().addSecs(
            qint64(connection.plannedStartOffsetHours) * 3600);
        planned.end = planned.start.addSecs(qint64(connection.plannedDurationHours) * 3600);
    }
    QJsonObject fields = connection.changeFields;
    // ReleaseDesk's own fields win: the change must be found and read back.
    const QJsonObject own = ServiceNowParse::draftFields(planned);
    for (auto it = own.begin(); it != own.end(); ++it)
        fields.insert(it.key(), it.value());
    fields.insert(QLatin1String("assignment_group"), session.groupSysId);
    return fields;
}

} // namespace ReleaseDesk
