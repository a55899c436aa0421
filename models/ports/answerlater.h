#pragma once

#include "models/domain/result.h"

#include <QObject>

#include <functional>

namespace ReleaseDesk {

// Calls `done` from the event loop, as HttpClient does, for answers a client
// knows without asking the server, so that no client ever calls back from
// inside the call. Not called if `context` is destroyed first.
template <typename T>
void answerLater(QObject *context, std::function<void(const Result<T> &)> done, Result<T> result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

} // namespace ReleaseDesk
