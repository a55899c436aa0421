#include "concourseparse.h"

#include "models/enums.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace ReleaseDesk {
namespace {

QString missing(const QString &what, const QString &field, const QString &type)
{
    return ConcourseParse::tr("Concourse %1: the field \"%2\" is missing or not %3.")
        .arg(what, field, type);
}

// A number field, which Qt reads as a double; only whole numbers are accepted.
std::optional<qint64> integerField(const QJsonObject &object, QLatin1String field)
{
    const QJsonValue value = object.value(field);
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number != double(qint64(number)))
        return std::nullopt;
    return qint64(number);
}

// The version in one resource entry, as its resource type reports it.
QString versionField(const QJsonObject &entry, QLatin1String field)
{
    return entry.value(QLatin1String("version")).toObject().value(field).toString();
}

QString findVersion(const QJsonArray &entries, QLatin1String name, QLatin1String field)
{
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QLatin1String("name")).toString() == name)
            return versionField(entry, field);
    }
    return {};
}

} // namespace

Result<ConcourseToken> ConcourseParse::token(const QJsonDocument &document)
{
    const QString what = tr("login");
    if (!document.isObject())
        return Result<ConcourseToken>::failure(tr("Concourse login: the answer is not a JSON object."));
    const QJsonObject object = document.object();
    ConcourseToken token;
    token.accessToken = object.value(QLatin1String("access_token")).toString();
    if (token.accessToken.isEmpty())
        return Result<ConcourseToken>::failure(missing(what, QStringLiteral("access_token"), tr("a text")));
    const auto expiresIn = integerField(object, QLatin1String("expires_in"));
    if (!expiresIn || *expiresIn <= 0)
        return Result<ConcourseToken>::failure(
            missing(what, QStringLiteral("expires_in"), tr("a positive number")));
    token.expiresInSeconds = *expiresIn;
    return token;
}

Result<QString> ConcourseParse::serverVersion(const QJsonDocument &document)
{
    const QString version = document.object().value(QLatin1String("version")).toString();
    if (version.isEmpty())
        return Result<QString>::failure(missing(tr("info"), QStringLiteral("version"), tr("a text")));
    return version;
}

Result<PipelineBuild> ConcourseParse::build(const QJsonValue &value, const QString &service)
{
    const QString what = tr("build");
    if (!value.isObject())
        return Result<PipelineBuild>::failure(tr("Concourse build: an entry is not a JSON object."));
    const QJsonObject object = value.toObject();
    PipelineBuild build;
    build.service = service;

    const auto id = integerField(object, QLatin1String("id"));
    if (!id)
        return Result<PipelineBuild>::failure(missing(what, QStringLiteral("id"), tr("a number")));
    build.id = *id;

    const QJsonValue name = object.value(QLatin1String("name"));
    if (!name.isString())
        return Result<PipelineBuild>::failure(missing(what, QStringLiteral("name"), tr("a text")));
    build.name = name.toString();

    const QString jobName = object.value(QLatin1String("job_name")).toString();
    const auto job = fromKey<PipelineJob>(jobName);
    if (!job) {
        return Result<PipelineBuild>::failure(
            missing(what, QStringLiteral("job_name"), tr("a known job")));
    }
    build.job = *job;

    const auto status = fromKey<BuildStatus>(object.value(QLatin1String("status")).toString());
    if (!status) {
        return Result<PipelineBuild>::failure(
            missing(what, QStringLiteral("status"), tr("a known status")));
    }
    build.status = *status;

    // Absent until the build starts or ends; present, it must be a number.
    const auto time = [&](QLatin1String field, QDateTime &into) {
        if (!object.contains(field) || object.value(field).isNull())
            return true;
        const auto seconds = integerField(object, field);
        if (!seconds)
            return false;
        into = QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);
        return true;
    };
    if (!time(QLatin1String("start_time"), build.started))
        return Result<PipelineBuild>::failure(missing(what, QStringLiteral("start_time"), tr("a number")));
    if (!time(QLatin1String("end_time"), build.finished))
        return Result<PipelineBuild>::failure(missing(what, QStringLiteral("end_time"), tr("a number")));
    return build;
}

Result<QList<PipelineBuild>> ConcourseParse::builds(const QJsonDocument &document,
                                                    const QString &service)
{
    if (!document.isArray())
        return Result<QList<PipelineBuild>>::failure(
            tr("Concourse builds: the answer is not a JSON array."));
    QList<PipelineBuild> builds;
    for (const QJsonValue &value : document.array()) {
        auto build = ConcourseParse::build(value, service);
        if (!build)
            return Result<QList<PipelineBuild>>::failure(build.error());
        builds.append(std::move(build).value());
    }
    return builds;
}

Result<QString> ConcourseParse::buildVersion(const QJsonDocument &document)
{
    const QJsonObject object = document.object();
    const QJsonValue inputs = object.value(QLatin1String("inputs"));
    const QJsonValue outputs = object.value(QLatin1String("outputs"));
    // Go encodes an empty slice as null or [], depending on how it was made.
    const auto listOrNull = [](const QJsonValue &value) { return value.isArray() || value.isNull(); };
    if (!document.isObject() || !listOrNull(inputs) || !listOrNull(outputs)) {
        return Result<QString>::failure(
            missing(tr("build resources"), QStringLiteral("inputs/outputs"), tr("a list")));
    }
    QString version = findVersion(outputs.toArray(), QLatin1String("image"), QLatin1String("tag"));
    if (version.isEmpty())
        version = findVersion(inputs.toArray(), QLatin1String("version"), QLatin1String("number"));
    if (version.isEmpty())
        version = findVersion(inputs.toArray(), QLatin1String("image"), QLatin1String("tag"));
    return version;
}

QUrl ConcourseParse::nextPage(const QList<std::pair<QByteArray, QByteArray>> &headers,
                              const QUrl &base)
{
    static const QRegularExpression link(
        QStringLiteral(R"(<([^>]*)>\s*((?:;\s*[^;,]+)*))"));
    static const QRegularExpression relNext(QStringLiteral(R"(;\s*rel\s*=\s*"?next"?)"),
                                            QRegularExpression::CaseInsensitiveOption);
    for (const auto &[name, value] : headers) {
        if (name.compare("link", Qt::CaseInsensitive) != 0)
            continue;
        auto matches = link.globalMatch(QString::fromUtf8(value));
        while (matches.hasNext()) {
            const auto match = matches.next();
            if (relNext.match(match.captured(2)).hasMatch())
                return base.resolved(QUrl(match.captured(1)));
        }
    }
    return {};
}

QString ConcourseParse::serverErrorText(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        const QString error = object.value(QLatin1String("error")).toString();
        const QString description = object.value(QLatin1String("error_description")).toString();
        if (!error.isEmpty() && !description.isEmpty())
            return QStringLiteral("%1 (%2)").arg(description, error);
        return error.isEmpty() ? description : error;
    }
    // Concourse's handlers answer short plain text; anything long is a page, not a message.
    const QString text = QString::fromUtf8(body).trimmed();
    if (text.isEmpty() || text.size() > 300 || text.startsWith(u'<'))
        return {};
    return text;
}

} // namespace ReleaseDesk
