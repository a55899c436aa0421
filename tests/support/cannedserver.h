#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace ReleaseDesk::Testing {

// A web server on this computer that answers each path with a canned answer
// and keeps every request as it arrived, so that a test can tell whether a
// request, its credentials or its body reached it: a stand-in for a server
// that misbehaves in ways the sandbox does not, such as sending a client to
// another server.
class CannedServer final : public QObject
{
public:
    CannedServer();

    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    // http://host:port/path; `host` may be "localhost" for the same server by name.
    QUrl url(const QString &path, const QString &host = QStringLiteral("127.0.0.1")) const;

    // What a request for `path` (its query ignored) gets: a whole HTTP/1.1
    // answer. Other paths get a 404.
    void answer(const QString &path, QByteArray response);
    // Each request as it arrived: request line, headers and body.
    const QList<QByteArray> &requests() const { return m_requests; }

    // Whole answers to start from.
    static QByteArray redirect(int status, const QUrl &location);
    static QByteArray json(const QByteArray &body, const QList<QByteArray> &headers = {});

private:
    void accept();
    void serve(QTcpSocket *socket, const QByteArray &request);

    QTcpServer m_server;
    QHash<QString, QByteArray> m_answers;
    QList<QByteArray> m_requests;
};

} // namespace ReleaseDesk::Testing
