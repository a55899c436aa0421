#include "models/domain/notesdraft.h"

#include <QMap>

#include <algorithm>

namespace ReleaseDesk {
namespace {

const PipelineBuild *newest(const PipelineBuild *current, const PipelineBuild &candidate)
{
    return !current || candidate.id > current->id ? &candidate : current;
}

bool fixVersionAgrees(const QString &fixVersion, const QString &service, const QString &version,
                      const QString &releaseName)
{
    return fixVersion == version || fixVersion == releaseName ||
           fixVersion == service + u' ' + version || fixVersion == service + u'-' + version;
}

} // namespace

NotesDraft NotesTemplate::draftOf(const Release &release)
{
    NotesDraft draft{release.notes, release.services};
    // The page is the published copy's; the form neither shows nor edits it.
    draft.notes.pageId.clear();
    draft.notes.pageUrl.clear();
    return draft;
}

NotesDraft NotesTemplate::prefill(const Release &release, const QList<Change> &tasks,
                                  const QList<PipelineBuild> &builds,
                                  const QList<Service> &catalogue)
{
    NotesDraft draft = draftOf(release);
    if (draft.notes.description.trimmed().isEmpty())
        draft.notes.description = taskLines(tasks);
    for (ReleaseService &shipped : draft.services) {
        if (!shipped.deploymentType.trimmed().isEmpty())
            continue;
        const auto known =
            std::find_if(catalogue.cbegin(), catalogue.cend(),
                         [&](const Service &service) { return service.name == shipped.service; });
        if (known != catalogue.cend())
            shipped.deploymentType = known->deploymentType;
    }
    if (draft.notes.backoutPlan.trimmed().isEmpty())
        draft.notes.backoutPlan = backoutPlan(draft.services, builds);
    return draft;
}

Release NotesTemplate::applied(const Release &release, const NotesDraft &draft)
{
    Release result = release;
    result.notes = draft.notes;
    result.notes.pageId = release.notes.pageId;
    result.notes.pageUrl = release.notes.pageUrl;
    for (ReleaseService &shipped : result.services) {
        const auto edited = std::find_if(
            draft.services.cbegin(), draft.services.cend(),
            [&](const ReleaseService &service) { return service.service == shipped.service; });
        if (edited == draft.services.cend())
            continue;
        shipped.version = edited->version.trimmed();
        shipped.deploymentType = edited->deploymentType.trimmed();
    }
    return result;
}

QString NotesTemplate::taskLines(const QList<Change> &tasks)
{
    QStringList lines;
    for (const Change &task : tasks)
        lines << QString(task.key + u' ' + task.summary).trimmed();
    return lines.join(u'\n');
}

std::optional<QString> NotesTemplate::liveVersion(const QString &service, const QString &shipped,
                                                  const QList<PipelineBuild> &builds)
{
    if (shipped.trimmed().isEmpty())
        return std::nullopt;
    // Concourse numbers builds in the order they start, so the first build of
    // the shipped version marks where "before" ends.
    const PipelineBuild *firstShipped = nullptr;
    for (const PipelineBuild &build : builds) {
        if (build.service == service && build.version == shipped &&
            (!firstShipped || build.id < firstShipped->id))
            firstShipped = &build;
    }
    const PipelineBuild *live = nullptr;
    for (const PipelineBuild &build : builds) {
        if (build.service != service || build.job != PipelineJob::CidevApply ||
            build.status != BuildStatus::Succeeded || build.version.isEmpty() ||
            build.version == shipped || (firstShipped && build.id > firstShipped->id))
            continue;
        live = newest(live, build);
    }
    if (!live)
        return std::nullopt;
    return live->version;
}

QString NotesTemplate::backoutPlan(const QList<ReleaseService> &services,
                                   const QList<PipelineBuild> &builds)
{
    // Like the page's headings, this is the release team's template text and
    // is written in English whatever the app's language.
    QStringList lines;
    for (const ReleaseService &shipped : services) {
        if (const auto live = liveVersion(shipped.service, shipped.version.trimmed(), builds))
            lines << QStringLiteral("Roll back %1 to %2").arg(shipped.service, *live);
    }
    return lines.join(u'\n');
}

QStringList NotesTemplate::backoutFlags(const NotesDraft &draft, const QList<PipelineBuild> &builds)
{
    QStringList flags;
    for (const ReleaseService &shipped : draft.services) {
        if (liveVersion(shipped.service, shipped.version.trimmed(), builds))
            continue;
        if (draft.notes.backoutPlan.contains(shipped.service, Qt::CaseInsensitive))
            continue;
        flags << tr("The version of %1 that is live now is not known (no earlier successful "
                    "cidev-apply build): say which version to roll back to.")
                     .arg(shipped.service);
    }
    return flags;
}

QList<NotesGap> NotesTemplate::gaps(const Release &release, const NotesDraft &draft)
{
    QList<NotesGap> gaps = Lifecycle::notesGaps(applied(release, draft));
    gaps.removeIf([](const NotesGap &gap) { return gap.field == NotesField::Page; });
    return gaps;
}

QStringList NotesTemplate::versionMismatches(const Release &release, const NotesDraft &draft,
                                             const QList<Change> &tasks,
                                             const QList<PipelineBuild> &builds)
{
    QStringList mismatches;
    for (const ReleaseService &shipped : draft.services) {
        const QString version = shipped.version.trimmed();
        if (version.isEmpty())
            continue;
        const PipelineBuild *latest = nullptr;
        bool built = false;
        for (const PipelineBuild &build : builds) {
            if (build.service != shipped.service || build.status != BuildStatus::Succeeded)
                continue;
            built = built || build.version == version;
            latest = newest(latest, build);
        }
        if (!latest) {
            mismatches << tr("%1 %2: the pipelines have no successful build of %1 at all.")
                              .arg(shipped.service, version);
        } else if (!built) {
            mismatches << tr("%1 %2 does not match the pipelines: their latest successful build "
                             "is %3 (%4 #%5).")
                              .arg(shipped.service, version, latest->version, toKey(latest->job),
                                   latest->name);
        }

        // The tasks that disagree, by the fix version they name.
        QMap<QString, QStringList> disagreeing;
        for (const Change &task : tasks) {
            if (task.service != shipped.service || task.fixVersion.isEmpty() ||
                fixVersionAgrees(task.fixVersion, shipped.service, version, release.name))
                continue;
            disagreeing[task.fixVersion] << task.key;
        }
        for (auto it = disagreeing.cbegin(); it != disagreeing.cend(); ++it) {
            mismatches << tr("%1 %2 does not match the Jira fix version %3 of %4.")
                              .arg(shipped.service, version, it.key(), it.value().join(u", "));
        }
    }
    return mismatches;
}

} // namespace ReleaseDesk
