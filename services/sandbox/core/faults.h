#pragma once

#include "models/domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ReleaseDesk::Sandbox {

// What can go wrong between a client and a system.
enum class FaultKind {
    Status,        // an error status (500, 502, 503, 401, ...) in the system's shape; no effect
    RateLimit,     // 429 with Retry-After, in the system's shape; no effect
    Unavailable,   // the system's own error (503 unless status= says) with Retry-After; no effect
    Delay,         // the real answer, late
    Hang,          // the request takes effect, no answer ever comes
    Reset,         // the request takes effect, the connection is reset mid-body
    MalformedJson, // the request takes effect, the body is not valid JSON
    TruncatedBody, // the request takes effect, the body stops short of Content-Length
    WrongContentType, // the request takes effect, an HTML page comes back instead
    Oversized,        // the request takes effect, a huge valid JSON body comes back
    Drop,             // the connection is reset before any answer, as in an outage; no effect
};

// One injected fault: which requests it hits and what it does to them.
struct FaultRule
{
    int id = 0;
    QString system;    // "jira", ...; empty: every system
    QString path;      // a substring of the path below the prefix; empty: every path
    QByteArray method; // empty: every method
    FaultKind kind = FaultKind::Status;
    int status = 503;
    int retryAfterSeconds = 1;
    int delayMs = 2000;
    qint64 bytes = 16 * 1024 * 1024; // Oversized body size
    int times = -1;                  // how many requests it hits; -1: until removed

    // "jira:/rest/api/2/search=status,status=503,times=2"; see the README.
    static Result<FaultRule> parse(const QString &spec);
    static Result<FaultRule> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

// The faults in force, matched against each request in the order added.
class FaultInjector
{
public:
    int add(FaultRule rule);
    bool remove(int id);
    void clear() { m_rules.clear(); }
    QList<FaultRule> rules() const { return m_rules; }
    // The first rule that hits this request, counting the hit.
    std::optional<FaultRule> take(const QString &system, const QByteArray &method,
                                  const QString &path);

private:
    QList<FaultRule> m_rules;
    int m_lastId = 0;
};

} // namespace ReleaseDesk::Sandbox
