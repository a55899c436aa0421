#pragma once

#include "services/sandbox/concourse/concoursedata.h"

namespace ReleaseDesk::Sandbox {
struct Catalogue;
}

namespace ReleaseDesk::Sandbox::Concourse {

// The names a team gives its pipelines, jobs and version resource, so that
// the sandbox can play a company whose Concourse differs from the defaults:
// SandboxOptions::conventions' "concourse" object, with the keys of the
// connection document. A key left out keeps its default.
struct Conventions
{
    QMap<QString, QString> pipelineServices; // pipeline -> the service it builds
    QString buildJob = QStringLiteral("docker-build-ecr");
    QString planJob = QStringLiteral("cidev-plan");
    QString applyJob = QStringLiteral("cidev-apply");
    QString versionResource = QStringLiteral("version");

    static Conventions fromJson(const QJsonObject &object);
    // The pipeline that builds `service`: named after it unless renamed.
    QString pipelineOf(const QString &service) const;
    // The jobs of every service pipeline, in the order a merged change
    // passes through them.
    QStringList serviceJobNames() const;
};

// The server as the catalogue's history left it: team "main" with the
// platform's base-image pipeline, and the catalogue's team with one pipeline
// per service whose builds built and deployed each version of its history.
Data seedData(const Catalogue &catalogue, const Conventions &conventions = {});

} // namespace ReleaseDesk::Sandbox::Concourse
