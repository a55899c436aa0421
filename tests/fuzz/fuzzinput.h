#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What a fuzz target makes of libFuzzer's bytes: the body of a server's
// answer as it came, as JSON, or as the text a client would read from it.

namespace ReleaseDesk::FuzzInput {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// A body that is not JSON reads as an empty document, as the clients read it.
inline QJsonDocument json(const QByteArray &body)
{
    return QJsonDocument::fromJson(body);
}

inline QString text(const QByteArray &body)
{
    return QString::fromUtf8(body);
}

// A property every input must keep; a broken one is reported as a crash, with
// the input that broke it.
inline void require(bool holds, const char *what)
{
    if (!holds) {
        std::fprintf(stderr, "property broken: %s\n", what);
        std::abort();
    }
}

} // namespace ReleaseDesk::FuzzInput
