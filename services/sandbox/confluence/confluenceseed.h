#pragma once

#include "services/sandbox/confluence/confluencemodel.h"

namespace ReleaseDesk::Sandbox {
struct Catalogue;
struct CatalogueRelease;
} // namespace ReleaseDesk::Sandbox

namespace ReleaseDesk::Sandbox::Confluence {

inline const QString releaseSpaceName = QStringLiteral("Releases");
inline const QString notesParentTitle = QStringLiteral("Release notes");

// "Release notes – 2026.11.3", with an en dash: the title the team gives each page.
QString releaseNotesTitle(const QString &releaseName);
// The team's strict template in storage format: description of changes,
// deployment type, backout plan, service versions and config changes.
// previousVersions holds what each service ran before this release.
QString releaseNotesBody(const Catalogue &catalogue, const CatalogueRelease &release,
                         const QHash<QString, QString> &previousVersions);
// The release space with its home page, the "Release notes" parent and one
// page per release whose notes were published.
Store seededStore(const Catalogue &catalogue);

} // namespace ReleaseDesk::Sandbox::Confluence
