#include "services/sandbox/core/exchange.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ReleaseDesk::Sandbox {
namespace {

QString compact(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

} // namespace

QString Request::queryValue(const QString &name, const QString &fallback) const
{
    if (!query.hasQueryItem(name))
        return fallback;
    QString encoded = query.queryItemValue(name, QUrl::FullyEncoded);
    encoded.replace(u'+', QLatin1String("%20"));
    return QUrl::fromPercentEncoding(encoded.toUtf8());
}

QUrlQuery Request::formBody() const
{
    // QUrlQuery leaves '+' alone; in a form it stands for a space.
    QByteArray form = body;
    form.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(form));
}

std::optional<QJsonDocument> Request::json() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return document;
}

bool Request::hasJsonContentType() const
{
    return header("content-type").toLower().startsWith("application/json");
}

QHash<QString, QString> Request::fields() const
{
    QHash<QString, QString> fields;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyEncoded))
        fields.insert(name, queryValue(name));
    if (hasJsonContentType()) {
        const auto document = json();
        const QJsonObject object = document ? document->object() : QJsonObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue value = it.value();
            if (value.isString())
                fields.insert(it.key(), value.toString());
            else if (value.isBool())
                fields.insert(it.key(),
                              value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            else if (value.isDouble())
                fields.insert(it.key(), QString::number(value.toDouble(), 'g', 17));
            else if (value.isArray())
                fields.insert(it.key(), compact(QJsonDocument(value.toArray())));
            else if (value.isObject())
                fields.insert(it.key(), compact(QJsonDocument(value.toObject())));
        }
        return fields;
    }
    for (const auto &[name, value] : formBody().queryItems(QUrl::FullyDecoded))
        fields.insert(name, value);
    return fields;
}

Response Response::json(const QJsonDocument &document, int status)
{
    Response response;
    response.status = status;
    response.body = document.toJson(QJsonDocument::Compact);
    response.setHeader("Content-Type", "application/json;charset=UTF-8");
    return response;
}

Response Response::json(const QJsonObject &object, int status)
{
    return json(QJsonDocument(object), status);
}

Response Response::json(const QJsonArray &array, int status)
{
    return json(QJsonDocument(array), status);
}

Response Response::empty(int status)
{
    Response response;
    response.status = status;
    return response;
}

Response Response::text(const QByteArray &body, int status, const QByteArray &contentType)
{
    Response response;
    response.status = status;
    response.body = body;
    response.setHeader("Content-Type", contentType);
    return response;
}

Response &Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return *this;
        }
    }
    headers.append({name, value});
    return *this;
}

QByteArray Response::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray serialize(const Response &response)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    // 204 carries no body and no length.
    if (response.status != 204)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "\r\n";
    return head + response.body;
}

} // namespace ReleaseDesk::Sandbox
