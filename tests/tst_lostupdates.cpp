#include "models/usecases/releasecandidates.h"
#include "models/usecases/releaseworkflow.h"
#include "services/store/profile.h"
#include "services/store/sqlitestore.h"
#include "services/sync/jirasync.h"
#include "support/clirunner.h"
#include "support/forwardingstore.h"
#include "support/sandboxfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The window's store, with another process acting once at the worst moment:
// right after the window has read a release it is about to change, or, for
// a change made through editRelease, just before that edit begins; a write
// any later waits for the edit's lock.
class InterleavedStore final : public ForwardingStore
{
public:
    InterleavedStore(ReleaseStore &inner, std::function<void()> meanwhile)
        : ForwardingStore(inner), m_meanwhile(std::move(meanwhile))
    {}

    Result<Release> release(qint64 id) const override
    {
        auto read = ForwardingStore::release(id);
        actOnce();
        return read;
    }
    Result<Release> editRelease(qint64 id, const ReleaseChange &change) override
    {
        actOnce();
        return ForwardingStore::editRelease(id, change);
    }

private:
    void actOnce() const
    {
        if (m_meanwhile)
            std::exchange(m_meanwhile, {})();
    }

    mutable std::function<void()> m_meanwhile;
};

} // namespace

// Two processes on one profile change the same release at once: the window
// (this process) and releasedesk-cli. Each change is decided on and applied
// to the release as stored when its write begins, so neither undoes the
// other's, and one that the other's makes impossible is refused.
class TestLostUpdates : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
    std::unique_ptr<SqliteStore> m_store;
    SystemClock m_clock;
    QString m_account;
    qint64 m_releaseId = 0;
    const QString m_name = s("2027.3.1");

    void cli(const QStringList &arguments)
    {
        const auto run = m_cli->run(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    }

    Release stored() const { return m_store->release(m_releaseId).value(); }

    // Notes with every field of the template filled in.
    static ReleaseNotes notes()
    {
        ReleaseNotes notes;
        notes.description = s("Faster filing totals");
        notes.backoutPlan = s("Redeploy the previous versions");
        notes.noConfigChanges = true;
        return notes;
    }

private slots:
    // A synced desk with a release of two tasks that passed in CI-Dev, so
    // that `release ready` may move it on.
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY(m_fixture->isListening());
        m_dir = std::make_unique<QTemporaryDir>();
        m_cli = std::make_unique<CliRunner>(QStringLiteral(CLI_EXECUTABLE), m_dir->path());
        QVERIFY(m_cli->connect(*m_fixture));
        cli({s("sync")});
        auto store = SqliteStore::open(Profile::open(m_dir->path(), false)->databasePath());
        QVERIFY2(store, qPrintable(store.error()));
        m_store = std::move(store).value();
        m_account = JiraSync::signedInAccount(*m_store);
        QVERIFY(!m_account.isEmpty());

        const auto candidates = ReleaseCandidates::read(*m_store);
        QVERIFY2(candidates, qPrintable(candidates.error()));
        QStringList keys;
        for (const CandidateTask &task : candidates->tasks()) {
            const bool green =
                std::all_of(std::begin(task.builds), std::end(task.builds),
                            [](const std::optional<PipelineBuild> &build) {
                                return build && build->status == BuildStatus::Succeeded;
                            });
            if (task.selectable() && green && task.change.status == u"Ready for Test" &&
                !task.version.isEmpty() && keys.size() < 2)
                keys << task.change.key;
        }
        QCOMPARE(keys.size(), 2);
        cli({s("release"), s("create"), m_name, s("--tasks"), keys.join(u',')});
        for (const QString &key : keys)
            cli({s("verdict"), key, s("pass"), s("--env"), s("ci-dev")});
        for (const Release &release : m_store->releases().value()) {
            if (release.name == m_name)
                m_releaseId = release.id;
        }
        QVERIFY(m_releaseId);
        QCOMPARE(stored().stage, Stage::CiDev);
    }
    void cleanup()
    {
        m_store.reset();
        m_cli.reset();
        m_dir.reset();
        m_fixture.reset();
    }

    // The window saves the notes while the CLI moves the release on: both
    // the notes and the move are kept.
    void notesEditKeepsAMoveMadeMeanwhile()
    {
        InterleavedStore window(*m_store, [this] { cli({s("release"), s("ready"), m_name}); });
        QVERIFY(ReleaseWorkflow(window, m_clock).saveNotes(m_releaseId, notes(), m_account));

        const Release release = stored();
        QCOMPARE(release.stage, Stage::ReadyForStaging);
        QCOMPARE(release.notes, notes());
        QStringList actions;
        for (const AuditEvent &event : m_store->auditTrail(m_releaseId).value())
            actions << toKey(event.action);
        QVERIFY2(actions.contains(toKey(AuditAction::Transition)) &&
                     actions.contains(toKey(AuditAction::NotesSaved)),
                 qPrintable(actions.join(u',')));
    }

    // The window moves the release on while the CLI cancels it: the move is
    // refused against the cancelled release, which stays cancelled.
    void moveIsDecidedOnTheReleaseAsStored()
    {
        InterleavedStore window(*m_store, [this] {
            cli({s("release"), s("cancel"), m_name, s("--reason"), s("Superseded by 2027.3.2")});
        });
        const Status moved = ReleaseWorkflow(window, m_clock)
                                 .transition(m_releaseId, Stage::ReadyForStaging, m_account, {});
        QVERIFY(!moved);
        QCOMPARE(stored().stage, Stage::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestLostUpdates)
#include "tst_lostupdates.moc"
