#include "jirasync.h"

#include "models/formats/verdictcomment.h"

#include <QHash>

namespace ReleaseDesk {

JiraSync::JiraSync(SyncRun &run, HttpClient &http, const JiraConnection &connection,
                   JiraSettings settings)
    : SyncStep(run, RemoteSystem::Jira), m_client(http, searchConnection(connection)),
      m_settings(std::move(settings))
{}

QString JiraSync::signedInAccount(const RemoteCache &store)
{
    const auto stored = store.syncCursor(accountSource());
    return stored && stored.value() ? stored.value()->value : QString();
}

QTimeZone JiraSync::signedInTimeZone(const RemoteCache &store)
{
    const auto stored = store.syncCursor(accountZoneSource());
    const QString id = stored && stored.value() ? stored.value()->value : QString();
    // QTimeZone reads an empty id as this computer's own zone.
    const QTimeZone zone(id.toLatin1());
    return !id.isEmpty() && zone.isValid() ? zone : QTimeZone::utc();
}

JiraConnection JiraSync::searchConnection(JiraConnection connection)
{
    connection.pageSize = 100;
    connection.maxPages = 1000;
    return connection;
}

Result<JqlQuery> JiraSync::taskQuery(const JiraSettings &settings)
{
    const auto extra = JqlQuery::restriction(settings.jql);
    if (!extra)
        return Result<JqlQuery>::failure(tr("Jira connection: %1").arg(extra.error()));
    JqlQuery query;
    query.whereIn(Jql::Field::Project, settings.projects()).whereJql(extra.value());
    return query;
}

QDateTime JiraSync::readFrom(const QDateTime &since)
{
    return since.isValid() ? since.addSecs(-std::chrono::seconds(overlap).count()) : since;
}

Result<JqlQuery> JiraSync::query(const JiraSettings &settings, const QDateTime &since,
                                 const QTimeZone &userZone)
{
    const auto tasks = taskQuery(settings);
    if (!tasks)
        return tasks;
    return JiraClient::updatedSince(tasks.value(), readFrom(since), userZone);
}

void JiraSync::start(QObject *context, Done done)
{
    m_done = std::move(done);
    m_context = context;
    const auto stored = cursor(cursorSource());
    if (!stored)
        return fail(stored.error());
    if (stored.value())
        m_reached = QDateTime::fromString(stored.value()->value, Qt::ISODateWithMs);
    m_since = m_reached;
    if (const auto tasks = taskQuery(m_settings); !tasks)
        return fail(tasks.error());
    // The account and the fix versions side by side: fewer round trips. The
    // tasks wait for the account, as Jira reads the search's date in its zone.
    const QStringList projects = m_settings.projects();
    m_parts = 2 + int(projects.size());
    m_client.myself(context, [this, context](const Result<JiraAccount> &account) {
        // Who this desk acts as is the account Jira signs its writes with.
        if (!account) {
            m_errors << account.error();
            partDone(); // the tasks, never searched
            return partDone();
        }
        m_account = account->displayName;
        m_accountZone = account->timeZone;
        partDone();
        searchTasks(context);
    });
    readVersions(context);
}

void JiraSync::readVersions(QObject *context)
{
    // A release has a version in each project its tasks are in, where the
    // outbox makes them.
    const QStringList projects = m_settings.projects();
    m_versionsLeft = int(projects.size());
    for (const QString &project : projects) {
        m_client.projectVersions(project, context,
                                 [this](const Result<QList<JiraVersion>> &versions) {
                                     if (versions)
                                         m_versions << versions.value();
                                     else
                                         m_errors << versions.error();
                                     // Only all of them tell how far each release went.
                                     if (--m_versionsLeft == 0 && m_errors.isEmpty())
                                         m_run.versions = byName(m_versions);
                                     partDone();
                                 });
    }
}

QList<JiraVersion> JiraSync::byName(const QList<JiraVersion> &versions)
{
    QList<JiraVersion> merged;
    QHash<QString, qsizetype> index; // by case-folded name, as Jira keeps names unique
    for (const JiraVersion &version : versions) {
        const QString name = version.name.trimmed().toCaseFolded();
        if (!index.contains(name)) {
            index.insert(name, merged.size());
            merged << version;
            continue;
        }
        JiraVersion &same = merged[index.value(name)];
        const bool earlier =
            version.releaseDate.isValid() &&
            (!same.releaseDate.isValid() || version.releaseDate < same.releaseDate);
        if (version.released && (!same.released || earlier))
            same.releaseDate = version.releaseDate;
        same.released = same.released || version.released;
        same.archived = same.archived || version.archived;
    }
    return merged;
}

void JiraSync::searchTasks(QObject *context)
{
    progress(tr("tasks"), 0);
    m_client.searchUpdatedPages(
        taskQuery(m_settings).value(), readFrom(m_since), m_accountZone,
        [this](const JiraClient::SearchPage &page) { return storePage(page); }, context,
        [this](const Result<int> &searched) {
            if (!searched && m_storeError.isEmpty())
                m_errors.prepend(searched.error());
            partDone();
        });
}

void JiraSync::partDone()
{
    if (--m_parts > 0)
        return;
    if (!m_storeError.isEmpty())
        return fail(m_storeError);
    if (!m_errors.isEmpty())
        return fail(m_errors.join(u' '));
    if (m_run.cancelled)
        return cancelled();
    // Read from the start: every task of the project went by.
    m_run.versionTasksComplete = !m_since.isValid();
    if (Status saved = m_run.store.saveSyncCursor(nextCursor(accountSource(), m_account)); !saved)
        return fail(saved.error());
    const QString zone = QString::fromLatin1(m_accountZone.id());
    if (Status saved = m_run.store.saveSyncCursor(nextCursor(accountZoneSource(), zone)); !saved)
        return fail(saved.error());
    readMoreComments();
}

void JiraSync::readMoreComments()
{
    if (m_moreComments.isEmpty())
        return succeed();
    if (m_run.cancelled)
        return cancelled();
    // Jira sent only the first comments of these tasks; their verdicts may be further on.
    const QString key = m_moreComments.takeFirst();
    m_client.comments(key, m_context, [this, key](const Result<QList<JiraComment>> &read) {
        if (!read)
            return fail(tr("The comments of %1: %2").arg(key, read.error()));
        const QList<TestResult> verdicts =
            verdictsOf(IssueComments{key, read.value(), int(read->size())});
        if (Status followed = m_run.workflow.followVerdicts(verdicts); !followed)
            return fail(followed.error());
        readMoreComments();
    });
}

QList<TestResult> JiraSync::verdictsOf(const IssueComments &issue)
{
    QList<TestResult> verdicts;
    for (const JiraComment &comment : issue.comments) {
        if (auto verdict =
                VerdictComment::verdict(issue.key, comment.text, comment.author, comment.created))
            verdicts << *verdict;
    }
    return verdicts;
}

bool JiraSync::storePage(const JiraClient::SearchPage &page)
{
    // The verdicts before the tasks: the tasks' page moves the cursor, and a
    // sync that stopped between the two must read these verdicts again.
    QList<TestResult> verdicts;
    for (const IssueComments &issue : page.comments) {
        verdicts << verdictsOf(issue);
        if (!issue.complete())
            m_moreComments << issue.key;
    }
    if (Status followed = m_run.workflow.followVerdicts(verdicts); !followed) {
        m_storeError = followed.error();
        return false;
    }

    // The search is ordered by update, so the cursor only moves on; the
    // first pages after an overlap may lie behind what is already stored.
    QDateTime reached = m_reached;
    for (const Change &change : page.changes) {
        if (!reached.isValid() || change.updated > reached)
            reached = change.updated;
    }
    const std::optional<SyncCursor> next =
        reached.isValid()
            ? std::optional(nextCursor(cursorSource(), reached.toUTC().toString(Qt::ISODateWithMs)))
            : std::nullopt;
    const auto changed = m_run.store.saveChanges(page.changes, next);
    if (!changed) {
        m_storeError = changed.error();
        return false;
    }
    m_reached = reached;
    m_result.read = page.fetched;
    // What adoption needs of a task, so that it does not read them all back.
    for (const Change &change : page.changes) {
        if (!change.fixVersion.isEmpty()) {
            Change task;
            task.key = change.key;
            task.service = change.service;
            task.fixVersion = change.fixVersion;
            m_run.versionTasks[change.fixVersion].append(task);
        }
    }
    for (const QString &key : changed.value()) {
        if (!m_changedKeys.contains(key)) {
            m_changedKeys.insert(key);
            m_result.changed << key;
        }
    }
    progress(tr("tasks"), page.fetched, page.total);
    // Stops after the page it was storing when the sync is cancelled.
    return !m_run.cancelled;
}

} // namespace ReleaseDesk
