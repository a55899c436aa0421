#pragma once

#include "services/sandbox/concourse/concoursedata.h"

namespace ReleaseDesk::Sandbox {
struct Catalogue;
}

namespace ReleaseDesk::Sandbox::Concourse {

// The jobs of every service pipeline, in the order a merged change passes
// through them.
const QStringList &serviceJobNames();

// The server as the catalogue's history left it: team "main" with the
// platform's base-image pipeline, and the catalogue's team with one pipeline
// per service whose builds built and deployed each version of its history.
Data seedData(const Catalogue &catalogue);

} // namespace ReleaseDesk::Sandbox::Concourse
