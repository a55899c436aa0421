#include "clienttestbench.h"

namespace ReleaseDesk::Testing {

QDateTime FixedClock::now() const
{
    return QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
}

ClientTestBench::ClientTestBench() : ClientTestBench(SandboxFixture::smallOptions()) {}

ClientTestBench::ClientTestBench(Sandbox::SandboxOptions options)
    : m_fixture(std::make_unique<SandboxFixture>(std::move(options))),
      m_network(std::make_unique<QNetworkAccessManager>())
{
    m_http = std::make_unique<HttpClient>(
        *m_network, m_clock, [this] { return m_jitter; },
        [this](std::chrono::milliseconds delay, QObject *context, std::function<void()> callback) {
            m_delays.append(delay);
            QTimer::singleShot(1, context, std::move(callback));
        });
}

ClientTestBench::~ClientTestBench() = default;

void ClientTestBench::inject(const char *spec)
{
    const auto rule = Sandbox::FaultRule::parse(QString::fromLatin1(spec));
    QVERIFY2(rule.ok(), qPrintable(rule.error()));
    m_fixture->sandbox().faults().add(rule.value());
}

} // namespace ReleaseDesk::Testing
