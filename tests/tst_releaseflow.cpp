// One release from its creation to Live, against the sandbox and its
// simulated release team, through the app's own session and window: every
// step is a click or a key press on the real widgets, and each is checked in
// what the window shows and in what reached the sandbox. It runs twice: on
// the sandbox's own conventions, and on a team's whose every convention
// differs, set up from nothing but the connection document that team's
// systems print.

#include "services/sandbox/github/githubsystem.h"
#include "support/flowfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

// A team whose systems follow the process in their own words: renamed
// pipelines and jobs behind single sign-on, two Jira projects with the
// service in a custom field and their own transitions, notes pages titled
// without a dash, a ServiceNow with its own OAuth client, a mandatory field
// and test task type, a release team that answers in its own words and
// edits, failure notices in the developers' channel, and peer review in
// GitHub.
QJsonObject aTeamsOwnConventions()
{
    QJsonObject pipelineServices;
    for (const auto &service : SandboxFixture::smallCatalogue().services)
        pipelineServices.insert(service.name + QStringLiteral("-ci"), service.name);
    const auto object = [](std::initializer_list<std::pair<QString, QJsonValue>> fields) {
        QJsonObject built;
        for (const auto &[key, value] : fields)
            built.insert(key, value);
        return built;
    };
    return object(
        {{QStringLiteral("concourse"),
          object({{QStringLiteral("pipelineServices"), pipelineServices},
                  {QStringLiteral("buildJob"), QStringLiteral("build-image")},
                  {QStringLiteral("planJob"), QStringLiteral("tf-plan")},
                  {QStringLiteral("applyJob"), QStringLiteral("tf-apply")},
                  {QStringLiteral("versionResource"), QStringLiteral("semver")},
                  {QStringLiteral("signIn"), QStringLiteral("token")}})},
         {QStringLiteral("jira"),
          object({{QStringLiteral("project"), QStringLiteral("CHS, PAY")},
                  {QStringLiteral("serviceField"), QStringLiteral("Service")},
                  {QStringLiteral("passTransition"), QStringLiteral("Approve")},
                  {QStringLiteral("failTransition"), QStringLiteral("Reject")}})},
         {QStringLiteral("confluence"),
          object({{QStringLiteral("titlePattern"), QStringLiteral("Release notes {release}")}})},
         {QStringLiteral("servicenow"),
          object(
              {{QStringLiteral("auth"), QStringLiteral("oauth")},
               {QStringLiteral("clientId"), QStringLiteral("team-desk-client")},
               {QStringLiteral("clientSecret"), QStringLiteral("team-desk-secret")},
               {QStringLiteral("mandatoryFields"), object({{QStringLiteral("u_business_service"),
                                                            QStringLiteral("Business service")}})},
               {QStringLiteral("extraFields"),
                object({{QStringLiteral("u_business_service"), QStringLiteral("Orders")}})},
               {QStringLiteral("category"), QStringLiteral("Software")},
               {QStringLiteral("risk"), QStringLiteral("3")},
               {QStringLiteral("testTaskType"), QStringLiteral("uat")}})},
         {QStringLiteral("slack"),
          object({{QStringLiteral("developersChannel"), QStringLiteral("chs-dev-alerts")},
                  {QStringLiteral("releaseTeamWording"),
                   object({{QStringLiteral("appliedToStaging"),
                            QStringLiteral("Deployed {release} to *staging* (test task "
                                           "{testTask})")},
                           {QStringLiteral("appliedToLive"),
                            QStringLiteral("{release} is live :rocket:")},
                           {QStringLiteral("firstSaid"), QStringLiteral("on it :eyes:")}})}})},
         {QStringLiteral("github"), object({{QStringLiteral("owner"), QStringLiteral("acme")}})}});
}

// What the flow expects to find in the systems, in the team's own words.
struct Words
{
    QString notesTitle; // with %1 for the release
    QString appliedToLive;
};

} // namespace

Q_DECLARE_METATYPE(Words)

class TestReleaseFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<FlowFixture> m_fixture;

    QString sandboxState(const char *system)
    {
        return m_fixture->sandboxState(QString::fromLatin1(system));
    }

    // Peer review as the developers do it: every pull request that names a
    // task of the release merged, and one opened and merged for a task that
    // had none.
    void mergeTheReleasesPullRequests()
    {
        auto *gitHub = dynamic_cast<Sandbox::GitHubSystem *>(
            m_fixture->sandbox().system(QStringLiteral("github")));
        QVERIFY(gitHub);
        const QJsonArray pulls = m_fixture->sandbox()
                                     .state()
                                     .value(QLatin1String("github"))
                                     .toObject()
                                     .value(QLatin1String("pulls"))
                                     .toArray();
        const Release release = m_fixture->app().release();
        for (const QString &key : release.taskKeys) {
            const QRegularExpression names(u"\\b" + QRegularExpression::escape(key) + u"\\b");
            bool found = false;
            for (const QJsonValue &pull : pulls) {
                if (!names.match(pull[u"title"].toString()).hasMatch())
                    continue;
                found = true;
                if (!pull[u"closed"].toBool())
                    QVERIFY(gitHub->merge(pull[u"repository"].toString(), pull[u"number"].toInt()));
            }
            if (!found) {
                const QString repository =
                    QStringLiteral("acme/") + release.services.constFirst().service;
                const int number = gitHub->openPull(
                    repository, key + QStringLiteral(": the change"),
                    QStringLiteral("feature/") + key, QStringLiteral("alice-khan"));
                QVERIFY(number > 0);
                QVERIFY(gitHub->merge(repository, number));
            }
        }
        QVERIFY2(m_fixture->app().syncOnce(), qPrintable(m_fixture->app().lastProblem()));
    }

