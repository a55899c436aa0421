#pragma once

#include "models/domain/enums.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ReleaseDesk::Sandbox {

// How much history the sandbox starts with.
struct CatalogueOptions
{
    int jiraIssues = 60;
    int releases = 12;
    quint32 seed = 1;
    QDateTime now; // the present of the generated history; invalid: the current time
};

struct CatalogueService
{
    QString name;           // "chs-orders-api"
    QString deploymentType; // "ECS", "Mesos"
    QString liveVersion;    // the version running in Live
    QString latestVersion;  // the newest version built (CI-Dev)
};

struct CatalogueTask
{
    QString key; // "CHS-1001"
    QString summary;
    QString service;
    QString status; // a status of the sandbox's Jira workflow
    QString assignee;
    QString fixVersion; // the release that ships it, if any
    QStringList labels;
    QDateTime created;
    QDateTime updated;
};

// Where a release of the history stands; the newest few are still under way.
enum class HistoryStage {
    Drafted,
    NotesPublished,
    TicketRaised,
    StagingRequested,
    InStaging,
    LiveRequested,
    Live,
    BackedOut
};

// The stage of ReleaseDesk's lifecycle that a release of the history reached.
ReleaseDesk::Stage appStage(HistoryStage stage);

struct CatalogueRelease
{
    QString name;                                // "2026.11.3"
    QList<std::pair<QString, QString>> services; // service, version
    QStringList taskKeys;
    QDateTime started;
    HistoryStage stage = HistoryStage::Live;
    QString changeNumber;   // "CHG0030001" once a ticket was raised
    QString testTaskNumber; // "CTASK0010001" once the release team applied it to staging
};

// One team's history, generated deterministically from the options: the
// services, their Jira tasks and the releases that shipped them. Every
// emulated system seeds its own view of the same history from it.
struct Catalogue
{
    QString projectKey = QStringLiteral("CHS");
    QString projectName = QStringLiteral("Companies House Services");
    QString team = QStringLiteral("chs");
    QString releaseChannel = QStringLiteral("release_chs");
    QString confluenceSpace = QStringLiteral("REL");
    QStringList people;     // Jira users and testers
    QStringList testers;    // among the people: who tests tasks and writes the verdicts
    QString releaseManager; // who answers in the release channel
    QList<CatalogueService> services;
    QList<CatalogueTask> tasks;
    QList<CatalogueRelease> releases; // oldest first
    QDateTime now;

    static Catalogue generate(const CatalogueOptions &options);
    const CatalogueService *service(const QString &name) const;
    // Everyone who signs in: the people, then the release manager.
    QStringList everyone() const;
    // What a person does in the team: "tester", "release-team" or "developer".
    QString roleOf(const QString &person) const;
    // The address a person's accounts share in every system: "alice.khan@example.com".
    static QString emailOf(const QString &person);
};

} // namespace ReleaseDesk::Sandbox
