#include "services/clients/confluenceparse.h"

#include "models/formats/storageformat.h"

#include <QJsonArray>
#include <QTest>

using namespace ReleaseDesk;

namespace {

const QString dataCenterBase = QStringLiteral("https://wiki.example.com");
const QString cloudBase = QStringLiteral("https://example.atlassian.net/wiki");

QJsonDocument json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("bad test JSON: %s", qPrintable(error.errorString()));
    return document;
}

// One content object as Confluence sends it with body.storage and version expanded.
QByteArray contentWith(const QByteArray &fields)
{
    return R"({"id":"163850","type":"page","status":"current","title":"Release notes – 2026.11.3",)"
           R"("version":{"number":3,"when":"2026-11-19T08:30:15.250Z","minorEdit":false},)"
           R"("body":{"storage":{"value":"<p>Notes</p>","representation":"storage"}},)" +
           fields + "}";
}

QByteArray topLevel(const QByteArray &links)
{
    return contentWith(R"("_links":)" + links);
}

// A search answer with `results` and `links` (without the braces).
QByteArray searchWith(const QByteArray &results, const QByteArray &links)
{
    return R"({"results":[)" + results + R"(],"start":0,"limit":25,"size":1,"_links":{)" + links +
           "}}";
}

// Links with "//" in raw strings stay out of the class: moc misreads them there.
const QByteArray plainLinks = R"("_links":{"webui":"/x","base":"https://w.example"})";
const QByteArray linksWithoutWebUi = R"("_links":{"base":"https://w.example"})";
const QByteArray searchBase = R"("base":"https://wiki.example.com/confluence")";
const QByteArray siteBase = R"("base":"https://wiki.example.com")";
const QByteArray absoluteNext =
    R"(,"next":"https://wiki.example.com/confluence/rest/api/content?start=1")";
const QByteArray foreignNext = R"(,"next":"https://evil.example/rest/api/content?start=1")";
// The same origin as the base, its default port spelt out.
const QByteArray portNext =
    R"(,"next":"https://wiki.example.com:443/confluence/rest/api/content?start=1")";
const QByteArray otherPortNext =
    R"(,"next":"https://wiki.example.com:8443/confluence/rest/api/content?start=1")";

} // namespace

