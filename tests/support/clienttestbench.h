#pragma once

#include "models/ports/clock.h"
#include "services/http/httpclient.h"
#include "support/sandboxfixture.h"

#include <QDateTime>
#include <QEventLoop>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTest>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

namespace ReleaseDesk::Testing {

// Noon on 2026-11-20, UTC, so that times in answers and messages repeat.
class FixedClock final : public Clock
{
public:
    QDateTime now() const override;
};

// What a client suite needs for each test: a fresh sandbox, a network manager
// and an HttpClient over them whose jitter the test sets and whose waits are
// recorded but last 1 ms, so that retries are checked exactly and run quickly.
// Made in init() and dropped in cleanup(), so no state crosses tests.
class ClientTestBench
{
public:
    ClientTestBench();
    // Over a sandbox seeded otherwise, for suites that need more history.
    explicit ClientTestBench(Sandbox::SandboxOptions options);
    ~ClientTestBench();

    SandboxFixture &fixture() { return *m_fixture; }
    bool isListening() const { return m_fixture->isListening(); }
    QNetworkAccessManager &network() { return *m_network; }
    HttpClient &http() { return *m_http; }
    const Clock &clock() const { return m_clock; }

    // The jitter the client draws for every wait; 0.5 until set.
    void setJitter(double jitter) { m_jitter = jitter; }
    // The waits the client asked for, in order.
    const QList<std::chrono::milliseconds> &delays() const { return m_delays; }

    // Adds a sandbox fault rule, "jira:/rest/api/2/search=status,status=503,times=1".
    void inject(const char *spec);

private:
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QNetworkAccessManager> m_network;
    FixedClock m_clock;
    double m_jitter = 0.5;
    QList<std::chrono::milliseconds> m_delays;
    std::unique_ptr<HttpClient> m_http; // last, as it uses the members above
};

// Starts an asynchronous call with a context and its callback, `start(context,
// done)`, and waits for the one call back; nothing if none came in time or more
// than one came. Every client promises never to call back from inside the call.
template <typename Value, typename Start>
std::optional<Value> await(Start start, int waitMs = 20000)
{
    QObject context;
    std::optional<Value> result;
    int calls = 0;
    QEventLoop loop;
    start(&context, [&](const Value &value) {
        ++calls;
        result = value;
        loop.quit();
    });
    if (calls != 0)
        qWarning("the callback ran inside the call");
    if (calls == 0) {
        QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QTest::qWait(20); // to catch a second call
    if (calls != 1)
        qWarning("the callback ran %d times", calls);
    return calls == 1 ? result : std::nullopt;
}

} // namespace ReleaseDesk::Testing
