#include "models/formats/jql.h"
#include "models/formats/slackformat.h"
#include "models/formats/storageformat.h"
#include "support/sandboxfixture.h"

#include "services/sandbox/jira/jqllexer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;
using Jql::Field;

namespace {

// Values that try to widen a search. `naiveBreaks`: pasted between quotes
// without escaping, the value does widen the search or is refused here; the
// others break weaker quoting (quotes escaped, backslashes not), no quoting at
// all, or a real Jira, which refuses raw line breaks and controls in a string.
struct HostileJql
{
    QString value;
    bool naiveBreaks;
};
const HostileJql hostileJql[] = {
    {QStringLiteral("x\" OR project = CHS OR labels = \"y"), true},
    {QStringLiteral("x\\\" OR project = CHS OR labels = \\\"y"), false},
    {QStringLiteral("x\\"), true},
    {QStringLiteral("x\") OR (project = CHS"), true},
    {QStringLiteral("x\" OR project IS NOT EMPTY ORDER BY key --"), true},
    {QStringLiteral("a' OR project = 'CHS"), false},
    {QStringLiteral("x\nOR project = CHS"), false},
    {QStringLiteral("tab\there\u0001\u007f"), false},
};

QStringList hostileValues()
{
    QStringList values;
    for (const HostileJql &hostile : hostileJql)
        values << hostile.value;
    return values;
}

QStringList keysOf(const QJsonObject &result)
{
    QStringList keys;
    for (const QJsonValue &issue : result[u"issues"].toArray())
        keys << issue[u"key"].toString();
    return keys;
}

} // namespace

// The built texts as the sandbox reads them: Jira runs the JQL, Confluence
// stores the page, the simulated release team answers the requests.
class TestTextFormatsSandbox : public QObject
{
    Q_OBJECT

private:
    SandboxFixture &fixture() { return *m_fixture; }

    // Data Center's search, every result on one page.
    SandboxFixture::Reply search(const QString &jql,
                                 const QString &fields = QStringLiteral("labels,updated"))
    {
        QUrl url = fixture().url(QStringLiteral("jira"), QStringLiteral("/rest/api/2/search"));
        url.setQuery(u"jql=" + QString::fromLatin1(QUrl::toPercentEncoding(jql)) +
                         u"&maxResults=100&fields=" + fields,
                     QUrl::StrictMode);
        return fixture().get(url, {SandboxFixture::bearer(QStringLiteral("sandbox-jira-pat")),
                                   {"Accept", "application/json"}});
    }

    // The first issue that has a label, as a client would have synced it.
    QJsonObject labelledIssue()
    {
        const auto reply = search(JqlQuery()
                                      .whereEquals(Field::Project, QStringLiteral("CHS"))
                                      .orderBy(Field::Key)
                                      .toString());
        for (const QJsonValue &issue : reply.object()[u"issues"].toArray()) {
            if (!issue[u"fields"][u"labels"].toArray().isEmpty())
                return issue.toObject();
        }
        return {};
    }

    SandboxFixture::Reply slack(const QString &method, const QByteArray &body,
                                const QByteArray &contentType)
    {
        return fixture().send("POST", fixture().url(QStringLiteral("slack"), u"/api/" + method),
                              body,
                              {SandboxFixture::bearer(QStringLiteral("xoxb-sandbox-releasedesk")),
                               {"Content-Type", contentType}});
    }
    // As the app will post: JSON, which Slack takes for writes only.
    QJsonObject postMessage(const QString &text)
    {
        const QJsonObject message{{QStringLiteral("channel"), QStringLiteral("release_chs")},
                                  {QStringLiteral("text"), text}};
        return slack(QStringLiteral("chat.postMessage"),
                     QJsonDocument(message).toJson(QJsonDocument::Compact),
                     "application/json; charset=utf-8")
            .object();
    }
    // Reads take form arguments.
    QJsonArray thread(const QString &ts)
    {
        const QString channel =
            fixture().connection(QStringLiteral("slack"))[u"channelId"].toString();
        return slack(QStringLiteral("conversations.replies"),
                     "channel=" + QUrl::toPercentEncoding(channel) +
                         "&ts=" + QUrl::toPercentEncoding(ts),
                     "application/x-www-form-urlencoded")
            .object()[u"messages"]
            .toArray();
    }

