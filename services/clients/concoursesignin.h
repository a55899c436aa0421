#pragma once

#include "models/domain/result.h"
#include "models/formats/flyrc.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ReleaseDesk {

struct ConcourseConnection;

// A bearer token to send to Concourse, with its end when it tells one.
struct ConcourseBearer
{
    QString token;
    QDateTime expires; // a JWT's exp; invalid for an opaque token
};

// The sign-ins that hand ReleaseDesk a token rather than a password: one
// pasted in, or the one `fly login` keeps in ~/.flyrc, read afresh each time
// so that a renewal is picked up at once. The token stays in memory; no
// message ever repeats it.
class ConcourseSignInToken
{
    Q_DECLARE_TR_FUNCTIONS(ConcourseSignInToken)

public:
    // Where fly keeps its targets: ~/.flyrc.
    static QString defaultFlyrcPath();
    // The connection's flyrc, or the default one.
    static QString flyrcPath(const ConcourseConnection &connection);
    // The connection's fly target as the file says now: a missing file or
    // target, or a file that is not what fly writes, is a clear error.
    static Result<FlyTarget> flyTarget(const ConcourseConnection &connection);
    // The token to send: pasted, or read from the fly target, which must
    // point where the connection does. An expired JWT is refused before it
    // is sent, with expired().
    static Result<ConcourseBearer> read(const ConcourseConnection &connection,
                                        const QDateTime &now);
    // A JWT's exp claim; invalid when the token is no JWT or has none.
    static QDateTime jwtExpiry(const QString &token);
    // The token was refused or has run out: an Unauthorized error that says
    // how to renew it ("run `fly -t ci login`", "paste a new token").
    static Error expired(const ConcourseConnection &connection);
};

} // namespace ReleaseDesk
