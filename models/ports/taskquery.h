#pragma once

#include "models/domain/result.h"

#include <QString>
#include <QStringList>

#include <functional>

class QObject;

namespace ReleaseDesk {

// Finds Jira tasks by a person's JQL, for the "New release" dialog. A seam so
// that the dialog runs the real search (JiraTaskQuery over the connections) in
// the app and a scripted one in its tests. The search runs without blocking:
// `done` hears the matching task keys, or an error a person can read, and is
// called only while `context` lives.
using TaskQuery = std::function<void(const QString &jql, QObject *context,
                                     std::function<void(const Result<QStringList> &keys)> done)>;

} // namespace ReleaseDesk
