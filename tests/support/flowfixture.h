#pragma once

#include "flowdriver.h"
#include "support/sandboxfixture.h"

#include <QTemporaryDir>

#include <memory>

namespace ReleaseDesk::Testing {

// The app as a person starts it against the sandbox: a fresh profile, the
// sandbox's connections adopted as the demo does, the desktop session with
// its window shown, and the first sync done. What the flow and role tests
// start from.
class FlowFixture
{
public:
    explicit FlowFixture(Sandbox::SandboxOptions options = SandboxFixture::smallOptions());
    ~FlowFixture();

    // Empty when the app is up and synced; otherwise what went wrong.
    QString start();

    DesktopSession &session() { return *m_session; }
    FlowDriver &app() { return *m_driver; }
    Sandbox::Sandbox &sandbox() { return m_sandbox.sandbox(); }
    // What one system of the sandbox holds, as one text to look for things in.
    QString sandboxState(const QString &system);

private:
    SandboxFixture m_sandbox;
    QTemporaryDir m_profileDir;
    SystemClock m_clock;
    std::unique_ptr<DesktopSession> m_session;
    std::unique_ptr<FlowDriver> m_driver;
};

} // namespace ReleaseDesk::Testing
