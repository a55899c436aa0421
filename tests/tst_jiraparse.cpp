#include "services/clients/jiraparse.h"

#include <QJsonArray>
#include <QTest>

Q_DECLARE_METATYPE(QList<ReleaseDesk::JiraComment>)

using namespace ReleaseDesk;

namespace {

QJsonDocument json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("bad test JSON: %s", qPrintable(error.errorString()));
    return document;
}

// A Data Center search answer with one issue whose fields are `fields`.
QByteArray pageWith(const QByteArray &fields)
{
    return R"({"startAt":0,"maxResults":50,"total":1,"issues":[{"id":"10001","key":"CHS-1001","fields":)" +
           fields + "}]}";
}

const QByteArray fullFields =
    R"({"summary":"Add paging","status":{"name":"In Review","statusCategory":{"key":"indeterminate"}},)"
    R"("assignee":{"displayName":"Priya Shah","accountId":"5b10"},)"
    R"("components":[{"id":"1","name":"chs-orders-api"},{"id":"2","name":"chs-search-api"}],)"
    R"("fixVersions":[{"id":"3","name":"2026.11.3"}],"updated":"2026-11-19T08:30:15.250+0000"})";

} // namespace

class TestJiraParse : public QObject
{
    Q_OBJECT

private slots:
    void readsAFullIssue()
    {
        const auto page = JiraParse::dataCenterPage(QJsonDocument::fromJson(pageWith(fullFields)));
        QVERIFY2(page.ok(), qPrintable(page.error()));
        QCOMPARE(page->total, 1);
        QCOMPARE(page->changes.size(), 1);
        const Change &change = page->changes.first();
        QCOMPARE(change.key, QStringLiteral("CHS-1001"));
        QCOMPARE(change.summary, QStringLiteral("Add paging"));
        QCOMPARE(change.status, QStringLiteral("In Review"));
        QCOMPARE(change.assignee, QStringLiteral("Priya Shah"));
        QCOMPARE(change.service, QStringLiteral("chs-orders-api"));
        QCOMPARE(change.fixVersion, QStringLiteral("2026.11.3"));
        QCOMPARE(change.updated, QDateTime(QDate(2026, 11, 19), QTime(8, 30, 15, 250), Qt::UTC));
        QVERIFY(change.branch.isEmpty() && change.commit.isEmpty());
        QCOMPARE(change.review, ReviewState::Unknown);
    }

    void optionalFieldsMayBeAbsent_data()
    {
        QTest::addColumn<QByteArray>("fields");
        QTest::newRow("unassigned") << QByteArray(
            R"({"summary":"s","status":{"name":"To Do"},"assignee":null,)"
            R"("components":[],"fixVersions":[],"updated":"2026-11-19T08:30:15.000+0000"})");
        QTest::newRow("lists missing")
            << QByteArray(R"({"summary":"s","status":{"name":"To Do"},)"
                          R"("updated":"2026-11-19T08:30:15.000+0100"})");
    }
    void optionalFieldsMayBeAbsent()
    {
        QFETCH(QByteArray, fields);
        const auto page = JiraParse::dataCenterPage(QJsonDocument::fromJson(pageWith(fields)));
        QVERIFY2(page.ok(), qPrintable(page.error()));
        const Change &change = page->changes.first();
        QVERIFY(change.assignee.isEmpty());
        QVERIFY(change.service.isEmpty());
        QVERIFY(change.fixVersion.isEmpty());
        QVERIFY(change.updated.isValid());
    }

