#pragma once

#include "models/domain/error.h"

#include <QString>

#include <optional>
#include <utility>

namespace ReleaseDesk {

// The outcome of an operation that can fail for reasons a person should read:
// a value, or an Error that says what happened and what kind of failure it is.
template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    // A failure; implicit, so that `if (!r) return r.failure();` passes one
    // on to a Result of any type, kind and all.
    Result(Error error) : m_error(std::move(error)) { Q_ASSERT(m_error.kind != ErrorKind::None); }
    // A failure of no particular kind (ErrorKind::Other).
    static Result failure(QString message) { return Error{ErrorKind::Other, std::move(message)}; }
    static Result failure(Error error) { return Result(std::move(error)); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    // By value, so that `for (auto &x : store.releases().value())` is safe.
    T value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    // The message a person reads; empty on success.
    const QString &error() const { return m_error.message; }
    // The whole failure: its kind, where it came from, how long to wait.
    const Error &failure() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// A success that carries no value.
struct Done
{};
using Status = Result<Done>;
inline Status success()
{
    return Done{};
}

} // namespace ReleaseDesk
