#include "services/sandbox/core/delivery.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace ReleaseDesk::Sandbox {
namespace {

// Closing with a zero linger time sends a TCP reset instead of a clean FIN.
void resetConnection(QTcpSocket *socket)
{
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor >= 0) {
        const linger immediate{1, 0};
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &immediate, sizeof immediate);
    }
    socket->abort();
}

void writeAndFlush(QTcpSocket *socket, const QByteArray &bytes)
{
    socket->write(bytes);
    socket->flush();
}

} // namespace

void deliver(QTcpSocket *socket, const Response &response, const std::optional<FaultRule> &fault)
{
    if (!fault) {
        writeAndFlush(socket, serialize(response));
        return;
    }
    switch (fault->kind) {
    case FaultKind::Status:
    case FaultKind::RateLimit:
    case FaultKind::Unavailable:
        writeAndFlush(socket, serialize(response)); // the caller built the error already
        return;
    case FaultKind::Delay: {
        QPointer<QTcpSocket> guard(socket);
        const QByteArray bytes = serialize(response);
        QTimer::singleShot(fault->delayMs, socket, [guard, bytes] {
            if (guard)
                writeAndFlush(guard, bytes);
        });
        return;
    }
    case FaultKind::Hang:
        return; // the client waits until it gives up
    case FaultKind::Drop:
        resetConnection(socket);
        return;
    case FaultKind::Reset: {
        const QByteArray bytes = serialize(response);
        // Headers and part of the body, then a reset.
        const qsizetype cut = bytes.size() - qMax<qsizetype>(1, response.body.size() / 2);
        writeAndFlush(socket, bytes.left(cut));
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(50, socket, [guard] {
            if (guard)
                resetConnection(guard);
        });
        return;
    }
    case FaultKind::TruncatedBody: {
        const QByteArray bytes = serialize(response);
        const qsizetype cut = bytes.size() - qMax<qsizetype>(1, response.body.size() / 2);
        writeAndFlush(socket, bytes.left(cut));
        socket->disconnectFromHost();
        return;
    }
    case FaultKind::MalformedJson: {
        Response broken = response;
        broken.status = 200;
        broken.body = response.body.left(response.body.size() / 2) + "\",,}<!-- -->";
        broken.setHeader("Content-Type", "application/json;charset=UTF-8");
        writeAndFlush(socket, serialize(broken));
        return;
    }
    case FaultKind::WrongContentType: {
        Response page = Response::text("<!DOCTYPE html><html><head><title>Sign in</title></head>"
                                       "<body><form action=\"/login\"><input name=\"user\">"
                                       "</form></body></html>",
                                       200, "text/html; charset=utf-8");
        writeAndFlush(socket, serialize(page));
        return;
    }
    case FaultKind::Oversized: {
        Response huge = response;
        huge.status = 200;
        huge.setHeader("Content-Type", "application/json;charset=UTF-8");
        huge.body = "{\"padding\":\"" + QByteArray(fault->bytes, 'x') + "\"}";
        writeAndFlush(socket, serialize(huge));
        return;
    }
    }
}

} // namespace ReleaseDesk::Sandbox
