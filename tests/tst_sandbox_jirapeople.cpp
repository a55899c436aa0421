#include "tst_sandbox_jira.h"

#include "services/sandbox/jira/jirastore.h"

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

// The Authorization header a person's own credentials make: Cloud's email and
// API token ("cloud") or Data Center's personal access token ("pat").
SandboxFixture::Headers personsHeaders(const QString &person, const QString &kind)
{
    if (kind == u"cloud") {
        return {SandboxFixture::basicAuth(Sandbox::Jira::userNamed(person).email,
                                          Sandbox::JiraSystem::apiTokenOf(person)),
                {"Accept", "application/json"}};
    }
    return {SandboxFixture::bearer(Sandbox::JiraSystem::personalAccessTokenOf(person)),
            {"Accept", "application/json"}};
}

QStringList verdictTexts(const QJsonObject &comments)
{
    QStringList texts;
    for (const QJsonValue &comment : comments[u"comments"].toArray()) {
        const QString body = comment[u"body"].toString();
        if (body.contains(u"(ReleaseDesk verdict: "))
            texts << body;
    }
    return texts;
}

} // namespace

// The Jira sandbox's people: who each credential signs in as and writes as,
// the comment field of a search, and the verdicts the history's testers left.
class TestSandboxJiraPeople : public ClientSuite<JiraClient>
{
    Q_OBJECT

private:
    SandboxFixture::Reply getAs(const QString &person, const QString &kind, const QString &path)
    {
        return client().fixture().get(client().url(path), personsHeaders(person, kind));
    }
    QJsonObject commentsOf(const QString &key, const QString &version = QStringLiteral("2"))
    {
        return client()
            .get(QStringLiteral("/rest/api/%1/issue/%2/comment").arg(version, key))
            .object();
    }

private slots:
    void myselfIsTheSignedInPerson_data()
    {
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("kind");
        for (const char *person : {"alice.khan", "ben.jones", "carla.smith", "rita.release"}) {
            for (const char *kind : {"cloud", "pat"})
                QTest::addRow("%s, %s", person, kind)
                    << QString::fromLatin1(person) << QString::fromLatin1(kind);
        }
    }
    void myselfIsTheSignedInPerson()
    {
        QFETCH(QString, person);
        QFETCH(QString, kind);
        const Sandbox::Jira::User user = Sandbox::Jira::userNamed(person);
        // Data Center's v2 names people by username and key...
        const auto v2 = getAs(person, kind, QStringLiteral("/rest/api/2/myself"));
        QCOMPARE(v2.status, 200);
        QCOMPARE(v2.object()[u"name"].toString(), person);
        QCOMPARE(v2.object()[u"key"].toString(), person);
        QCOMPARE(v2.object()[u"displayName"].toString(), user.displayName);
        QCOMPARE(v2.object()[u"emailAddress"].toString(), person + u"@example.com");
        // ...Cloud's v3 by account id.
        const auto v3 = getAs(person, kind, QStringLiteral("/rest/api/3/myself"));
        QCOMPARE(v3.status, 200);
        QCOMPARE(v3.object()[u"accountId"].toString(), user.accountId);
        QCOMPARE(v3.object()[u"displayName"].toString(), user.displayName);
        QVERIFY(v3.object()[u"self"].toString().endsWith(u"/user?accountId=" + user.accountId));
    }

