#include "models/domain/connectionsettings.h"
#include "models/formats/channelwording.h"
#include "models/formats/releasechannel.h"

#include <QTest>

using namespace ReleaseDesk;

// The release channel as real teams write in it: replies in their own words
// and requests by hand, read with the built-in wording and the team's own,
// never counting a negation or a message about something else.
class TestChannelWording : public QObject
{
    Q_OBJECT

private slots:
    void defaultWording_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ChannelMessageKind>("parentKind"); // None: a top-level message
        QTest::addColumn<ChannelMessageKind>("kind");
        QTest::addColumn<QString>("release");
        QTest::addColumn<QString>("testTask");
        const auto staging = ChannelMessageKind::StagingRequest;
        const auto live = ChannelMessageKind::LiveRequest;
        const auto top = ChannelMessageKind::None;
        const auto appliedStaging = ChannelMessageKind::AppliedToStaging;
        const auto appliedLive = ChannelMessageKind::AppliedToLive;
        const auto backedOutStaging = ChannelMessageKind::BackedOutOfStaging;
        const auto backedOutLive = ChannelMessageKind::BackedOutOfLive;
        const auto unread = ChannelMessageKind::Unrecognised;
        const QString r = QStringLiteral("2026.11.3");
        const QString t = QStringLiteral("CTASK0010007");
        const QString none;

        // Plain replies in the request's thread.
        QTest::newRow("markup, no release")
            << QStringLiteral("applied to *staging*") << staging << appliedStaging << none << none;
        QTest::newRow("deployed with an emoji")
            << QStringLiteral("Deployed 2026.11.3 to staging :white_check_mark:") << staging
            << appliedStaging << r << none;
        QTest::newRow("is on staging now") << QStringLiteral("2026.11.3 is on staging now")
                                           << staging << appliedStaging << r << none;
        QTest::newRow("staging: done for") << QStringLiteral("staging: done for 2026.11.3")
                                           << staging << appliedStaging << r << none;
        QTest::newRow("other case, prod, a mention")
            << QStringLiteral("<@U0CHS00002> DEPLOYED 2026.11.3 TO PROD") << live << appliedLive
            << r << none;
        QTest::newRow("stg with its test task after")
            << QStringLiteral("deployed `2026.11.3` to stg, test task CTASK0010007 :tada:")
            << staging << appliedStaging << r << t;
        QTest::newRow("a bare test task in brackets")
            << QStringLiteral("2026.11.3 is on staging (CTASK0010007)") << staging << appliedStaging
            << r << t;
        QTest::newRow("is live") << QStringLiteral("2026.11.3 is live :rocket:") << live
                                 << appliedLive << r << none;
        QTest::newRow("applied to live, no release")
            << QStringLiteral("_Applied to live._") << live << appliedLive << none << none;
        QTest::newRow("hi all, then the reply")
            << QStringLiteral("Hi all, 2026.11.3 deployed to production.") << live << appliedLive
            << r << none;
        QTest::newRow("rolled back from live") << QStringLiteral("rolled back 2026.11.3 from live")
                                               << live << backedOutLive << r << none;
        QTest::newRow("backed out, the thread's environment")
            << QStringLiteral("backed out") << staging << backedOutStaging << none << none;
        QTest::newRow("backed out, a reason")
            << QStringLiteral("Backed out - the orders API did not start") << live << backedOutLive
            << none << none;
        QTest::newRow("stage for staging, a reason")
            << QStringLiteral("Rolled back 2026.11.3 from stage: errors") << staging
            << backedOutStaging << r << none;
        QTest::newRow("SlackFormat's staging words stay")
            << QStringLiteral("Applied to staging: 2026.11.3. ServiceNow test task CTASK0010007.")
            << staging << appliedStaging << r << t;

