#pragma once

#include "models/domain/domain.h"
#include "models/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace ReleaseDesk {

// A move an issue can make now from its status.
struct JiraTransition
{
    QString id;       // "31"
    QString name;     // "Merge"
    QString toStatus; // "Ready for Test"
    friend bool operator==(const JiraTransition &, const JiraTransition &) = default;
};

// The field of an issue that names its service, as a search asks for it and
// reads it: the first of its components, the first of its labels that starts
// with `labelPrefix` (taken off), or a custom field's value.
struct JiraServiceField
{
    QString id = QStringLiteral("components"); // "components", "labels", "customfield_10042"
    QString labelPrefix;                       // labels only; empty: the first label
    friend bool operator==(const JiraServiceField &, const JiraServiceField &) = default;
};

// One of a project's fix versions.
struct JiraVersion
{
    QString id;
    QString name;
    bool released = false;
    bool archived = false;
    QDate releaseDate; // invalid when none is set
    friend bool operator==(const JiraVersion &, const JiraVersion &) = default;
};

// The account a secret signs in as, as /myself tells it.
struct JiraAccount
{
    QString displayName;
    // The zone the person chose in their profile, in which Jira reads the
    // dates of their JQL; UTC when Jira does not say or names a zone this
    // computer does not know.
    QTimeZone timeZone = QTimeZone::utc();
    // Empty when the person's profile hides it, as Jira Cloud's privacy
    // settings often do.
    QString email = {};
    friend bool operator==(const JiraAccount &, const JiraAccount &) = default;
};

// A comment on an issue, its body as plain text in either API version.
struct JiraComment
{
    QString id;
    QString text;
    QDateTime created;
    QString author; // the display name of the account that wrote it; empty when Jira hides it
    friend bool operator==(const JiraComment &, const JiraComment &) = default;
};

// The comments a search answer carries for one issue. Jira may send fewer
// than the issue has (`total`); the rest are a request away.
struct IssueComments
{
    QString key;
    QList<JiraComment> comments;
    int total = 0;
    bool complete() const { return comments.size() >= total; }
    friend bool operator==(const IssueComments &, const IssueComments &) = default;
};

// Jira's JSON read into domain values and written from them, without I/O, so
// that every shape of answer can be tested from a table. A field of the wrong
// type, or a required one missing, fails with a message naming the field;
// nothing is returned half-read.
class JiraParse
{
    Q_DECLARE_TR_FUNCTIONS(JiraParse)

public:
    // The fields searchChanges() asks for, as Jira's `fields` parameter.
    static QString searchFields(const JiraServiceField &service = {});
    // `field` as a field id when it is one ("components", "labels",
    // "customfield_10042"); nullopt for a name, which fieldIdNamed() resolves.
    static std::optional<QString> fieldId(const QString &field);
    // GET .../field: the id of the field called `name`, case aside. Two
    // fields of that name are refused, naming their ids, rather than guessed.
    static Result<QString> fieldIdNamed(const QJsonDocument &answer, const QString &name);

    struct DataCenterPage
    {
        QList<Change> changes;
        QList<IssueComments> comments; // of the issues whose answer has the field
        int startAt = 0;
        int total = 0;
    };
    struct CloudPage
    {
        QList<Change> changes;
        QList<IssueComments> comments;
        QString nextPageToken; // empty on the last page
    };

    // One issue with the fields of searchFields(). Branch, commit and review
    // stay empty: Jira does not know them.
    // The service is read from `service`; a value of a shape Jira does not
    // give that field reads as no service.
    static Result<Change> change(const QJsonObject &issue,
                                 const QString &where = QStringLiteral("issue"),
                                 const JiraServiceField &service = {});
    // GET /rest/api/2/search: {startAt, maxResults, total, issues[]}.
    static Result<DataCenterPage> dataCenterPage(const QJsonDocument &answer,
                                                 const JiraServiceField &service = {});
    // GET /rest/api/3/search/jql: {issues[], nextPageToken?, isLast?}.
    static Result<CloudPage> cloudPage(const QJsonDocument &answer,
                                       const JiraServiceField &service = {});
    // GET .../issue/{key}/transitions.
    static Result<QList<JiraTransition>> transitions(const QJsonDocument &answer);
    // GET .../myself: the account's display name and zone.
    static Result<JiraAccount> account(const QJsonDocument &answer);
    // GET .../issue/{key}?fields=assignee: the task's assignee, or an empty
    // account for a task that nobody is assigned.
    static Result<JiraAccount> assignee(const QJsonDocument &answer);
    // POST .../issue/{key}/comment answers the stored comment; its id.
    static Result<QString> commentId(const QJsonDocument &answer);
    // GET .../project/{key}/versions.
    static Result<QList<JiraVersion>> versions(const QJsonDocument &answer);
    // GET .../issue/{key}?fields=fixVersions: the names of all its fix versions.
    static Result<QStringList> fixVersionNames(const QJsonDocument &answer);
    // POST .../version and PUT .../version/{id} answer the version as stored.
    static Result<JiraVersion> version(const QJsonDocument &answer);

    struct CommentPage
    {
        QList<JiraComment> comments;
        int startAt = 0;
        int total = 0;
    };
    // GET .../issue/{key}/comment: {startAt, maxResults, total, comments[]},
    // bodies as text (v2) or as documents (v3).
    static Result<CommentPage> commentPage(const QJsonDocument &answer);

    // Jira's own error text from {"errorMessages":[...],"errors":{field:msg}},
    // joined; empty when the body is not in that shape or says nothing.
    static QString serverError(const QByteArray &body);
    // `text` as an Atlassian Document Format document, for API v3: a paragraph
    // per block of lines separated by an empty line, single line breaks kept.
    static QJsonObject adfDocument(const QString &text);
    // The text of an Atlassian Document Format document, as adfDocument()
    // would have made it: paragraphs apart by an empty line, hard breaks as
    // line breaks, the text of any other node kept in order.
    static QString adfText(const QJsonObject &document);
    // Jira's timestamps, "2026-11-20T12:00:00.000+0000"; invalid when unreadable.
    static QDateTime parseTime(const QString &text);
};

} // namespace ReleaseDesk
