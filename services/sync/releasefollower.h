#pragma once

#include "syncstep.h"

#include "services/clients/jiraclient.h"

namespace ReleaseDesk {

// After Jira is read: every release this desk knows that is not finished
// follows its fix version of the same name (FixVersionFollow), so that what
// another desk (or a person in Jira) did to the release shows here too. The
// version's tasks are searched for by fix version, as an issue may carry
// several and the stored task keeps only its first. A release whose version
// is not in Jira (yet: its creation may still be in the outbox) is left
// alone. Each release is its own store write, one search at a time.
class ReleaseFollower
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseFollower)

public:
    struct Outcome
    {
        QStringList changes; // "2026.11.3: CHS-1201 left", "2026.11.3: Live"
        QString error;
    };
    using Done = std::function<void(const Outcome &)>;

    // `jira` reads the tasks; `settings` says which tasks this desk follows.
    ReleaseFollower(SyncRun &run, JiraClient &jira, JiraSettings settings);

    void start(QObject *context, Done done);

private:
    struct Followed
    {
        Release release;
        JiraVersion version;
    };
    void followNext(QObject *context, qsizetype index);
    Status follow(const Followed &followed, const QStringList &taskKeys);
    void finish(const QString &error = {});

    SyncRun &m_run;
    JiraClient &m_jira;
    JiraSettings m_settings;
    Done m_done;
    QList<Followed> m_followed;
    Outcome m_outcome;
};

} // namespace ReleaseDesk
