#pragma once

#include "syncstep.h"

#include "services/clients/concourseclient.h"

#include <QSet>

namespace ReleaseDesk {

// Concourse's part of a sync: the pipelines (the settings' list, or every
// pipeline of the team), each saved as the service it builds, then each
// job's builds newer than the last sync read, a job at a time, each stored
// with its cursor. A build that was still running stays ahead of the cursor,
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
    void savePipelines(QObject *context, const QStringList &pipelines);
    // Keeps up to a few jobs reading; ends the step when none is left.
    void readJobs(QObject *context);
    void readJob(QObject *context, const QString &pipeline, PipelineJob job);

    ConcourseClient &m_client;
    ConcourseSettings m_settings;
    QList<std::pair<QString, PipelineJob>> m_queue; // the jobs not yet asked for
    int m_jobCount = 0;
    int m_jobsRead = 0;
    int m_running = 0;
    // One pipeline failing does not keep the others from being read.
    QStringList m_errors;
    QSet<QString> m_failedPipelines;
    QString m_storeError;
};

} // namespace ReleaseDesk
