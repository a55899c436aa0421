#include "services/sandbox/core/httpfrontend.h"

#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QTcpSocket>

namespace ReleaseDesk::Sandbox {

HttpFrontend::HttpFrontend(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request incoming;
    const auto methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    incoming.method = QByteArray(methods.valueToKey(int(request.method()))).toUpper();
    incoming.path = request.url().path(QUrl::FullyDecoded);
    incoming.query = request.query();
    for (const auto &[name, value] : request.headers())
        incoming.headers.insert(name.toLower(), value);
    incoming.body = request.body();
    m_handler(std::move(incoming), socket);
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->write(serialize(Response::text("Not Found", 404)));
}

} // namespace ReleaseDesk::Sandbox
