#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ReleaseDesk {

// How this desk reaches one system through a company's network: the proxy in
// between and the company's own CA, for networks that inspect TLS. The
// defaults reach it as the computer does: through the system's proxy, trusting
// the system's CA list.
struct NetworkRoute
{
    Q_DECLARE_TR_FUNCTIONS(NetworkRoute)

public:
    // The proxy requests go through, "http://proxy.corp:3128" (or
    // "socks5://…"); empty: the system's proxy (on Linux http_proxy,
    // https_proxy and no_proxy); "none": straight to the server, whatever
    // the system's proxy. A proxy's sign-in is not kept here: this file
    // holds no secrets.
    QString proxy;
    // A PEM file of CA certificates trusted for this system besides the
    // system's CA list: the company's inspection CA. Empty: the list alone.
    QString caBundle;

    // "none": the system's proxy is bypassed.
    bool goesStraight() const;
    // The proxy's address when one is named; empty for the system's or none.
    QUrl proxyUrl() const;
    // What is wrong, in a person's words, each line starting with `title`:
    // a proxy address that is not one, a CA bundle that cannot be read or
    // holds no certificate. Empty when it can be used.
    QStringList problems(const QString &title) const;

    friend bool operator==(const NetworkRoute &, const NetworkRoute &) = default;
};

} // namespace ReleaseDesk
