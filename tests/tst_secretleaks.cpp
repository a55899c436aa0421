#include "models/usecases/releasecandidates.h"
#include "services/store/profile.h"
#include "services/store/sqlitestore.h"
#include "support/clirunner.h"
#include "support/flowfixture.h"
#include "support/sandboxfixture.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Every message the process logs while a flow runs, as a log file would hold them.
QMutex logMutex;
QByteArray logged;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logged += message.toUtf8() + '\n';
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

// Each secret the sandbox hands out, to its bot and to each of its people, in
// the forms it could be written in: as it is, in base64, and in base64 with
// its account before it, as HTTP Basic authentication sends it.
QList<QByteArray> secretForms(const Sandbox::Sandbox &sandbox, int *secretCount)
{
    QList<QJsonObject> documents{sandbox.connectionInfo()};
    for (const QJsonValue &person :
         sandbox.connectionInfo().value(QLatin1String("people")).toArray())
        documents << sandbox.connectionsFor(person[QLatin1String("name")].toString());
    QSet<QByteArray> secrets;
    QSet<QByteArray> forms;
    for (const QJsonObject &document : std::as_const(documents)) {
        for (const QJsonValue &value : document) {
            const QJsonObject system = value.toObject();
            for (const char *field : {"token", "pat", "password"}) {
                const QByteArray secret = system.value(QLatin1String(field)).toString().toUtf8();
                if (secret.isEmpty())
                    continue;
                secrets << secret;
                forms << secret << secret.toBase64();
                for (const char *account : {"email", "username"}) {
                    const QByteArray name =
                        system.value(QLatin1String(account)).toString().toUtf8();
                    if (!name.isEmpty())
                        forms << QByteArray(name + ':' + secret).toBase64();
                }
            }
        }
    }
    *secretCount = int(secrets.size());
    return forms.values();
}

// Where the secrets were found: "place: form", one per find.
struct Search
{
    QList<QByteArray> forms;
    QStringList places;
    QStringList found;

    void look(const QString &place, const QByteArray &bytes)
    {
        places << place;
        for (const QByteArray &form : std::as_const(forms)) {
            if (bytes.contains(form))
                found << place + u": " + QString::fromUtf8(form);
        }
    }
    // Every file below `folder`, as raw bytes: the database with its -wal and
    // -shm, connections.ini, the drafts, whatever else is there.
    void lookInFiles(const QString &folder)
    {
        QDirIterator files(folder, QDir::Files | QDir::Hidden | QDir::System,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                look(file.fileName(), file.readAll());
            else
                found << file.fileName() + u": could not be read";
        }
    }
};

} // namespace

// Issue 11: the whole flow, through the window and through releasedesk-cli,
// then every place a secret could end up is searched for each secret the
// sandbox hands out: the profile's files (SQLite with its WAL, the settings,
// the drafts), what the CLI printed, and what the app logged. None may hold one.
class TestSecretLeaks : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    Search m_search;
    int m_secrets = 0;

