#pragma once

#include "services/sandbox/confluence/confluencemodel.h"

#include <QJsonObject>

namespace ReleaseDesk::Sandbox {
struct Catalogue;
struct CatalogueRelease;
} // namespace ReleaseDesk::Sandbox

namespace ReleaseDesk::Sandbox::Confluence {

inline const QString releaseSpaceName = QStringLiteral("Releases");
inline const QString notesParentTitle = QStringLiteral("Release notes");

// How the team titles and heads its pages: the "confluence" object of
// SandboxOptions::conventions, with the connection document's keys
// "titlePattern" ("Release notes {release}") and "sectionHeadings"
// ({"backout": "Rollback"}); absent keys keep the defaults.
struct PageConventions
{
    QString titlePattern = QStringLiteral("Release notes \u2013 {release}");
    QHash<QString, QString> headings; // by field: description, deployment, backout, ...

    static PageConventions from(const QJsonObject &conventions);
    QString heading(const QString &field, const QString &fallback) const;
};

// "Release notes – 2026.11.3", with an en dash, unless the team titles its
// pages otherwise.
QString releaseNotesTitle(const QString &releaseName, const PageConventions &conventions = {});
// The team's strict template in storage format: description of changes,
// deployment type, backout plan, service versions and config changes.
// previousVersions holds what each service ran before this release.
QString releaseNotesBody(const Catalogue &catalogue, const CatalogueRelease &release,
                         const QHash<QString, QString> &previousVersions,
                         const PageConventions &conventions = {});
// The release space with its home page, the "Release notes" parent and one
// page per release whose notes were published.
Store seededStore(const Catalogue &catalogue, const PageConventions &conventions = {});

} // namespace ReleaseDesk::Sandbox::Confluence
