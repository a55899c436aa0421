#include "models/itemmodels/signoffmodel.h"
#include "models/usecases/releaseactions.h"
#include "models/usecases/releasecandidates.h"
#include "models/usecases/releaserequests.h"
#include "models/usecases/releaseworkflow.h"
#include "services/store/profile.h"
#include "services/store/sqlitestore.h"
#include "services/sync/jirasync.h"
#include "support/clirunner.h"
#include "support/sandboxfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// What the CLI wrote on standard error, without its name before each line.
QString said(const CliRunner::Run &run)
{
    QStringList lines;
    for (const QString &line : run.err.trimmed().split(u'\n'))
        lines << (line.startsWith(u"releasedesk-cli: ") ? line.mid(17) : line);
    return lines.join(u'\n');
}

} // namespace

// `releasedesk-cli release` and `verdict` as a script drives a desk: the real
// binary on a profile connected to a sandbox in this process and synced, the
// same use cases and refusals as the window, and the writes delivered by
// `outbox send`.
class TestReleaseCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
    SystemClock m_clock;

    std::unique_ptr<SqliteStore> openStore()
    {
        auto store = SqliteStore::open(Profile::open(m_dir->path(), false)->databasePath());
        return store ? std::move(store).value() : nullptr;
    }

    CliRunner::Run cli(const QStringList &arguments) { return m_cli->run(arguments); }

    // Two tasks waiting for their test that no release holds, whose services'
    // pipelines are green: passing them is all a release of them needs to be
    // ready for staging, and Jira's workflow takes them on to Testing.
    QStringList readyTasks()
    {
        const auto candidates = ReleaseCandidates::read(*openStore());
        QStringList keys;
        for (const CandidateTask &task : candidates->tasks()) {
            const bool green =
                std::all_of(std::begin(task.builds), std::end(task.builds),
                            [](const std::optional<PipelineBuild> &build) {
                                return build && build->status == BuildStatus::Succeeded;
                            });
            const bool waiting = task.change.status == u"Ready for Test";
            if (task.selectable() && green && waiting && !task.version.isEmpty() && keys.size() < 2)
                keys << task.change.key;
        }
        return keys;
    }

    ReleaseFacts facts(const QString &name)
    {
        auto store = openStore();
        for (const Release &release : store->releases().value()) {
            if (release.name == name)
                return ReleaseWorkflow(*store, m_clock).facts(release.id).value();
        }
        return {};
    }

    QJsonObject shown(const QString &name)
    {
        const auto run = cli({s("release"), s("show"), name, s("--json")});
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", qPrintable(run.out));
        return document.object();
    }

    static QJsonObject task(const QJsonObject &release, const QString &key)
    {
        for (const QJsonValue &value : release[u"tasks"].toArray()) {
            if (value[u"key"].toString() == key)
                return value.toObject();
        }
        return {};
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY(m_fixture->isListening());
        m_dir = std::make_unique<QTemporaryDir>();
        m_cli = std::make_unique<CliRunner>(QStringLiteral(CLI_EXECUTABLE), m_dir->path());
        QVERIFY(m_cli->connect(*m_fixture));
    }
    void cleanup()
    {
        m_cli.reset();
        m_dir.reset();
        m_fixture.reset();
    }

    // Nobody acts before the first sync has read who is signed in to Jira.
    void actingNeedsTheSignedInAccount()
    {
        const auto verdict = cli({s("verdict"), s("CHS-1"), s("pass"), s("--env"), s("ci-dev")});
        QCOMPARE(verdict.exitCode, 3);
        QVERIFY2(verdict.err.contains(s("does not know who you are")), qPrintable(verdict.err));
        QCOMPARE(cli({s("release"), s("create"), s("2027.1.1"), s("--tasks"), s("CHS-1")}).exitCode,
                 3);
        QVERIFY(openStore()->releases()->isEmpty());
    }

    // The developer creates, the tester signs off, the developer moves it on,
    // and the outbox takes the verdicts to Jira.
    void fromTasksToReadyForStaging()
    {
        QCOMPARE(cli({s("sync")}).exitCode, 0);
        const QString account = JiraSync::signedInAccount(*openStore());
        QVERIFY(!account.isEmpty());
        const QStringList keys = readyTasks();
        QCOMPARE(keys.size(), 2);
        const QString name = s("2027.1.1");

        // Refused with the dialog's words; nothing is created.
        const auto unknown =
            cli({s("release"), s("create"), name, s("--tasks"), keys.first() + s(",CHS-99999")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(s("Not in ReleaseDesk yet, sync first: CHS-99999.")),
                 qPrintable(unknown.err));
        QCOMPARE(cli({s("release"), s("create"), name}).exitCode, 2);

        const auto created = cli({s("release"), s("create"), name, s("--tasks"), keys.join(u',')});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const ReleasePlan plan = ReleaseCandidates::read(*openStore())->plan(keys);
        QCOMPARE(facts(name).release.services, plan.services);
        QCOMPARE(facts(name).release.taskKeys, keys);
        const auto again = cli({s("release"), s("create"), name, s("--tasks"), keys.join(u',')});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(s("There is already a release named 2027.1.1.")),
                 qPrintable(again.err));

        // Not every task passed: refused with the gate's words.
        const auto early = cli({s("release"), s("ready"), name});
        QCOMPARE(early.exitCode, 1);
        const ReleaseActions::State shut =
            ReleaseActions::state(ReleaseActions::Action::MarkReadyForStaging, facts(name), {});
        QVERIFY(!shut.enabled);
        QCOMPARE(said(early), shut.explanation);
        QVERIFY2(early.err.contains(s("CI-Dev")), qPrintable(early.err));

        QJsonObject release = shown(name);
        QCOMPARE(release[u"stage"].toString(), s("ci-dev"));
        QCOMPARE(release[u"blockedBefore"].toString(), s("ready-for-staging"));
        QVERIFY(!release[u"blockers"].toArray().isEmpty());
        QVERIFY(task(release, keys.first())[u"ciDev"].isNull());

        // A failure needs a note, as in the window; the environment must be one tested in.
        const auto bare = cli({s("verdict"), keys.first(), s("fail"), s("--env"), s("ci-dev")});
        QCOMPARE(bare.exitCode, 1);
        QVERIFY2(bare.err.contains(s("A failed test needs a note")), qPrintable(bare.err));
        QCOMPARE(cli({s("verdict"), keys.first(), s("pass"), s("--env"), s("live")}).exitCode, 2);
        QCOMPARE(cli({s("verdict"), keys.first(), s("maybe"), s("--env"), s("ci-dev")}).exitCode,
                 2);
        for (const QString &key : keys)
            QCOMPARE(cli({s("verdict"), key, s("pass"), s("--env"), s("ci-dev")}).exitCode, 0);

        release = shown(name);
        const QJsonObject passed = task(release, keys.first())[u"ciDev"].toObject();
        QCOMPARE(passed[u"outcome"].toString(), s("passed"));
        QCOMPARE(passed[u"tester"].toString(), account);
        QVERIFY(QDateTime::fromString(passed[u"at"].toString(), Qt::ISODate).isValid());
        QVERIFY(task(release, keys.first())[u"staging"].isNull());
        QVERIFY(!release.contains(s("blockers")));
        // The verdicts' writes wait in this desk's outbox, signed by the tester.
        int local = 0;
        for (const QJsonValue &entry : release[u"timeline"].toArray()) {
            QVERIFY(!entry[u"at"].toString().isEmpty());
            if (entry[u"source"].toString() == u"outbox" && entry[u"local"].toBool()) {
                ++local;
                QCOMPARE(entry[u"who"].toString(), account);
            }
        }
        QVERIFY2(local >= 2, QJsonDocument(release).toJson().constData());
        const auto text = cli({s("release"), s("show"), name});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(s("(local: not sent yet)")) &&
                     text.out.contains(s("Passed by %1").arg(account)),
                 qPrintable(text.out));

        const auto ready = cli({s("release"), s("ready"), name});
        QVERIFY2(ready.exitCode == 0, qPrintable(ready.err));
        QCOMPARE(facts(name).release.stage, Stage::ReadyForStaging);
        QCOMPARE(shown(name)[u"stage"].toString(), s("ready-for-staging"));
        // A failure in staging tells the developers; the task goes back to work in Jira.
        QCOMPARE(cli({s("verdict"), keys.last(), s("fail"), s("--env"), s("staging"), s("--note"),
                      s("The filing total is off by one")})
                     .exitCode,
                 0);
        const QJsonObject failed = task(shown(name), keys.last())[u"staging"].toObject();
        QCOMPARE(failed[u"outcome"].toString(), s("failed"));
        QCOMPARE(failed[u"note"].toString(), s("The filing total is off by one"));

        // Sent: the verdicts are comments on their Jira tasks.
        const auto sent = cli({s("outbox"), s("send")});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err + sent.out));
        const QByteArray jira = QJsonDocument(m_fixture->sandbox().state()).toJson();
        const auto verdicts = openStore()->testResultsOf(keys).value();
        QCOMPARE(verdicts.size(), 3);
        for (const TestResult &verdict : verdicts)
            QVERIFY2(jira.contains(verdict.ref.toUtf8()), qPrintable(verdict.ref));
        QVERIFY(jira.contains("The filing total is off by one"));
        QVERIFY(!cli({s("release"), s("show"), name}).out.contains(s("(local: not sent yet)")));
    }

    // The later steps are refused with their gates' words until they can
    // succeed; what the command line must give is a usage error.
    // The saved notes as the window's Markdown export writes them.
    void exportsTheNotesAsMarkdown()
    {
        QCOMPARE(cli({s("sync")}).exitCode, 0);
        const QStringList keys = readyTasks();
        const QString name = s("2027.3.1");
        QCOMPARE(cli({s("release"), s("create"), name, s("--tasks"), keys.join(u',')}).exitCode, 0);
        const QString path = m_dir->filePath(s("notes.md"));
        const auto exported = cli({s("release"), s("notes-export"), name, s("--file"), path});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(file.readAll());
        QVERIFY2(markdown.startsWith(s("# Release notes \u2013 2027.3.1\n")), qPrintable(markdown));
        for (const QString &key : keys)
            QVERIFY2(markdown.contains(s("\n| %1 | ").arg(key)), qPrintable(markdown));

        const auto pdf = cli(
            {s("release"), s("notes-export"), name, s("--file"), m_dir->filePath(s("notes.pdf"))});
        QCOMPARE(pdf.exitCode, 2);
        QVERIFY2(pdf.err.contains(s("export a PDF from the window")), qPrintable(pdf.err));
        const auto nowhere = cli({s("release"), s("notes-export"), name, s("--file"),
                                  m_dir->filePath(s("gone/notes.md"))});
        QCOMPARE(nowhere.exitCode, 1);
        QVERIFY2(nowhere.err.contains(s("gone")), qPrintable(nowhere.err));
    }

    void laterStepsAreRefusedWithTheirGatesWords()
    {
        QCOMPARE(cli({s("sync")}).exitCode, 0);
        const QStringList keys = readyTasks();
        const QString name = s("2027.2.1");
        QCOMPARE(cli({s("release"), s("create"), name, s("--tasks"), keys.join(u',')}).exitCode, 0);
        const auto step = [&](const QStringList &arguments) {
            return cli(QStringList{s("release")} + arguments);
        };
        const Status noChange =
            ReleaseRequests::check(ReleaseRequests::Request::RaiseChange, facts(name).release);
        QVERIFY(!noChange);
        const auto change = step({s("raise-change"), name});
        QCOMPARE(change.exitCode, 1);
        QCOMPARE(said(change), noChange.error());
        const auto staging = step({s("request-staging"), name});
        QCOMPARE(staging.exitCode, 1);
        QVERIFY(!staging.err.trimmed().isEmpty());
        const auto notes = step({s("notes-publish"), name});
        QCOMPARE(notes.exitCode, 1);
        QCOMPARE(said(notes),
                 ReleaseRequests::check(ReleaseRequests::Request::PublishNotes, facts(name).release)
                     .error());
        const auto applied =
            step({s("applied-staging"), name, s("--test-task"), s("ctask0010002")});
        QCOMPARE(applied.exitCode, 1);
        QVERIFY2(applied.err.contains(s("this is for a release in Staging requested")),
                 qPrintable(applied.err));
        QCOMPARE(step({s("applied-staging"), name}).exitCode, 2);
        QCOMPARE(step({s("applied-live"), name}).exitCode, 2);
        const auto backOut = step({s("back-out"), name, s("--reason"), s("Broke filing")});
        QCOMPARE(backOut.exitCode, 1);
        QVERIFY2(backOut.err.contains(s("Only a release requested for staging or later")),
                 qPrintable(backOut.err));
        QCOMPARE(step({s("cancel"), name}).exitCode, 2);
        const auto live = step({s("request-live"), name});
        QCOMPARE(live.exitCode, 1);
        QCOMPARE(said(live), SignOffModel::liveRequestBlockers(facts(name)).join(u' '));
        QCOMPARE(step({s("remove-task"), name}).exitCode, 2);
        QCOMPARE(step({s("ready"), s("no-such-release")}).exitCode, 1);
        QCOMPARE(step({s("promote"), name}).exitCode, 2);
        QCOMPARE(facts(name).release.stage, Stage::CiDev);

        // A task leaves the release, and its fix version in Jira once sent.
        const auto removed = step({s("remove-task"), name, s("--task"), keys.last()});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QCOMPARE(facts(name).release.taskKeys, QStringList{keys.first()});
        QCOMPARE(step({s("remove-task"), name, s("--task"), keys.first()}).exitCode, 1);
        QCOMPARE(cli({s("outbox"), s("send")}).exitCode, 0);
        const QJsonArray issues = m_fixture->sandbox().state()[u"jira"][u"issues"].toArray();
        const auto left = std::find_if(issues.cbegin(), issues.cend(), [&](const QJsonValue &i) {
            return i[u"key"].toString() == keys.last();
        });
        QVERIFY(left != issues.cend());
        QVERIFY((*left)[u"fixVersions"].toArray().isEmpty());

        const auto cancelled = step({s("cancel"), name, s("--reason"), s("Split in two")});
        QVERIFY2(cancelled.exitCode == 0, qPrintable(cancelled.err));
        QCOMPARE(facts(name).release.stage, Stage::Cancelled);
        const auto twice = step({s("cancel"), name, s("--reason"), s("Again")});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains(s("its record is closed")), qPrintable(twice.err));
    }
};

QTEST_GUILESS_MAIN(TestReleaseCli)
#include "tst_releasecli.moc"
