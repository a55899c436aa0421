#pragma once

#include "memoryreleasestore.h"
#include "models/usecases/releaseworkflow.h"

#include <memory>

// Shared by the ReleaseWorkflow suites: the workflow over an in-memory store,
// a clock the test moves, and the steps a team takes to get a release on.
namespace ReleaseDesk::Testing {

// A clock the test moves by hand, so that every event has a time it can check.
class TestClock final : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void advance(int seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now{QDate(2026, 11, 2), QTime(9, 0), Qt::UTC};
};

// Short, for the many texts in the tests' tables.
inline QString s(const char *text)
{
    return QString::fromUtf8(text);
}

inline const QString dev = QStringLiteral("Gareth Jones");
inline const QString tester = QStringLiteral("Priya Shah");

// A fresh workflow for each test: call setUpWorkflow() from init() and
// tearDownWorkflow() from cleanup(). The store knows tasks CHS-1201 to
// CHS-1205 and green CI-Dev builds of chs-orders-api 1.2.0.
class WorkflowFixture
{
protected:
    WorkflowFixture();
    ~WorkflowFixture();

    Status setUpWorkflow();
    void tearDownWorkflow();

    Release stored(qint64 id) const { return m_store->release(id).value(); }
    QList<AuditEvent> trail(qint64 id) const { return m_store->auditTrail(id).value(); }

    // A release of chs-orders-api 1.2.0 with `keys`, a minute later; 0 if refused.
    qint64 create(const QString &name, const QStringList &keys);
    // Meets each gate on the happy path the way the team would, then moves.
    Status driveTo(qint64 id, Stage target);

    std::unique_ptr<MemoryReleaseStore> m_store;
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<ReleaseWorkflow> m_workflow;
};

} // namespace ReleaseDesk::Testing