        // Negations, doubts, plans: for a person to read.
        QTest::newRow("not applied yet")
            << QStringLiteral("not applied yet") << staging << unread << none << none;
        QTest::newRow("haven't deployed") << QStringLiteral("haven't deployed 2026.11.3 to staging")
                                          << staging << unread << none << none;
        QTest::newRow("haven’t, as a phone writes it")
            << QStringLiteral("I haven\u2019t deployed 2026.11.3 to staging") << staging << unread
            << none << none;
        QTest::newRow("will apply tomorrow")
            << QStringLiteral("will apply tomorrow") << staging << unread << none << none;
        QTest::newRow("deploying later")
            << QStringLiteral("2026.11.3 deployed to staging later today") << staging << unread
            << none << none;
        QTest::newRow("a question") << QStringLiteral("Deployed 2026.11.3 to staging?") << staging
                                    << unread << none << none;
        QTest::newRow("an x emoji") << QStringLiteral("Deployed 2026.11.3 to staging :x:")
                                    << staging << unread << none << none;
        QTest::newRow("a condition after")
            << QStringLiteral("Deployed 2026.11.3 to live except the orders API") << live << unread
            << none << none;
        QTest::newRow("failed") << QStringLiteral("deploy of 2026.11.3 to staging failed")
                                << staging << unread << none << none;
        QTest::newRow("no rollback needed")
            << QStringLiteral("no need to roll back 2026.11.3") << live << unread << none << none;
        QTest::newRow("backed out something else")
            << QStringLiteral("I backed out my change to the README") << live << unread << none
            << none;
        QTest::newRow("backed out, not yet")
            << QStringLiteral("backed out? not yet") << live << unread << none << none;
        QTest::newRow("a fix, not a release")
            << QStringLiteral("Deployed the fix to staging") << staging << unread << none << none;
        QTest::newRow("another topic with a task number")
            << QStringLiteral("Can someone look at CTASK0010007 for 2026.11.3?") << staging
            << unread << none << none;
        QTest::newRow("someone asking") << QStringLiteral("has 2026.11.3 been applied to staging?")
                                        << staging << unread << none << none;

