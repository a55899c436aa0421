#include "privateca.h"

#include <QFile>
#include <QProcess>
#include <QSslKey>
#include <QSslSocket>

namespace ReleaseDesk::Testing {

PrivateCa::PrivateCa()
{
    const QString ext = m_dir.filePath(QStringLiteral("server.ext"));
    QFile extensions(ext);
    if (!extensions.open(QIODevice::WriteOnly) ||
        !extensions.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n"
                          "basicConstraints=CA:FALSE\n"
                          "extendedKeyUsage=serverAuth\n")) {
        m_problem = QStringLiteral("cannot write %1").arg(ext);
        return;
    }
    extensions.close();
    const QStringList ecKey = {
        QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    const bool made =
        run(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey +
            QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                        QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                        QStringLiteral("-subj"), QStringLiteral("/O=Corp/CN=Corp Inspection CA"),
                        QStringLiteral("-addext"),
                        QStringLiteral("basicConstraints=critical,CA:TRUE"),
                        QStringLiteral("-addext"),
                        QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}) &&
        run(QStringList{QStringLiteral("req")} + ecKey +
            QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"),
                        QStringLiteral("-out"), QStringLiteral("server.csr"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=localhost")}) &&
        run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
             QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
             QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
             QStringLiteral("server.ext"), QStringLiteral("-out"), QStringLiteral("server.pem")});
    if (!made)
        return;
    QFile certificate(m_dir.filePath(QStringLiteral("server.pem")));
    QFile key(m_dir.filePath(QStringLiteral("server.key")));
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        m_problem = QStringLiteral("openssl made no server certificate");
        return;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(&certificate, QSsl::Pem));
    tls.setPrivateKey(QSslKey(&key, QSsl::Ec, QSsl::Pem));
    m_server.setSslConfiguration(tls);
    QObject::connect(&m_server, &QSslServer::startedEncryptionHandshake, &m_server,
                     [this] { ++m_handshakes; });
    QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, &m_server,
                     [this] { serve(); });
    if (!m_server.listen(QHostAddress::LocalHost))
        m_problem = m_server.errorString();
}

QUrl PrivateCa::url(const QString &path) const
{
    // The address, not "localhost": a minimal system may not resolve that name.
    return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

bool PrivateCa::run(const QStringList &arguments)
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0) {
        m_problem = QStringLiteral("openssl %1 failed: %2%3")
                        .arg(arguments.join(u' '), openssl.errorString(),
                             QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    return true;
}

void PrivateCa::serve()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            if (!socket->peek(1 << 16).contains("\r\n\r\n"))
                return;
            socket->readAll();
            ++m_answered;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 11\r\nConnection: close\r\n\r\n{\"ok\":true}");
            socket->disconnectFromHost();
        });
        // A request that came with the handshake is already waiting.
        if (socket->bytesAvailable() > 0)
            emit socket->readyRead();
    }
}

} // namespace ReleaseDesk::Testing