    void aPersonsZoneIsToldAndReadsTheirDates()
    {
        SandboxFixture &fixture = client().fixture();
        const auto set =
            fixture.sendJson("PUT",
                             fixture.url(QStringLiteral("_sandbox"),
                                         QStringLiteral("/jira/people/alice.khan/timezone")),
                             QJsonDocument(QJsonObject{
                                 {QLatin1String("timeZone"), QStringLiteral("America/Bogota")}}));
        QCOMPARE(set.status, 204);
        const auto me = getAs(QStringLiteral("alice.khan"), QStringLiteral("pat"),
                              QStringLiteral("/rest/api/2/myself"));
        QCOMPARE(me.object()[u"timeZone"].toString(), u"America/Bogota");
        // Everyone else's stays UTC.
        QCOMPARE(
            client().get(QStringLiteral("/rest/api/2/myself")).object()[u"timeZone"].toString(),
            u"Etc/UTC");

        // The same JQL date is five hours later for Alice (UTC-5) than for the bot.
        const auto one = client().get(QStringLiteral("/rest/api/2/issue/%1?fields=updated")
                                          .arg(client().catalogue().tasks.first().key));
        const QDateTime updated =
            Sandbox::Jira::parseTime(one.object()[u"fields"][u"updated"].toString());
        QVERIFY(updated.isValid());
        const QString at =
            updated.toUTC().addSecs(-3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString jql = QStringLiteral("key = %1 AND updated >= \"%2\"")
                                .arg(client().catalogue().tasks.first().key, at);
        const QString path =
            u"/rest/api/2/search?jql=" + QString::fromLatin1(QUrl::toPercentEncoding(jql));
        QCOMPARE(client().get(path).object()[u"total"].toInt(), 1);
        QCOMPARE(getAs(QStringLiteral("alice.khan"), QStringLiteral("pat"), path)
                     .object()[u"total"]
                     .toInt(),
                 0);

        const auto unknown =
            fixture.sendJson("PUT",
                             fixture.url(QStringLiteral("_sandbox"),
                                         QStringLiteral("/jira/people/alice.khan/timezone")),
                             QJsonDocument(QJsonObject{
                                 {QLatin1String("timeZone"), QStringLiteral("Mars/Olympus")}}));
        QCOMPARE(unknown.status, 400);
    }

    void theBotsCredentialsStillSignInAsTheBot()
    {
        for (const JiraAuth auth : {JiraAuth::Cloud, JiraAuth::DataCenter}) {
            const auto me = client().get(QStringLiteral("/rest/api/2/myself"), auth).object();
            QCOMPARE(me[u"name"].toString(), u"release.bot");
        }
    }

    void aPersonsWrongOrSomeoneElsesTokenIsRefused_data()
    {
        QTest::addColumn<SandboxFixture::Headers>("headers");
        const auto basic = [](const QString &email, const QString &token) {
            return SandboxFixture::Headers{SandboxFixture::basicAuth(email, token)};
        };
        QTest::newRow("ben's token with alice's email")
            << basic(QStringLiteral("alice.khan@example.com"),
                     Sandbox::JiraSystem::apiTokenOf(QStringLiteral("ben.jones")));
        QTest::newRow("the bot's token with alice's email")
            << basic(QStringLiteral("alice.khan@example.com"),
                     QString::fromLatin1(Sandbox::JiraSystem::apiToken));
        QTest::newRow("a stranger's PAT") << SandboxFixture::Headers{SandboxFixture::bearer(
            Sandbox::JiraSystem::personalAccessTokenOf(QStringLiteral("mallory.evil")))};
        QTest::newRow("a PAT with a wrong suffix") << SandboxFixture::Headers{
            SandboxFixture::bearer(QStringLiteral("sandbox-jira-pat-alice.khan-x"))};
    }
    void aPersonsWrongOrSomeoneElsesTokenIsRefused()
    {
        QFETCH(SandboxFixture::Headers, headers);
        const auto reply =
            client().fixture().get(client().url(QStringLiteral("/rest/api/2/myself")), headers);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.header("X-Seraph-LoginReason"), QByteArray("AUTHENTICATED_FAILED"));
    }

