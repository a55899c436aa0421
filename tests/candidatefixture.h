#pragma once

// What the "New release" suites share: a store whose tasks cover each case
// the dialog tells apart, and a clock in November 2026.
//
//   CHS-101, CHS-102  chs-orders-api, fix 2026.11.3: 1.2.0 in CI-Dev, a 1.3.0 build running
//   CHS-103           chs-filing-api, fix 2026.11.4: 1.9.0 in CI-Dev, 2.0.0's cidev-apply failed
//   CHS-104           chs-search-web, fix 2026.11.4: no build at all, so no version
//   CHS-105           chs-orders-api, fix 2026.11.3, in release 2026.11.1 (CI-Dev)
//   CHS-106           chs-orders-api, fix 2026.11.10, in release 2026.10.2 (Live, finished)
//   CHS-107           no service

#include "support/memoryreleasestore.h"
#include "support/workflowfixture.h"

namespace ReleaseDesk::Testing {

inline PipelineBuild candidateBuild(qint64 id, const char *service, PipelineJob job,
                                    BuildStatus status, const char *version)
{
    PipelineBuild build;
    build.id = id;
    build.service = s(service);
    build.job = job;
    build.name = QString::number(id);
    build.status = status;
    build.version = s(version);
    build.started = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC).addSecs(id * 60);
    if (!isRunning(status))
        build.finished = build.started.addSecs(120);
    return build;
}

inline Change candidateChange(const char *key, const char *service, const char *fixVersion)
{
    Change change;
    change.key = s(key);
    change.summary = s("Summary of ") + change.key;
    change.status = s("Ready for Test");
    change.assignee = s("Gareth Jones");
    change.service = s(service);
    change.fixVersion = s(fixVersion);
    change.review = ReviewState::Merged;
    return change;
}

// Seeds `store`; false when a write failed.
inline bool seedCandidates(MemoryReleaseStore &store)
{
    using J = PipelineJob;
    using B = BuildStatus;
    const QList<Service> services{
        {s("chs-orders-api"), s("chs-orders-api"), s("ECS"), s("chs")},
        {s("chs-filing-api"), s("chs-filing-api"), s("Mesos"), s("chs")},
        {s("chs-search-web"), s("chs-search-web"), s("ECS"), s("chs")},
    };
    const QList<Change> changes{
        candidateChange("CHS-101", "chs-orders-api", "2026.11.3"),
        candidateChange("CHS-102", "chs-orders-api", "2026.11.3"),
        candidateChange("CHS-103", "chs-filing-api", "2026.11.4"),
        candidateChange("CHS-104", "chs-search-web", "2026.11.4"),
        candidateChange("CHS-105", "chs-orders-api", "2026.11.3"),
        candidateChange("CHS-106", "chs-orders-api", "2026.11.10"),
        candidateChange("CHS-107", "", ""),
    };
    const QList<PipelineBuild> builds{
        candidateBuild(100, "chs-orders-api", J::DockerBuildEcr, B::Succeeded, "1.1.0"),
        candidateBuild(101, "chs-orders-api", J::CidevApply, B::Succeeded, "1.1.0"),
        candidateBuild(102, "chs-orders-api", J::DockerBuildEcr, B::Succeeded, "1.2.0"),
        candidateBuild(103, "chs-orders-api", J::CidevPlan, B::Succeeded, "1.2.0"),
        candidateBuild(104, "chs-orders-api", J::CidevApply, B::Succeeded, "1.2.0"),
        candidateBuild(105, "chs-orders-api", J::DockerBuildEcr, B::Started, "1.3.0"),
        candidateBuild(110, "chs-filing-api", J::CidevApply, B::Succeeded, "1.9.0"),
        candidateBuild(111, "chs-filing-api", J::DockerBuildEcr, B::Succeeded, "2.0.0"),
        candidateBuild(112, "chs-filing-api", J::CidevPlan, B::Succeeded, "2.0.0"),
        candidateBuild(113, "chs-filing-api", J::CidevApply, B::Failed, "2.0.0"),
    };
    if (!store.saveServices(services) || !store.saveChanges(changes) || !store.saveBuilds(builds))
        return false;
    const auto release = [&](const char *name, Stage stage, const char *key) {
        Release r;
        r.name = s(name);
        r.stage = stage;
        r.taskKeys = {s(key)};
        r.services = {{s("chs-orders-api"), s("1.1.0"), s("ECS")}};
        AuditEvent created;
        created.actor = dev;
        created.action = AuditAction::Created;
        return store.createRelease(r, created).ok();
    };
    return release("2026.11.1", Stage::CiDev, "CHS-105") &&
           release("2026.10.2", Stage::Live, "CHS-106");
}

} // namespace ReleaseDesk::Testing
