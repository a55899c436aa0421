#pragma once

#include "models/formats/outboxpayload.h"
#include "models/usecases/outboxeffects.h"

#include <QCoreApplication>

#include <functional>

class QObject;

namespace ReleaseDesk {

class Integrations;
class JiraClient;
struct JiraVersion;

// Sends the writes that keep a release's Jira fix version, each safe to
// repeat after a crash or a lost answer because it reads before it writes:
// the version is looked up by name among its project's versions (the
// payload's project; none named: the team's first, the connection's) (created
// only when missing, and looked up again when the create fails, as a resent
// create is refused as a duplicate); a task's fix versions are read and only
// an edit that is still needed is made; released and archived are set only
// on a version that is not so already, and a released version keeps its day.
// A version that is gone, or an edit Jira refuses, fails with the task and
// the version named.
class FixVersionSender
{
    Q_DECLARE_TR_FUNCTIONS(FixVersionSender)

public:
    using Done = std::function<void(const Result<OutboxAnswer> &)>;

    // `integrations` must outlive the sender; Jira must be connected.
    explicit FixVersionSender(Integrations &integrations);

    void ensureVersion(const JiraVersionPayload &version, QObject *context, Done done) const;
    void editTask(const JiraFixVersionPayload &edit, QObject *context, Done done) const;
    void markReleased(const JiraVersionReleasedPayload &released, QObject *context,
                      Done done) const;
    void archive(const JiraVersionArchivedPayload &archived, QObject *context, Done done) const;

private:
    // The version's project: `project`, or the team's first when it names none.
    static QString projectKey(JiraClient &jira, const QString &project);
    // Reads the project's versions and hands the one named `name` (nullptr:
    // none) to `lookedUp`, which answers through `done`.
    using LookedUp = std::function<void(JiraClient &jira, const JiraVersion *version)>;
    static void lookUp(Integrations *integrations, const QString &project, const QString &name,
                       QObject *context, const Done &done, LookedUp lookedUp);
    // What to do with the version once found: answers through `done`.
    using Found = std::function<void(JiraClient &jira, const JiraVersion &version)>;
    // Finds the version `name` in the project and hands it to `found`; a
    // version that is gone fails, with `why` saying what it was needed for.
    static void withVersion(Integrations *integrations, const QString &project, const QString &name,
                            const QString &why, QObject *context, const Done &done, Found found);
    static void createVersion(Integrations *integrations, const QString &project,
                              const QString &name, QObject *context, const Done &done);
    static const JiraVersion *named(const QList<JiraVersion> &versions, const QString &name);
    // The Jira client now, or nullptr after telling `done` it is not connected.
    static JiraClient *jiraOf(Integrations *integrations, const Done &done);

    Integrations &m_integrations;
};

} // namespace ReleaseDesk
