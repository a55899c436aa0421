#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace ReleaseDesk::Testing {

// An HTTP proxy on this computer, as a company runs one: it tunnels CONNECT
// (what https:// requests ask of a proxy) and forwards absolute-URI requests
// (what http:// ones send), one request per connection, and keeps the
// request line of each, so that a test can tell what went through it. Told
// to, it asks every request for a sign-in instead (407).
class LocalProxy final : public QObject
{
public:
    enum class Mode { Forward, AskForSignIn };

    explicit LocalProxy(Mode mode = Mode::Forward);

    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    // "http://127.0.0.1:port", as the connection settings name a proxy.
    QString address() const;
    // "CONNECT 127.0.0.1:443 HTTP/1.1", "GET http://127.0.0.1:80/x HTTP/1.1".
    const QList<QByteArray> &requestLines() const { return m_requestLines; }

private:
    void accept();
    void readRequest(QTcpSocket *client, QByteArray &buffered);
    void forward(QTcpSocket *client, const QByteArray &head, QByteArray rest);

    Mode m_mode;
    QTcpServer m_server;
    QList<QByteArray> m_requestLines;
};

} // namespace ReleaseDesk::Testing
