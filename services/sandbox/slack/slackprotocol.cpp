#include "services/sandbox/slack/slackprotocol.h"

#include "services/sandbox/slack/slackworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ReleaseDesk::Sandbox::Slack {
namespace {

QByteArray mediaType(const Request &request)
{
    return request.header("content-type").split(';').first().trimmed().toLower();
}

bool declaresCharset(const Request &request)
{
    return request.header("content-type").toLower().contains("charset=");
}

QRegularExpressionMatch matchAt(const QRegularExpression &pattern, const QString &text,
                                qsizetype at)
{
    return pattern.match(text, at, QRegularExpression::NormalMatch,
                         QRegularExpression::AnchorAtOffsetMatchOption);
}

// & < > escaped, but for an & that already starts one of Slack's entities.
QString escapedBare(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral("&(?:amp|lt|gt);"));
    QString escaped;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'&' && !matchAt(entity, text, i).hasMatch())
            escaped += QLatin1String("&amp;");
        else if (c == u'<')
            escaped += QLatin1String("&lt;");
        else if (c == u'>')
            escaped += QLatin1String("&gt;");
        else
            escaped += c;
    }
    return escaped;
}

} // namespace

QJsonObject failure(const QString &code)
{
    return {{QLatin1String("ok"), false}, {QLatin1String("error"), code}};
}

Response reply(const QJsonObject &body, int status)
{
    Response response = Response::json(body, status);
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    return response;
}

std::optional<QString> presentedToken(const Request &request)
{
    const QByteArray authorization = request.header("authorization").trimmed();
    if (authorization.toLower().startsWith("bearer ")) {
        const QString token = QString::fromUtf8(authorization.mid(7).trimmed());
        return token.isEmpty() ? std::nullopt : std::optional(token);
    }
    if (request.method != "POST" || mediaType(request) != "application/x-www-form-urlencoded")
        return std::nullopt;
    const QUrlQuery form = request.formBody();
    if (!form.hasQueryItem(QStringLiteral("token")))
        return std::nullopt;
    const QString token = form.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    return token.isEmpty() ? std::nullopt : std::optional(token);
}

QString postTypeError(const Request &request)
{
    if (request.method != "POST" || request.body.isEmpty())
        return {};
    const QByteArray type = mediaType(request);
    if (type.isEmpty())
        return QStringLiteral("missing_post_type");
    static const QByteArrayList accepted{"application/json", "application/x-www-form-urlencoded",
                                         "multipart/form-data", "text/plain"};
    return accepted.contains(type) ? QString() : QStringLiteral("invalid_post_type");
}

QHash<QString, QString> arguments(const Request &request, bool acceptsJson)
{
    if (acceptsJson || !request.hasJsonContentType())
        return request.fields();
    QHash<QString, QString> fields;
    for (const auto &[name, value] : request.query.queryItems(QUrl::FullyDecoded))
        fields.insert(name, value);
    return fields;
}

void addWarnings(QJsonObject &body, const Request &request)
{
    if (request.method != "POST" || request.body.isEmpty())
        return;
    QString warning;
    QString message;
    const QByteArray type = mediaType(request);
    if (type == "application/json" && !declaresCharset(request)) {
        warning = QStringLiteral("missing_charset");
        message = QStringLiteral("[WARN] A Content-Type HTTP header was presented but did not "
                                 "declare a charset, such as a 'utf-8'");
    } else if (type == "application/x-www-form-urlencoded" && declaresCharset(request)) {
        warning = QStringLiteral("superfluous_charset");
        message = QStringLiteral("[WARN] A Content-Type HTTP header was presented with a "
                                 "charset, which application/x-www-form-urlencoded does not use");
    } else {
        return;
    }
    body.insert(QLatin1String("warning"), warning);
    QJsonObject metadata = body.value(QLatin1String("response_metadata")).toObject();
    metadata.insert(QLatin1String("warnings"), QJsonArray{warning});
    metadata.insert(QLatin1String("messages"), QJsonArray{message});
    body.insert(QLatin1String("response_metadata"), metadata);
}

