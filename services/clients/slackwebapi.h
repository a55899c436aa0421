#pragma once

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QObject;

namespace ReleaseDesk {

class HttpClient;
struct HttpResponse;

// How to reach the team's Slack workspace and release channel.
struct SlackConnection
{
    QUrl baseUrl;    // https://slack.com, or the sandbox's /slack; calls go to <base>/api/<method>
    QString token;   // the app's bot token, xoxb-...; never logged
    QString channel; // the release channel's name, "release_chs" ('#' allowed), or its id
    int pageSize = 200; // channels or messages asked for per page
    // A read that needs more pages than this ends with an error rather than
    // following a server that never says it is done.
    int maxPages = 200;
    std::chrono::milliseconds timeout{30000}; // per attempt, without a byte moving
};

// Slack's Web API calling convention over HttpClient: every method is a POST
// to /api/<method> with the token as Bearer, reads form-encoded and writes as
// JSON; a failure comes as HTTP 200 with {"ok":false,"error":code}, which is
// turned into a message saying what to do. A small value: the operations of
// SlackClient copy it into their callbacks.
class SlackWebApi
{
    Q_DECLARE_TR_FUNCTIONS(SlackWebApi)

public:
    using Arguments = QList<std::pair<QString, QString>>;
    // The answer of a call that said "ok": true, or a message naming the call.
    using Done = std::function<void(const Result<QJsonDocument> &)>;
    // Reads one page and gives the next page's cursor; an empty one ends the read.
    using PageReader = std::function<Result<QString>(const QJsonDocument &)>;

    // `http` must outlive the API and every call it made.
    SlackWebApi(HttpClient &http, SlackConnection connection);

    const SlackConnection &connection() const { return m_connection; }

    // A method that only reads, form-encoded; any transient failure is retried.
    // `endpoint` names it in messages: "channel history".
    void read(const QString &method, const QString &endpoint, const Arguments &arguments,
              QObject *context, Done done) const;
    // A method that writes, with a JSON body; resent only when Slack surely
    // did not act on it, as a second post would be a second message.
    void write(const QString &method, const QString &endpoint, const QJsonObject &body,
               QObject *context, Done done) const;
    // read() across cursor pages, at connection().pageSize a page, until
    // `page` gives no next cursor, it fails, or connection().maxPages is reached.
    void readPages(const QString &method, const QString &endpoint, const Arguments &arguments,
                   PageReader page, QObject *context,
                   std::function<void(const Status &)> done) const;

    // "Slack <endpoint>: <text>".
    static QString failure(const QString &endpoint, const QString &text);
    static QString unreadable(const QString &endpoint, const QString &why);

private:
    struct PageWalk;

    void send(const QString &method, const QString &endpoint, const QByteArray &contentType,
              const QByteArray &body, bool creates, QObject *context, Done done) const;
    // The failure of a call that failed, in HTTP or in Slack's envelope (of
    // kind Other); nothing when it succeeded.
    std::optional<Error> failureOf(const QString &endpoint, const HttpResponse &response) const;
    static void nextPage(std::shared_ptr<PageWalk> walk, QObject *context);

    HttpClient *m_http;
    SlackConnection m_connection;
};

} // namespace ReleaseDesk
