#pragma once

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ReleaseDesk {

// One step of the schema's history: the statements that take a database from
// schema `version - 1` to `version`. Each statement is executed on its own, so
// a trigger body may contain semicolons.
struct MigrationStep
{
    int version = 0;
    QString summary; // for error messages: "add the outbox"
    QStringList statements;
};

// Brings a database's schema up to date, one step per transaction, and keeps
// the schema version in PRAGMA user_version. A step that fails is rolled back
// whole, with its version bump, so the file stays at the last step that worked.
// A database newer than the steps it knows is refused and left untouched.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    // The application's own history.
    Migrations();
    // Any history, numbered 1, 2, 3, ... in order; tests use it to inject a
    // failing step.
    explicit Migrations(QList<MigrationStep> steps);

    static QList<MigrationStep> standardSteps();

    const QList<MigrationStep> &steps() const { return m_steps; }
    int latestVersion() const;

    static Result<int> currentVersion(const QSqlDatabase &db);

    // Reads the version and refuses a newer one; writes nothing.
    Status check(const QSqlDatabase &db) const;
    // Applies the steps after the database's version, up to `targetVersion`.
    Status migrate(const QSqlDatabase &db) const { return migrate(db, latestVersion()); }
    Status migrate(const QSqlDatabase &db, int targetVersion) const;

private:
    // Copies the file as it is to <file>.bak-v<version> before a step changes it.
    static Status keepCopy(const QSqlDatabase &db, int version);
    Status refuseNewer(int version) const;
    Status apply(const QSqlDatabase &db, const MigrationStep &step) const;

    QList<MigrationStep> m_steps;
};

} // namespace ReleaseDesk
