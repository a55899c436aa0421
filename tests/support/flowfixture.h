#pragma once

#include "flowdriver.h"
#include "support/outboxbench.h"
#include "support/sandboxfixture.h"

#include <QTemporaryDir>

#include <memory>

namespace ReleaseDesk::Testing {

// One person's desk: a fresh profile of its own, the connections of the
// sandbox adopted as the demo does, signed in as `person` (the sandbox's
// bot when empty; Jira Cloud's email and API token when `cloud`), the
// desktop session with its window shown, and the first sync done.
class DeskFixture
{
public:
    DeskFixture(SandboxFixture &sandbox, QString person = {}, bool cloud = false);
    ~DeskFixture();

    // Empty when the app is up and synced; otherwise what went wrong.
    QString start();
    // Makes this desk's window the active one, where keys go.
    bool bringToFront();
    // Sets this desk's clock `seconds` fast (negative: slow) from now on.
    void setClockAhead(qint64 seconds) { m_clock.ahead = seconds; }
    const Clock &clock() const { return m_clock; }

    DesktopSession &session() { return *m_session; }
    FlowDriver &app() { return *m_driver; }
    // The folder that holds this desk's profile, and nothing else of it.
    QString folder() const { return m_profileDir.path(); }

private:
    SandboxFixture &m_sandbox;
    QString m_person;
    bool m_cloud = false;
    QTemporaryDir m_profileDir;
    AheadClock m_clock;
    std::unique_ptr<DesktopSession> m_session;
    std::unique_ptr<FlowDriver> m_driver;
};

// The app as a person starts it against a sandbox of its own: what the flow
// and role tests start from.
class FlowFixture
{
public:
    explicit FlowFixture(Sandbox::SandboxOptions options = SandboxFixture::smallOptions());
    ~FlowFixture();

    // Empty when the app is up and synced; otherwise what went wrong.
    QString start() { return m_desk.start(); }

    DesktopSession &session() { return m_desk.session(); }
    FlowDriver &app() { return m_desk.app(); }
    DeskFixture &desk() { return m_desk; }
    Sandbox::Sandbox &sandbox() { return m_sandbox.sandbox(); }
    // What one system of the sandbox holds, as one text to look for things in.
    QString sandboxState(const QString &system);

private:
    SandboxFixture m_sandbox;
    DeskFixture m_desk;
};

} // namespace ReleaseDesk::Testing
