#pragma once

#include <QByteArray>
#include <QObject>
#include <QSslServer>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace ReleaseDesk::Testing {

// A company's TLS inspection in miniature: a private CA ("Corp Inspection
// CA") made with openssl, a certificate it issued for this computer, and a
// web server that shows it and answers every request with `{"ok":true}`.
class PrivateCa
{
public:
    PrivateCa();

    // Empty once the CA and the server are up; else what went wrong.
    const QString &problem() const { return m_problem; }
    // The CA's certificate as a PEM file: the bundle a company hands out.
    QString bundlePath() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    QString directory() const { return m_dir.path(); }
    // https://127.0.0.1:port/path on the server.
    QUrl url(const QString &path) const;
    // How many connections began a TLS handshake with the server.
    int handshakes() const { return m_handshakes; }
    // How many requests the server answered: only those that trusted it.
    int answered() const { return m_answered; }

private:
    bool run(const QStringList &arguments);
    void serve();

    QTemporaryDir m_dir;
    QSslServer m_server;
    QString m_problem;
    int m_handshakes = 0;
    int m_answered = 0;
};

} // namespace ReleaseDesk::Testing
