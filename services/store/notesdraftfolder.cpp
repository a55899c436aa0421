#include "services/store/notesdraftfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ReleaseDesk {
namespace {

// The version of the file format; a file of another version is not guessed at.
constexpr int formatVersion = 1;

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Each text field must be a string when present; absent reads as empty.
bool readText(const QJsonObject &object, QLatin1String name, QString &into)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined())
        return true;
    if (!value.isString())
        return false;
    into = value.toString();
    return true;
}

} // namespace

NotesDraftFolder::NotesDraftFolder(const QString &profileDirectory)
    : m_directory(QDir(profileDirectory).filePath(QStringLiteral("drafts")))
{}

QString NotesDraftFolder::path(qint64 releaseId) const
{
    return QDir(m_directory).filePath(QString::number(releaseId) + u".json");
}

QByteArray NotesDraftFolder::toJson(qint64 releaseId, const KeptDraft &kept)
{
    const ReleaseNotes &notes = kept.draft.notes;
    QJsonArray services;
    for (const ReleaseService &service : kept.draft.services) {
        services.append(QJsonObject{{QLatin1String("service"), service.service},
                                    {QLatin1String("version"), service.version},
                                    {QLatin1String("deploymentType"), service.deploymentType}});
    }
    const QJsonObject root{
        {QLatin1String("format"), formatVersion},
        {QLatin1String("releaseId"), QString::number(releaseId)},
        {QLatin1String("kept"), kept.kept.toUTC().toString(Qt::ISODateWithMs)},
        {QLatin1String("description"), notes.description},
        {QLatin1String("backoutPlan"), notes.backoutPlan},
        {QLatin1String("configChanges"), notes.configChanges},
        {QLatin1String("noConfigChanges"), notes.noConfigChanges},
        {QLatin1String("services"), services},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<KeptDraft> NotesDraftFolder::fromJson(const QByteArray &json)
{
    const auto failure = [](const QString &why) { return Result<KeptDraft>::failure(why); };
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return failure(
            tr("it is not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        return failure(tr("it is not a JSON object"));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toInt() != formatVersion) {
        return failure(tr("it has format %1, not %2")
                           .arg(root.value(QLatin1String("format")).toVariant().toString())
                           .arg(formatVersion));
    }
    KeptDraft kept;
    kept.kept =
        QDateTime::fromString(root.value(QLatin1String("kept")).toString(), Qt::ISODateWithMs);
    if (!kept.kept.isValid())
        return failure(tr("it does not say when it was kept"));
    ReleaseNotes &notes = kept.draft.notes;
    const QJsonValue none = root.value(QLatin1String("noConfigChanges"));
    if (!readText(root, QLatin1String("description"), notes.description) ||
        !readText(root, QLatin1String("backoutPlan"), notes.backoutPlan) ||
        !readText(root, QLatin1String("configChanges"), notes.configChanges) ||
        !(none.isUndefined() || none.isBool()))
        return failure(tr("a field of the notes has the wrong type"));
    notes.noConfigChanges = none.toBool();
    for (const QJsonValue &value : root.value(QLatin1String("services")).toArray()) {
        const QJsonObject object = value.toObject();
        ReleaseService service;
        if (!value.isObject() || !readText(object, QLatin1String("service"), service.service) ||
            !readText(object, QLatin1String("version"), service.version) ||
            !readText(object, QLatin1String("deploymentType"), service.deploymentType) ||
            service.service.isEmpty())
            return failure(tr("a service in it is not a service name with a version and a "
                              "deployment type"));
        kept.draft.services << service;
    }
    return kept;
}

Result<std::optional<KeptDraft>> NotesDraftFolder::draft(qint64 releaseId) const
{
    using Found = Result<std::optional<KeptDraft>>;
    QFile file(path(releaseId));
    if (!file.exists())
        return Found(std::nullopt);
    if (!file.open(QIODevice::ReadOnly)) {
        return Found::failure(tr("The draft notes in %1 could not be read: %2")
                                  .arg(file.fileName(), file.errorString()));
    }
    const auto kept = fromJson(file.readAll());
    if (!kept) {
        return Found::failure(tr("The draft notes in %1 could not be read: %2. The file is left "
                                 "as it is; move it away to start a new draft.")
                                  .arg(file.fileName(), kept.error()));
    }
    return Found(kept.value());
}

Status NotesDraftFolder::keep(qint64 releaseId, const KeptDraft &draft)
{
    const auto failed = [&](const QString &why) {
        return Status::failure(
            tr("The draft notes could not be kept in %1: %2").arg(path(releaseId), why));
    };
    if (!QFileInfo::exists(m_directory)) {
        if (!QDir().mkpath(m_directory))
            return failed(tr("the folder could not be created"));
        QFile::setPermissions(m_directory, ownerOnly | QFileDevice::ExeOwner);
    }
    QSaveFile file(path(releaseId));
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    file.setPermissions(ownerOnly);
    file.write(toJson(releaseId, draft));
    if (!file.commit())
        return failed(file.errorString());
    return success();
}

Status NotesDraftFolder::remove(qint64 releaseId)
{
    QFile file(path(releaseId));
    if (!file.exists() || file.remove())
        return success();
    return Status::failure(tr("The draft notes in %1 could not be removed: %2")
                               .arg(file.fileName(), file.errorString()));
}

} // namespace ReleaseDesk
