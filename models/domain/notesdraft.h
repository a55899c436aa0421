#pragma once

#include "models/domain/domain.h"
#include "models/lifecycle/lifecycle.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ReleaseDesk {

// What the release-notes form edits: the template's text fields and, for each
// service the release ships, the version it ships and how it is deployed.
struct NotesDraft
{
    ReleaseNotes notes;
    QList<ReleaseService> services;
    friend bool operator==(const NotesDraft &, const NotesDraft &) = default;
};

// The team's release-notes template as rules a form can apply while someone
// types: where each field starts from, what is still missing (in Lifecycle's
// words, so the form and the gate never disagree), and whether the versions
// agree with what the pipelines built and what Jira says. Pure functions.
class NotesTemplate
{
    Q_DECLARE_TR_FUNCTIONS(NotesTemplate)

public:
    // The release's notes and services as they are stored.
    static NotesDraft draftOf(const Release &release);
    // The stored draft with its empty fields filled from what is known: the
    // description from the tasks, each deployment type from the services'
    // catalogue, the backout plan from the builds. Filled-in fields are kept.
    static NotesDraft prefill(const Release &release, const QList<Change> &tasks,
                              const QList<PipelineBuild> &builds, const QList<Service> &catalogue);
    // `release` as it would be once `draft` is saved; the published page's
    // id and link are kept. Versions and deployment types are trimmed.
    static Release applied(const Release &release, const NotesDraft &draft);

    // One line per task, "CHS-1234 Paginate the filing history".
    static QString taskLines(const QList<Change> &tasks);
    // The version of `service` running before `shipped`: that of the newest
    // successful cidev-apply build of another version that ran before the
    // first build of `shipped`. nullopt when no such build is known.
    static std::optional<QString> liveVersion(const QString &service, const QString &shipped,
                                              const QList<PipelineBuild> &builds);
    // "Roll back <service> to <live version>", a line per service whose live
    // version is known.
    static QString backoutPlan(const QList<ReleaseService> &services,
                               const QList<PipelineBuild> &builds);
    // The services whose live version is not known and that the backout plan
    // does not mention: the plan cannot have been pre-filled for them.
    static QStringList backoutFlags(const NotesDraft &draft, const QList<PipelineBuild> &builds);

    // What the notes still lack, field by field: the NotesPublished gate's
    // gaps without the page, which publishing makes.
    static QList<NotesGap> gaps(const Release &release, const NotesDraft &draft);
    // Each service's version against its pipelines' successful builds and
    // against the Jira fix version of its tasks. A fix version agrees when it
    // is the version, the service and the version, or the release's name.
    static QStringList versionMismatches(const Release &release, const NotesDraft &draft,
                                         const QList<Change> &tasks,
                                         const QList<PipelineBuild> &builds);
};

} // namespace ReleaseDesk
