#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>
#include <utility>

// One HTTP request as a sandbox system sees it, and the answer it gives.

namespace ReleaseDesk::Sandbox {

struct Request
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // below the system's prefix: "/rest/api/2/search"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QHash<QString, QString> params; // captured by the route: {key} -> "CHS-1"
    QString account;                // who the credentials sign in as: "alice.khan";
                                    // empty where a system has no personal accounts

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString param(const QString &name) const { return params.value(name); }
    // The query value, or the default when absent, decoded as the real servers
    // (servlet containers, Slack) decode forms: '+' is a space, "%2B" a plus.
    QString queryValue(const QString &name, const QString &fallback = {}) const;
    // The fields of a form-encoded body alone, without the query string.
    QUrlQuery formBody() const;
    // The body as JSON; nullopt when it is not valid JSON.
    std::optional<QJsonDocument> json() const;
    // Fields of a form-encoded body, or of a JSON object body with string values
    // (Slack accepts both). Query parameters are included, the body wins.
    QHash<QString, QString> fields() const;
    bool hasJsonContentType() const;
};

struct Response
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // Content-Type among them, if any

    static Response json(const QJsonDocument &document, int status = 200);
    static Response json(const QJsonObject &object, int status = 200);
    static Response json(const QJsonArray &array, int status = 200);
    static Response empty(int status);
    static Response text(const QByteArray &body, int status,
                         const QByteArray &contentType = "text/plain; charset=utf-8");

    Response &setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};

// The standard reason phrase of an HTTP status code.
QByteArray reasonPhrase(int status);
// The response as bytes on the wire, with Content-Length.
QByteArray serialize(const Response &response);

} // namespace ReleaseDesk::Sandbox
