#pragma once

#include "models/ports/releasestore.h"

#include <memory>

class QTemporaryDir;

// The port's contract, checked on both of its implementations: a suite calls
// addStoreKinds() from initTestCase_data(), so that every test runs once on
// MemoryReleaseStore and once on SqliteStore, and openStore() from init().
namespace ReleaseDesk::Testing {

class ContractFixture
{
protected:
    ContractFixture();
    ~ContractFixture();

    static void addStoreKinds();
    // A fresh store of the current global data row's kind.
    Status openStore();
    void closeStore();
    // Closes the store and opens it again: for SQLite, a new connection on the
    // same file, as after a restart; the memory store keeps its object.
    Status reopenStore();

    bool isSqlite() const;
    ReleaseStore &store() { return *m_store; }
    // A stored release and its id; fails the test if it cannot be created.
    qint64 createSampleRelease(Release &release);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ReleaseStore> m_store;
};

} // namespace ReleaseDesk::Testing
