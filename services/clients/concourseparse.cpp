#include "concourseparse.h"

#include "jsonfields.h"
#include "linkheader.h"
#include "models/domain/enums.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ReleaseDesk {
namespace {

// The client shows a parse error on its own, so each names the answer it came from.
QString failure(const QString &what, const QString &problem)
{
    return ConcourseParse::tr("Concourse %1: %2.").arg(what, problem);
}

// A text field naming one of an enum's keys; `problem` names the field when it is another.
template <typename Enum>
Enum keyField(JsonFields &fields, const QJsonObject &object, QLatin1String name,
              const QString &problem)
{
    const auto value = fromKey<Enum>(fields.string(object, {}, name));
    if (!value && !fields.failed())
        fields.fail(problem.arg(name));
    return value.value_or(Enum{});
}

// The version in one resource entry, as its resource type reports it.
QString versionField(const QJsonObject &entry, QLatin1String field)
{
    return entry.value(QLatin1String("version")).toObject().value(field).toString();
}

QString findVersion(const QJsonArray &entries, const QString &name, QLatin1String field)
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
    JsonFields fields;
    const QJsonObject object = fields.root(document);
    ConcourseToken token;
    token.accessToken = fields.string(object, {}, QLatin1String("access_token"));
    token.expiresInSeconds = fields.integer(object, {}, QLatin1String("expires_in"));
    if (!fields.failed() && token.accessToken.isEmpty())
        fields.fail(tr("the field '%1' is empty").arg(QLatin1String("access_token")));
    if (!fields.failed() && token.expiresInSeconds <= 0)
        fields.fail(tr("the field '%1' is not a positive number").arg(QLatin1String("expires_in")));
    if (fields.failed())
        return Result<ConcourseToken>::failure(failure(tr("login"), fields.error()));
    return token;
}

Result<QString> ConcourseParse::serverVersion(const QJsonDocument &document)
{
    JsonFields fields;
    const QString version = fields.string(fields.root(document), {}, QLatin1String("version"));
    if (!fields.failed() && version.isEmpty())
        fields.fail(tr("the field '%1' is empty").arg(QLatin1String("version")));
    if (fields.failed())
        return Result<QString>::failure(failure(tr("info"), fields.error()));
    return version;
}

Result<QStringList> ConcourseParse::pipelineNames(const QJsonDocument &document)
{
    JsonFields fields;
    const QJsonArray pipelines = fields.rootList(document);
    QStringList names;
    for (qsizetype i = 0; i < pipelines.size() && !fields.failed(); ++i) {
        const QString path = JsonFields::at(QString(), i);
        const QJsonObject pipeline = fields.element(pipelines, i, QString());
        const QString name = fields.string(pipeline, path, QLatin1String("name"));
        if (!fields.failed() && !fields.boolean(pipeline, path, QLatin1String("archived")))
            names << name;
    }
    if (fields.failed())
        return Result<QStringList>::failure(failure(tr("pipelines"), fields.error()));
    return names;
}

Result<QList<ConcourseJob>> ConcourseParse::jobs(const QJsonDocument &document)
{
    JsonFields fields;
    const QJsonArray list = fields.rootList(document);
    QList<ConcourseJob> jobs;
    for (qsizetype i = 0; i < list.size() && !fields.failed(); ++i) {
        const QString path = JsonFields::at(QString(), i);
        const QJsonObject object = fields.element(list, i, QString());
        ConcourseJob job;
        job.name = fields.string(object, path, QLatin1String("name"));
        // Each is null (or left out) until the job has such a build.
        const auto buildId = [&](QLatin1String name) {
            const QJsonObject build = fields.object(object, path, name, JsonFields::Optional);
            return build.isEmpty()
                       ? 0
                       : fields.integer(build, JsonFields::join(path, name), QLatin1String("id"));
        };
        job.finishedBuildId = buildId(QLatin1String("finished_build"));
        job.nextBuildId = buildId(QLatin1String("next_build"));
        jobs << job;
    }
    if (fields.failed())
        return Result<QList<ConcourseJob>>::failure(failure(tr("jobs"), fields.error()));
    return jobs;
}

Result<PipelineBuild> ConcourseParse::build(const QJsonValue &value, const QString &service,
                                            const ConcourseSettings &conventions)
{
    if (!value.isObject())
        return Result<PipelineBuild>::failure(
            tr("Concourse build: an entry is not a JSON object."));
    const QJsonObject object = value.toObject();
    JsonFields fields;
    PipelineBuild build;
    build.service = service;
    build.id = fields.integer(object, {}, QLatin1String("id"));
    build.name = fields.string(object, {}, QLatin1String("name"));

    const QLatin1String jobField("job_name");
    const auto job = conventions.jobNamed(fields.string(object, {}, jobField));
    if (!job && !fields.failed())
        fields.fail(tr("the field '%1' is not a known job").arg(jobField));
    build.job = job.value_or(PipelineJob{});
    build.status = keyField<BuildStatus>(fields, object, QLatin1String("status"),
                                         tr("the field '%1' is not a known status"));

    // Absent or null until the build starts or ends.
    const auto time = [&](QLatin1String field, QDateTime &into) {
        const qint64 seconds = fields.integer(object, {}, field, JsonFields::Optional);
        const QJsonValue value = object.value(field);
        if (!fields.failed() && !value.isUndefined() && !value.isNull())
            into = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    };
    time(QLatin1String("start_time"), build.started);
    time(QLatin1String("end_time"), build.finished);
    if (fields.failed())
        return Result<PipelineBuild>::failure(failure(tr("build"), fields.error()));
    return build;
}

Result<QList<PipelineBuild>> ConcourseParse::builds(const QJsonDocument &document,
                                                    const QString &service,
                                                    const ConcourseSettings &conventions)
{
    if (!document.isArray())
        return Result<QList<PipelineBuild>>::failure(
            tr("Concourse builds: the answer is not a JSON array."));
    QList<PipelineBuild> builds;
    for (const QJsonValue &value : document.array()) {
        auto build = ConcourseParse::build(value, service, conventions);
        if (!build)
            return build.failure();
        builds.append(std::move(build).value());
    }
    return builds;
}

Result<QString> ConcourseParse::buildVersion(const QJsonDocument &document,
                                             const QString &versionResource)
{
    JsonFields fields;
    const QJsonObject object = fields.root(document);
    // Go encodes an empty slice as null or [], depending on how it was made.
    const QJsonArray inputs =
        fields.array(object, {}, QLatin1String("inputs"), JsonFields::Optional);
    const QJsonArray outputs =
        fields.array(object, {}, QLatin1String("outputs"), JsonFields::Optional);
    if (fields.failed())
        return Result<QString>::failure(failure(tr("build resources"), fields.error()));
    const QString image = QStringLiteral("image");
    QString version = findVersion(outputs, image, QLatin1String("tag"));
    if (version.isEmpty())
        version = findVersion(inputs, versionResource, QLatin1String("number"));
    if (version.isEmpty())
        version = findVersion(inputs, image, QLatin1String("tag"));
    return version;
}

QUrl ConcourseParse::nextPage(const QList<std::pair<QByteArray, QByteArray>> &headers,
                              const QUrl &base)
{
    return LinkHeader::target(headers, QStringLiteral("next"), base);
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
