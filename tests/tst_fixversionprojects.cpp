#include "models/usecases/releasefixversions.h"
#include "services/connections/connectioncheck.h"
#include "support/deskbench.h"
#include "support/sandboxfixture.h"

#include "services/sandbox/simulation/catalogue.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString releaseName = QStringLiteral("2027.1.1");

// A task of the history that no release ships yet.
QString freeTask()
{
    for (const Sandbox::CatalogueTask &task : SandboxFixture::smallCatalogue().tasks) {
        if (task.fixVersion.isEmpty())
            return task.key;
    }
    return {};
}

} // namespace

// A release whose tasks span the team's Jira projects, against a sandbox
// whose Jira keeps versions per project and refuses a version of another
// project on an issue, as Jira does: a version of the release's name in each
// project, each task in its own project's, released or archived in each, and
// another desk's sync sees one release. A team of one project is unchanged
// (tst_fixversionoutbox, tst_fixversionsync).
class TestFixVersionProjects : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<DeskBench> m_desk;

    // A sandbox whose Jira has the projects `projects`, and a desk connected
    // to it as it says, with `deskProjects` instead when given; synced once
    // when `sync`.
    bool start(const QString &projects, const QString &deskProjects = {}, bool sync = true)
    {
        Sandbox::SandboxOptions options = SandboxFixture::smallOptions();
        options.conventions = QJsonObject{{s("jira"), QJsonObject{{s("project"), projects}}}};
        m_fixture = std::make_unique<SandboxFixture>(options);
        if (!m_fixture->isListening())
            return false;
        m_desk = desk(deskProjects);
        if (!m_desk->isReady())
            return false;
        return !sync || synced(*m_desk);
    }

    std::unique_ptr<DeskBench> desk(const QString &projects = {})
    {
        QJsonObject connections = m_fixture->sandbox().connectionInfo();
        QJsonObject jira = connections.value(s("jira")).toObject();
        if (!projects.isEmpty())
            jira.insert(s("project"), projects);
        connections.insert(s("jira"), jira);
        return std::make_unique<DeskBench>(connections);
    }

    static bool synced(DeskBench &desk)
    {
        const auto result = desk.sync();
        if (!result || !result->ok())
            qWarning("sync: %s",
                     result ? qPrintable(SyncSummary::lines(*result).join(u' ')) : "timeout");
        return result && result->ok();
    }

    SandboxFixture::Reply jira(const QString &path)
    {
        return m_fixture->get(m_fixture->url(s("jira"), s("/rest/api/2") + path),
                              SandboxFixture::authorization("Bearer sandbox-jira-pat"));
    }

    // The project's version of the release's name, as the sandbox keeps it.
    QJsonObject version(const QString &project)
    {
        for (const QJsonValue &v : jira(s("/project/%1/versions").arg(project)).json().array()) {
            if (v.toObject().value(QLatin1String("name")).toString() == releaseName)
                return v.toObject();
        }
        return {};
    }

    // The ids of the issue's fix versions.
    QStringList fixVersionIds(const QString &key)
    {
        QStringList ids;
        const QJsonArray list = jira(s("/issue/%1?fields=fixVersions").arg(key))
                                    .object()
                                    .value(QLatin1String("fields"))
                                    .toObject()
                                    .value(QLatin1String("fixVersions"))
                                    .toArray();
        for (const QJsonValue &v : list)
            ids << v.toObject().value(QLatin1String("id")).toString();
        return ids;
    }

    // A release of `keys` made on the desk and sent; its id.
    qint64 createAndSend(const QStringList &keys)
    {
        const auto created =
            m_desk->workflow().createRelease(releaseName, {}, keys, m_desk->account());
        if (!created) {
            qWarning("create: %s", qPrintable(created.error()));
            return 0;
        }
        return m_desk->sendOutbox() && noFailures() ? created.value() : 0;
    }

    bool noFailures()
    {
        const QList<OutboxEntry> failed = m_desk->store().outbox(OutboxState::Failed).value();
        for (const OutboxEntry &entry : failed)
            qWarning("failed: %s", qPrintable(entry.lastError));
        return failed.isEmpty();
    }

    Result<QString> checkJira(DeskBench &desk)
    {
        std::optional<Result<QString>> answer;
        QObject context;
        ConnectionCheck::run(desk.integrations(), RemoteSystem::Jira, &context,
                             [&](const Result<QString> &a) { answer = a; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
            return Result<QString>::failure(s("no answer"));
        return *answer;
    }

private slots:
    void cleanup()
    {
        m_desk.reset();
        m_fixture.reset();
    }

    void aReleaseAcrossProjectsHasItsVersionInEach()
    {
        QVERIFY(start(s("CHS, PAY")));
        const QString chs = freeTask();
        QVERIFY(!chs.isEmpty());
        QVERIFY(createAndSend({chs, s("PAY-1")}));
        const QJsonObject inChs = version(s("CHS"));
        const QJsonObject inPay = version(s("PAY"));
        QVERIFY(!inChs.isEmpty());
        QVERIFY(!inPay.isEmpty());
        QVERIFY(inChs.value(QLatin1String("id")) != inPay.value(QLatin1String("id")));
        QVERIFY(inChs.value(QLatin1String("projectId")) != inPay.value(QLatin1String("projectId")));
        // Each task carries its own project's version.
        QVERIFY(fixVersionIds(chs).contains(inChs.value(QLatin1String("id")).toString()));
        QCOMPARE(fixVersionIds(s("PAY-1")),
                 QStringList{inPay.value(QLatin1String("id")).toString()});
    }

    void cancellingArchivesTheVersionOfEveryProject()
    {
        QVERIFY(start(s("CHS, PAY")));
        const qint64 id = createAndSend({freeTask(), s("PAY-1")});
        QVERIFY(id);
        QVERIFY(m_desk->workflow().transition(id, Stage::Cancelled, m_desk->account(),
                                              s("Superseded by <b>2027.1.2</b>")));
        QVERIFY(m_desk->sendOutbox());
        QVERIFY(noFailures());
        QVERIFY(version(s("CHS")).value(QLatin1String("archived")).toBool());
        QVERIFY(version(s("PAY")).value(QLatin1String("archived")).toBool());
    }

    // Released in every project, whether sent by the desk or marked in Jira.
    void theLiveMarkReachesEveryProject()
    {
        QVERIFY(start(s("CHS, PAY")));
        const qint64 id = createAndSend({freeTask(), s("PAY-1")});
        QVERIFY(id);
        const Release release = m_desk->store().release(id).value();
        const QList<OutboxEntry> live =
            ReleaseFixVersions::moved(release, Stage::Live, m_desk->clock().now(),
                                      m_desk->settings().jira.projects().value(0));
        QCOMPARE(live.size(), 2);
        QVERIFY(m_desk->store().saveRelease(release, {}, live));
        QVERIFY(m_desk->sendOutbox());
        QVERIFY(noFailures());
        const QString day = m_desk->clock().now().toLocalTime().date().toString(Qt::ISODate);
        for (const QString &project : {s("CHS"), s("PAY")}) {
            const QJsonObject released = version(project);
            QVERIFY2(released.value(QLatin1String("released")).toBool(), qPrintable(project));
            QCOMPARE(released.value(QLatin1String("releaseDate")).toString(), day);
        }
    }

    // Another desk reads the versions of every project: one release, with
    // the tasks of both, and it follows the release being cancelled.
    void anotherDeskSeesOneReleaseWithEveryTask()
    {
        QVERIFY(start(s("CHS, PAY")));
        const QString chs = freeTask();
        const qint64 id = createAndSend({chs, s("PAY-1")});
        QVERIFY(id);
        const auto other = desk();
        QVERIFY(other->isReady());
        QVERIFY(synced(*other));
        const QList<Release> releases = other->store().releases().value();
        const auto named = std::count_if(releases.cbegin(), releases.cend(),
                                         [](const Release &r) { return r.name == releaseName; });
        QCOMPARE(int(named), 1);
        const auto seen = std::find_if(releases.cbegin(), releases.cend(),
                                       [](const Release &r) { return r.name == releaseName; });
        QStringList keys = seen->taskKeys;
        keys.sort();
        QCOMPARE(keys, (QStringList{chs, s("PAY-1")}));

        QVERIFY(
            m_desk->workflow().transition(id, Stage::Cancelled, m_desk->account(), s("Dropped")));
        QVERIFY(m_desk->sendOutbox());
        QVERIFY(synced(*other));
        QCOMPARE(other->store().release(seen->id).value().stage, Stage::Cancelled);
    }

    // As in Jira, an issue takes only its own project's versions: a version
    // of another project is refused with Jira's errors, and nothing changes.
    void aVersionOfAnotherProjectIsRefused()
    {
        QVERIFY(start(s("CHS, PAY")));
        const QString chs = freeTask();
        QVERIFY(createAndSend({chs}));
        const QString chsVersion = version(s("CHS")).value(QLatin1String("id")).toString();
        QVERIFY(version(s("PAY")).isEmpty());
        const QUrl issue = m_fixture->url(s("jira"), s("/rest/api/2/issue/PAY-2"));
        const auto headers = SandboxFixture::authorization("Bearer sandbox-jira-pat");
        for (const QJsonObject &named :
             {QJsonObject{{s("name"), releaseName}}, QJsonObject{{s("id"), chsVersion}}}) {
            const QJsonObject edit{
                {s("update"),
                 QJsonObject{{s("fixVersions"), QJsonArray{QJsonObject{{s("add"), named}}}}}}};
            const auto refused = m_fixture->sendJson("PUT", issue, QJsonDocument(edit), headers);
            QCOMPARE(refused.status, 400);
            QVERIFY(refused.object().value(QLatin1String("errorMessages")).isArray());
            QVERIFY2(refused.object()
                         .value(QLatin1String("errors"))
                         .toObject()
                         .value(QLatin1String("fixVersions"))
                         .toString()
                         .contains(s("is not valid")),
                     refused.body.constData());
        }
        QVERIFY(fixVersionIds(s("PAY-2")).isEmpty());
    }

    // A second project's name taken by a version of its own is no clash.
    void eachProjectKeepsItsOwnNames()
    {
        QVERIFY(start(s("CHS, PAY")));
        QVERIFY(createAndSend({freeTask()}));
        const QUrl versions = m_fixture->url(s("jira"), s("/rest/api/2/version"));
        const auto headers = SandboxFixture::authorization("Bearer sandbox-jira-pat");
        const auto post = [&](const QString &project) {
            return m_fixture->sendJson(
                "POST", versions,
                QJsonDocument(QJsonObject{{s("name"), releaseName}, {s("project"), project}}),
                headers);
        };
        QCOMPARE(post(s("PAY")).status, 201);
        const auto again = post(s("PAY"));
        QCOMPARE(again.status, 400);
        QVERIFY(again.object()
                    .value(QLatin1String("errors"))
                    .toObject()
                    .value(QLatin1String("name"))
                    .toString()
                    .contains(s("already exists")));
        QCOMPARE(post(s("NOPE")).status, 400);
    }

    // Test connection looks for every project the settings name.
    void theConnectionCheckFindsEveryProject()
    {
        QVERIFY(start(s("CHS, PAY"), {}, false));
        const auto found = checkJira(*m_desk);
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QVERIFY2(found.value().contains(s("projects CHS, PAY found")), qPrintable(found.value()));

        const auto missing = desk(s("CHS, NOPE"));
        QVERIFY(missing->isReady());
        const auto notFound = checkJira(*missing);
        QVERIFY(!notFound.ok());
        QVERIFY2(notFound.error().contains(s("project NOPE was not found")),
                 qPrintable(notFound.error()));
    }

    // A team of one project: one version, named by no entry, as before.
    void oneProjectAsBefore()
    {
        QVERIFY(start(s("CHS")));
        const QString chs = freeTask();
        const qint64 id = createAndSend({chs});
        QVERIFY(id);
        QVERIFY(!version(s("CHS")).isEmpty());
        QCOMPARE(jira(s("/project/PAY/versions")).status, 404);
        for (const OutboxEntry &entry : m_desk->store().releaseOutbox(id).value())
            QVERIFY2(!entry.payload.contains("project"), entry.payload.constData());
        const auto found = checkJira(*m_desk);
        QVERIFY2(found.ok() && found.value().contains(s("project CHS found")),
                 qPrintable(found.ok() ? found.value() : found.error()));
    }
};

QTEST_GUILESS_MAIN(TestFixVersionProjects)
#include "tst_fixversionprojects.moc"
