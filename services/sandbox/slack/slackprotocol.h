#pragma once

#include "services/sandbox/core/exchange.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// The parts of Slack's Web API that every method shares: how a call presents
// its token and arguments, the ok:false envelope, warnings, cursors, limits
// and time ranges.

namespace ReleaseDesk::Sandbox::Slack {

// {"ok":false,"error":code}
QJsonObject failure(const QString &code);
// A Web API answer: JSON with Slack's Content-Type.
Response reply(const QJsonObject &body, int status = 200);

// The token from "Authorization: Bearer", or from a `token` field of a
// form-encoded body; nullopt when there is none. Slack ignores a token in a
// JSON body and no longer takes one from the query string.
std::optional<QString> presentedToken(const Request &request);
// "missing_post_type" or "invalid_post_type" for a body Slack cannot read;
// empty when the body is fine (or absent).
QString postTypeError(const Request &request);
// The call's arguments: the query string and the body. A JSON body counts
// only for methods that accept JSON (Slack's write methods).
QHash<QString, QString> arguments(const Request &request, bool acceptsJson);
// Adds Slack's "warning" and response_metadata warnings/messages about the
// request's Content-Type charset, if any.
void addWarnings(QJsonObject &body, const Request &request);

// "true" or "1".
bool isTrue(const QString &value);

// The text of chat.postMessage as Slack keeps it and shows it again: a bare
// link in angle brackets, "<https://x>", and a bare & < > as &amp; &lt; &gt;.
// Slack's own markup (<https://x|label>, <@U…>, <#C…>, <!here>) and the
// three entities stay as sent. A client that matches its messages by the
// text it sent finds no such message.
QString storedText(const QString &sent);
// The "metadata" argument of chat.postMessage, {event_type, event_payload},
// or nullopt with Slack's error code; an empty argument is no metadata.
std::optional<QJsonObject> parseMetadata(const QString &argument, QString *error);
// A limit argument: empty or 0 gives the default, more than `maximum` is cut
// to it; nullopt when it is not a whole number.
std::optional<int> parseLimit(const QString &value, int fallback, int maximum);

// Opaque cursors, base64 of "<kind>:<position>" as Slack's are
// ("bmV4dF90czoxNTEy..." is "next_ts:1512..."). decodeCursor gives nullopt
// for an empty cursor and an error for one that is not of this kind.
QString encodeCursor(const QString &kind, const QString &position);
struct DecodedCursor
{
    bool valid = true;
    std::optional<QString> position;
};
DecodedCursor decodeCursor(const QString &cursor, const QString &kind);
// {"next_cursor": cursor}, "" on the last page.
QJsonObject pageMetadata(const QString &nextCursor);

// The oldest/latest/inclusive arguments of history and replies.
struct TsRange
{
    std::optional<qint64> oldest;
    std::optional<qint64> latest;
    bool inclusive = false;
    bool contains(qint64 ts) const;
};
// The range, or the error code ("invalid_ts_oldest", "invalid_ts_latest").
std::optional<TsRange> parseRange(const QHash<QString, QString> &args, QString *error);

// What conversations.history and .replies take alike: a limit, a time range
// and a next_ts cursor. `from` is the cursor's ts, nullopt on the first page.
struct MessagePaging
{
    int limit = 0;
    TsRange range;
    std::optional<qint64> from;
};
// The paging of a history or replies call; nullopt with Slack's error code
// for the first bad argument (limit, then range, then cursor).
std::optional<MessagePaging> parseMessagePaging(const QHash<QString, QString> &args,
                                                int defaultLimit, int maximumLimit, QString *error);

} // namespace ReleaseDesk::Sandbox::Slack
