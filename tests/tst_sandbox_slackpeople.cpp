#include "tst_sandbox_slack.h"

#include "services/sandbox/slack/slackworkspace.h"

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

SandboxFixture::Headers as(const QString &person)
{
    return {SandboxFixture::bearer(Sandbox::Slack::Workspace::userToken(person))};
}

QString alice()
{
    return QStringLiteral("alice.khan");
}

} // namespace

// The people of the sandbox's Slack: each signs in with their own user token
// and posts as themselves; users.info tells who someone is, and the user
// groups who the release team are.
class TestSandboxSlackPeople : public ClientSuite<SlackClient>
{
    Q_OBJECT

private slots:
    void everyPersonHasAUserToken()
    {
        QStringList people = SlackClient::catalogue().people;
        people << SlackClient::catalogue().releaseManager;
        for (const QString &person : std::as_const(people)) {
            const QJsonObject body =
                client().form(QStringLiteral("auth.test"), {}, as(person)).object();
            QVERIFY2(body[u"ok"].toBool(), qPrintable(person));
            QCOMPARE(body[u"user"].toString(), person);
            QCOMPARE(body[u"user_id"].toString(), client().system().userId(person));
            QVERIFY(!body.contains(u"bot_id"));
        }
    }

    void unknownAndBotUserTokensAreRefused_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("nobody") << Sandbox::Slack::Workspace::userToken(QStringLiteral("nobody"));
        QTest::newRow("the bot as a person")
            << Sandbox::Slack::Workspace::userToken(QStringLiteral("releasedesk"));
        QTest::newRow("another prefix") << QStringLiteral("xoxp-") + alice();
    }
    void unknownAndBotUserTokensAreRefused()
    {
        QFETCH(QString, token);
        const auto reply =
            client().form(QStringLiteral("auth.test"), {}, {SandboxFixture::bearer(token)});
        QCOMPARE(reply.object()[u"error"].toString(), u"invalid_auth");
    }

    void aUserTokenPostsAsThePerson()
    {
        const SlackArgs args{{QStringLiteral("channel"), QStringLiteral("release_chs")},
                             {QStringLiteral("text"), QStringLiteral("Morning all")}};
        const QJsonObject body =
            client().form(QStringLiteral("chat.postMessage"), args, as(alice())).object();
        QVERIFY2(body[u"ok"].toBool(), qPrintable(body[u"error"].toString()));
        const QJsonObject message = body[u"message"].toObject();
        QCOMPARE(message[u"user"].toString(), client().system().userId(alice()));
        QVERIFY(!message.contains(u"bot_id"));
        QVERIFY(!message.contains(u"bot_profile"));
        const QJsonObject newest = client().releaseHistory().first().toObject();
        QCOMPARE(newest[u"ts"].toString(), body[u"ts"].toString());
        QCOMPARE(newest[u"user"].toString(), client().system().userId(alice()));
        QVERIFY(!newest.contains(u"bot_id"));
    }

    void aPersonCannotPostInAPrivateOrArchivedChannel_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("error");
        QTest::newRow("private") << QStringLiteral("private-ops")
                                 << QStringLiteral("channel_not_found");
        QTest::newRow("archived") << QStringLiteral("random-archived")
                                  << QStringLiteral("is_archived");
    }
    void aPersonCannotPostInAPrivateOrArchivedChannel()
    {
        QFETCH(QString, channel);
        QFETCH(QString, error);
        const auto reply = client().form(
            QStringLiteral("chat.postMessage"),
            {{QStringLiteral("channel"), channel}, {QStringLiteral("text"), QStringLiteral("hi")}},
            as(alice()));
        QCOMPARE(reply.object()[u"error"].toString(), error);
    }

    void usersInfo()
    {
        const QString id = client().managerId();
        const QJsonObject body =
            client().call(QStringLiteral("users.info"), {{QStringLiteral("user"), id}}).object();
        QVERIFY2(body[u"ok"].toBool(), qPrintable(body[u"error"].toString()));
        const QJsonObject user = body[u"user"].toObject();
        QCOMPARE(user[u"id"].toString(), id);
        QCOMPARE(user[u"name"].toString(), SlackClient::catalogue().releaseManager);
        QCOMPARE(user[u"real_name"].toString(), u"Rita Release");
        QCOMPARE(user[u"is_bot"].toBool(true), false);
        QCOMPARE(user[u"deleted"].toBool(true), false);
        QCOMPARE(user[u"profile"][u"real_name"].toString(), u"Rita Release");
        QCOMPARE(user[u"profile"][u"display_name"].toString(), u"Rita Release");

        const QJsonObject bot =
            client()
                .call(QStringLiteral("users.info"),
                      {{QStringLiteral("user"),
                        client().system().userId(QStringLiteral("releasedesk"))}})
                .object()[u"user"]
                .toObject();
        QCOMPARE(bot[u"is_bot"].toBool(), true);
    }

    void usersInfoOfNobody()
    {
        for (const QString &user : {QStringLiteral("U0NOBODY"), QString()}) {
            const QJsonObject body =
                client()
                    .call(QStringLiteral("users.info"), {{QStringLiteral("user"), user}})
                    .object();
            QCOMPARE(body,
                     QJsonObject({{QStringLiteral("ok"), false},
                                  {QStringLiteral("error"), QStringLiteral("user_not_found")}}));
        }
    }

    void theReleaseTeamIsAUserGroup()
    {
        const auto reply = client().call(QStringLiteral("usergroups.list"), {});
        QCOMPARE(reply.header("X-Accepted-OAuth-Scopes"), QByteArray("usergroups:read"));
        const QJsonArray groups = reply.object()[u"usergroups"].toArray();
        QCOMPARE(groups.size(), 1);
        const QJsonObject team = groups.first().toObject();
        QCOMPARE(team[u"handle"].toString(), u"release-team");
        QCOMPARE(team[u"name"].toString(), u"Release team");
        QVERIFY(team[u"id"].toString().startsWith(u'S'));
        QCOMPARE(team[u"team_id"].toString(),
                 client().form(QStringLiteral("auth.test"), {}).object()[u"team_id"].toString());
        QCOMPARE(team[u"user_count"].toInt(), 1);
        QVERIFY(!team.contains(u"users"));

        const QJsonArray withUsers =
            client()
                .call(QStringLiteral("usergroups.list"),
                      {{QStringLiteral("include_users"), QStringLiteral("true")}})
                .object()[u"usergroups"]
                .toArray();
        QCOMPARE(withUsers.first()[u"users"].toArray(), QJsonArray{client().managerId()});

        const QJsonObject members =
            client()
                .call(QStringLiteral("usergroups.users.list"),
                      {{QStringLiteral("usergroup"), team[u"id"].toString()}}, Encoding::Query)
                .object();
        QVERIFY(members[u"ok"].toBool());
        QCOMPARE(members[u"users"].toArray(), QJsonArray{client().managerId()});
    }

    void membersOfNoGroup()
    {
        const QJsonObject body =
            client()
                .call(QStringLiteral("usergroups.users.list"),
                      {{QStringLiteral("usergroup"), QStringLiteral("S0NONE")}})
                .object();
        QCOMPARE(body[u"error"].toString(), u"no_such_subteam");
    }

    void theSimulatedTeamAnswersAsAMember()
    {
        const QString request = client().post(
            QStringLiteral("Live request for release 2026.11.9: please deploy to live."));
        QTRY_COMPARE(client().thread(request).size(), 2);
        const QString answerer = client().thread(request)[1][u"user"].toString();
        const QJsonArray team = client()
                                    .call(QStringLiteral("usergroups.list"),
                                          {{QStringLiteral("include_users"), QStringLiteral("1")}})
                                    .object()[u"usergroups"][0][u"users"]
                                    .toArray();
        QVERIFY(team.contains(answerer));
    }
};

QTEST_GUILESS_MAIN(TestSandboxSlackPeople)
#include "tst_sandbox_slackpeople.moc"
