#pragma once

#include <QString>

#include <chrono>
#include <optional>
#include <utility>

namespace ReleaseDesk {

// What kind of failure an Error is: what a caller decides by without reading
// the message (try again later, check the credentials, create what was not
// found). The network kinds are the ones HttpClient tells apart.
enum class ErrorKind {
    None,         // no failure: what a success carries
    Other,        // anything below does not name; a person reads the message
    Unreachable,  // offline, host not found, connection refused or dropped
    Timeout,      // no answer in time, or a 408
    Tls,          // the secure connection failed, or the CA bundle cannot be used
    Unauthorized, // 401: the credentials were not accepted
    Forbidden,    // 403: the account may not do this
    NotFound,     // 404
    Conflict,     // 409
    RateLimited,  // 429, or Slack's {"ok":false,"error":"ratelimited"}
    Server,       // 5xx
    Client,       // any other 4xx: the server refused the request
    Malformed,    // the answer is not JSON, not whole, or not data at all
    TooLarge,     // the answer is larger than the request allows
    InsecureUrl,  // an address or redirect that would send credentials in the clear
    Proxy,        // the proxy on the way refused, dropped or asked for a sign-in
};

// The request reached no server: no network, no answer in time, or a proxy
// that let nothing through. Being offline is judged by it, and what failed
// so is tried again as soon as the network returns.
inline bool reachedNoServer(ErrorKind kind)
{
    return kind == ErrorKind::Unreachable || kind == ErrorKind::Timeout || kind == ErrorKind::Proxy;
}

// Why an operation failed: its kind, the message a person reads, and, when
// it came from an external system, which one and which endpoint, and how
// long the server asked to wait before trying again.
struct Error
{
    using Kind = ErrorKind;

    Error() = default;
    Error(Kind kind, QString message) : kind(kind), message(std::move(message)) {}

    Kind kind = Kind::None;
    QString message;
    // What the server's Retry-After asked, when it answered with one.
    std::optional<std::chrono::milliseconds> retryAfter;
    QString system;   // "Jira", when the failure came from an external system
    QString endpoint; // "search"

    // The same failure in the words of a caller that knows more ("the fix
    // version 2.4 could not be created: ..."), keeping what decides retries.
    Error withMessage(QString message) const;
};

} // namespace ReleaseDesk
