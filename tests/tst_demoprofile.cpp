#include "models/itemmodels/dashboardroles.h"
#include "services/connections/connectionsettings.h"
#include "services/connections/demoprofile.h"
#include "services/store/notesdraftfolder.h"
#include "services/store/profile.h"
#include "services/store/sqlitestore.h"
#include "support/deskbench.h"
#include "support/sandboxfixture.h"
#include "ui/mainwindow.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;
using ReleaseDesk::Testing::DeskBench;
using ReleaseDesk::Testing::SandboxFixture;

// The demo profile end to end: a profile folder, a real SQLite file synced
// from a sandbox, and the main window shown on it offscreen, as `--demo` does.
class TestDemoProfile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_parent;

    QTableView *view(MainWindow &window)
    {
        return window.findChild<QTableView *>(QStringLiteral("dashboardView"));
    }

    QString paneText(MainWindow &window, const char *name)
    {
        auto *pane = window.findChild<QWidget *>(QStringLiteral("detailPane"));
        auto *label = pane ? pane->findChild<QLabel *>(QString::fromLatin1(name)) : nullptr;
        return label ? label->text() : QString();
    }

    // Owner, group and other bits; Qt's "user" bits repeat the owner's for us.
    static int modeOf(const QString &path) { return int(QFileInfo(path).permissions() & 0x7077); }

    int rowOf(QTableView *table, const QString &releaseName)
    {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data().toString() == releaseName)
                return row;
        }
        return -1;
    }

    // A profile folder named `name` with `connections` saved in it and a
    // store on it that holds one release; empty connections: none saved.
    std::unique_ptr<SqliteStore> profileWith(const QString &name,
                                             const ConnectionSettings &connections)
    {
        const QString dir = m_parent.filePath(name);
        const auto profile = Profile::open(dir, false);
        if (!profile.ok())
            return nullptr;
        if (!(connections == ConnectionSettings()) &&
            !ConnectionSettingsFile::save(connections,
                                          QDir(dir).filePath(ConnectionSettingsFile::fileName()))
                 .ok())
            return nullptr;
        auto store = SqliteStore::open(profile->databasePath());
        if (!store.ok())
            return nullptr;
        Release release;
        release.name = QStringLiteral("2026.11.3");
        AuditEvent created;
        created.action = AuditAction::Created;
        created.at = QDateTime::currentDateTimeUtc();
        if (!store.value()->createRelease(release, created).ok())
            return nullptr;
        return std::move(store).value();
    }

    static ConnectionSettings sandboxConnections()
    {
        ConnectionSettings connections;
        connections.jira.url = QUrl(QStringLiteral("http://127.0.0.1:38211/jira"));
        connections.jira.project = QStringLiteral("CHS");
        connections.slack.url = QUrl(QStringLiteral("http://localhost:38211/slack"));
        return connections;
    }

    static QByteArray digestOf(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

private slots:
    void demoMayReuseAnEarlierDemosProfile()
    {
        const auto store = profileWith(QStringLiteral("earlier-demo"), sandboxConnections());
        QVERIFY(store);
        const Status fits =
            DemoProfile::check(m_parent.filePath(QStringLiteral("earlier-demo")), *store);
        QVERIFY2(fits.ok(), qPrintable(fits.error()));
        // A fresh folder too.
        const auto fresh = profileWith(QStringLiteral("fresh"), {});
        QVERIFY(fresh);
        QVERIFY(DemoProfile::check(m_parent.filePath(QStringLiteral("fresh")), *fresh).ok());
    }

    void demoRefusesAProfileWithRealConnections_data()
    {
        QTest::addColumn<QString>("system");
        QTest::addColumn<QUrl>("url");
        QTest::newRow("jira") << QStringLiteral("jira")
                              << QUrl(QStringLiteral("https://jira.example.com"));
        QTest::newRow("slack, beside a sandbox jira")
            << QStringLiteral("slack") << QUrl(QStringLiteral("https://slack.com"));
        QTest::newRow("a loopback-looking name")
            << QStringLiteral("confluence")
            << QUrl(QStringLiteral("https://127.0.0.1.example.com/wiki"));
    }
    void demoRefusesAProfileWithRealConnections()
    {
        QFETCH(QString, system);
        QFETCH(QUrl, url);
        ConnectionSettings connections = sandboxConnections();
        if (system == u"jira")
            connections.jira.url = url;
        else if (system == u"slack")
            connections.slack.url = url;
        else
            connections.confluence.url = url;
        const QString name =
            QStringLiteral("real-%1").arg(QString::fromLatin1(QTest::currentDataTag()));
        const auto store = profileWith(name, connections);
        QVERIFY(store);
        const QString ini =
            QDir(m_parent.filePath(name)).filePath(ConnectionSettingsFile::fileName());
        const QByteArray before = digestOf(ini);

        const Status fits = DemoProfile::check(m_parent.filePath(name), *store);
        QVERIFY(!fits.ok());
        // Says which connection, and what to do instead.
        QVERIFY2(fits.error().contains(url.host()), qPrintable(fits.error()));
        QVERIFY2(fits.error().contains(u"--profile"), qPrintable(fits.error()));
        QCOMPARE(digestOf(ini), before);
    }

    void demoRefusesAProfileWithUnsentChanges_data()
    {
        QTest::addColumn<OutboxState>("state");
        QTest::addColumn<bool>("refused");
        QTest::newRow("pending") << OutboxState::Pending << true;
        QTest::newRow("failed") << OutboxState::Failed << true;
        QTest::newRow("sending") << OutboxState::Sending << true;
        QTest::newRow("done") << OutboxState::Done << false;
        QTest::newRow("discarded") << OutboxState::Discarded << false;
    }
    void demoRefusesAProfileWithUnsentChanges()
    {
        QFETCH(OutboxState, state);
        QFETCH(bool, refused);
        const QString name =
            QStringLiteral("outbox-") + QString::fromLatin1(QTest::currentDataTag());
        const auto store = profileWith(name, sandboxConnections());
        QVERIFY(store);
        Release release = store->releases().value().constFirst();
        OutboxEntry entry;
        entry.kind = OutboxKind::SlackPost;
        entry.payload = QByteArrayLiteral("{}");
        entry.idempotencyKey = QStringLiteral("releasedesk-demo-check-1");
        entry.created = QDateTime::currentDateTimeUtc();
        const Status queued = store->saveRelease(release, {}, {entry});
        QVERIFY2(queued.ok(), qPrintable(queued.error()));
        if (state != OutboxState::Pending) {
            entry = store->outbox(OutboxState::Pending).value().constFirst();
            entry.state = state;
            QVERIFY(store->updateOutboxEntry(entry).ok());
        }

        const Status fits = DemoProfile::check(m_parent.filePath(name), *store);
        QCOMPARE(!fits.ok(), refused);
        if (refused) {
            QVERIFY2(fits.error().contains(u"not been sent"), qPrintable(fits.error()));
            QVERIFY2(fits.error().contains(u"--profile"), qPrintable(fits.error()));
        }
    }

    void profileFolderIsPrivateWhenCreated()
    {
        const QString dir = m_parent.filePath(QStringLiteral("new-profile"));
        const auto profile = Profile::open(dir, false);
        QVERIFY2(profile.ok(), qPrintable(profile.error()));
        QCOMPARE(profile->directory(), dir);
        QVERIFY(!profile->isTemporary());
        QCOMPARE(modeOf(dir),
                 int(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        QCOMPARE(profile->databasePath(), dir + u"/releasedesk.sqlite3");
    }

    void existingFolderKeepsItsPermissions()
    {
        // A folder the user named may be shared; ReleaseDesk must not narrow it.
        const QString dir = m_parent.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(dir));
        const auto shared = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                            QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                            QFileDevice::ReadOther | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(dir, shared));
        QVERIFY(Profile::open(dir, false).ok());
        QCOMPARE(modeOf(dir), int(shared));
    }

    void demoWithoutProfileUsesATemporaryFolder()
    {
        QString dir;
        {
            const auto profile = Profile::open(QString(), true);
            QVERIFY2(profile.ok(), qPrintable(profile.error()));
            QVERIFY(profile->isTemporary());
            dir = profile->directory();
            QVERIFY(QFileInfo(dir).isDir());
        }
        QVERIFY2(!QFileInfo::exists(dir), "the temporary demo folder is removed");
    }

    void unwritableProfileIsAClearError()
    {
        const auto profile = Profile::open(QStringLiteral("/proc/releasedesk-profile"), false);
        QVERIFY(!profile.ok());
        QVERIFY2(profile.error().contains(u"Could not create the profile folder"),
                 qPrintable(profile.error()));
    }

    void mainWindowShowsTheSyncedDemo()
    {
        const auto profile = Profile::open(m_parent.filePath(QStringLiteral("demo")), false);
        QVERIFY(profile.ok());
        SandboxFixture sandbox;
        QVERIFY(sandbox.isListening());
        DeskBench desk(sandbox.sandbox().connectionInfo(), profile->databasePath());
        QVERIFY(desk.isReady());
        const auto synced = desk.sync();
        QVERIFY2(synced && synced->ok(), "the sandbox's history is synced into the profile");
        const auto releases = desk.store().releases();
        QVERIFY(releases.ok());
        QCOMPARE(releases->size(), SandboxFixture::smallCatalogue().releases.size());

        NotesDraftFolder drafts(profile->directory());
        MainWindow window(desk.store(), drafts, desk.clock(), QStringLiteral("rel.manager"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *table = view(window);
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), releases->size());
        for (const Release &release : releases.value())
            QVERIFY2(rowOf(table, release.name) >= 0, qPrintable(release.name));

        // Pick a release the demo blocks on a failed pipeline or test and check
        // that the detail pane names what blocks it.
        int blockedRow = -1;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, 0);
            if (index.data(BlockedRole).toBool() &&
                index.data(StageRole).toInt() == int(Stage::CiDev)) {
                blockedRow = row;
                break;
            }
        }
        QVERIFY2(blockedRow >= 0, "the demo has a release blocked in CI-Dev");
        const QRect rowRect = table->visualRect(table->model()->index(blockedRow, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowRect.center());
        const QString name = table->model()->index(blockedRow, 0).data().toString();
        QCOMPARE(paneText(window, "titleLabel"), name);
        const QString gates = paneText(window, "gatesLabel");
        QVERIFY2(gates.contains(u"not yet passed in CI-Dev") ||
                     gates.contains(u"has not succeeded"),
                 qPrintable(gates));
        QVERIFY2(!paneText(window, "auditLabel").isEmpty(), "the history is shown");
    }

    void reopeningKeepsTheData()
    {
        const QString path = m_parent.filePath(QStringLiteral("demo/releasedesk.sqlite3"));
        auto store = SqliteStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const auto releases = store.value()->releases();
        QVERIFY(releases.ok());
        QCOMPARE(releases->size(), SandboxFixture::smallCatalogue().releases.size());
        const auto trail = store.value()->auditTrail(releases->constFirst().id);
        QVERIFY(trail.ok());
        QVERIFY(!trail->isEmpty());
    }
};

QTEST_MAIN(TestDemoProfile)
#include "tst_demoprofile.moc"
