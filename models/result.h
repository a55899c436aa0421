#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace ReleaseDesk {

// The outcome of an operation that can fail for reasons a person should read:
// a value, or an error message that says what happened.
template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(QString error) { return Result(std::nullopt, std::move(error)); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    // By value, so that `for (auto &x : store.releases().value())` is safe.
    T value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    Result(std::optional<T> value, QString error)
        : m_value(std::move(value)), m_error(std::move(error)) {}
    std::optional<T> m_value;
    QString m_error;
};

// A success that carries no value.
struct Done
{
};
using Status = Result<Done>;
inline Status success() { return Done{}; }

} // namespace ReleaseDesk
