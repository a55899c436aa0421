#include "clirunner.h"

#include "sandboxfixture.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

namespace ReleaseDesk::Testing {

CliRunner::CliRunner(QString executable, QString profileDir)
    : m_executable(std::move(executable)), m_profileDir(std::move(profileDir))
{}

CliRunner::Run CliRunner::run(const QStringList &arguments, int killAfterMs, int timeoutMs) const
{
    return start(arguments, killAfterMs, {}, timeoutMs);
}

CliRunner::Run CliRunner::runUntil(const QStringList &arguments,
                                   const std::function<bool()> &killWhen, int timeoutMs) const
{
    return start(arguments, -1, killWhen, timeoutMs);
}

CliRunner::Run CliRunner::start(const QStringList &arguments, int killAfterMs,
                                const std::function<bool()> &killWhen, int timeoutMs) const
{
    QProcess process;
    Run run;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            loop.quit();
    });
    QTimer kill;
    kill.setSingleShot(true);
    QObject::connect(&kill, &QTimer::timeout, &process, [&] {
        if (process.state() == QProcess::NotRunning)
            return;
        run.killed = true;
        process.kill(); // SIGKILL: nothing of the child's runs on the way out
    });
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &process, [&] {
        if (killWhen())
            kill.start(0);
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    process.start(m_executable, QStringList{QStringLiteral("--profile"), m_profileDir} + arguments);
    if (killAfterMs >= 0)
        kill.start(killAfterMs);
    if (killWhen)
        watch.start(5);
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        run.killed = false;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }
    run.finished = true;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

bool CliRunner::connect(SandboxFixture &fixture, const QStringList &only) const
{
    QJsonObject document = fixture.sandbox().connectionInfo();
    if (!only.isEmpty()) {
        for (const QString &system : document.keys()) {
            if (!only.contains(system))
                document.remove(system);
        }
    }
    const QString path = QDir(m_profileDir).filePath(QStringLiteral("sandbox.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(document).toJson()) < 0) {
        qWarning("cannot write %s", qPrintable(path));
        return false;
    }
    file.close();
    const Run connected = run({QStringLiteral("connect"), path});
    if (connected.exitCode != 0) {
        qWarning("releasedesk-cli connect: %d %s", connected.exitCode, qPrintable(connected.err));
        return false;
    }
    return true;
}

} // namespace ReleaseDesk::Testing
