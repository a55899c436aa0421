#include "models/formats/releasechannel.h"
#include "models/formats/releaseteamreply.h"
#include "models/formats/slackformat.h"

#include <QTest>

using namespace ReleaseDesk;

Q_DECLARE_METATYPE(ReleaseDesk::ReleaseTeamReply::Kind)

// What sync makes of the release channel: the release team's answers, read
// without guessing, and the requests they answer.
class TestReleaseChannel : public QObject
{
    Q_OBJECT

private slots:
    void replies_data()
    {
        using Kind = ReleaseTeamReply::Kind;
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("release");
        QTest::addColumn<QString>("testTask");
        const QString r = QStringLiteral("2026.11.3");
        const QString t = QStringLiteral("CTASK0010007");

        QTest::newRow("staging, as the team writes it")
            << QStringLiteral("Applied to staging: 2026.11.3. ServiceNow test task CTASK0010007.")
            << Kind::AppliedToStaging << r << t;
        QTest::newRow("live, as the team writes it")
            << QStringLiteral("Applied to live: 2026.11.3.") << Kind::AppliedToLive << r
            << QString();
        QTest::newRow("case and no full stops")
            << QStringLiteral("APPLIED TO STAGING: 2026.11.3 servicenow TEST TASK ctask0010007")
            << Kind::AppliedToStaging << r << t;
        QTest::newRow("dash, 'release', colon before the task")
            << QStringLiteral("applied to staging - release 2026.11.3, test task: CTASK0010007!")
            << Kind::AppliedToStaging << r << t;
        QTest::newRow("mrkdwn bold, code and italics")
            << QStringLiteral("*Applied to staging*: `2026.11.3`. _ServiceNow test task "
                              "*CTASK0010007*_.")
            << Kind::AppliedToStaging << r << t;
        QTest::newRow("strike and extra spaces")
            << QStringLiteral("  Applied   to  live:   ~2026.11.3~ . ") << Kind::AppliedToLive << r
            << QString();
        QTest::newRow("line breaks")
            << QStringLiteral("Applied to staging: 2026.11.3.\nServiceNow test task\nCTASK0010007.")
            << Kind::AppliedToStaging << r << t;
        QTest::newRow("task as a link")
            << QStringLiteral("Applied to staging: 2026.11.3. ServiceNow test task "
                              "<https://sn.example.com/nav_to.do?uri=change_task.do|CTASK0010007>.")
            << Kind::AppliedToStaging << r << t;
        QTest::newRow("entities in the name")
            << QStringLiteral("Applied to live: R&amp;D-1.") << Kind::AppliedToLive
            << QStringLiteral("R&D-1") << QString();
        QTest::newRow("underscore kept in a name")
            << QStringLiteral("Applied to live: release_candidate_2.") << Kind::AppliedToLive
            << QStringLiteral("release_candidate_2") << QString();
        QTest::newRow("word joiners from SlackFormat")
            << QStringLiteral("Applied to live: 2026.11.3-s\u2060taging.") << Kind::AppliedToLive
            << QStringLiteral("2026.11.3-staging") << QString();
        // The request's thread says the rest: its release, its test task.
        QTest::newRow("staging without its test task")
            << QStringLiteral("Applied to staging: 2026.11.3.") << Kind::AppliedToStaging << r
            << QString();
        QTest::newRow("no release")
            << QStringLiteral("Applied to live.") << Kind::AppliedToLive << QString() << QString();

        // Everything else is for a person to read.
        const Kind no = Kind::Unrecognised;
        QTest::newRow("staging with another kind of number")
            << QStringLiteral("Applied to staging: 2026.11.3. ServiceNow test task CHG0030001.")
            << no << QString() << QString();
        QTest::newRow("live with a condition")
            << QStringLiteral("Applied to live: 2026.11.3, except chs-orders-api.") << no
            << QString() << QString();
        QTest::newRow("backed out, then a question")
            << QStringLiteral("Backed out of live: 2026.11.3? Not yet.") << no << QString()
            << QString();
        QTest::newRow("not backed out yet")
            << QStringLiteral("Backed out of staging: 2026.11.3 - not yet.") << no << QString()
            << QString();
        QTest::newRow("cancelled, never")
            << QStringLiteral("Cancelled: never mind, it's fine.") << no << QString() << QString();
        QTest::newRow("not cancelled")
            << QStringLiteral("Not cancelled: 2026.11.3.") << no << QString() << QString();
        QTest::newRow("applied: not yet")
            << QStringLiteral("Applied to live: not yet.") << no << QString() << QString();
        QTest::newRow("a question")
            << QStringLiteral("I can't find a change ticket in this request; please include the "
                              "CHG number.")
            << no << QString() << QString();
        QTest::newRow("not at the start") << QStringLiteral("Not yet applied to live: 2026.11.3.")
                                          << no << QString() << QString();
        QTest::newRow("empty") << QString() << no << QString() << QString();
    }
    void stops_data()
    {
        using Kind = ReleaseTeamReply::Kind;
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("why");
        QTest::newRow("backed out of live, as the team writes it")
            << QStringLiteral("Backed out of live: 2026.11.3. The previous versions are running "
                              "again.")
            << Kind::BackedOutOfLive << QStringLiteral("The previous versions are running again.");
        QTest::newRow("backed out of staging, bold, a dash")
            << QStringLiteral("*Backed out of staging* - 2026.11.3: orders API errors")
            << Kind::BackedOutOfStaging << QStringLiteral("orders API errors");
        QTest::newRow("cancelled, 'release', lower case")
            << QStringLiteral("cancelled: release 2026.11.3. No longer needed.") << Kind::Cancelled
            << QStringLiteral("No longer needed.");
        QTest::newRow("canceled, American spelling, no reason")
            << QStringLiteral("Canceled: 2026.11.3.") << Kind::Cancelled << QString();
        QTest::newRow("SlackFormat's back out")
            << SlackFormat::backedOut(QStringLiteral("2026.11.3"), Environment::Live,
                                      QStringLiteral("Errors <after> the deploy & more"))
            << Kind::BackedOutOfLive << QStringLiteral("Errors <after> the deploy & more");
        QTest::newRow("SlackFormat's cancellation of a tricky name")
            << SlackFormat::cancelled(QStringLiteral("2026.11.3"),
                                      QStringLiteral("Moved to the staging slot of next week"))
            << Kind::Cancelled << QStringLiteral("Moved to the staging slot of next week");
    }
    void stops()
    {
        QFETCH(QString, text);
        QFETCH(ReleaseTeamReply::Kind, kind);
        QFETCH(QString, why);
        const ReleaseTeamReply reply = ReleaseTeamReply::read(text);
        QCOMPARE(reply.kind, kind);
        QCOMPARE(reply.release, u"2026.11.3");
        QCOMPARE(reply.why, why);
    }

