#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace ReleaseDesk::Testing {

class SandboxFixture;

// Runs the real releasedesk-cli as a child process on one profile, while this
// process's event loop keeps running, so that a sandbox in this process
// serves it; and kills it (SIGKILL) at a set time when asked. The child uses
// the real keychain: run under scripts/test.sh, which gives the suite its own
// D-Bus session and an unlocked keyring.
class CliRunner
{
public:
    CliRunner(QString executable, QString profileDir);

    struct Run
    {
        int exitCode = -1;
        bool killed = false;   // by run()'s killAfterMs
        bool finished = false; // false: it did not end within the time allowed
        QString out;
        QString err;
    };

    // `killAfterMs` < 0: let it finish.
    Run run(const QStringList &arguments, int killAfterMs = -1, int timeoutMs = 60000) const;
    // Kills it as soon as `killWhen` holds, looked at every few milliseconds.
    Run runUntil(const QStringList &arguments, const std::function<bool()> &killWhen,
                 int timeoutMs = 60000) const;
    // Writes the sandbox's connection document into the profile folder and
    // runs `connect` with it; false (with a warning) if that failed. Only the
    // systems named in `only` ("jira", "slack"), when any are.
    bool connect(SandboxFixture &fixture, const QStringList &only = {}) const;

    const QString &profileDir() const { return m_profileDir; }

private:
    Run start(const QStringList &arguments, int killAfterMs, const std::function<bool()> &killWhen,
              int timeoutMs) const;

    QString m_executable;
    QString m_profileDir;
};

} // namespace ReleaseDesk::Testing
