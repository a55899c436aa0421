#pragma once

#include "services/sandbox/core/exchange.h"
#include "services/sandbox/core/router.h"
#include "services/sandbox/jira/jirastore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <functional>
#include <optional>
#include <vector>

// What the Jira route handlers share: the API flavour of a request, the
// JSON shapes Jira answers with, its error bodies, and the state behind them.

namespace ReleaseDesk::Sandbox {

class Events;

namespace Jira {

// /rest/api/2 (and latest) answers as Data Center does, /rest/api/3 as Cloud:
// rich text as Atlassian Document Format, users by account id.
enum class Api { V2, V3 };

// Where the answer's "self" links point: the request's own host and API version.
struct Link
{
    QString base; // "http://127.0.0.1:8080/jira"
    Api api = Api::V2;

    QString rest() const; // base + "/rest/api/2"
    QString to(const QString &path) const { return rest() + path; }
};

using Handler = std::function<Response(const Request &, const Link &)>;
// Adds a route below /rest/api/{version}; an unknown version answers 404.
void addApiRoute(Router &router, const QByteArray &method, const QString &path, Handler handler);

// {"errorMessages": [...], "errors": {...}}
Response errorResponse(int status, const QStringList &messages, const QJsonObject &errors = {});
Response fieldError(int status, const QString &field, const QString &message);
Response issueNotFound();
// The body as a JSON object, or the 400 Jira gives for a missing or broken one.
std::optional<QJsonObject> jsonBody(const Request &request, Response *error);
// An integer query parameter, or the 400 for one that is not a number.
std::optional<int> intParameter(const Request &request, const QString &name, int fallback,
                                Response *error);

// Which issue fields an answer shows: "*all", "*navigable", names, "-name".
class FieldSelection
{
public:
    static FieldSelection parse(const QStringList &specs, const QString &fallback);
    bool contains(const QString &field) const { return m_fields.contains(field); }
    // Only "id" or "key" asked for, or nothing: Cloud pages these 5000 at a time.
    bool isIdentityOnly() const { return m_fields.isEmpty(); }

private:
    QSet<QString> m_fields;
};

QJsonObject userJson(const QString &name, const Link &link);
QJsonObject statusJson(const WorkflowStatus &status, const Link &link);
QJsonObject versionJson(const Version &version, qint64 projectId, const Link &link);
// The project `key` (empty: the first); the others are named by their key.
QJsonObject projectJson(const Store &store, const Link &link, const QString &key = {});
QJsonObject commentJson(const Issue &issue, const Comment &comment, const Link &link);
QJsonObject issueJson(const Issue &issue, const Store &store, const Link &link,
                      const FieldSelection &fields);

// Atlassian Document Format: a plain text as paragraphs, and the text of a document.
QJsonObject textToAdf(const QString &text);
QString adfToText(const QJsonObject &document);
bool isAdfDocument(const QJsonValue &value);
// A rich text field as the API version shows it: a string on v2, a document on v3.
QJsonValue richText(const QString &text, const QJsonObject &adf, const Link &link);

// The state every handler works on.
class Backend
{
public:
    explicit Backend(Events &events) : m_events(events) {}

    Store store;

    // Every move of an issue goes through here, so that the simulated people hear of it.
    void move(Issue &issue, const QString &to);
    struct SearchResult
    {
        bool bounded = false;          // has a restriction, as Cloud's search/jql demands
        std::vector<qsizetype> issues; // positions in store.issues(), in the query's order
    };
    // The matching issues of a query as `currentUser` asks it, computed once
    // per query text, user and state, so that paging through a large result
    // costs one evaluation. nullptr with Jira's messages in *errors for a bad query.
    const SearchResult *search(const QString &jql, const QString &currentUser, QStringList *errors);

private:
    struct CachedSearch
    {
        quint64 revision = 0;
        QDateTime computed;
        SearchResult result;
    };
    Events &m_events;
    QHash<QString, CachedSearch> m_searches;
};

void addIssueRoutes(Router &router, Backend &backend);
void addSearchRoutes(Router &router, Backend &backend);

} // namespace Jira
} // namespace ReleaseDesk::Sandbox
