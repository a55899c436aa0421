#include "localproxy.h"

#include <QHostAddress>
#include <QNetworkProxy>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

namespace ReleaseDesk::Testing {

namespace {

// Copies whatever either side sends to the other until one closes.
void pipe(QTcpSocket *client, QTcpSocket *upstream)
{
    QObject::connect(client, &QTcpSocket::readyRead, upstream,
                     [client, upstream] { upstream->write(client->readAll()); });
    QObject::connect(upstream, &QTcpSocket::readyRead, client,
                     [client, upstream] { client->write(upstream->readAll()); });
    QObject::connect(upstream, &QTcpSocket::disconnected, client, [client, upstream] {
        client->write(upstream->readAll());
        client->disconnectFromHost();
    });
    QObject::connect(client, &QTcpSocket::disconnected, upstream,
                     [upstream] { upstream->disconnectFromHost(); });
}

} // namespace

LocalProxy::LocalProxy(Mode mode) : m_mode(mode)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
    m_server.listen(QHostAddress::LocalHost);
}

QString LocalProxy::address() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void LocalProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        auto buffered = std::make_shared<QByteArray>();
        connect(client, &QTcpSocket::readyRead, this,
                [this, client, buffered] { readRequest(client, *buffered); });
    }
}

void LocalProxy::readRequest(QTcpSocket *client, QByteArray &buffered)
{
    buffered += client->readAll();
    const qsizetype end = buffered.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    // From here on the connection is the tunnel's or the forward's.
    disconnect(client, &QTcpSocket::readyRead, this, nullptr);
    const QByteArray head = buffered.left(end);
    const QByteArray line = head.left(head.indexOf("\r\n"));
    m_requestLines << line;
    if (m_mode == Mode::AskForSignIn) {
        client->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                      "Proxy-Authenticate: Basic realm=\"corp\"\r\n"
                      "Content-Length: 0\r\nConnection: close\r\n\r\n");
        client->disconnectFromHost();
        return;
    }
    forward(client, head, buffered.mid(end + 4));
}

void LocalProxy::forward(QTcpSocket *client, const QByteArray &head, QByteArray rest)
{
    QList<QByteArray> headers = head.split('\n');
    const QList<QByteArray> parts = headers.takeFirst().trimmed().split(' ');
    const bool tunnel = parts.value(0) == "CONNECT";
    const QUrl target = tunnel ? QUrl(QStringLiteral("//") + QString::fromLatin1(parts.value(1)))
                               : QUrl(QString::fromLatin1(parts.value(1)));
    auto *upstream = new QTcpSocket(client);
    // Straight out, whatever proxy the test has set for the application.
    upstream->setProxy(QNetworkProxy::NoProxy);
    connect(upstream, &QTcpSocket::errorOccurred, client, [client] {
        client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
        client->disconnectFromHost();
    });
    connect(upstream, &QTcpSocket::connected, client, [=] {
        // From here on a close is the server's answer ending, not a failure.
        disconnect(upstream, &QTcpSocket::errorOccurred, client, nullptr);
        if (tunnel) {
            client->write("HTTP/1.1 200 Connection established\r\n\r\n");
        } else {
            QByteArray request = parts.value(0) + ' ' +
                                 target.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                                 ' ' + parts.value(2) + "\r\n";
            for (const QByteArray &header : headers) {
                const QByteArray name = header.left(header.indexOf(':')).trimmed().toLower();
                if (name != "connection" && name != "proxy-connection")
                    request += header.trimmed() + "\r\n";
            }
            // One request per connection, so that each is seen here.
            upstream->write(request + "Connection: close\r\n\r\n");
        }
        upstream->write(rest);
        pipe(client, upstream);
    });
    upstream->connectToHost(target.host(), quint16(target.port()));
}

} // namespace ReleaseDesk::Testing
