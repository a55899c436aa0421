#include "concoursesignin.h"

#include "concourseclient.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace ReleaseDesk {

namespace {

// The file a person may read, big enough for many targets and certificates.
constexpr qint64 maxFlyrcBytes = 1024 * 1024;

Error unauthorized(const QString &message)
{
    Error error(ErrorKind::Unauthorized, message);
    error.system = QStringLiteral("Concourse");
    error.endpoint = ConcourseSignInToken::tr("login");
    return error;
}

QUrl withoutTrailingSlash(const QUrl &url)
{
    return url.adjusted(QUrl::StripTrailingSlash);
}

} // namespace

QString ConcourseSignInToken::defaultFlyrcPath()
{
    return QDir::homePath() + QStringLiteral("/.flyrc");
}

QString ConcourseSignInToken::flyrcPath(const ConcourseConnection &connection)
{
    return connection.flyrcPath.isEmpty() ? defaultFlyrcPath() : connection.flyrcPath;
}

Result<FlyTarget> ConcourseSignInToken::flyTarget(const ConcourseConnection &connection)
{
    const QString path = flyrcPath(connection);
    const QString &name = connection.flyTarget;
    QFile file(path);
    if (!file.exists()) {
        return Result<FlyTarget>::failure(
            tr("Concourse: there is no %1, where fly keeps its sign-ins; run `fly -t %2 login "
               "-c <address>` first.")
                .arg(path, name));
    }
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxFlyrcBytes) {
        return Result<FlyTarget>::failure(tr("Concourse: %1 could not be read (%2).")
                                              .arg(path, file.isOpen()
                                                             ? tr("it is larger than fly writes")
                                                             : file.errorString()));
    }
    const auto targets = Flyrc::parse(file.readAll());
    if (!targets) {
        return Result<FlyTarget>::failure(
            tr("Concourse: %1 is not a file fly wrote, %2").arg(path, targets.error()));
    }
    if (!targets->contains(name)) {
        const QStringList known = targets->keys();
        return Result<FlyTarget>::failure(
            tr("Concourse: %1 has no target '%2' (%3); run `fly -t %2 login -c <address>` or "
               "correct the fly target in the connection settings.")
                .arg(path, name,
                     known.isEmpty() ? tr("it has none")
                                     : tr("it has %1").arg(known.join(QLatin1String(", ")))));
    }
    return targets->value(name);
}

Result<ConcourseBearer> ConcourseSignInToken::read(const ConcourseConnection &connection,
                                                   const QDateTime &now)
{
    ConcourseBearer bearer;
    if (connection.signIn == ConcourseSignIn::Fly) {
        const Result<FlyTarget> target = flyTarget(connection);
        if (!target)
            return target.failure();
        const QUrl api(target->api);
        if (withoutTrailingSlash(api) != withoutTrailingSlash(connection.baseUrl) ||
            target->team != connection.team) {
            return Result<ConcourseBearer>::failure(
                tr("Concourse: fly target '%1' points at %2, team %3, but the connection at %4, "
                   "team %5; clear the address and team to use the target's, or choose the "
                   "target that matches.")
                    .arg(connection.flyTarget, api.toDisplayString(QUrl::RemoveUserInfo),
                         target->team, connection.baseUrl.toDisplayString(QUrl::RemoveUserInfo),
                         connection.team));
        }
        if (target->tokenValue.isEmpty()) {
            return Result<ConcourseBearer>::failure(unauthorized(
                tr("You are not signed in to Concourse with fly target '%1': run `fly -t %1 "
                   "login` and sync again.")
                    .arg(connection.flyTarget)));
        }
        if (target->tokenType.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0) {
            return Result<ConcourseBearer>::failure(
                tr("Concourse: fly target '%1' holds a token of type \"%2\", not a bearer "
                   "token; run `fly -t %1 login` again.")
                    .arg(connection.flyTarget, target->tokenType));
        }
        bearer.token = target->tokenValue;
    } else {
        bearer.token = connection.token.trimmed();
    }
    bearer.expires = jwtExpiry(bearer.token);
    if (bearer.expires.isValid() && bearer.expires <= now)
        return Result<ConcourseBearer>::failure(expired(connection));
    return bearer;
}

QDateTime ConcourseSignInToken::jwtExpiry(const QString &token)
{
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3)
        return {};
    const QByteArray payload = QByteArray::fromBase64(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonValue exp = QJsonDocument::fromJson(payload).object().value(QLatin1String("exp"));
    if (!exp.isDouble())
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
}

Error ConcourseSignInToken::expired(const ConcourseConnection &connection)
{
    if (connection.signIn == ConcourseSignIn::Fly) {
        return unauthorized(tr("Your Concourse sign-in for target '%1' has expired: run `fly -t "
                               "%1 login` and sync again.")
                                .arg(connection.flyTarget));
    }
    return unauthorized(tr("Your Concourse token has expired or was refused: paste a new token "
                           "in the connection settings and sync again."));
}

} // namespace ReleaseDesk