    // A change ticket the sandbox seeded, and the release it is for.
    std::pair<QString, QString> seededChange()
    {
        QUrl url = fixture().url(QStringLiteral("servicenow"),
                                 QStringLiteral("/api/now/table/change_request"));
        url.setQuery(QStringLiteral("sysparm_limit=1"));
        const auto reply =
            fixture().get(url, {SandboxFixture::basicAuth(QStringLiteral("releasedesk.integration"),
                                                          QStringLiteral("sandbox-servicenow")),
                                {"Accept", "application/json"}});
        const QJsonObject change = reply.object()[u"result"].toArray().first().toObject();
        return {change[u"number"].toString(),
                change[u"correlation_id"].toString().section(u':', 1)};
    }

    // Posts `text` to the release channel and returns the release team's
    // answer in its thread; empty when none came.
    QString answerTo(const QString &text)
    {
        const QJsonObject posted = postMessage(text);
        if (!posted[u"ok"].toBool()) {
            qWarning("chat.postMessage: %s", qPrintable(posted[u"error"].toString()));
            return {};
        }
        const QString ts = posted[u"ts"].toString();
        const int delay = fixture().sandbox().options().replyDelayMs;
        [&] { QTRY_VERIFY_WITH_TIMEOUT(thread(ts).size() == 2, 10 * delay + 2000); }();
        return thread(ts).last()[u"text"].toString();
    }

private slots:
    void initTestCase()
    {
        m_fixture = std::make_unique<SandboxFixture>(SandboxFixture::smallOptions());
        QVERIFY(fixture().isListening());
    }
    void cleanupTestCase() { m_fixture.reset(); }

    // Jira's lexer reads a quoted value back as one string token, unchanged.
    void quotedValueIsOneToken_data()
    {
        QTest::addColumn<QString>("value");
        for (const QString &value : hostileValues())
            QTest::newRow(qPrintable(value.simplified())) << value;
        QTest::newRow("nul") << QString(QChar(0));
    }
    void quotedValueIsOneToken()
    {
        QFETCH(QString, value);
        const auto tokens = Sandbox::Jira::tokenizeJql(Jql::quote(value));
        QVERIFY2(tokens.ok(), qPrintable(tokens.error()));
        QCOMPARE(tokens->size(), 2);
        QCOMPARE(tokens->at(0).type, Sandbox::Jira::JqlToken::Type::String);
        QCOMPARE(tokens->at(0).text, value);
    }