private slots:
    void initTestCase()
    {
        previousHandler = qInstallMessageHandler(captureMessage);
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->isListening());
        m_search.forms = secretForms(m_sandbox->sandbox(), &m_secrets);
        QVERIFY(m_secrets >= 5);
    }

    // The window's way, with the session credential store as the desktop
    // fixture gives it: a release from new tasks to live, and another's notes
    // typed and not yet saved.
    void desktopFlow()
    {
        DeskFixture desk(*m_sandbox);
        const QString started = desk.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        FlowDriver &app = desk.app();
        QVERIFY2(!app.createReleaseFromNewTasks(2).isEmpty(), qPrintable(app.lastProblem()));
        QVERIFY2(app.bringToStagingRequest(), qPrintable(app.lastProblem()));
        QVERIFY2(app.syncUntilStage(Stage::InStaging), qPrintable(app.lastProblem()));
        QVERIFY2(app.passAll(Environment::Staging), qPrintable(app.lastProblem()));
        QVERIFY2(app.click(QStringLiteral("requestLiveButton")), qPrintable(app.lastProblem()));
        QVERIFY2(app.syncUntilStage(Stage::Live), qPrintable(app.lastProblem()));
        // A second release's notes typed and not saved: kept as a draft in the profile.
        QVERIFY2(!app.createReleaseFromNewTasks(1).isEmpty(), qPrintable(app.lastProblem()));
        QVERIFY2(app.passAll(Environment::CiDev), qPrintable(app.lastProblem()));
        QVERIFY2(app.click(QStringLiteral("readyForStagingButton")), qPrintable(app.lastProblem()));
        app.openPage(MainWindow::Page::Notes);
        const auto edits = desk.session().window().findChildren<QPlainTextEdit *>();
        const auto typed = std::find_if(edits.cbegin(), edits.cend(), [](QPlainTextEdit *edit) {
            return edit->isVisible() && edit->objectName().endsWith(u"Edit");
        });
        QVERIFY(typed != edits.cend());
        (*typed)->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(*typed, s("Typed, not saved yet."));
        const QDir drafts(QDir(desk.folder()).filePath(s("profile/drafts")));
        QTRY_VERIFY(!drafts.entryList(QDir::Files).isEmpty());
        m_search.lookInFiles(desk.folder());
    }

    // A script's way, with the real keychain (scripts/test.sh starts one):
    // connect, sync, a release made ready and its writes sent.
    void cliFlow()
    {
        QTemporaryDir profile;
        QTemporaryDir outside;
        QVERIFY(profile.isValid() && outside.isValid());
        // The connection document holds the secrets; it is kept out of the profile.
        const QString document = outside.filePath(s("sandbox.json"));
        QFile file(document);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(m_sandbox->sandbox().connectionInfo()).toJson());
        file.close();

        CliRunner cli(QStringLiteral(CLI_EXECUTABLE), profile.path());
        QByteArray printed;
        const auto run = [&](const QStringList &arguments) {
            const CliRunner::Run done = cli.run(arguments);
            printed += done.out.toUtf8() + done.err.toUtf8();
            return done.exitCode;
        };
        QCOMPARE(run({s("connect"), document}), 0);
        QCOMPARE(run({s("sync")}), 0);
        QCOMPARE(run({s("status")}), 0);
        const QStringList keys = readyTasks(profile.path());
        QCOMPARE(keys.size(), 2);
        const QString name = s("2027.1.1");
        QCOMPARE(run({s("release"), s("create"), name, s("--tasks"), keys.join(u',')}), 0);
        for (const QString &key : keys)
            QCOMPARE(run({s("verdict"), key, s("pass"), s("--env"), s("ci-dev")}), 0);
        QCOMPARE(run({s("release"), s("ready"), name}), 0);
        QCOMPARE(run({s("outbox"), s("send")}), 0);
        QCOMPARE(run({s("outbox"), s("list")}), 0);
        QCOMPARE(run({s("release"), s("show"), name, s("--json")}), 0);
        QCOMPARE(run({s("sync")}), 0);

        m_search.look(s("releasedesk-cli's standard output and error"), printed);
        m_search.lookInFiles(profile.path());

        // The search finds what is there: the document given to connect holds them all.
        Search control;
        control.forms = m_search.forms;
        control.lookInFiles(outside.path());
        QVERIFY(control.found.size() >= int(allRemoteSystems().size()));
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
        {
            QMutexLocker lock(&logMutex);
            m_search.look(s("the log"), logged);
        }
        for (const QString &find : std::as_const(m_search.found))
            qWarning("found %s", qPrintable(find));
        for (const QString &place : std::as_const(m_search.places))
            qInfo("searched %s", qPrintable(place));
        qInfo("secrets checked %d (%d forms), places %d, found %d", m_secrets,
              int(m_search.forms.size()), int(m_search.places.size()), int(m_search.found.size()));
        QVERIFY(m_search.places.size() > 5);
        QCOMPARE(m_search.found.size(), 0);
    }

private:
    // Two tasks waiting for their test that no release holds, whose services'
    // pipelines are green, as tst_releasecli picks them.
    static QStringList readyTasks(const QString &profile)
    {
        auto store = SqliteStore::open(Profile::open(profile, false)->databasePath());
        if (!store)
            return {};
        const auto candidates = ReleaseCandidates::read(*store.value());
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
        return keys;
    }
};

QTEST_MAIN(TestSecretLeaks)
#include "tst_secretleaks.moc"
