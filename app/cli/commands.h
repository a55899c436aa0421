#pragma once

#include "models/domain/domain.h"

#include <QStringList>

namespace ReleaseDesk::Cli {

class CliContext;

// Each command gets its arguments with a program name first, as
// QCommandLineParser::process() expects, and returns an ExitCode.
int connectCommand(CliContext &context, const QStringList &arguments);
int statusCommand(CliContext &context, const QStringList &arguments);
int syncCommand(CliContext &context, const QStringList &arguments);
int outboxCommand(CliContext &context, const QStringList &arguments);
int releaseCommand(CliContext &context, const QStringList &arguments);
int verdictCommand(CliContext &context, const QStringList &arguments);
int settingsCommand(CliContext &context, const QStringList &arguments);

// Takes the team settings file at `path` over the profile's settings, keeping
// its accounts (`settings import`, `connect --team-settings`).
int importTeamSettings(CliContext &context, const QString &path);

// `release show`: the release's stage, blockers, tasks' verdicts and timeline.
int showRelease(CliContext &context, const Release &release, bool json);

} // namespace ReleaseDesk::Cli