    // A hostile label finds nothing, where pasting it into quotes would have
    // found every issue or been refused.
    void hostileValueFindsNothing_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("naiveBreaks");
        for (const HostileJql &hostile : hostileJql)
            QTest::newRow(qPrintable(hostile.value.simplified()))
                << hostile.value << hostile.naiveBreaks;
    }
    void hostileValueFindsNothing()
    {
        QFETCH(QString, value);
        QFETCH(bool, naiveBreaks);
        const auto built = search(JqlQuery()
                                      .whereEquals(Field::Project, QStringLiteral("CHS"))
                                      .whereEquals(Field::Labels, value)
                                      .toString());
        QCOMPARE(built.status, 200);
        QCOMPARE(built.object()[u"total"].toInt(), 0);

        const auto naive =
            search(QStringLiteral("project = \"CHS\" AND labels = \"") + value + u'"');
        QCOMPARE(naive.status == 400 || naive.object()[u"total"].toInt() > 0, naiveBreaks);
    }

    // Hostile values beside a real one: the real one's issue and nothing else.
    void hostileValuesBesideARealOne()
    {
        const QJsonObject issue = labelledIssue();
        QVERIFY(!issue.isEmpty());
        const QString key = issue[u"key"].toString();
        const QString label = issue[u"fields"][u"labels"][0].toString();

        QStringList labels = hostileValues();
        const auto exact = search(JqlQuery()
                                      .whereEquals(Field::Key, key)
                                      .whereIn(Field::Labels, labels << label)
                                      .toString());
        QCOMPARE(exact.status, 200);
        QCOMPARE(keysOf(exact.object()), QStringList{key});

        const auto alone = search(JqlQuery().whereIn(Field::Labels, {label}).toString());
        const auto beside = search(JqlQuery().whereIn(Field::Labels, labels).toString());
        QCOMPARE(alone.status, 200);
        QCOMPARE(beside.status, 200);
        QVERIFY(alone.object()[u"total"].toInt() > 0);
        QCOMPARE(keysOf(beside.object()), keysOf(alone.object()));
    }

    // Jira reads the date as the builder writes it, to the minute.
    void updatedSinceIsReadToTheMinute()
    {
        const QJsonObject issue = labelledIssue();
        const QString key = issue[u"key"].toString();
        const QDateTime updated = QDateTime::fromString(issue[u"fields"][u"updated"].toString(),
                                                        QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzt"));
        QVERIFY2(updated.isValid(), qPrintable(issue[u"fields"][u"updated"].toString()));

        const auto since = [&](const QDateTime &when) {
            return keysOf(
                search(JqlQuery().whereEquals(Field::Key, key).whereUpdatedSince(when).toString())
                    .object());
        };
        QCOMPARE(since(updated), QStringList{key});
        QCOMPARE(since(updated.addSecs(-3600)), QStringList{key});
        QCOMPARE(since(updated.addSecs(120)), QStringList());
    }

    void orderIsApplied()
    {
        const auto reply = search(JqlQuery()
                                      .whereEquals(Field::Project, QStringLiteral("CHS"))
                                      .orderBy(Field::Key, Qt::DescendingOrder)
                                      .toString());
        QCOMPARE(reply.status, 200);
        const QStringList keys = keysOf(reply.object());
        QVERIFY(keys.size() > 1);
        QVERIFY(keys.first().section(u'-', 1).toInt() > keys.last().section(u'-', 1).toInt());
    }

    // Confluence accepts the page with hostile text everywhere and stores it as sent.
    void pageIsAcceptedAndStored_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("script") << QStringLiteral("<script>alert(1)</script>");
        QTest::newRow("ampersands") << QStringLiteral("a & b &amp; &nbsp; &#0; &bogus;");
        QTest::newRow("cdata") << QStringLiteral("]]><![CDATA[ x ]]>");
        QTest::newRow("macro") << QStringLiteral(
            "<ac:structured-macro ac:name=\"html\"><ac:plain-text-body><![CDATA[<b/>]]>"
            "</ac:plain-text-body></ac:structured-macro>");
        QTest::newRow("control characters")
            << QStringLiteral("bell\u0007 esc\u001b ") + QChar(0) + QStringLiteral(" 'q' \"q\"");
        QTest::newRow("lines") << QStringLiteral("one < two\nthree > two\n\nfour & five");
    }
    void pageIsAcceptedAndStored()
    {
        QFETCH(QString, value);
        Release release;
        release.name = u"2099.1." + QString::number(++m_pages) + u' ' + value;
        release.services = {{value, value, value}};
        release.notes.description = value;
        release.notes.backoutPlan = value;
        release.notes.configChanges = value;
        Change task;
        task.key = QStringLiteral("CHS-1001");
        task.summary = value;
        const QString body = StorageFormat::releaseNotesPage(release, {task});

        const QJsonObject content{
            {QStringLiteral("type"), QStringLiteral("page")},
            {QStringLiteral("title"), StorageFormat::pageTitle(release.name)},
            {QStringLiteral("space"), QJsonObject{{QStringLiteral("key"), QStringLiteral("REL")}}},
            {QStringLiteral("body"),
             QJsonObject{{QStringLiteral("storage"), QJsonObject{{QStringLiteral("value"), body},
                                                                 {QStringLiteral("representation"),
                                                                  QStringLiteral("storage")}}}}}};
        const SandboxFixture::Headers auth{
            SandboxFixture::bearer(QStringLiteral("sandbox-confluence-pat"))};
        const auto created = fixture().sendJson(
            "POST",
            fixture().url(QStringLiteral("confluence"), QStringLiteral("/rest/api/content")),
            QJsonDocument(content), auth);
        QVERIFY2(created.status == 200, created.body.constData());
        const QString id = created.object()[u"id"].toString();

        QUrl url = fixture().url(QStringLiteral("confluence"), u"/rest/api/content/" + id);
        url.setQuery(QStringLiteral("expand=body.storage"));
        const auto stored = fixture().get(url, auth);
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.object()[u"body"][u"storage"][u"value"].toString(), body);
        QCOMPARE(stored.object()[u"title"].toString(), StorageFormat::pageTitle(release.name));
    }

    // The same text unescaped is refused: the rows above are hostile.
    void unescapedTextIsRefused()
    {
        const QJsonObject content{
            {QStringLiteral("type"), QStringLiteral("page")},
            {QStringLiteral("title"), QStringLiteral("Release notes \u2013 unescaped")},
            {QStringLiteral("space"), QJsonObject{{QStringLiteral("key"), QStringLiteral("REL")}}},
            {QStringLiteral("body"),
             QJsonObject{
                 {QStringLiteral("storage"),
                  QJsonObject{{QStringLiteral("value"), QStringLiteral("<p>a & b < c</p>")},
                              {QStringLiteral("representation"), QStringLiteral("storage")}}}}}};
        const auto refused = fixture().sendJson(
            "POST",
            fixture().url(QStringLiteral("confluence"), QStringLiteral("/rest/api/content")),
            QJsonDocument(content),
            {SandboxFixture::bearer(QStringLiteral("sandbox-confluence-pat"))});
        QCOMPARE(refused.status, 400);
    }

    // The release team applies a staging request for a seeded change and
    // answers with the ServiceNow test task.
    void stagingRequestIsApplied()
    {
        const auto [change, releaseName] = seededChange();
        QVERIFY(change.startsWith(u"CHG"));
        QVERIFY(!releaseName.isEmpty());
        Release release;
        release.name = releaseName;
        release.services = {
            {QStringLiteral("chs-orders-api"), QStringLiteral("1.4.2"), QStringLiteral("ECS")}};
        const QString answer = answerTo(SlackFormat::stagingRequest(
            release, QUrl(QStringLiteral("https://wiki.example.org/x/AbC")), change));
        const QRegularExpression applied(u"^Applied to staging: " +
                                         QRegularExpression::escape(releaseName) +
                                         u"\\. ServiceNow test task CTASK\\d{7}\\.$");
        QVERIFY2(applied.match(answer).hasMatch(), qPrintable(answer));
    }

    // The control for the rows below: the same live request with the release
    // name pasted in as it is reads as a staging request.
    void pastedNameMisleadsTheTeam()
    {
        const auto [change, version] = seededChange();
        const QString answer =
            answerTo(u"Live request for release " + version + u"-staging: please deploy to live.");
        QVERIFY2(!answer.startsWith(u"Applied to live"), qPrintable(answer));
    }

    // User text that names the other environment, another change or mentions
    // the channel does not change what the team reads.
    void userTextKeepsTheRequestsKind_data()
    {
        QTest::addColumn<bool>("staging");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("notesPath");
        QTest::addColumn<QString>("expected");
        const QString notes = QStringLiteral("/x/AbC");
        QTest::newRow("live, named staging") << false << QStringLiteral("-staging") << notes
                                             << QStringLiteral("Applied to live: %1.");
        QTest::newRow("live, staging in the notes url")
            << false << QString() << QStringLiteral("/spaces/REL/pages/1/Release+notes+staging")
            << QStringLiteral("Applied to live: %1.");
        QTest::newRow("live, named Staging hotfix")
            << false << QStringLiteral(" STAGING hotfix <!channel>") << notes
            << QStringLiteral("Applied to live: %1.");
        QTest::newRow("staging, named with another change")
            << true << QStringLiteral(" CHG9999999 live") << notes
            << QStringLiteral("Applied to staging: %1. ServiceNow test task CTASK");
    }
    void userTextKeepsTheRequestsKind()
    {
        QFETCH(bool, staging);
        QFETCH(QString, suffix);
        QFETCH(QString, notesPath);
        QFETCH(QString, expected);
        const auto [change, version] = seededChange();
        Release release;
        release.name = version + suffix;
        release.services = {
            {QStringLiteral("chs-staging-api"), QStringLiteral("1.0.0"), QStringLiteral("ECS")}};
        const QUrl notesUrl(u"https://wiki.example.org/wiki" + notesPath);
        const QString text = staging ? SlackFormat::stagingRequest(release, notesUrl, change)
                                     : SlackFormat::liveRequest(release, notesUrl, change);
        QVERIFY(!text.contains(u"<!channel>"));
        const QString answer = answerTo(text);
        QVERIFY2(answer.startsWith(expected.arg(version)), qPrintable(answer));
    }

    // The developers' notice of a failure, whatever its note says, is no
    // request: the release team leaves it unanswered.
    void testFailureIsNoRequest()
    {
        const auto [change, version] = seededChange();
        TestResult failed;
        failed.taskKey = QStringLiteral("CHS-1001");
        failed.environment = Environment::Staging;
        failed.outcome = TestOutcome::Failed;
        failed.tester = QStringLiteral("Priya Shah");
        failed.note = u"Staging request: please deploy " + version + u" to staging, " + change;
        const QJsonObject posted =
            postMessage(SlackFormat::testFailure(failed, QStringLiteral("In Progress")));
        QVERIFY(posted[u"ok"].toBool());
        // Ten reply delays: as long as a request's answer is waited for.
        QTest::qWait(10 * fixture().sandbox().options().replyDelayMs);
        QCOMPARE(thread(posted[u"ts"].toString()).size(), 1);
    }

private:
    std::unique_ptr<SandboxFixture> m_fixture;
    int m_pages = 0;
};

QTEST_GUILESS_MAIN(TestTextFormatsSandbox)
#include "tst_textformats_sandbox.moc"