    void badIssuesNameTheField_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("field");
        const auto row = [](const char *name, const QByteArray &fields, const char *field) {
            QTest::newRow(name) << pageWith(fields) << QString::fromLatin1(field);
        };
        row("summary missing",
            R"({"status":{"name":"To Do"},"updated":"2026-11-19T08:30:15.000+0000"})",
            "issues[0].fields.summary");
        row("summary a number",
            R"({"summary":7,"status":{"name":"To Do"},"updated":"2026-11-19T08:30:15.000+0000"})",
            "issues[0].fields.summary");
        row("status a string",
            R"({"summary":"s","status":"To Do","updated":"2026-11-19T08:30:15.000+0000"})",
            "issues[0].fields.status");
        row("status without name",
            R"({"summary":"s","status":{},"updated":"2026-11-19T08:30:15.000+0000"})",
            "issues[0].fields.status.name");
        row("assignee a string",
            R"({"summary":"s","status":{"name":"x"},"assignee":"pshah","updated":"2026-11-19T08:30:15.000+0000"})",
            "issues[0].fields.assignee");
        row("components an object",
            R"({"summary":"s","status":{"name":"x"},"components":{},"updated":"2026-11-19T08:30:15.000+0000"})",
            "issues[0].fields.components");
        row("component without name",
            R"({"summary":"s","status":{"name":"x"},"components":[{"id":"1"}],"updated":"2026-11-19T08:30:15.000+0000"})",
            "issues[0].fields.components[0].name");
        row("fixVersion a string",
            R"({"summary":"s","status":{"name":"x"},"fixVersions":["1.0"],"updated":"2026-11-19T08:30:15.000+0000"})",
            "issues[0].fields.fixVersions[0]");
        row("updated missing", R"({"summary":"s","status":{"name":"x"}})",
            "issues[0].fields.updated");
        row("updated not a time", R"({"summary":"s","status":{"name":"x"},"updated":"yesterday"})",
            "issues[0].fields.updated");
        QTest::newRow("no key") << QByteArray(R"({"startAt":0,"total":1,"issues":[{"fields":{}}]})")
                                << QStringLiteral("issues[0].key");
        QTest::newRow("no fields")
            << QByteArray(R"({"startAt":0,"total":1,"issues":[{"key":"CHS-1"}]})")
            << QStringLiteral("issues[0].fields");
        QTest::newRow("issue a number")
            << QByteArray(R"({"startAt":0,"total":1,"issues":[3]})") << QStringLiteral("issues[0]");
        QTest::newRow("no total") << QByteArray(R"({"startAt":0,"issues":[]})")
                                  << QStringLiteral("total");
        QTest::newRow("total a string")
            << QByteArray(R"({"startAt":0,"total":"1","issues":[]})") << QStringLiteral("total");
        QTest::newRow("issues an object")
            << QByteArray(R"({"startAt":0,"total":1,"issues":{}})") << QStringLiteral("issues");
    }
    void badIssuesNameTheField()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, field);
        const auto page = JiraParse::dataCenterPage(QJsonDocument::fromJson(answer));
        QVERIFY(!page.ok());
        QVERIFY2(page.error().contains(u'\'' + field + u'\''), qPrintable(page.error()));
    }

    void notAnObjectIsAnError()
    {
        QVERIFY(!JiraParse::dataCenterPage(json("[]")).ok());
        QVERIFY(!JiraParse::cloudPage(QJsonDocument()).ok());
        QVERIFY(!JiraParse::transitions(json("[]")).ok());
        QVERIFY(!JiraParse::versions(json("{}")).ok());
        QVERIFY(!JiraParse::account(json("[]")).ok());
    }

    void cloudPages_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("token");
        QTest::newRow("more") << QByteArray(R"({"issues":[],"nextPageToken":"abc","isLast":false})")
                              << QStringLiteral("abc");
        QTest::newRow("last without token") << QByteArray(R"({"issues":[]})") << QString();
        QTest::newRow("isLast wins")
            << QByteArray(R"({"issues":[],"nextPageToken":"abc","isLast":true})") << QString();
    }
    void cloudPages()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, token);
        const auto page = JiraParse::cloudPage(QJsonDocument::fromJson(answer));
        QVERIFY2(page.ok(), qPrintable(page.error()));
        QCOMPARE(page->nextPageToken, token);
    }

    void cloudPageWithABadToken()
    {
        const auto page = JiraParse::cloudPage(json(R"({"issues":[],"nextPageToken":5})"));
        QVERIFY(!page.ok());
        QVERIFY(page.error().contains(QLatin1String("'nextPageToken'")));
    }

    void transitions()
    {
        const auto list = JiraParse::transitions(json(
            R"({"expand":"transitions","transitions":[{"id":"31","name":"Merge","to":{"id":"4","name":"Ready for Test"}},)"
            R"({"id":61,"name":"Fail","to":{"name":"In Progress"}}]})"));
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(
            list.value(),
            (QList<JiraTransition>{
                {QStringLiteral("31"), QStringLiteral("Merge"), QStringLiteral("Ready for Test")},
                {QStringLiteral("61"), QStringLiteral("Fail"), QStringLiteral("In Progress")}}));
        const auto bad =
            JiraParse::transitions(json(R"({"transitions":[{"id":"31","name":"Merge"}]})"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().contains(QLatin1String("'transitions[0].to'")),
                 qPrintable(bad.error()));
    }

    void versions()
    {
        const auto list = JiraParse::versions(json(
            R"([{"id":"10","name":"2026.11.1","released":true,"archived":false,"releaseDate":"2026-11-02"},)"
            R"({"id":"11","name":"2026.11.3"}])"));
        QVERIFY2(list.ok(), qPrintable(list.error()));
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).releaseDate, QDate(2026, 11, 2));
        QVERIFY(list->at(0).released);
        QVERIFY(!list->at(1).released && !list->at(1).releaseDate.isValid());
        const auto bad = JiraParse::versions(json(R"([{"id":"10","name":"x","released":"yes"}])"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().contains(QLatin1String("'[0].released'")), qPrintable(bad.error()));
    }

    // One version, as a create or an update answers it.
    void version()
    {
        const auto one = JiraParse::version(json(
            R"({"id":"12","name":"2026.12.1","released":true,"releaseDate":"2026-12-03","archived":true})"));
        QVERIFY2(one.ok(), qPrintable(one.error()));
        QCOMPARE(one.value(), (JiraVersion{QStringLiteral("12"), QStringLiteral("2026.12.1"), true,
                                           true, QDate(2026, 12, 3)}));
        const auto bad =
            JiraParse::version(json(R"({"id":"12","name":"x","releaseDate":"3 Dec"})"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().contains(QLatin1String("'releaseDate'")), qPrintable(bad.error()));
        QVERIFY(!JiraParse::version(json("[]")).ok());
    }

    // Every fix version of an issue, in Jira's order; none when the list is empty or absent.
    void fixVersionNames()
    {
        const auto names = JiraParse::fixVersionNames(json(
            R"({"key":"CHS-1","fields":{"fixVersions":[{"id":"1","name":"chs-orders-api 1.2.0"},)"
            R"({"id":"2","name":"2026.12.1"}]}})"));
        QVERIFY2(names.ok(), qPrintable(names.error()));
        QCOMPARE(names.value(), (QStringList{QStringLiteral("chs-orders-api 1.2.0"),
                                             QStringLiteral("2026.12.1")}));
        QCOMPARE(JiraParse::fixVersionNames(json(R"({"fields":{}})")).value(), QStringList());
        const auto bad = JiraParse::fixVersionNames(json(R"({"fields":{"fixVersions":["1.0"]}})"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().contains(QLatin1String("fields.fixVersions[0]")),
                 qPrintable(bad.error()));
    }

    void assigneeOfAnIssue()
    {
        const auto assigned = JiraParse::assignee(
            json(R"({"key":"CHS-1","fields":{"assignee":{"displayName":"Alice Khan",)"
                 R"("emailAddress":"alice.khan@example.com"}}})"));
        QVERIFY2(assigned.ok(), qPrintable(assigned.error()));
        QCOMPARE(assigned->displayName, u"Alice Khan");
        QCOMPARE(assigned->email, u"alice.khan@example.com");
        const auto nobody = JiraParse::assignee(json(R"({"fields":{"assignee":null}})"));
        QVERIFY(nobody.ok());
        QVERIFY(nobody->displayName.isEmpty());
        QVERIFY(!JiraParse::assignee(json(R"({"fields":{"assignee":{"name":"ann"}}})")).ok());
        QVERIFY(!JiraParse::assignee(json(R"({"key":"CHS-1"})")).ok());
    }

    void smallAnswers()
    {
        QCOMPARE(JiraParse::account(json(R"({"displayName":"Release Bot"})")).value(),
                 (JiraAccount{QStringLiteral("Release Bot"), QTimeZone::utc()}));
        QCOMPARE(JiraParse::account(json(R"({"displayName":"Ann","timeZone":"America/New_York"})"))
                     ->timeZone,
                 QTimeZone("America/New_York"));
        // A zone this computer does not know reads as UTC rather than failing the sign-in.
        QCOMPARE(JiraParse::account(json(R"({"displayName":"Ann","timeZone":"Mars/Olympus"})"))
                     ->timeZone,
                 QTimeZone::utc());
        QVERIFY(!JiraParse::account(json(R"({"displayName":"Ann","timeZone":5})")).ok());
        QVERIFY(!JiraParse::account(json(R"({"name":"bot"})")).ok());
        QCOMPARE(
            JiraParse::account(json(R"({"displayName":"Ann","emailAddress":"ann@x.org"})"))->email,
            u"ann@x.org");
        // A profile that hides its email, as Jira Cloud's may.
        QCOMPARE(JiraParse::account(json(R"({"displayName":"Ann"})"))->email, QString());
        QCOMPARE(JiraParse::commentId(json(R"({"id":"10042","body":"x"})")).value(),
                 QStringLiteral("10042"));
        QVERIFY(!JiraParse::commentId(json(R"({"id":true})")).ok());
    }

    void serverError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("text");
        QTest::newRow("messages")
            << QByteArray(R"({"errorMessages":["Issue does not exist"],"errors":{}})")
            << QStringLiteral("Issue does not exist");
        QTest::newRow("field errors")
            << QByteArray(
                   R"({"errorMessages":[],"errors":{"body":"Comment body can not be empty!"}})")
            << QStringLiteral("body: Comment body can not be empty!");
        QTest::newRow("not Jira's shape") << QByteArray("<html>Bad gateway</html>") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }
    void serverError()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, text);
        QCOMPARE(JiraParse::serverError(body), text);
    }

    void adfDocument()
    {
        const QJsonObject doc =
            JiraParse::adfDocument(QStringLiteral("Failed in CI-Dev:\nsee log\n\nRetest please"));
        QCOMPARE(doc.value(QLatin1String("type")).toString(), QStringLiteral("doc"));
        QCOMPARE(doc.value(QLatin1String("version")).toInt(), 1);
        const QJsonArray paragraphs = doc.value(QLatin1String("content")).toArray();
        QCOMPARE(paragraphs.size(), 2);
        const QJsonArray first =
            paragraphs.at(0).toObject().value(QLatin1String("content")).toArray();
        QCOMPARE(first.size(), 3);
        QCOMPARE(first.at(1).toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("hardBreak"));
        QCOMPARE(first.at(2).toObject().value(QLatin1String("text")).toString(),
                 QStringLiteral("see log"));
    }

    // adfText() reads back what adfDocument() wrote, and the text of the
    // documents Jira Cloud itself makes.
    void adfText_data()
    {
        QTest::addColumn<QJsonObject>("document");
        QTest::addColumn<QString>("text");
        const QString written = QStringLiteral("Failed in CI-Dev:\nsee log\n\nRetest please");
        QTest::newRow("round trip") << JiraParse::adfDocument(written) << written;
        QTest::newRow("empty") << JiraParse::adfDocument(QString()) << QString();
        const auto node = [](const char *type, QJsonArray content = {}) {
            QJsonObject object{{QLatin1String("type"), QLatin1String(type)}};
            if (!content.isEmpty())
                object.insert(QLatin1String("content"), content);
            return object;
        };
        const auto text = [](const char *value) {
            return QJsonObject{
                {QLatin1String("type"), QLatin1String("text")},
                {QLatin1String("text"), QLatin1String(value)},
                {QLatin1String("marks"),
                 QJsonArray{QJsonObject{{QLatin1String("type"), QLatin1String("strong")}}}}};
        };
        QTest::newRow("heading, list and a mention")
            << node("doc",
                    {node("heading", {text("Retest")}),
                     node("bulletList",
                          {node("listItem", {node("paragraph", {text("one")})}),
                           node("listItem",
                                {node("paragraph", {text("two"), node("mention"), text("!")})})})})
            << QStringLiteral("Retest\n\none\n\ntwo!");
    }
    void adfText()
    {
        QFETCH(QJsonObject, document);
        QFETCH(QString, text);
        QCOMPARE(JiraParse::adfText(document), text);
    }

    void commentPage_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QList<JiraComment>>("comments");
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("error");
        const QDateTime at(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
        QTest::newRow("data center")
            << QByteArray(
                   R"({"startAt":0,"maxResults":50,"total":2,"comments":[)"
                   R"({"id":"10001","body":"Failed","created":"2026-11-20T12:00:00.000+0000"},)"
                   R"({"id":10002,"body":"Fixed","created":"2026-11-20T13:00:00.000+0100"}]})")
            << QList<JiraComment>{{QStringLiteral("10001"), QStringLiteral("Failed"), at, {}},
                                  {QStringLiteral("10002"), QStringLiteral("Fixed"), at, {}}}
            << 2 << QString();
        QTest::newRow("cloud")
            << QByteArray(
                   R"({"startAt":5,"maxResults":1,"total":9,"comments":[{"id":"7","body":)"
                   R"({"type":"doc","version":1,"content":[{"type":"paragraph","content":)"
                   R"([{"type":"text","text":"Failed"}]}]},"created":"2026-11-20T12:00:00.000+0000"}]})")
            << QList<JiraComment>{{QStringLiteral("7"), QStringLiteral("Failed"), at, {}}} << 9
            << QString();
        QTest::newRow("body of the wrong type")
            << QByteArray(
                   R"({"startAt":0,"total":1,"comments":[{"id":"1","body":3,"created":"x"}]})")
            << QList<JiraComment>() << 0
            << QStringLiteral("the field 'comments[0].body' is neither text nor a document");
        QTest::newRow("no time")
            << QByteArray(
                   R"({"startAt":0,"total":1,"comments":[{"id":"1","body":"x","created":"soon"}]})")
            << QList<JiraComment>() << 0
            << QStringLiteral("the field 'comments[0].created' is not a time: soon");
        QTest::newRow("no list") << QByteArray(R"({"startAt":0,"total":0})") << QList<JiraComment>()
                                 << 0 << QStringLiteral("comments");
    }
    void commentPage()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QList<JiraComment>, comments);
        QFETCH(int, total);
        QFETCH(QString, error);
        const auto page = JiraParse::commentPage(QJsonDocument::fromJson(answer));
        if (!error.isEmpty()) {
            QVERIFY(!page.ok());
            QVERIFY2(page.error().contains(error), qPrintable(page.error()));
            return;
        }
        QVERIFY2(page.ok(), qPrintable(page.error()));
        QCOMPARE(page->total, total);
        QCOMPARE(page->comments.size(), comments.size());
        for (qsizetype i = 0; i < comments.size(); ++i) {
            QCOMPARE(page->comments[i].id, comments[i].id);
            QCOMPARE(page->comments[i].text, comments[i].text);
            QCOMPARE(page->comments[i].created.toUTC(), comments[i].created);
        }
    }

    void parseTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("time");
        QTest::newRow("utc") << QStringLiteral("2026-11-20T12:00:00.000+0000")
                             << QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
        QTest::newRow("offset") << QStringLiteral("2026-11-20T12:00:00.000-0130")
                                << QDateTime(QDate(2026, 11, 20), QTime(13, 30), Qt::UTC);
        QTest::newRow("garbage") << QStringLiteral("20/11/26 12:00") << QDateTime();
    }
    void parseTime()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, time);
        const QDateTime parsed = JiraParse::parseTime(text);
        QCOMPARE(parsed.isValid(), time.isValid());
        if (time.isValid())
            QCOMPARE(parsed.toUTC(), time);
    }
};

QTEST_GUILESS_MAIN(TestJiraParse)
#include "tst_jiraparse.moc"