    void aCommentIsWrittenByTheSignedInPerson_data()
    {
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("version");
        QTest::newRow("alice by PAT on v2")
            << QStringLiteral("alice.khan") << QStringLiteral("pat") << QStringLiteral("2");
        QTest::newRow("ben by token on v3")
            << QStringLiteral("ben.jones") << QStringLiteral("cloud") << QStringLiteral("3");
        QTest::newRow("rita by token on v2")
            << QStringLiteral("rita.release") << QStringLiteral("cloud") << QStringLiteral("2");
    }
    void aCommentIsWrittenByTheSignedInPerson()
    {
        QFETCH(QString, person);
        QFETCH(QString, kind);
        QFETCH(QString, version);
        const QString key = client().quietKey();
        const QJsonValue body = version == u"2" ? QJsonValue(QStringLiteral("Looks good"))
                                                : QJsonValue(adf(QStringLiteral("Looks good")));
        const auto reply = client().fixture().sendJson(
            "POST", client().url(QStringLiteral("/rest/api/%1/issue/%2/comment").arg(version, key)),
            QJsonDocument(QJsonObject{{QStringLiteral("body"), body}}),
            personsHeaders(person, kind));
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.object()[u"author"][u"name"].toString(), person);
        const QJsonObject listed = commentsOf(key)[u"comments"][0].toObject();
        QCOMPARE(listed[u"author"][u"displayName"].toString(),
                 Sandbox::Jira::userNamed(person).displayName);
        QCOMPARE(listed[u"updateAuthor"][u"name"].toString(), person);
    }

    void aTransitionsCommentIsWrittenByTheSignedInPerson()
    {
        const QString key = client().taskIn(QStringLiteral("Ready for Test"))->key;
        const int before = commentsOf(key)[u"total"].toInt();
        const auto reply = client().fixture().sendJson(
            "POST", client().url(QStringLiteral("/rest/api/2/issue/%1/transitions").arg(key)),
            QJsonDocument(QJsonObject::fromVariantMap(
                {{QStringLiteral("transition"), QVariantMap{{QStringLiteral("id"), 41}}},
                 {QStringLiteral("update"),
                  QVariantMap{{QStringLiteral("comment"),
                               QVariantList{QVariantMap{
                                   {QStringLiteral("add"),
                                    QVariantMap{{QStringLiteral("body"),
                                                 QStringLiteral("Testing now")}}}}}}}}})),
            personsHeaders(QStringLiteral("carla.smith"), QStringLiteral("pat")));
        QCOMPARE(reply.status, 204);
        const QJsonObject comments = commentsOf(key);
        QCOMPARE(comments[u"total"].toInt(), before + 1);
        QCOMPARE(comments[u"comments"][before][u"author"][u"name"].toString(), u"carla.smith");
        QCOMPARE(client().statusOf(key), u"Testing");
    }

    void currentUserIsTheSignedInPerson()
    {
        const QString jql = QStringLiteral("assignee = currentUser()");
        const auto count = [&](const QString &person) {
            const QString assigned = QStringLiteral("/rest/api/2/search?maxResults=0&jql=") +
                                     QString::fromLatin1(QUrl::toPercentEncoding(jql));
            return getAs(person, QStringLiteral("pat"), assigned).object()[u"total"].toInt();
        };
        const auto assignedTo = [&](const QString &person) {
            return int(std::count_if(
                client().catalogue().tasks.cbegin(), client().catalogue().tasks.cend(),
                [&](const Sandbox::CatalogueTask &task) { return task.assignee == person; }));
        };
        // Asked in turn, so that a result cached for one is not served to the other.
        QCOMPARE(client()
                     .get(QStringLiteral("/rest/api/2/search?maxResults=0&jql=") +
                          QString::fromLatin1(QUrl::toPercentEncoding(jql)))
                     .object()[u"total"]
                     .toInt(),
                 0);
        QVERIFY(assignedTo(QStringLiteral("alice.khan")) > 0);
        QCOMPARE(count(QStringLiteral("alice.khan")), assignedTo(QStringLiteral("alice.khan")));
        QCOMPARE(count(QStringLiteral("ben.jones")), assignedTo(QStringLiteral("ben.jones")));
    }

    void searchShowsCommentsWhenAsked_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("fields");
        QTest::addColumn<bool>("shown");
        for (const char *route :
             {"/rest/api/2/search", "/rest/api/3/search/jql", "/rest/api/2/search/jql"}) {
            QTest::addRow("%s, comment", route)
                << QString::fromLatin1(route) << QStringLiteral("key,comment") << true;
            QTest::addRow("%s, *all", route)
                << QString::fromLatin1(route) << QStringLiteral("*all") << true;
            QTest::addRow("%s, summary", route)
                << QString::fromLatin1(route) << QStringLiteral("summary") << false;
        }
    }
    void searchShowsCommentsWhenAsked()
    {
        QFETCH(QString, route);
        QFETCH(QString, fields);
        QFETCH(bool, shown);
        const QString key = client().catalogue().releases.constFirst().taskKeys.constFirst();
        const QString version = route.section(u'/', 3, 3);
        const auto reply = client().get(route + QStringLiteral("?jql=key%3D") + key +
                                        QStringLiteral("&fields=") + fields);
        QCOMPARE(reply.status, 200);
        const QJsonObject found = reply.object()[u"issues"][0].toObject();
        QCOMPARE(found[u"id"].toString(), client().issue(key)[u"id"].toString());
        const QJsonValue comment = found[u"fields"][u"comment"];
        QCOMPARE(comment.isObject(), shown);
        if (!shown)
            return;
        // Every comment, as the issue's comment list shows it.
        const QJsonObject listed = commentsOf(key, version);
        QVERIFY(listed[u"total"].toInt() >= 1);
        QCOMPARE(comment[u"total"].toInt(), listed[u"total"].toInt());
        QCOMPARE(comment[u"maxResults"].toInt(), listed[u"total"].toInt());
        QCOMPARE(comment[u"startAt"].toInt(), 0);
        QCOMPARE(comment[u"comments"].toArray(), listed[u"comments"].toArray());
        const QJsonObject first = comment[u"comments"][0].toObject();
        QVERIFY(!first[u"author"][u"displayName"].toString().isEmpty());
        QVERIFY(!first[u"author"][u"accountId"].toString().isEmpty());
        QVERIFY(!first[u"author"][u"name"].toString().isEmpty());
        QCOMPARE(first[u"body"].isString(), version == u"2");
        QCOMPARE(first[u"body"][u"type"].toString(), version == u"3" ? u"doc" : u"");
    }

    void seededVerdictsReadAsReleaseDeskWritesThem()
    {
        // The first release of the history went live: its tasks passed in
        // CI-Dev, then in staging, tested by the two testers in turn.
        const Sandbox::CatalogueRelease &first = client().catalogue().releases.constFirst();
        QCOMPARE(first.stage, Sandbox::HistoryStage::Live);
        QVERIFY(first.taskKeys.contains(u"CHS-1001"));
        QCOMPARE(verdictTexts(commentsOf(QStringLiteral("CHS-1001"))),
                 QStringList({QStringLiteral("Passed in CI-Dev \u2014 tested by Carla Smith.\n"
                                             "(ReleaseDesk verdict: ci-dev/passed, ref "
                                             "seed-CHS-1001-1)"),
                              QStringLiteral("Passed in Staging \u2014 tested by Ben Jones.\n"
                                             "(ReleaseDesk verdict: staging/passed, ref "
                                             "seed-CHS-1001-2)")}));
        // Now and then a task failed first, with a note, and passed after a fix.
        QVERIFY(first.taskKeys.contains(u"CHS-1003"));
        QCOMPARE(verdictTexts(commentsOf(QStringLiteral("CHS-1003"))).mid(0, 2),
                 QStringList({QStringLiteral("Failed in CI-Dev \u2014 tested by Carla Smith.\n"
                                             "Note: The reminder email goes out twice.\n"
                                             "(ReleaseDesk verdict: ci-dev/failed, ref "
                                             "seed-CHS-1003-1)"),
                              QStringLiteral("Passed in CI-Dev \u2014 tested by Carla Smith.\n"
                                             "Note: Fixed and retested.\n"
                                             "(ReleaseDesk verdict: ci-dev/passed, ref "
                                             "seed-CHS-1003-2)")}));
        // Written by the tester, in the release's CI-Dev hours before its ticket.
        QJsonObject verdict;
        for (const QJsonValue &comment :
             commentsOf(QStringLiteral("CHS-1001"))[u"comments"].toArray()) {
            if (comment[u"body"].toString().startsWith(u"Passed in CI-Dev"))
                verdict = comment.toObject();
        }
        QCOMPARE(verdict[u"author"][u"name"].toString(), u"carla.smith");
        const QDateTime at = Sandbox::Jira::parseTime(verdict[u"created"].toString());
        QVERIFY(at >= first.started);
        QVERIFY(at < first.started.addSecs(3 * 3600));
    }

    void verdictsFollowHowFarEachReleaseGot()
    {
        const Sandbox::Catalogue &catalogue = client().catalogue();
        int failures = 0;
        for (const Sandbox::CatalogueRelease &release : catalogue.releases) {
            const bool leftCiDev = release.stage != Sandbox::HistoryStage::Drafted;
            const bool passedStaging = release.stage >= Sandbox::HistoryStage::LiveRequested;
            for (const QString &key : release.taskKeys) {
                const QJsonObject comments = commentsOf(key);
                const QStringList texts = verdictTexts(comments);
                const auto has = [&](const char *result) {
                    const QString line = u"\n(ReleaseDesk verdict: " + QLatin1String(result) +
                                         u", ref seed-" + key + u'-';
                    return std::any_of(texts.cbegin(), texts.cend(),
                                       [&](const QString &text) { return text.contains(line); });
                };
                QVERIFY2(has("ci-dev/passed") == leftCiDev, qPrintable(key));
                QVERIFY2(has("staging/passed") == passedStaging, qPrintable(key));
                for (const QString &text : texts) {
                    if (text.startsWith(u"Failed in ")) {
                        ++failures;
                        QVERIFY2(text.contains(u"\nNote: "), qPrintable(text));
                    }
                }
                for (const QJsonValue &comment : comments[u"comments"].toArray()) {
                    if (verdictTexts(QJsonObject{{QStringLiteral("comments"), QJsonArray{comment}}})
                            .isEmpty())
                        continue;
                    QVERIFY(catalogue.testers.contains(comment[u"author"][u"name"].toString()));
                }
            }
        }
        QVERIFY(failures > 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxJiraPeople)
#include "tst_sandbox_jirapeople.moc"
