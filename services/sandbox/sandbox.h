#pragma once

#include "services/sandbox/core/events.h"
#include "services/sandbox/core/faults.h"
#include "services/sandbox/core/journal.h"
#include "services/sandbox/core/router.h"
#include "services/sandbox/core/system.h"
#include "services/sandbox/simulation/catalogue.h"

#include "models/domain/result.h"

#include <QJsonArray>
#include <QObject>

#include <map>
#include <memory>

class QTcpSocket;

namespace ReleaseDesk::Sandbox {

class HttpFrontend;

struct SandboxOptions
{
    CatalogueOptions catalogue;
    int replyDelayMs = 4000;       // how long the release team takes to answer in Slack
    int buildStepMs = 1500;        // how long each pipeline build stays pending, then running
    double buildFailureRate = 0.1; // the share of simulated builds that fail
    QList<FaultRule> faults;
    // The team's own conventions, to play a company whose systems differ from
    // the defaults: an object per system ("jira", "concourse", ...) with the
    // same keys as that system's part of the connection document. Each system
    // reads its part; the connection document repeats it, so a desk that
    // connects with it is set up for those conventions.
    QJsonObject conventions;
    // GitHub in the connection document, so that desks connect it and gate
    // a release on its tasks' merged pull requests. Off by default, as a
    // team without peer review in GitHub works today; a "github" part in the
    // conventions turns it on too. /github answers either way.
    bool peerReview = false;
};

// The stand-in for all six external systems on one local port: each system's
// real API below its own prefix (/jira, /confluence, /servicenow, /slack,
// /concourse, /github), a control API below /_sandbox, injected faults, a journal of
// writes, and the simulated people who answer and build.
class Sandbox : public QObject
{
    Q_OBJECT

public:
    explicit Sandbox(SandboxOptions options, QObject *parent = nullptr);
    ~Sandbox() override;

    // Listens on 127.0.0.1 (port 0: any free port) and returns the port.
    Result<quint16> listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    // {"jira": {"url": ..., credentials...}, "slack": {...}, ..., "_sandbox": {"url": ...},
    //  "people": [{"name": "alice.khan", "displayName": "Alice Khan", "role": "developer"}, ...]}
    // with the bot's credentials.
    QJsonObject connectionInfo() const;
    // The same signed in as one person of the catalogue: their own Jira
    // credentials and Slack user token. Empty for someone the sandbox does not know.
    QJsonObject connectionsFor(const QString &person) const;

    Status saveState(const QString &path) const;
    Status loadState(const QString &path);
    QJsonObject state() const;
    Status setState(const QJsonObject &state);

    FaultInjector &faults() { return m_faults; }
    Journal &journal() { return m_journal; }
    Events &events() { return m_events; }
    const SandboxOptions &options() const { return m_options; }
    System *system(const QString &name) const;

private:
    void addSystem(std::unique_ptr<System> system);
    void handle(Request request, QTcpSocket *socket);
    Response dispatch(const System &system, const Router &router, Request &request);
    // Empty person: the bot's document.
    QJsonObject connectionDocument(const QString &person) const;

    SandboxOptions m_options;
    Events m_events;
    FaultInjector m_faults;
    Journal m_journal;
    std::map<QString, std::unique_ptr<System>> m_systems;
    std::map<QString, Router> m_routers;
    QJsonArray m_people; // who may sign in, with display name and role
    HttpFrontend *m_frontend = nullptr;
    quint16 m_port = 0;
};

} // namespace ReleaseDesk::Sandbox