class TestConfluenceParse : public QObject
{
    Q_OBJECT

private slots:
    void readsAPage_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("url");
        QTest::newRow("data center")
            << topLevel(R"({"webui":"/pages/viewpage.action?pageId=163850","base":")" +
                        dataCenterBase.toUtf8() + R"(","context":""})")
            << dataCenterBase + QStringLiteral("/pages/viewpage.action?pageId=163850");
        QTest::newRow("cloud")
            << topLevel(R"({"webui":"/spaces/REL/pages/163850/Release+notes+%E2%80%93+2026.11.3",)"
                        R"("base":")" +
                        cloudBase.toUtf8() + R"(/","context":"/wiki"})")
            << cloudBase +
                   QStringLiteral("/spaces/REL/pages/163850/Release+notes+%E2%80%93+2026.11.3");
    }
    void readsAPage()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, url);
        const auto page = ConfluenceParse::page(json(answer));
        QVERIFY2(page.ok(), qPrintable(page.error()));
        QCOMPARE(page->id, QStringLiteral("163850"));
        QCOMPARE(page->title, QStringLiteral("Release notes \u2013 2026.11.3"));
        QCOMPARE(page->version, 3);
        QCOMPARE(page->storage, QStringLiteral("<p>Notes</p>"));
        QCOMPARE(page->url.toString(QUrl::FullyEncoded), url);
        QCOMPARE(page->updated, QDateTime(QDate(2026, 11, 19), QTime(8, 30, 15, 250), Qt::UTC));
    }

    void numericIdsAndOffsetsRead()
    {
        const QByteArray answer =
            R"({"id":42,"title":"t","version":{"number":1,"when":"2026-11-19T09:30:15.000+01:00"},)"
            R"("body":{"storage":{"value":""}},)" +
            plainLinks + "}";
        const auto page = ConfluenceParse::page(json(answer));
        QVERIFY2(page.ok(), qPrintable(page.error()));
        QCOMPARE(page->id, QStringLiteral("42"));
        QVERIFY(page->storage.isEmpty());
        QCOMPARE(page->updated.toUTC(), QDateTime(QDate(2026, 11, 19), QTime(8, 30, 15), Qt::UTC));
    }

    void badPagesNameTheField_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("field");
        const QByteArray &links = plainLinks;
        const auto row = [](const char *name, const QByteArray &answer, const char *field) {
            QTest::newRow(name) << answer << QString::fromLatin1(field);
        };
        row("no id",
            R"({"title":"t","version":{"number":1},"body":{"storage":{"value":""}},)" + links + "}",
            "id");
        row("title a number",
            R"({"id":"1","title":7,"version":{"number":1},"body":{"storage":{"value":""}},)" +
                links + "}",
            "title");
        row("no version", R"({"id":"1","title":"t","body":{"storage":{"value":""}},)" + links + "}",
            "version");
        row("version number a fraction",
            R"({"id":"1","title":"t","version":{"number":1.5},"body":{"storage":{"value":""}},)" +
                links + "}",
            "version.number");
        row("version number zero",
            R"({"id":"1","title":"t","version":{"number":0},"body":{"storage":{"value":""}},)" +
                links + "}",
            "version.number");
        row("version time unreadable",
            R"({"id":"1","title":"t","version":{"number":1,"when":"yesterday"},"body":{"storage":{"value":""}},)" +
                links + "}",
            "version.when");
        row("no body", R"({"id":"1","title":"t","version":{"number":1},)" + links + "}", "body");
        row("body without storage",
            R"({"id":"1","title":"t","version":{"number":1},"body":{"view":{}},)" + links + "}",
            "body.storage");
        row("storage value a number",
            R"({"id":"1","title":"t","version":{"number":1},"body":{"storage":{"value":1}},)" +
                links + "}",
            "body.storage.value");
        row("no links",
            R"({"id":"1","title":"t","version":{"number":1},"body":{"storage":{"value":""}}})",
            "_links");
        row("no base",
            R"({"id":"1","title":"t","version":{"number":1},"body":{"storage":{"value":""}},)"
            R"("_links":{"webui":"/x"}})",
            "_links.base");
        row("no web ui",
            R"({"id":"1","title":"t","version":{"number":1},"body":{"storage":{"value":""}},)" +
                linksWithoutWebUi + "}",
            "_links.webui");
    }
    void badPagesNameTheField()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, field);
        const auto page = ConfluenceParse::page(json(answer));
        QVERIFY(!page.ok());
        QVERIFY2(page.error().contains(u'\'' + field + u'\''), qPrintable(page.error()));
    }

    void searchPages_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("pages");
        QTest::addColumn<QString>("next");
        const QByteArray result = contentWith(R"("_links":{"webui":"/display/REL/x"})");
        const QByteArray &base = searchBase;
        QTest::newRow("last page") << searchWith(result, base) << 1 << QString();
        QTest::newRow("relative next")
            << searchWith(result,
                          base + R"(,"next":"/rest/api/content?spaceKey=REL&limit=1&start=1")")
            << 1 << QStringLiteral("/rest/api/content?spaceKey=REL&limit=1&start=1");
        QTest::newRow("absolute next below the base")
            << searchWith(result, base + absoluteNext) << 1
            << QStringLiteral("/rest/api/content?start=1");
        QTest::newRow("absolute next with the default port")
            << searchWith(result, base + portNext) << 1
            << QStringLiteral("/rest/api/content?start=1");
        QTest::newRow("empty") << searchWith({}, base) << 0 << QString();
    }
    void searchPages()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, pages);
        QFETCH(QString, next);
        const auto page = ConfluenceParse::searchPage(json(answer));
        QVERIFY2(page.ok(), qPrintable(page.error()));
        QCOMPARE(page->pages.size(), pages);
        QCOMPARE(page->next, next);
        if (pages > 0) {
            // A result's web UI link is below the answer's base.
            QCOMPARE(page->pages.first().url.toString(),
                     QStringLiteral("https://wiki.example.com/confluence/display/REL/x"));
        }
    }

    void badSearchesNameTheField_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("field");
        const QByteArray &base = siteBase;
        QTest::newRow("no results")
            << QByteArray(R"({"_links":{)" + base + "}}") << QStringLiteral("results");
        QTest::newRow("result a string")
            << searchWith(R"("163850")", base) << QStringLiteral("results[0]");
        QTest::newRow("result without version")
            << searchWith(
                   R"({"id":"1","title":"t","body":{"storage":{"value":""}},"_links":{"webui":"/x"}})",
                   base)
            << QStringLiteral("results[0].version");
        QTest::newRow("no base") << searchWith({}, {}) << QStringLiteral("_links.base");
        QTest::newRow("next elsewhere")
            << searchWith({}, base + foreignNext) << QStringLiteral("_links.next");
        QTest::newRow("next on another port")
            << searchWith({}, searchBase + otherPortNext) << QStringLiteral("_links.next");
    }
    void badSearchesNameTheField()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, field);
        const auto page = ConfluenceParse::searchPage(json(answer));
        QVERIFY(!page.ok());
        QVERIFY2(page.error().contains(u'\'' + field + u'\''), qPrintable(page.error()));
    }

    void notAnObjectIsAnError()
    {
        QVERIFY(!ConfluenceParse::page(json("[]")).ok());
        QVERIFY(!ConfluenceParse::searchPage(QJsonDocument()).ok());
        QVERIFY(!ConfluenceParse::displayName(json("[]")).ok());
        QVERIFY(!ConfluenceParse::spaceKey(json("[]")).ok());
        QVERIFY(!ConfluenceParse::pageSpaceKey(json("{}")).ok());
    }

    void readsUserAndSpaces()
    {
        const auto name = ConfluenceParse::displayName(
            json(R"({"type":"known","accountId":"557058:x","displayName":"Release Bot"})"));
        QVERIFY(name.ok());
        QCOMPARE(name.value(), QStringLiteral("Release Bot"));
        const auto space = ConfluenceParse::spaceKey(json(R"({"id":98305,"key":"REL"})"));
        QVERIFY(space.ok());
        QCOMPARE(space.value(), QStringLiteral("REL"));
        const auto pageSpace =
            ConfluenceParse::pageSpaceKey(json(R"({"id":"1","space":{"key":"OPS"}})"));
        QVERIFY(pageSpace.ok());
        QCOMPARE(pageSpace.value(), QStringLiteral("OPS"));
    }

    void writesANewPage_data()
    {
        QTest::addColumn<QString>("parentId");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("below a parent")
            << QStringLiteral("163842")
            << QByteArray(R"({"ancestors":[{"id":"163842"}],"body":{"storage":{"representation":)"
                          R"("storage","value":"<p>a &amp; b</p>"}},"space":{"key":"REL"},)"
                          R"("title":"Release notes – 1.0","type":"page"})");
        QTest::newRow("at the top")
            << QString()
            << QByteArray(R"({"body":{"storage":{"representation":"storage","value":)"
                          R"("<p>a &amp; b</p>"}},"space":{"key":"REL"},)"
                          R"("title":"Release notes – 1.0","type":"page"})");
    }
    void writesANewPage()
    {
        QFETCH(QString, parentId);
        QFETCH(QByteArray, expected);
        const QJsonObject body = ConfluenceParse::newPage(
            StorageFormat::pageTitle(QStringLiteral("1.0")), QStringLiteral("<p>a &amp; b</p>"),
            QStringLiteral("REL"), parentId);
        QCOMPARE(body, json(expected).object());
    }

    void writesTheNextVersion()
    {
        ConfluencePage current;
        current.id = QStringLiteral("163850");
        current.title = QStringLiteral("Release notes \u2013 1.0");
        current.version = 4;
        current.storage = QStringLiteral("<p>old</p>");
        const QJsonObject body =
            ConfluenceParse::pageUpdate(current, QStringLiteral("<p>new</p>")).value();
        QCOMPARE(body,
                 json(R"({"id":"163850","type":"page","title":"Release notes – 1.0",)"
                      R"("version":{"number":5},)"
                      R"("body":{"storage":{"value":"<p>new</p>","representation":"storage"}}})")
                     .object());
    }

    // Confluence numbers versions with an int; the last one cannot be followed.
    void theLastVersionCannotBeFollowed()
    {
        ConfluencePage current;
        current.id = QStringLiteral("163850");
        current.title = QStringLiteral("Release notes");
        current.version = std::numeric_limits<int>::max();
        const auto body = ConfluenceParse::pageUpdate(current, QStringLiteral("<p>new</p>"));
        QVERIFY(!body.ok());
        QVERIFY2(body.error().contains(QStringLiteral("2147483647")), qPrintable(body.error()));
    }

    void serverErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("titleTaken");
        QTest::newRow("data center, with the exception class")
            << QByteArray(R"({"statusCode":400,"data":{},"message":"com.atlassian.confluence.api.)"
                          R"(service.exceptions.BadRequestException: A page with this title )"
                          R"(already exists: A page already exists with the title X in the space )"
                          R"(with key REL","reason":"Bad Request"})")
            << QStringLiteral("A page with this title already exists: A page already exists with "
                              "the title X in the space with key REL")
            << true;
        QTest::newRow("cloud, plain")
            << QByteArray(R"({"statusCode":409,"message":"Version must be incremented on update. )"
                          R"(Current version is: 3"})")
            << QStringLiteral("Version must be incremented on update. Current version is: 3")
            << false;
        QTest::newRow("text in lower case")
            << QByteArray(R"({"message":"a page with this title already exists"})")
            << QStringLiteral("a page with this title already exists") << true;
        QTest::newRow("no message") << QByteArray(R"({"statusCode":500})") << QString() << false;
        QTest::newRow("message not text")
            << QByteArray(R"({"message":{"key":"x"}})") << QString() << false;
        QTest::newRow("plain text")
            << QByteArray("Client must be authenticated to access this resource.") << QString()
            << false;
        QTest::newRow("empty") << QByteArray() << QString() << false;
    }
    void serverErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, text);
        QFETCH(bool, titleTaken);
        QCOMPARE(ConfluenceParse::serverError(body), text);
        QCOMPARE(ConfluenceParse::titleTaken(body), titleTaken);
    }

    void sameStorage_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        const auto row = [](const char *name, const char *a, const char *b, bool same) {
            QTest::newRow(name) << QString::fromUtf8(a) << QString::fromUtf8(b) << same;
        };
        row("identical", "<p>x</p>", "<p>x</p>", true);
        row("self-closing or not", "<p>a<br/>b</p>", "<p>a<br />b</p>", true);
        row("empty element spelled out", "<p>a<br/>b</p>", "<p>a<br></br>b</p>", true);
        row("numeric references", "<p>it&#39;s &quot;so&quot;</p>", "<p>it's \"so\"</p>", true);
        row("hex references", "<p>&#x2013;</p>", "<p>\u2013</p>", true);
        row("attribute order and quotes",
            "<ac:structured-macro ac:name=\"info\" ac:schema-version=\"1\"/>",
            "<ac:structured-macro ac:schema-version='1' ac:name='info'></ac:structured-macro>",
            true);
        row("cdata or escaped", "<ac:plain-text-body><![CDATA[a < b]]></ac:plain-text-body>",
            "<ac:plain-text-body>a &lt; b</ac:plain-text-body>", true);
        row("html entity as itself", "<p>a&nbsp;b</p>", "<p>a&nbsp;b</p>", true);
        row("other text", "<p>x</p>", "<p>y</p>", false);
        row("other element", "<p>x</p>", "<h2>x</h2>", false);
        row("other attribute", "<td colspan=\"2\">x</td>", "<td colspan=\"3\">x</td>", false);
        row("whitespace counts", "<p>a b</p>", "<p>a  b</p>", false);
        row("html entities differ", "<p>a&nbsp;b</p>", "<p>a&ensp;b</p>", false);
        row("markup is not text", "<p>&lt;b&gt;x&lt;/b&gt;</p>", "<p><b>x</b></p>", false);
        row("malformed, compared as written", "<p>x", "<p>x", true);
        row("malformed and well-formed", "<p>x", "<p>x</p>", false);
    }
    void sameStorage()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(ConfluenceParse::sameStorage(a, b), same);
        QCOMPARE(ConfluenceParse::sameStorage(b, a), same);
    }

    // A body and its canonical spelling are the same body, whatever it holds
    // (inputs the fuzzer found).
    void canonicalSpellingIsTheSameBody_data()
    {
        QTest::addColumn<QString>("storage");
        QTest::newRow("carriage return reference") << QStringLiteral("<p>a &#013; b</p>");
        QTest::newRow("line break in an attribute")
            << QStringLiteral("<td title=\"a&#10;b&#9;c&#13;\">x</td>");
    }
    void canonicalSpellingIsTheSameBody()
    {
        QFETCH(QString, storage);
        const QString canonical = ConfluenceParse::normalisedStorage(storage);
        QVERIFY2(ConfluenceParse::sameStorage(storage, canonical), qPrintable(canonical));
        QCOMPARE(ConfluenceParse::normalisedStorage(canonical), canonical);
    }

    void releaseNotesKeepTheirMeaning()
    {
        // A page on the team's template reads the same after normalising, and
        // normalising again changes nothing.
        Release release;
        release.name = QStringLiteral("2026.11.3");
        release.services = {
            {QStringLiteral("chs-orders-api"), QStringLiteral("1.4.2"), QStringLiteral("ECS")}};
        release.notes.description = QStringLiteral("Fix <script> & \"quotes\"\nsecond 'line'");
        release.notes.backoutPlan = QStringLiteral("Redeploy 1.4.1");
        release.notes.configChanges = QStringLiteral("FEATURE_X=on");
        Change change;
        change.key = QStringLiteral("CHS-1001");
        change.summary = QStringLiteral("Orders <api> paging");
        const QString page = StorageFormat::releaseNotesPage(release, {change});
        const QString normalised = ConfluenceParse::normalisedStorage(page);
        QVERIFY(normalised != page); // <br/> and the references are respelled
        QVERIFY(normalised.contains(QLatin1String("Fix &lt;script&gt; &amp; \"quotes\"<br></br>")));
        QCOMPARE(ConfluenceParse::normalisedStorage(normalised), normalised);
        QVERIFY(ConfluenceParse::sameStorage(page, normalised));
        release.notes.backoutPlan = QStringLiteral("Redeploy 1.4.0");
        QVERIFY(!ConfluenceParse::sameStorage(page,
                                              StorageFormat::releaseNotesPage(release, {change})));
    }
};

QTEST_GUILESS_MAIN(TestConfluenceParse)
#include "tst_confluenceparse.moc"