    void slackFormatsAppliedAsTheTeamWrites()
    {
        const ReleaseTeamReply staging = ReleaseTeamReply::read(SlackFormat::appliedToStaging(
            QStringLiteral("2026.11.3-live"), QStringLiteral("CTASK0010007")));
        QCOMPARE(staging.kind, ReleaseTeamReply::Kind::AppliedToStaging);
        QCOMPARE(staging.release, u"2026.11.3-live");
        QCOMPARE(staging.testTask, u"CTASK0010007");
        const ReleaseTeamReply live =
            ReleaseTeamReply::read(SlackFormat::appliedToLive(QStringLiteral("R&D-1")));
        QCOMPARE(live.kind, ReleaseTeamReply::Kind::AppliedToLive);
        QCOMPARE(live.release, u"R&D-1");
    }

    void replies()
    {
        QFETCH(QString, text);
        QFETCH(ReleaseTeamReply::Kind, kind);
        QFETCH(QString, release);
        QFETCH(QString, testTask);
        const ReleaseTeamReply reply = ReleaseTeamReply::read(text);
        QCOMPARE(reply.kind, kind);
        QCOMPARE(reply.release, release);
        QCOMPARE(reply.testTask, testTask);
    }

    void plainText_data()
    {
        QTest::addColumn<QString>("mrkdwn");
        QTest::addColumn<QString>("plain");
        QTest::newRow("link with label") << QStringLiteral("see <https://x.example/a|the page>.")
                                         << QStringLiteral("see the page.");
        QTest::newRow("bare link")
            << QStringLiteral("<https://x.example/a>") << QStringLiteral("https://x.example/a");
        QTest::newRow("mention stays")
            << QStringLiteral("<@U0CHS00001> done") << QStringLiteral("<@U0CHS00001> done");
        QTest::newRow("entities") << QStringLiteral("a &lt;b&gt; &amp;amp;")
                                  << QStringLiteral("a <b> &amp;");
        QTest::newRow("marks") << QStringLiteral("*bold* _it_ ~gone~ `code`")
                               << QStringLiteral("bold it gone code");
        QTest::newRow("inner marks kept")
            << QStringLiteral("snake_case and 2*3") << QStringLiteral("snake_case and 2*3");
    }
    void plainText()
    {
        QFETCH(QString, mrkdwn);
        QFETCH(QString, plain);
        QCOMPARE(plainSlackText(mrkdwn), plain);
    }

    void messages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isReply");
        QTest::addColumn<ChannelMessageKind>("parentKind");
        QTest::addColumn<ChannelMessageKind>("kind");
        QTest::addColumn<QString>("release");
        QTest::addColumn<QString>("testTask");
        QTest::addColumn<bool>("byReleaseTeam");

        Release release;
        release.name = QStringLiteral("2026.11.3");
        release.services = {
            {QStringLiteral("chs-orders-api"), QStringLiteral("1.4.2"), QStringLiteral("ECS")}};
        const QUrl notes(QStringLiteral("https://wiki.example.com/pages/42"));
        const QString change = QStringLiteral("CHG0030001");
        const auto none = ChannelMessageKind::None;
        const auto staging = ChannelMessageKind::StagingRequest;
        const auto live = ChannelMessageKind::LiveRequest;