QString storedText(const QString &sent)
{
    static const QRegularExpression markup(QStringLiteral("<(?:[@#!]|https?://|mailto:)[^<>]*>"));
    // A link ends before white space or a bracket, and leaves out the
    // punctuation that ends the sentence it is in.
    static const QRegularExpression bareLink(QStringLiteral("https?://[^\\s<>]*[^\\s<>.,;:!?)]"));
    QString stored;
    QString plain; // the text since the last markup or link
    for (qsizetype i = 0; i < sent.size();) {
        // Only where markup or a link may start: a long text stays quick.
        const bool opensMarkup = sent.at(i) == u'<';
        QRegularExpressionMatch found;
        if (opensMarkup)
            found = matchAt(markup, sent, i);
        else if (sent.at(i) == u'h')
            found = matchAt(bareLink, sent, i);
        if (!found.hasMatch()) {
            plain += sent.at(i++);
            continue;
        }
        stored += escapedBare(plain);
        plain.clear();
        stored += opensMarkup ? found.captured() : u'<' + escapedBare(found.captured()) + u'>';
        i += found.capturedLength();
    }
    return stored + escapedBare(plain);
}

std::optional<QJsonObject> parseMetadata(const QString &argument, QString *error)
{
    if (argument.trimmed().isEmpty())
        return QJsonObject();
    const QJsonDocument document = QJsonDocument::fromJson(argument.toUtf8());
    if (!document.isObject()) {
        *error = QStringLiteral("invalid_metadata_format");
        return std::nullopt;
    }
    const QJsonObject metadata = document.object();
    if (!metadata.value(QLatin1String("event_type")).isString() ||
        !metadata.value(QLatin1String("event_payload")).isObject()) {
        *error = QStringLiteral("invalid_metadata_schema");
        return std::nullopt;
    }
    return metadata;
}

bool isTrue(const QString &value)
{
    return value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ||
           value == QLatin1String("1");
}

std::optional<int> parseLimit(const QString &value, int fallback, int maximum)
{
    if (value.trimmed().isEmpty())
        return fallback;
    bool ok = false;
    const int limit = value.trimmed().toInt(&ok);
    if (!ok || limit < 0)
        return std::nullopt;
    return limit == 0 ? fallback : qMin(limit, maximum);
}

QString encodeCursor(const QString &kind, const QString &position)
{
    return QString::fromLatin1((kind + u':' + position).toUtf8().toBase64());
}

DecodedCursor decodeCursor(const QString &cursor, const QString &kind)
{
    if (cursor.trimmed().isEmpty())
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(cursor.trimmed().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {false, std::nullopt};
    const QString text = QString::fromUtf8(*decoded);
    const QString prefix = kind + u':';
    if (!text.startsWith(prefix) || text.size() == prefix.size())
        return {false, std::nullopt};
    return {true, text.mid(prefix.size())};
}

QJsonObject pageMetadata(const QString &nextCursor)
{
    return {{QLatin1String("next_cursor"), nextCursor}};
}

bool TsRange::contains(qint64 ts) const
{
    if (oldest && (inclusive ? ts < *oldest : ts <= *oldest))
        return false;
    if (latest && (inclusive ? ts > *latest : ts >= *latest))
        return false;
    return true;
}

std::optional<TsRange> parseRange(const QHash<QString, QString> &args, QString *error)
{
    TsRange range;
    range.inclusive = isTrue(args.value(QStringLiteral("inclusive")));
    const QString oldest = args.value(QStringLiteral("oldest"));
    if (!oldest.isEmpty()) {
        range.oldest = parseTs(oldest);
        if (!range.oldest) {
            *error = QStringLiteral("invalid_ts_oldest");
            return std::nullopt;
        }
    }
    const QString latest = args.value(QStringLiteral("latest"));
    if (!latest.isEmpty()) {
        range.latest = parseTs(latest);
        if (!range.latest) {
            *error = QStringLiteral("invalid_ts_latest");
            return std::nullopt;
        }
    }
    return range;
}

std::optional<MessagePaging> parseMessagePaging(const QHash<QString, QString> &args,
                                                int defaultLimit, int maximumLimit, QString *error)
{
    const auto limit = parseLimit(args.value(QStringLiteral("limit")), defaultLimit, maximumLimit);
    if (!limit) {
        *error = QStringLiteral("invalid_arguments");
        return std::nullopt;
    }
    const auto range = parseRange(args, error);
    if (!range)
        return std::nullopt;
    const DecodedCursor cursor =
        decodeCursor(args.value(QStringLiteral("cursor")), QStringLiteral("next_ts"));
    bool numeric = true;
    const qint64 from = cursor.position ? cursor.position->toLongLong(&numeric) : 0;
    if (!cursor.valid || !numeric) {
        *error = QStringLiteral("invalid_cursor");
        return std::nullopt;
    }
    return MessagePaging{*limit, *range,
                         cursor.position ? std::optional<qint64>(from) : std::nullopt};
}

} // namespace ReleaseDesk::Sandbox::Slack
