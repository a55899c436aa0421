#include "cannedserver.h"

#include <QTcpSocket>

#include <memory>

namespace ReleaseDesk::Testing {

namespace {

// The head has ended and as many body bytes as Content-Length announced came.
bool isWhole(const QByteArray &request)
{
    const qsizetype headEnd = request.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    qsizetype length = 0;
    for (const QByteArray &line : request.left(headEnd).split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.toLower().startsWith("content-length:"))
            length = trimmed.mid(int(qstrlen("content-length:"))).trimmed().toLongLong();
    }
    return request.size() >= headEnd + 4 + length;
}

} // namespace

CannedServer::CannedServer()
{
    m_server.listen(QHostAddress::LocalHost);
    connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
}

QUrl CannedServer::url(const QString &path, const QString &host) const
{
    return QUrl(QStringLiteral("http://%1:%2%3").arg(host).arg(port()).arg(path));
}

void CannedServer::answer(const QString &path, QByteArray response)
{
    m_answers.insert(path, std::move(response));
}

QByteArray CannedServer::redirect(int status, const QUrl &location)
{
    return "HTTP/1.1 " + QByteArray::number(status) +
           " Redirect\r\nLocation: " + location.toEncoded() +
           "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
}

QByteArray CannedServer::json(const QByteArray &body, const QList<QByteArray> &headers)
{
    QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n";
    for (const QByteArray &header : headers)
        head += header + "\r\n";
    return head + "\r\n" + body;
}

void CannedServer::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            if (isWhole(*buffer))
                serve(socket, std::exchange(*buffer, {}));
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void CannedServer::serve(QTcpSocket *socket, const QByteArray &request)
{
    m_requests << request;
    // "GET /path?query HTTP/1.1"
    const QByteArray target = request.left(request.indexOf("\r\n")).split(' ').value(1);
    const qsizetype query = target.indexOf('?');
    const QString path = QString::fromLatin1(query < 0 ? target : target.left(query));
    socket->write(m_answers.value(
        path, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
    socket->disconnectFromHost();
}

} // namespace ReleaseDesk::Testing