        QTest::newRow("ReleaseDesk's staging request")
            << SlackFormat::stagingRequest(release, notes, change) << false << none << staging
            << release.name << QString() << true;
        QTest::newRow("ReleaseDesk's live request")
            << SlackFormat::liveRequest(release, notes, change) << false << none << live
            << release.name << QString() << true;
        Release awkward = release;
        awkward.name = QStringLiteral("2026.11.3-staging & <live>");
        QTest::newRow("a name with the other word, defused")
            << SlackFormat::liveRequest(awkward, notes, change) << false << none << live
            << awkward.name << QString() << true;
        QTest::newRow("the history's wording")
            << QStringLiteral("Staging request for release 2026.11.3: please deploy to "
                              "staging.\nChange: CHG0030001\nServices: chs-orders-api 1.4.2")
            << false << none << staging << release.name << QString() << true;
        QTest::newRow("talk") << QStringLiteral("Anyone else seeing slow CI-Dev builds?") << false
                              << none << none << QString() << QString() << true;
        QTest::newRow("mixed environments")
            << QStringLiteral("Staging request for release 2026.11.3: please deploy to live.")
            << false << none << none << QString() << QString() << true;
        QTest::newRow("answer to a staging request")
            << QStringLiteral("Applied to staging: 2026.11.3. ServiceNow test task CTASK0010007.")
            << true << staging << ChannelMessageKind::AppliedToStaging << release.name
            << QStringLiteral("CTASK0010007") << true;
        QTest::newRow("answer to a live request")
            << QStringLiteral("Applied to live: 2026.11.3.") << true << live
            << ChannelMessageKind::AppliedToLive << release.name << QString() << true;
        QTest::newRow("an answer not understood")
            << QStringLiteral("Done, I think?") << true << staging
            << ChannelMessageKind::Unrecognised << QString() << QString() << true;
        QTest::newRow("a reply in a thread of talk")
            << QStringLiteral("Applied to live: 2026.11.3.") << true << none << none << QString()
            << QString() << true;
        QTest::newRow("a request's wording inside a thread")
            << QStringLiteral("Staging request for release 2026.11.3: please deploy to staging.")
            << true << none << none << QString() << QString() << true;

        // The team's words from someone else: kept, named, not acted on.
        const auto impostor = ChannelMessageKind::NotFromReleaseTeam;
        QTest::newRow("an impostor's live answer")
            << QStringLiteral("Applied to live: 2026.11.3.") << true << live << impostor
            << release.name << QString() << false;
        QTest::newRow("an impostor's staging answer")
            << QStringLiteral("Applied to staging: 2026.11.3. ServiceNow test task CTASK0010007.")
            << true << staging << impostor << release.name << QStringLiteral("CTASK0010007")
            << false;
        QTest::newRow("an impostor's back out, top-level")
            << QStringLiteral("Backed out of live: 2026.11.3. Errors.") << false << none << impostor
            << release.name << QString() << false;
        QTest::newRow("talk by someone else is talk")
            << QStringLiteral("Done, I think?") << true << staging
            << ChannelMessageKind::Unrecognised << QString() << QString() << false;
        QTest::newRow("a request by someone else is a request")
            << SlackFormat::stagingRequest(release, notes, change) << false << none << staging
            << release.name << QString() << false;
        QTest::newRow("back out in a request's thread")
            << QStringLiteral("Backed out of staging: 2026.11.3. Errors.") << true << staging
            << ChannelMessageKind::BackedOutOfStaging << release.name << QString() << true;
        QTest::newRow("back out, top-level")
            << QStringLiteral("Backed out of live: 2026.11.3. Errors.") << false << none
            << ChannelMessageKind::BackedOutOfLive << release.name << QString() << true;
        QTest::newRow("cancelled, top-level")
            << QStringLiteral("Cancelled: 2026.11.3. Not needed.") << false << none
            << ChannelMessageKind::Cancelled << release.name << QString() << true;
        QTest::newRow("applied is only an answer, never top-level")
            << QStringLiteral("Applied to live: 2026.11.3.") << false << none << none << QString()
            << QString() << true;
        QTest::newRow("a negation, top-level")
            << QStringLiteral("Cancelled: 2026.11.3? Not yet.") << false << none << none
            << QString() << QString() << true;
    }
    void messages()
    {
        QFETCH(QString, text);
        QFETCH(bool, isReply);
        QFETCH(ChannelMessageKind, parentKind);
        QFETCH(ChannelMessageKind, kind);
        QFETCH(QString, release);
        QFETCH(QString, testTask);
        QFETCH(bool, byReleaseTeam);
        const auto reading = ReleaseChannel::read(text, isReply, parentKind, byReleaseTeam);
        QCOMPARE(reading.kind, kind);
        QCOMPARE(reading.releaseName, release);
        QCOMPARE(reading.testTask, testTask);
    }
};

QTEST_GUILESS_MAIN(TestReleaseChannel)
#include "tst_releasechannel.moc"
