#include "flowfixture.h"

#include "services/connections/connectiondocument.h"
#include "services/credentials/sessioncredentialstore.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace ReleaseDesk::Testing {

DeskFixture::DeskFixture(SandboxFixture &sandbox, QString person, bool cloud)
    : m_sandbox(sandbox), m_person(std::move(person)), m_cloud(cloud)
{}

DeskFixture::~DeskFixture()
{
    m_driver.reset();
    m_session.reset();
}

QString DeskFixture::start()
{
    if (!m_sandbox.isListening())
        return QStringLiteral("the sandbox does not listen");
    const auto profile = Profile::open(m_profileDir.filePath(QStringLiteral("profile")), false);
    if (!profile)
        return profile.error();
    auto store = SqliteStore::open(profile->databasePath());
    if (!store)
        return store.error();
    m_session =
        std::make_unique<DesktopSession>(profile.value(), std::move(store).value(),
                                         std::make_unique<SessionCredentialStore>(), m_clock);
    const QJsonObject connections = m_person.isEmpty()
                                        ? m_sandbox.sandbox().connectionInfo()
                                        : m_sandbox.sandbox().connectionsFor(m_person);
    ConnectionDocument::Choices choices;
    choices.atlassianCloud = m_cloud;
    const auto document = ConnectionDocument::parse(connections, choices);
    if (!document)
        return document.error();
    if (const Status adopted = m_session->adoptConnections(document->settings, document->secrets);
        !adopted)
        return adopted.error();
    m_driver = std::make_unique<FlowDriver>(*m_session);
    m_session->window().show();
    if (!bringToFront())
        return QStringLiteral("the window was not shown");
    QSignalSpy synced(&m_session->sync(), &SyncEngine::finished);
    m_session->start();
    if (!synced.wait(30000))
        return QStringLiteral("the first sync did not finish");
    return {};
}

bool DeskFixture::bringToFront()
{
    // Shortcuts reach only the active window, as they do for a person.
    m_session->window().raise();
    m_session->window().activateWindow();
    return QTest::qWaitForWindowActive(&m_session->window());
}

FlowFixture::FlowFixture(Sandbox::SandboxOptions options)
    : m_sandbox(std::move(options)), m_desk(m_sandbox)
{}

FlowFixture::~FlowFixture() = default;

QString FlowFixture::sandboxState(const QString &system)
{
    const QJsonObject state = sandbox().state().value(system).toObject();
    return QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact));
}

} // namespace ReleaseDesk::Testing
