#include "models/usecases/releaserequests.h"

#include "models/formats/slackformat.h"
#include "models/formats/storageformat.h"
#include "models/formats/verdictcomment.h"
#include "models/lifecycle/lifecycle.h"
#include "models/usecases/releaseworkflow.h"

#include <QCryptographicHash>
#include <QUrl>

#include <algorithm>

namespace ReleaseDesk {

namespace {

// A request's entry that is still on its way or waits for a person.
bool isOpen(OutboxState state)
{
    return state == OutboxState::Pending || state == OutboxState::Sending ||
           state == OutboxState::Failed;
}

QString serviceList(const Release &release)
{
    QStringList services;
    for (const ReleaseService &service : release.services)
        services << service.service + u' ' + service.version;
    return services.join(QStringLiteral(", "));
}

// What each request writes, under which purpose, and how people call it.
struct RequestSpec
{
    OutboxKind kind;
    QString purpose;
    QString why;
};

RequestSpec spec(ReleaseRequests::Request request)
{
    using Request = ReleaseRequests::Request;
    switch (request) {
    case Request::PublishNotes:
        return {OutboxKind::ConfluencePublish, QStringLiteral("notes"),
                ReleaseRequests::tr("Publishing the release notes to Confluence")};
    case Request::RaiseChange:
        return {OutboxKind::ServiceNowChange, QStringLiteral("change"),
                ReleaseRequests::tr("Raising the change ticket in ServiceNow")};
    case Request::RequestStaging:
        return {OutboxKind::SlackPost, OutboxPayloads::toKey(SlackPurpose::StagingRequest),
                ReleaseRequests::tr("Requesting staging in the release channel")};
    case Request::RequestLive:
        return {OutboxKind::SlackPost, OutboxPayloads::toKey(SlackPurpose::LiveRequest),
                ReleaseRequests::tr("Requesting live in the release channel")};
    }
    Q_UNREACHABLE();
}

} // namespace

ReleaseRequests::ReleaseRequests(ReleaseStore &store, const Clock &clock)
    : m_store(store), m_clock(clock)
{}

Status ReleaseRequests::check(Request request, const Release &release)
{
    if (isTerminal(release.stage)) {
        return Status::failure(tr("Release %1 is %2; its record is closed.")
                                   .arg(release.name, toTitle(release.stage).toLower()));
    }
    switch (request) {
    case Request::PublishNotes:
        if (const QStringList blockers = notesPublishBlockers(release); !blockers.isEmpty())
            return Status::failure(blockers.join(u' '));
        return success();
    case Request::RaiseChange:
        if (release.stage < Stage::NotesPublished || release.notes.pageUrl.isEmpty()) {
            return Status::failure(tr("The release notes of %1 are not published yet; the "
                                      "change ticket links to them.")
                                       .arg(release.name));
        }
        return success();
    case Request::RequestStaging:
        if (release.stage < Stage::TicketRaised)
            return Status::failure(tr("Release %1 is in %2: staging is requested once the "
                                      "change ticket is raised.")
                                       .arg(release.name, toTitle(release.stage)));
        if (release.stage > Stage::TicketRaised)
            return Status::failure(
                tr("Staging has already been requested for release %1.").arg(release.name));
        return success();
    case Request::RequestLive:
        if (release.stage < Stage::StagingPassed)
            return Status::failure(tr("Release %1 is in %2: live is requested once staging "
                                      "has passed.")
                                       .arg(release.name, toTitle(release.stage)));
        if (release.stage > Stage::StagingPassed)
            return Status::failure(
                tr("Live has already been requested for release %1.").arg(release.name));
        return success();
    }
    Q_UNREACHABLE();
}

std::optional<OutboxEntry> ReleaseRequests::waitingEntry(Request request, const Release &release,
                                                         const QList<OutboxEntry> &entries)
{
    const RequestSpec what = spec(request);
    const QString prefix = OutboxPayloads::keyPrefix(what.kind, release.name, what.purpose);
    for (const OutboxEntry &entry : entries) {
        if (entry.idempotencyKey.startsWith(prefix) && isOpen(entry.state))
            return entry;
    }
    return std::nullopt;
}

Status ReleaseRequests::queue(qint64 releaseId, const QString &actor, Request request,
                              const Build &build)
{
    if (auto status = ReleaseWorkflow::requireActor(actor); !status)
        return status;
    using Writes = Result<ReleaseWrites>;
    // Checked and queued against the release as stored when the write begins:
    // the unchanged release saved with the entry must not undo another desk's move.
    const auto queuedFor = m_store.editRelease(releaseId, [&](Release &release) -> Writes {
        if (auto allowed = check(request, release); !allowed)
            return allowed.failure();
        const auto payload = build(release);
        if (!payload)
            return payload.failure();

        const RequestSpec what = spec(request);
        const auto entries = m_store.outboxEntries();
        if (!entries)
            return entries.failure();
        if (const auto waiting = waitingEntry(request, release, entries.value())) {
            return Writes::failure(tr("%1 is already in the outbox for release %2 (entry %3, %4).")
                                       .arg(what.why, release.name, QString::number(waiting->id),
                                            toTitle(waiting->state).toLower()));
        }
        const QString prefix = OutboxPayloads::keyPrefix(what.kind, release.name, what.purpose);
        const auto earlier =
            std::count_if(entries->cbegin(), entries->cend(), [&](const OutboxEntry &e) {
                return e.idempotencyKey.startsWith(prefix);
            });

        const QDateTime now = m_clock.now();
        const OutboxEntry entry = OutboxPayloads::entry(
            payload.value(), release.id,
            OutboxPayloads::idempotencyKey(what.kind, release.name, what.purpose, int(earlier) + 1),
            now);
        AuditEvent queued;
        queued.releaseId = release.id;
        queued.actor = actor.trimmed();
        queued.at = now;
        queued.action = AuditAction::Queued;
        queued.why = what.why;
        return ReleaseWrites{{queued}, {entry}};
    });
    return queuedFor ? success() : queuedFor.failure();
}

Status ReleaseRequests::publishNotes(qint64 releaseId, const QString &actor)
{
    const auto build = [this](const Release &release) -> Result<OutboxPayload> {
        const auto changes = m_store.changes();
        if (!changes)
            return changes.failure();
        return OutboxPayload(PublishPagePayload{
            StorageFormat::pageTitle(release.name),
            StorageFormat::releaseNotesPage(release, tasksOf(release, changes.value()))});
    };
    return queue(releaseId, actor, Request::PublishNotes, build);
}

QStringList ReleaseRequests::notesPublishBlockers(const Release &release)
{
    if (release.stage < Stage::ReadyForStaging) {
        return {tr("Release %1 is in %2: its notes are published once it is ready for staging.")
                    .arg(release.name, toTitle(release.stage))};
    }
    // The gate also asks for the page, which is what this write makes.
    Release published = release;
    published.notes.pageId = QStringLiteral("(being published)");
    return Lifecycle::gate(Stage::NotesPublished, {published, {}, {}}).blockers;
}

QList<Change> ReleaseRequests::tasksOf(const Release &release, const QList<Change> &changes)
{
    QList<Change> tasks;
    for (const QString &key : release.taskKeys) {
        const auto found = std::find_if(changes.cbegin(), changes.cend(),
                                        [&](const Change &c) { return c.key == key; });
        if (found != changes.cend())
            tasks << *found;
    }
    return tasks;
}

Status ReleaseRequests::raiseChange(qint64 releaseId, const QString &actor)
{
    return queue(releaseId, actor, Request::RaiseChange, [](const Release &release) {
        return Result<OutboxPayload>(changeRequest(release));
    });
}

Status ReleaseRequests::requestStaging(qint64 releaseId, const QString &actor)
{
    return queue(releaseId, actor, Request::RequestStaging, [](const Release &release) {
        return Result<OutboxPayload>(SlackPostPayload{
            SlackFormat::stagingRequest(release, QUrl(release.notes.pageUrl), release.changeTicket),
            {},
            SlackPurpose::StagingRequest});
    });
}

Status ReleaseRequests::requestLive(qint64 releaseId, const QString &actor)
{
    return queue(releaseId, actor, Request::RequestLive, [](const Release &release) {
        return Result<OutboxPayload>(SlackPostPayload{
            SlackFormat::liveRequest(release, QUrl(release.notes.pageUrl), release.changeTicket),
            {},
            SlackPurpose::LiveRequest});
    });
}

RaiseChangePayload ReleaseRequests::changeRequest(const Release &release)
{
    // The release team's wording, in English like the notes page: a contract
    // with the team, not the app's own text.
    QStringList deployments;
    for (const ReleaseService &service : release.services)
        deployments << QStringLiteral("Deploy %1 %2 (%3).")
                           .arg(service.service, service.version, service.deploymentType);
    deployments << (release.notes.noConfigChanges
                        ? QStringLiteral("No config changes.")
                        : QStringLiteral("Config changes: ") + release.notes.configChanges);
    const QString tasks = release.taskKeys.join(QStringLiteral(", "));

    RaiseChangePayload change;
    change.correlationId = correlationId(release.name);
    change.shortDescription =
        QStringLiteral("Release %1: %2").arg(release.name, serviceList(release));
    change.description = release.notes.description + QStringLiteral("\n\nRelease notes: ") +
                         release.notes.pageUrl + QStringLiteral("\nTasks: ") + tasks;
    change.backoutPlan = release.notes.backoutPlan;
    change.implementationPlan = deployments.join(u'\n');
    change.testPlan = QStringLiteral("Each task is tested in CI-Dev and again in staging before "
                                     "the release is requested for live: ") +
                      tasks + u'.';
    return change;
}

QList<OutboxEntry> ReleaseRequests::verdictWrites(const TestResult &verdict, qint64 releaseId,
                                                  const QString &toStatus,
                                                  const QString &transition)
{
    const auto entry = [&](const OutboxPayload &payload, const QString &purpose) {
        return OutboxPayloads::entry(
            payload, releaseId,
            OutboxPayloads::idempotencyKey(OutboxPayloads::kind(payload), verdict.ref, purpose, 1),
            verdict.at);
    };
    QList<OutboxEntry> writes{
        entry(JiraVerdictPayload{verdict.taskKey, verdict.ref, VerdictComment::text(verdict),
                                 toStatus, toStatus.isEmpty() ? QString() : transition},
              toKey(verdict.outcome))};
    if (verdict.outcome == TestOutcome::Failed) {
        writes << entry(SlackPostPayload{SlackFormat::testFailure(verdict, toStatus),
                                         {},
                                         SlackPurpose::TestFailure,
                                         {},
                                         verdict.taskKey},
                        OutboxPayloads::toKey(SlackPurpose::TestFailure));
    }
    return writes;
}

QString ReleaseRequests::correlationId(const QString &releaseName)
{
    constexpr qsizetype fieldLength = 100; // correlation_id's max_length in ServiceNow
    constexpr qsizetype hashDigits = 12;
    QString whole = correlationPrefix() + releaseName;
    if (whole.size() <= fieldLength)
        return whole;
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(releaseName.toUtf8(), QCryptographicHash::Sha1).toHex());
    QString head = whole.left(fieldLength - 1 - hashDigits);
    // Half a character would not read back the same.
    if (head.back().isHighSurrogate())
        head.chop(1);
    return head + u'~' + hash.left(hashDigits);
}

} // namespace ReleaseDesk