private slots:
    void cleanup() { m_fixture.reset(); }

    void newReleaseToLive_data()
    {
        QTest::addColumn<QJsonObject>("conventions");
        QTest::addColumn<Words>("words");
        QTest::newRow("the sandbox's own conventions")
            << QJsonObject()
            << Words{QStringLiteral("Release notes \u2013 %1"),
                     QStringLiteral("Applied to live: %1")};
        QTest::newRow("a team's own conventions")
            << aTeamsOwnConventions()
            << Words{QStringLiteral("Release notes %1"), QStringLiteral("%1 is live :rocket:")};
    }

    void newReleaseToLive()
    {
        QFETCH(QJsonObject, conventions);
        QFETCH(Words, words);
        Sandbox::SandboxOptions options = SandboxFixture::smallOptions();
        options.conventions = conventions;
        m_fixture = std::make_unique<FlowFixture>(options);
        const QString started = m_fixture->start();
        QVERIFY2(started.isEmpty(), qPrintable(started));

        FlowDriver &app = m_fixture->app();
        // Developer: bundle tested tasks into a new release.
        const QString name = app.createReleaseFromNewTasks(2);
        QVERIFY2(!name.isEmpty(), qPrintable(app.lastProblem()));
        QCOMPARE(app.stage(), Stage::CiDev);
        if (conventions.contains(u"github"))
            mergeTheReleasesPullRequests();

        // Tester: every task passes in CI-Dev, by keyboard.
        QVERIFY2(app.passAll(Environment::CiDev), qPrintable(app.lastProblem()));

        // Developer: ready for staging, then the notes, published to Confluence.
        QVERIFY2(app.click(QStringLiteral("readyForStagingButton")), qPrintable(app.lastProblem()));
        QCOMPARE(app.stage(), Stage::ReadyForStaging);
        QVERIFY2(app.completeAndPublishNotes(), qPrintable(app.lastProblem()));
        QVERIFY2(app.waitForStage(Stage::NotesPublished), qPrintable(app.lastProblem()));
        QVERIFY(sandboxState("confluence").contains(words.notesTitle.arg(name)));

        // Developer: the change in ServiceNow, then the staging request in Slack.
        QVERIFY2(app.click(QStringLiteral("raiseChangeButton")), qPrintable(app.lastProblem()));
        QVERIFY2(app.waitForStage(Stage::TicketRaised), qPrintable(app.lastProblem()));
        QVERIFY(sandboxState("servicenow").contains(u"releasedesk:" + name));
        const QString ticket = app.release().changeTicket;
        QVERIFY(ticket.startsWith(u"CHG"));
        QVERIFY2(app.click(QStringLiteral("requestStagingButton")), qPrintable(app.lastProblem()));
        QVERIFY2(app.waitForStage(Stage::StagingRequested), qPrintable(app.lastProblem()));
        QVERIFY(sandboxState("slack").contains(ticket));
        // Waiting for the answer, the app reads the channel every minute by itself.
        QTRY_VERIFY(m_fixture->session().scheduler().isAwaitingReply());

        // The release team answers in the thread; a sync reads it.
        QVERIFY2(app.syncUntilStage(Stage::InStaging), qPrintable(app.lastProblem()));
        const QString testTask = app.release().testTaskNumber;
        QVERIFY(testTask.startsWith(u"CTASK"));
        QVERIFY(sandboxState("servicenow").contains(testTask));

        // Tester: every task passes in Staging; live is requested.
        QVERIFY2(app.passAll(Environment::Staging), qPrintable(app.lastProblem()));
        QVERIFY(app.text(QStringLiteral("testTaskLabel")).contains(testTask));
        QVERIFY2(app.click(QStringLiteral("requestLiveButton")), qPrintable(app.lastProblem()));
        QVERIFY2(app.waitForStage(Stage::LiveRequested), qPrintable(app.lastProblem()));
        QVERIFY2(app.syncUntilStage(Stage::Live), qPrintable(app.lastProblem()));

        // The dashboard shows it live, with its whole history; nothing waits any more.
        QCOMPARE(app.dashboardStage(name), Stage::Live);
        QTRY_VERIFY(!m_fixture->session().scheduler().isAwaitingReply());
        QVERIFY(app.text(QStringLiteral("currentReleaseLabel")).contains(toTitle(Stage::Live)));
        QVERIFY(sandboxState("slack").contains(words.appliedToLive.arg(name)));
    }
};

QTEST_MAIN(TestReleaseFlow)
#include "tst_releaseflow.moc"