        // Top-level: a stop names its release, applied is only an answer,
        // talk with a release name is talk.
        QTest::newRow("top-level rolled back")
            << QStringLiteral("Rolled back 2026.11.3 from live. Errors.") << top << backedOutLive
            << r << none;
        QTest::newRow("top-level back out without a release")
            << QStringLiteral("backed out") << top << top << none << none;
        QTest::newRow("top-level applied is no answer")
            << QStringLiteral("Deployed 2026.11.3 to staging") << top << top << none << none;
        QTest::newRow("top-level talk about a release")
            << QStringLiteral("The notes for 2026.11.3 are on Confluence") << top << top << none
            << none;
    }
    void defaultWording()
    {
        QFETCH(QString, text);
        QFETCH(ChannelMessageKind, parentKind);
        QFETCH(ChannelMessageKind, kind);
        QFETCH(QString, release);
        QFETCH(QString, testTask);
        const bool isReply = ReleaseChannel::isRequest(parentKind);
        const auto reading = ReleaseChannel::read(text, isReply, parentKind, true);
        QCOMPARE(reading.kind, kind);
        QCOMPARE(reading.releaseName, release);
        QCOMPARE(reading.testTask, testTask);
    }

    void handWrittenRequests_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ChannelMessageKind>("kind");
        QTest::addColumn<QString>("release");
        const auto staging = ChannelMessageKind::StagingRequest;
        const auto live = ChannelMessageKind::LiveRequest;
        const auto none = ChannelMessageKind::None;
        const QString r = QStringLiteral("2026.11.3");
        QTest::newRow("please deploy, a group mention")
            << QStringLiteral("<!subteam^S0CHS00001|@release-team> please deploy 2026.11.3 to "
                              "staging (CHG0030001)")
            << staging << r;
        QTest::newRow("typed mention, production")
            << QStringLiteral("@release-team Please deploy *2026.11.3* to production") << live << r;
        QTest::newRow("staging request:")
            << QStringLiteral("Staging request: 2026.11.3") << staging << r;
        QTest::newRow("live request for")
            << QStringLiteral("Live request for 2026.11.3, CHG0030001") << live << r;
        QTest::newRow("please don't")
            << QStringLiteral("please don't deploy 2026.11.3 to staging") << none << QString();
        QTest::newRow("not yet") << QStringLiteral(
                                        "Staging request: 2026.11.3 - not yet, waiting on QA")
                                 << none << QString();
        QTest::newRow("without a release")
            << QStringLiteral("please deploy the hotfix to staging") << none << QString();
    }
    void handWrittenRequests()
    {
        QFETCH(QString, text);
        QFETCH(ChannelMessageKind, kind);
        QFETCH(QString, release);
        const auto reading = ReleaseChannel::read(text, false, ChannelMessageKind::None, false);
        QCOMPARE(reading.kind, kind);
        QCOMPARE(reading.releaseName, release);
    }

    void teamPatternCountsOnlyWhenConfigured()
    {
        const QString reply =
            QStringLiteral("Shipped 2026.11.3 into preprod :ship: task CTASK0010007");
        QCOMPARE(ReleaseChannel::read(reply, true, ChannelMessageKind::StagingRequest, true).kind,
                 ChannelMessageKind::Unrecognised);

        SlackSettings settings;
        settings.stagingWords << QStringLiteral("preprod");
        settings.replyPatterns << QStringLiteral("applied: shipped {release} into {environment}");
        const auto wording = ChannelWording::of(settings);
        QVERIFY2(wording, qPrintable(wording.error()));
        const auto reading = ReleaseChannel::read(reply, true, ChannelMessageKind::StagingRequest,
                                                  true, wording.value());
        QCOMPARE(reading.kind, ChannelMessageKind::AppliedToStaging);
        QCOMPARE(reading.releaseName, u"2026.11.3");
        QCOMPARE(reading.testTask, u"CTASK0010007");
        // Negations are refused whatever the pattern.
        QCOMPARE(ReleaseChannel::read(QStringLiteral("Not shipped 2026.11.3 into preprod"), true,
                                      ChannelMessageKind::StagingRequest, true, wording.value())
                     .kind,
                 ChannelMessageKind::Unrecognised);
        // The built-in wording still counts beside the team's.
        QCOMPARE(ReleaseChannel::read(QStringLiteral("applied to *staging*"), true,
                                      ChannelMessageKind::StagingRequest, true, wording.value())
                     .kind,
                 ChannelMessageKind::AppliedToStaging);
    }

    void teamRequestPatternCountsOnlyWhenConfigured()
    {
        const QString request = QStringLiteral("RT: ship 2026.11.3 => stg");
        QCOMPARE(ReleaseChannel::read(request, false, {}, false).kind, ChannelMessageKind::None);
        SlackSettings settings;
        settings.requestPatterns << QStringLiteral("RT: ship {release} => {environment}");
        const auto reading =
            ReleaseChannel::read(request, false, {}, false, ChannelWording::of(settings).value());
        QCOMPARE(reading.kind, ChannelMessageKind::StagingRequest);
        QCOMPARE(reading.releaseName, u"2026.11.3");
    }

    void invalidPatternsAreClearProblems_data()
    {
        QTest::addColumn<QStringList>("replies");
        QTest::addColumn<QStringList>("requests");
        QTest::addColumn<QStringList>("stagingWords");
        QTest::addColumn<QString>("problem");
        const QStringList words{QStringLiteral("staging")};
        QTest::newRow("no kind") << QStringList{QStringLiteral("shipped {release}")}
                                 << QStringList() << words << QStringLiteral("must start with");
        QTest::newRow("unknown part")
            << QStringList{QStringLiteral("applied: shipped {version}")} << QStringList() << words
            << QStringLiteral("unknown part {version}");
        QTest::newRow("unclosed") << QStringList{QStringLiteral("applied: shipped {release")}
                                  << QStringList() << words << QStringLiteral("without its }");
        QTest::newRow("parts alone")
            << QStringList{QStringLiteral("applied: {release} {environment}")} << QStringList()
            << words << QStringLiteral("needs words of its own");
        QTest::newRow("a test task on a back out")
            << QStringList{QStringLiteral("backed out: undone {release} {testTask}")}
            << QStringList() << words << QStringLiteral("only an applied reply");
        QTest::newRow("a request without its release")
            << QStringList() << QStringList{QStringLiteral("please ship to {environment}")} << words
            << QStringLiteral("must name the release");
        QTest::newRow("a bar") << QStringList{QStringLiteral("applied: shipped {release} | done")}
                               << QStringList() << words << QStringLiteral("holds a |");
        QTest::newRow("no staging words")
            << QStringList() << QStringList() << QStringList()
            << QStringLiteral("at least one word the team uses for staging");
        QTest::newRow("a word for both")
            << QStringList() << QStringList() << QStringList{QStringLiteral("live")}
            << QStringLiteral("cannot name both");
    }
    void invalidPatternsAreClearProblems()
    {
        QFETCH(QStringList, replies);
        QFETCH(QStringList, requests);
        QFETCH(QStringList, stagingWords);
        QFETCH(QString, problem);
        ConnectionSettings settings;
        settings.slack.url = QUrl(QStringLiteral("https://slack.com"));
        settings.slack.replyPatterns = replies;
        settings.slack.requestPatterns = requests;
        settings.slack.stagingWords = stagingWords;
        const QStringList found = settings.problems(RemoteSystem::Slack);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.constFirst().startsWith(u"Slack: "), qPrintable(found.constFirst()));
        QVERIFY2(found.constFirst().contains(problem), qPrintable(found.constFirst()));
        QVERIFY(!ChannelWording::of(settings.slack));
    }
    void defaultsHaveNoProblems()
    {
        ConnectionSettings settings;
        settings.slack.url = QUrl(QStringLiteral("https://slack.com"));
        QCOMPARE(settings.problems(RemoteSystem::Slack), QStringList());
        for (const QString &pattern : ChannelWording::builtInReplyPatterns()) {
            settings.slack.replyPatterns = {pattern};
            QCOMPARE(settings.problems(RemoteSystem::Slack), QStringList());
        }
    }
};

QTEST_GUILESS_MAIN(TestChannelWording)
#include "tst_channelwording.moc"
