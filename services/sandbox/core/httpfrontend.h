#pragma once

#include "services/sandbox/core/exchange.h"

#include <QAbstractHttpServer>

#include <functional>

class QTcpSocket;

namespace ReleaseDesk::Sandbox {

// The sandbox's listening socket. It turns each parsed HTTP request into a
// Request (absolute-form targets, as proxies send them, included) and hands
// it on with the connection, so that the answer can also be a broken one.
class HttpFrontend final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(Request request, QTcpSocket *socket)>;
    explicit HttpFrontend(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace ReleaseDesk::Sandbox
