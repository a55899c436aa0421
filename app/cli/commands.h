#pragma once

#include <QStringList>

namespace ReleaseDesk::Cli {

class CliContext;

// Each command gets its arguments with a program name first, as
// QCommandLineParser::process() expects, and returns an ExitCode.
int connectCommand(CliContext &context, const QStringList &arguments);
int statusCommand(CliContext &context, const QStringList &arguments);
int syncCommand(CliContext &context, const QStringList &arguments);
int outboxCommand(CliContext &context, const QStringList &arguments);

} // namespace ReleaseDesk::Cli
