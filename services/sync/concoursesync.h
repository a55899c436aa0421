#pragma once

#include "syncstep.h"

#include "services/clients/concourseclient.h"

#include <QSet>

#include <optional>

namespace ReleaseDesk {

// Concourse's part of a sync: the pipelines (the settings' list, or every
// pipeline of the team), each saved as the service it builds (named by the
// settings' pipelineServices, else by the pipeline's name); then each
// pipeline's jobs, and the builds of those jobs with builds the last sync did
// not see finish, newest first down to its cursor, a job's builds stored with
// the job's cursor. A build that was still running stays ahead of the cursor,
// so the next sync reads it again until it has finished.
class ConcourseSync final : public SyncStep
{
    Q_DECLARE_TR_FUNCTIONS(ConcourseSync)

public:
    ConcourseSync(SyncRun &run, ConcourseClient &client, ConcourseSettings settings);

    void start(QObject *context, Done done) override;

    static QString cursorSource(const QString &pipeline, PipelineJob job);
    // Where the next sync of a job starts: below the oldest build of `builds`
    // that is still running, else at the newest; never behind `since`.
    static qint64 nextSince(qint64 since, const QList<PipelineBuild> &builds);

private:
    // A pipeline's jobs to list, or one job's builds to read.
    struct Work
    {
        QString pipeline;
        std::optional<PipelineJob> job;
    };

    void savePipelines(QObject *context, const QStringList &pipelines);
    // Keeps up to a few reads going; ends the step when none is left.
    void readNext(QObject *context);
    void readJobs(QObject *context, const QString &pipeline);
    void readBuilds(QObject *context, const QString &pipeline, PipelineJob job);
    void failed(const QString &pipeline, const QString &error);

    ConcourseClient &m_client;
    ConcourseSettings m_settings;
    QList<Work> m_queue; // not yet asked for
    int m_pipelineCount = 0;
    int m_pipelinesListed = 0;
    int m_running = 0;
    // One pipeline failing does not keep the others from being read.
    QStringList m_errors;
    QSet<QString> m_failedPipelines;
    QString m_storeError;
};

} // namespace ReleaseDesk
