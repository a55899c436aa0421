#include "support/sandboxfixture.h"

#include "services/sandbox/core/faults.h"
#include "services/sandbox/core/router.h"
#include "services/sandbox/simulation/catalogue.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Sandbox;
using ReleaseDesk::Testing::SandboxFixture;

// The sandbox's own machinery: routing, fault rules and their delivery, the
// control API, the journal and the generated history. The systems have suites
// of their own.
class TestSandboxCore : public QObject
{
    Q_OBJECT

    static QJsonDocument jsonOf(const char *text)
    {
        return QJsonDocument::fromJson(QByteArray(text));
    }

private slots:
    void routerMatchesPatterns_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("key");
        const int found = int(Router::Outcome::Found);
        QTest::newRow("exact") << QByteArray("GET") << QStringLiteral("/rest/api/2/myself") << found
                               << QString();
        QTest::newRow("variable") << QByteArray("GET") << QStringLiteral("/rest/api/2/issue/CHS-7")
                                  << found << QStringLiteral("CHS-7");
        QTest::newRow("trailing slash")
            << QByteArray("GET") << QStringLiteral("/rest/api/2/issue/CHS-7/") << found
            << QStringLiteral("CHS-7");
        QTest::newRow("longer path is another route")
            << QByteArray("POST") << QStringLiteral("/rest/api/2/issue/CHS-7/comment") << found
            << QStringLiteral("CHS-7");
        QTest::newRow("variable spans one segment only")
            << QByteArray("GET") << QStringLiteral("/rest/api/2/issue/CHS-7/extra")
            << int(Router::Outcome::UnknownPath) << QString();
        QTest::newRow("wrong method")
            << QByteArray("DELETE") << QStringLiteral("/rest/api/2/issue/CHS-7")
            << int(Router::Outcome::WrongMethod) << QString();
        QTest::newRow("unknown") << QByteArray("GET") << QStringLiteral("/nothing")
                                 << int(Router::Outcome::UnknownPath) << QString();
    }

    void routerMatchesPatterns()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, outcome);
        QFETCH(QString, key);
        Router router;
        QString handled;
        router.add("GET", QStringLiteral("/rest/api/{version}/myself"), [&](const Request &) {
            handled = QStringLiteral("myself");
            return Response::empty(200);
        });
        router.add("GET", QStringLiteral("/rest/api/{version}/issue/{key}"), [&](const Request &) {
            handled = QStringLiteral("issue");
            return Response::empty(200);
        });
        router.add("POST", QStringLiteral("/rest/api/{version}/issue/{key}/comment"),
                   [&](const Request &) {
                       handled = QStringLiteral("comment");
                       return Response::empty(201);
                   });
        const Router::Match match = router.match(method, path);
        QCOMPARE(int(match.outcome), outcome);
        if (match.outcome == Router::Outcome::Found) {
            QVERIFY(match.handler);
            QCOMPARE(match.params.value(QStringLiteral("version")), u"2");
            QCOMPARE(match.params.value(QStringLiteral("key")), key);
        }
    }

    void faultSpecsParse_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("json");
        QTest::newRow("status")
            << QStringLiteral("jira=status,status=502,times=2") << true
            << QStringLiteral(R"({"system":"jira","kind":"status","status":502,"times":2})");
        QTest::newRow("route")
            << QStringLiteral("slack:/api/chat.postMessage=ratelimit,retry-after=3") << true
            << QStringLiteral(
                   R"({"system":"slack","path":"/api/chat.postMessage","kind":"ratelimit","status":429,"retryAfter":3})");
        QTest::newRow("method") << QStringLiteral("servicenow=reset,method=post") << true
                                << QStringLiteral(
                                       R"({"system":"servicenow","kind":"reset","method":"POST"})");
        QTest::newRow("delay") << QStringLiteral("confluence=delay,delay-ms=50") << true
                               << QStringLiteral(R"({"kind":"delay","delayMs":50})");
        QTest::newRow("no kind") << QStringLiteral("jira") << false << QString();
        QTest::newRow("unknown kind") << QStringLiteral("jira=explode") << false << QString();
        QTest::newRow("unknown option")
            << QStringLiteral("jira=status,colour=red") << false << QString();
        QTest::newRow("bad number")
            << QStringLiteral("jira=status,status=abc") << false << QString();
        QTest::newRow("status out of range")
            << QStringLiteral("jira=status,status=700") << false << QString();
        QTest::newRow("zero times") << QStringLiteral("jira=hang,times=0") << false << QString();
    }

    void faultSpecsParse()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        QFETCH(QString, json);
        const auto rule = FaultRule::parse(spec);
        QCOMPARE(rule.ok(), valid);
        if (!valid) {
            QVERIFY(!rule.error().isEmpty());
            return;
        }
        const QJsonObject expected = QJsonDocument::fromJson(json.toUtf8()).object();
        const QJsonObject actual = rule->toJson();
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QCOMPARE(actual.value(it.key()), it.value());
        // What toJson writes, fromJson reads back.
        const auto again = FaultRule::fromJson(actual);
        QVERIFY(again.ok());
        QCOMPARE(again->toJson(), actual);
    }

    void injectorMatchesAndCounts()
    {
        FaultInjector injector;
        injector.add(FaultRule::parse(QStringLiteral("jira:/search=status,times=2")).value());
        const int slackId =
            injector.add(FaultRule::parse(QStringLiteral("slack=ratelimit,method=POST")).value());
        QVERIFY(
            !injector.take(QStringLiteral("jira"), "GET", QStringLiteral("/rest/api/2/myself")));
        QVERIFY(injector.take(QStringLiteral("jira"), "GET", QStringLiteral("/rest/api/2/search")));
        QVERIFY(
            injector.take(QStringLiteral("jira"), "POST", QStringLiteral("/rest/api/2/search")));
        QVERIFY2(
            !injector.take(QStringLiteral("jira"), "GET", QStringLiteral("/rest/api/2/search")),
            "a rule with times=2 hits twice");
        QVERIFY(!injector.take(QStringLiteral("slack"), "GET", QStringLiteral("/api/auth.test")));
        QVERIFY(injector.take(QStringLiteral("slack"), "POST", QStringLiteral("/api/auth.test")));
        QVERIFY(injector.take(QStringLiteral("slack"), "POST", QStringLiteral("/api/auth.test")));
        QVERIFY(injector.remove(slackId));
        QVERIFY(!injector.remove(slackId));
        QVERIFY(injector.rules().isEmpty());
    }

    void catalogueIsDeterministicAndConsistent()
    {
        CatalogueOptions options;
        options.seed = 3;
        options.now = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
        const Catalogue first = Catalogue::generate(options);
        const Catalogue second = Catalogue::generate(options);
        QCOMPARE(first.tasks.size(), 60);
        QCOMPARE(first.releases.size(), 12);
        QCOMPARE(first.services.size(), 5);
        QSet<QString> names;
        QSet<QString> shipped;
        for (int i = 0; i < first.releases.size(); ++i) {
            const CatalogueRelease &release = first.releases.at(i);
            QCOMPARE(release.name, second.releases.at(i).name);
            QCOMPARE(release.taskKeys, second.releases.at(i).taskKeys);
            QVERIFY2(!names.contains(release.name), qPrintable(release.name));
            names.insert(release.name);
            QVERIFY(!release.taskKeys.isEmpty());
            QVERIFY(!release.services.isEmpty());
            QVERIFY(release.started < options.now);
            for (const QString &key : release.taskKeys) {
                QVERIFY2(!shipped.contains(key), "a task ships in one release");
                shipped.insert(key);
            }
        }
        // The newest releases are still under way, at each stage before Live.
        QCOMPARE(first.releases.constLast().stage, HistoryStage::Drafted);
        QCOMPARE(first.releases.at(first.releases.size() - 5).stage, HistoryStage::InStaging);
        QCOMPARE(first.releases.constFirst().stage, HistoryStage::Live);
        for (const CatalogueTask &task : first.tasks)
            QVERIFY(first.service(task.service));
    }

    void catalogueScalesToTheBenchmarkSize()
    {
        CatalogueOptions options;
        options.jiraIssues = 100000;
        options.releases = 2000;
        QElapsedTimer timer;
        timer.start();
        const Catalogue catalogue = Catalogue::generate(options);
        qInfo("generated 100,000 tasks and 2,000 releases in %lld ms", timer.elapsed());
        QCOMPARE(catalogue.tasks.size(), 100000);
        QCOMPARE(catalogue.releases.size(), 2000);
        QSet<QString> names;
        for (const CatalogueRelease &release : catalogue.releases)
            names.insert(release.name);
        QCOMPARE(names.size(), 2000);
    }

    void unknownSystemIsNotFound()
    {
        SandboxFixture fixture;
        QVERIFY(fixture.isListening());
        const auto reply =
            fixture.get(fixture.url(QStringLiteral("bitbucket"), QStringLiteral("/x")));
        QCOMPARE(reply.status, 404);
        QVERIFY(reply.body.contains("jira"));
    }

    void controlApiManagesFaults()
    {
        SandboxFixture fixture;
        const QUrl faults = fixture.url(QStringLiteral("_sandbox"), QStringLiteral("/faults"));
        auto reply =
            fixture.sendJson("POST", faults, jsonOf(R"({"spec":"jira=status,status=502"})"));
        QCOMPARE(reply.status, 201);
        const int id = reply.object().value(QLatin1String("id")).toInt();
        QVERIFY(id > 0);
        reply = fixture.sendJson("POST", faults,
                                 jsonOf(R"({"system":"slack","kind":"hang","times":1})"));
        QCOMPARE(reply.status, 201);
        reply = fixture.sendJson("POST", faults, jsonOf(R"({"system":"slack","kind":"boom"})"));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.object().value(QLatin1String("error")).toString().contains(u"boom"));

        reply = fixture.get(faults);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().array().size(), 2);
        QCOMPARE(fixture.sandbox().faults().rules().size(), 2);

        reply = fixture.send("DELETE", fixture.url(QStringLiteral("_sandbox"),
                                                   QStringLiteral("/faults/%1").arg(id)));
        QCOMPARE(reply.status, 204);
        QCOMPARE(fixture.sandbox().faults().rules().size(), 1);
        reply = fixture.send("DELETE", faults);
        QCOMPARE(reply.status, 204);
        QVERIFY(fixture.sandbox().faults().rules().isEmpty());
        // The control API itself is never faulted.
        fixture.sandbox().faults().add(FaultRule::parse(QStringLiteral("=status")).value());
        QCOMPARE(fixture.get(faults).status, 200);
    }

    void controlInfoMatchesTheStartUpLine()
    {
        SandboxFixture fixture;
        const auto reply =
            fixture.get(fixture.url(QStringLiteral("_sandbox"), QStringLiteral("/info")));
        QCOMPARE(reply.status, 200);
        const QJsonObject info = reply.object();
        QCOMPARE(info, fixture.sandbox().connectionInfo());
        for (const char *system : {"concourse", "confluence", "jira", "servicenow", "slack"}) {
            const QString url =
                info.value(QLatin1String(system)).toObject().value(QLatin1String("url")).toString();
            QCOMPARE(url, fixture.sandbox().baseUrl() + u'/' + QLatin1String(system));
            QVERIFY(url.startsWith(u"http://127.0.0.1:"));
        }
    }

    void connectionDocumentRepeatsTheTeamsConventions()
    {
        Sandbox::SandboxOptions options = SandboxFixture::smallOptions();
        options.conventions = QJsonObject{
            {QStringLiteral("jira"),
             QJsonObject{{QStringLiteral("serviceField"), QStringLiteral("customfield_10042")}}}};
        SandboxFixture fixture(options);
        for (const QJsonObject &document :
             {fixture.sandbox().connectionInfo(),
              fixture.sandbox().connectionsFor(QStringLiteral("alice.khan"))}) {
            const QJsonObject jira = document[u"jira"].toObject();
            QCOMPARE(jira[u"serviceField"].toString(), u"customfield_10042");
            QVERIFY(!jira[u"url"].toString().isEmpty()); // merged, not replaced
            QVERIFY(!document[u"slack"].toObject().contains(u"serviceField"));
        }
    }

    void infoListsThePeopleAndTheirRoles()
    {
        SandboxFixture fixture;
        const QJsonArray people = fixture.sandbox().connectionInfo()[u"people"].toArray();
        const auto find = [&](const QString &name) {
            for (const QJsonValue &person : people) {
                if (person[u"name"].toString() == name)
                    return person.toObject();
            }
            return QJsonObject();
        };
        QCOMPARE(find(QStringLiteral("alice.khan")),
                 QJsonObject({{QStringLiteral("name"), QStringLiteral("alice.khan")},
                              {QStringLiteral("displayName"), QStringLiteral("Alice Khan")},
                              {QStringLiteral("role"), QStringLiteral("developer")}}));
        QCOMPARE(find(QStringLiteral("ben.jones"))[u"role"].toString(), u"tester");
        QCOMPARE(find(QStringLiteral("carla.smith"))[u"displayName"].toString(), u"Carla Smith");
        QCOMPARE(find(QStringLiteral("carla.smith"))[u"role"].toString(), u"tester");
        QCOMPARE(find(QStringLiteral("rita.release"))[u"role"].toString(), u"release-team");
        QCOMPARE(find(QStringLiteral("gina.ross"))[u"role"].toString(), u"developer");
        const Catalogue &catalogue = SandboxFixture::smallCatalogue();
        QCOMPARE(people.size(), catalogue.people.size() + 1);
    }

    void infoAsAPersonCarriesTheirOwnCredentials()
    {
        SandboxFixture fixture;
        const QJsonObject bots = fixture.sandbox().connectionInfo();
        const QJsonObject alices = fixture.sandbox().connectionsFor(QStringLiteral("alice.khan"));
        const QJsonObject jira = alices[u"jira"].toObject();
        QCOMPARE(jira[u"pat"].toString(), u"sandbox-jira-pat-alice.khan");
        QCOMPARE(jira[u"token"].toString(), u"sandbox-jira-token-alice.khan");
        QCOMPARE(jira[u"email"].toString(), u"alice.khan@example.com");
        QCOMPARE(jira[u"url"], bots[u"jira"][u"url"]);
        QCOMPARE(jira[u"project"], bots[u"jira"][u"project"]);
        QCOMPARE(alices[u"slack"][u"token"].toString(), u"xoxp-sandbox-alice.khan");
        QCOMPARE(alices[u"slack"][u"channel"], bots[u"slack"][u"channel"]);
        // The other systems, and the people, are the same as the bot's.
        for (const char *same : {"concourse", "confluence", "servicenow", "_sandbox", "people"})
            QCOMPARE(alices.value(QLatin1String(same)), bots.value(QLatin1String(same)));
        QVERIFY(fixture.sandbox().connectionsFor(QStringLiteral("nobody")).isEmpty());
        QVERIFY(fixture.sandbox().connectionsFor(QString()).isEmpty());

        // The control API serves it as ?as=, and 404 for someone it does not know.
        const auto info = [&](const QString &query) {
            return fixture.get(
                fixture.url(QStringLiteral("_sandbox"), QStringLiteral("/info") + query));
        };
        auto reply = info(QStringLiteral("?as=rita.release"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object(), fixture.sandbox().connectionsFor(QStringLiteral("rita.release")));
        QCOMPARE(reply.object()[u"jira"][u"pat"].toString(), u"sandbox-jira-pat-rita.release");
        reply = info(QStringLiteral("?as=nobody"));
        QCOMPARE(reply.status, 404);
        QVERIFY(reply.object()[u"error"].toString().contains(u"nobody"));
    }

    void aPersonsDocumentSignsThemInToJira()
    {
        SandboxFixture fixture;
        const QJsonObject jira =
            fixture.sandbox().connectionsFor(QStringLiteral("ben.jones"))[u"jira"].toObject();
        const QUrl myself(jira[u"url"].toString() + QStringLiteral("/rest/api/2/myself"));
        auto reply = fixture.get(myself, {SandboxFixture::bearer(jira[u"pat"].toString())});
        QCOMPARE(reply.object()[u"name"].toString(), u"ben.jones");
        reply = fixture.get(myself, {SandboxFixture::basicAuth(jira[u"email"].toString(),
                                                               jira[u"token"].toString())});
        QCOMPARE(reply.object()[u"name"].toString(), u"ben.jones");
    }

    void journalRecordsSuccessfulWritesOnly()
    {
        SandboxFixture fixture;
        const QUrl journal = fixture.url(QStringLiteral("_sandbox"), QStringLiteral("/journal"));
        QCOMPARE(fixture.get(journal).json().array().size(), 0);
        fixture.sandbox().journal().record({QDateTime::currentDateTimeUtc(), QStringLiteral("jira"),
                                            "POST", QStringLiteral("/x"), 201, "{}"});
        const auto reply = fixture.get(journal);
        QCOMPARE(reply.json().array().size(), 1);
        QCOMPARE(reply.json().array().at(0).toObject().value(QLatin1String("system")).toString(),
                 u"jira");
        QCOMPARE(fixture.send("DELETE", journal).status, 204);
        QVERIFY(fixture.sandbox().journal().entries().isEmpty());
        // Control requests are not journaled, even though they write.
        fixture.sendJson("POST", fixture.url(QStringLiteral("_sandbox"), QStringLiteral("/faults")),
                         jsonOf(R"({"spec":"jira=hang"})"));
        QVERIFY(fixture.sandbox().journal().entries().isEmpty());
    }

    void journalCountsOnlyWhatChangedState()
    {
        SandboxFixture fixture;
        const auto slack = fixture.connection(QStringLiteral("slack"));
        const auto slackAuth =
            SandboxFixture::bearer(slack.value(QLatin1String("token")).toString());
        const QUrl post =
            fixture.url(QStringLiteral("slack"), QStringLiteral("/api/chat.postMessage"));
        // Slack refuses with HTTP 200 and ok:false: nothing was written.
        auto reply =
            fixture.sendJson("POST", post, jsonOf(R"({"channel":"release_chs"})"), {slackAuth});
        QCOMPARE(reply.object().value(QLatin1String("ok")).toBool(), false);
        QVERIFY(fixture.sandbox().journal().entries().isEmpty());
        reply = fixture.sendJson(
            "POST", post, jsonOf(R"({"channel":"release_chs","text":"hello"})"), {slackAuth});
        QCOMPARE(reply.object().value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(fixture.sandbox().journal().entries().size(), 1);

        // Jira searches by POST only read.
        const auto jira = fixture.connection(QStringLiteral("jira"));
        reply = fixture.sendJson(
            "POST", fixture.url(QStringLiteral("jira"), QStringLiteral("/rest/api/2/search")),
            jsonOf(R"({"jql":"project = CHS","maxResults":1})"),
            {SandboxFixture::bearer(jira.value(QLatin1String("pat")).toString())});
        QCOMPARE(reply.status, 200);
        QCOMPARE(fixture.sandbox().journal().entries().size(), 1);
    }

    void stateRoundTripsThroughAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        QJsonObject saved;
        {
            SandboxFixture fixture;
            const auto reply = fixture.sendJson(
                "POST", fixture.url(QStringLiteral("_sandbox"), QStringLiteral("/save")),
                QJsonDocument(QJsonObject{{QLatin1String("path"), path}}));
            QCOMPARE(reply.status, 204);
            saved = fixture.sandbox().state();
        }
        SandboxFixture other(SandboxFixture::smallOptions());
        const Status loaded = other.sandbox().loadState(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(other.sandbox().state(), saved);
        const Status broken = other.sandbox().setState(QJsonObject{});
        QVERIFY(!broken.ok());
        QVERIFY(!other.sandbox().loadState(dir.filePath(QStringLiteral("missing.json"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestSandboxCore)
#include "tst_sandbox_core.moc"
