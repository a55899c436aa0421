#include "models/formats/jql.h"
#include "models/formats/slackformat.h"
#include "models/formats/storageformat.h"

#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace ReleaseDesk;

Q_DECLARE_METATYPE(ReleaseDesk::TestResult)
Q_DECLARE_METATYPE(ReleaseDesk::JqlQuery)
Q_DECLARE_METATYPE(ReleaseDesk::Jql::Field)
Q_DECLARE_METATYPE(ReleaseDesk::Release)

namespace {

using Jql::Field;

Release sampleRelease(const QString &name = QStringLiteral("2026.11.3"))
{
    Release release;
    release.name = name;
    release.services = {
        {QStringLiteral("chs-orders-api"), QStringLiteral("1.4.2"), QStringLiteral("ECS")},
        {QStringLiteral("chs-payments-web"), QStringLiteral("2.0.1"), QStringLiteral("Mesos")}};
    release.notes.description = QStringLiteral("Faster order search.");
    release.notes.backoutPlan = QStringLiteral("Redeploy chs-orders-api 1.4.1.");
    release.notes.noConfigChanges = true;
    return release;
}

QList<Change> sampleTasks()
{
    Change change;
    change.key = QStringLiteral("CHS-1001");
    change.summary = QStringLiteral("Index orders by date");
    return {change};
}

// The text a person would see on the page, or the parser's error.
struct ParsedPage
{
    QString error;
    QString text;
    QSet<QString> elements;
};

ParsedPage parsePage(const QString &body)
{
    ParsedPage page;
    QXmlStreamReader reader(QStringLiteral("<root>") + body + QStringLiteral("</root>"));
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement())
            page.elements.insert(reader.name().toString());
        else if (reader.isCharacters())
            page.text += reader.text();
    }
    if (reader.hasError())
        page.error = reader.errorString();
    page.elements.remove(QStringLiteral("root"));
    return page;
}

// What the page keeps of a value: all but the characters XML cannot carry.
QString xmlSafe(const QString &value)
{
    QString kept;
    for (const QChar c : value) {
        if (c == u'\t' || c == u'\n' || c == u'\r' || (c >= u' ' && c < QChar(0xfffe)))
            kept += c;
    }
    return kept;
}

const QString hostileXhtml[] = {
    QStringLiteral("<script>alert(1)</script>"),
    QStringLiteral("a & b &amp; c &nbsp; &#0; &#x1;"),
    QStringLiteral("]]><p>injected</p><![CDATA["),
    QStringLiteral("\"quoted\" and 'single' attribute=\"x\""),
    QStringLiteral("<ac:structured-macro ac:name=\"html\"><ac:plain-text-body><![CDATA[<script/>]]>"
                   "</ac:plain-text-body></ac:structured-macro>"),
    QStringLiteral("bell\u0007 nul") + QChar(0) + QStringLiteral(" esc\u001b vt\u000b end"),
    QStringLiteral("</p></h2></table><h1>Title</h1>"),
};

} // namespace

// The text the clients build for Jira, Confluence and Slack: values are
// escaped so that user text never changes a query or the markup.
class TestTextFormats : public QObject
{
    Q_OBJECT

private slots:
    void jqlQuote_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("2026.11.3") << QStringLiteral("\"2026.11.3\"");
        QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
        QTest::newRow("closing quote")
            << QStringLiteral("x\" OR project = CHS OR labels = \"y")
            << QStringLiteral("\"x\\\" OR project = CHS OR labels = \\\"y\"");
        QTest::newRow("escaped quote") << QStringLiteral("x\\\" OR key = CHS-1")
                                       << QStringLiteral("\"x\\\\\\\" OR key = CHS-1\"");
        QTest::newRow("trailing backslash") << QStringLiteral("x\\") << QStringLiteral("\"x\\\\\"");
        QTest::newRow("parentheses") << QStringLiteral("a\") OR (project = CHS")
                                     << QStringLiteral("\"a\\\") OR (project = CHS\"");
        QTest::newRow("single quotes")
            << QStringLiteral("it's 'x'") << QStringLiteral("\"it's 'x'\"");
        QTest::newRow("line breaks and tab")
            << QStringLiteral("a\nOR b\r\tc") << QStringLiteral("\"a\\nOR b\\r\\tc\"");
        QTest::newRow("control characters")
            << QString(QChar(0)) + QStringLiteral("\u0001\u001f\u007f\u0085\ufdd0\uffff")
            << QStringLiteral("\"\\u0000\\u0001\\u001f\\u007f\\u0085\\ufdd0\\uffff\"");
        QTest::newRow("reserved characters")
            << QStringLiteral("*%{}^$#@?;~!=<>,|&") << QStringLiteral("\"*%{}^$#@?;~!=<>,|&\"");
        QTest::newRow("function and keyword") << QStringLiteral("currentUser() ORDER BY key")
                                              << QStringLiteral("\"currentUser() ORDER BY key\"");
        QTest::newRow("unicode") << QStringLiteral("Zo\u00eb \u2013 \U0001F600")
                                 << QStringLiteral("\"Zo\u00eb \u2013 \U0001F600\"");
    }
    void jqlQuote()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(Jql::quote(value), expected);
    }

    void jqlFieldName_data()
    {
        QTest::addColumn<Field>("field");
        QTest::addColumn<QString>("name");
        QTest::newRow("project") << Field::Project << QStringLiteral("project");
        QTest::newRow("key") << Field::Key << QStringLiteral("key");
        QTest::newRow("fixVersion") << Field::FixVersion << QStringLiteral("fixVersion");
        QTest::newRow("status") << Field::Status << QStringLiteral("status");
        QTest::newRow("labels") << Field::Labels << QStringLiteral("labels");
        QTest::newRow("component") << Field::Component << QStringLiteral("component");
        QTest::newRow("assignee") << Field::Assignee << QStringLiteral("assignee");
        QTest::newRow("updated") << Field::Updated << QStringLiteral("updated");
        QTest::newRow("created") << Field::Created << QStringLiteral("created");
    }
    void jqlFieldName()
    {
        QFETCH(Field, field);
        QFETCH(QString, name);
        QCOMPARE(Jql::fieldName(field), name);
    }

    void jqlQuery_data()
    {
        QTest::addColumn<JqlQuery>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing") << JqlQuery() << QString();
        QTest::newRow("equals") << JqlQuery().whereEquals(Field::Project, QStringLiteral("CHS"))
                                << QStringLiteral("project = \"CHS\"");
        QTest::newRow("and") << JqlQuery()
                                    .whereEquals(Field::Project, QStringLiteral("CHS"))
                                    .whereEquals(Field::FixVersion, QStringLiteral("2026.11.3"))
                             << QStringLiteral("project = \"CHS\" AND fixVersion = \"2026.11.3\"");
        QTest::newRow("in") << JqlQuery().whereIn(Field::Key, {QStringLiteral("CHS-1001"),
                                                               QStringLiteral("CHS-1002")})
                            << QStringLiteral("key IN (\"CHS-1001\", \"CHS-1002\")");
        QTest::newRow("in, hostile values")
            << JqlQuery().whereIn(Field::Labels,
                                  {QStringLiteral("a\", \"b"), QStringLiteral("c) OR (d")})
            << QStringLiteral("labels IN (\"a\\\", \\\"b\", \"c) OR (d\")");
        QTest::newRow("equals, hostile value")
            << JqlQuery()
                   .whereEquals(Field::Assignee, QStringLiteral("x\" OR assignee = \"y"))
                   .whereEquals(Field::Status, QStringLiteral("Done\nORDER BY key"))
            << QStringLiteral("assignee = \"x\\\" OR assignee = \\\"y\" AND "
                              "status = \"Done\\nORDER BY key\"");
        QTest::newRow("order only")
            << JqlQuery().orderBy(Field::Key) << QStringLiteral("ORDER BY key ASC");
        QTest::newRow("where and order")
            << JqlQuery()
                   .whereEquals(Field::Status, QStringLiteral("Done"))
                   .orderBy(Field::Updated, Qt::DescendingOrder)
                   .orderBy(Field::Key)
            << QStringLiteral("status = \"Done\" ORDER BY updated DESC, key ASC");
        QTest::newRow("everything")
            << JqlQuery()
                   .whereEquals(Field::Project, QStringLiteral("CHS"))
                   .whereIn(Field::Component, {QStringLiteral("orders")})
                   .whereUpdatedSince(QDateTime(QDate(2026, 11, 3), QTime(9, 30), Qt::UTC))
                   .orderBy(Field::Created, Qt::DescendingOrder)
            << QStringLiteral("project = \"CHS\" AND component IN (\"orders\") AND "
                              "updated >= \"2026-11-03 09:30\" ORDER BY created DESC");
    }
    void jqlQuery()
    {
        QFETCH(JqlQuery, query);
        QFETCH(QString, expected);
        QCOMPARE(query.toString(), expected);
        QVERIFY(!query.matchesNothing());
    }

    void jqlEmptyListMatchesNothing()
    {
        const JqlQuery query =
            JqlQuery().whereEquals(Field::Project, QStringLiteral("CHS")).whereIn(Field::Key, {});
        QVERIFY(query.matchesNothing());
        // Never dropped: a clause Jira refuses rather than a wider search.
        QCOMPARE(query.toString(), QStringLiteral("project = \"CHS\" AND key IN ()"));
    }

    void jqlRestriction_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("clause");  // what the query gets; empty: none
        QTest::addColumn<QString>("problem"); // a word of the error; empty: accepted
        QTest::newRow("none") << QString() << QString() << QString();
        QTest::newRow("blank") << QStringLiteral("   ") << QString() << QString();
        QTest::newRow("one condition") << QStringLiteral(" labels = release ")
                                       << QStringLiteral("(labels = release)") << QString();
        QTest::newRow("an OR stays inside")
            << QStringLiteral("component = orders OR component = search")
            << QStringLiteral("(component = orders OR component = search)") << QString();
        QTest::newRow("nested")
            << QStringLiteral("(labels = a OR labels = b) AND NOT (status = Done)")
            << QStringLiteral("((labels = a OR labels = b) AND NOT (status = Done))") << QString();
        QTest::newRow("parentheses and ORDER BY in quotes")
            << QStringLiteral("summary ~ \"a) OR (b order by c\"")
            << QStringLiteral("(summary ~ \"a) OR (b order by c\")") << QString();
        QTest::newRow("escaped quote in quotes")
            << QStringLiteral("summary ~ \"say \\\"hi\\\" (\"")
            << QStringLiteral("(summary ~ \"say \\\"hi\\\" (\")") << QString();
        QTest::newRow("single quotes")
            << QStringLiteral("labels = 'a)'") << QStringLiteral("(labels = 'a)')") << QString();
        QTest::newRow("escapes the parentheses")
            << QStringLiteral("labels = a) OR (project = OTHER") << QString()
            << QStringLiteral("closes a parenthesis");
        QTest::newRow("leaves one open")
            << QStringLiteral("(labels = a") << QString() << QStringLiteral("parenthesis open");
        QTest::newRow("leaves a quote open")
            << QStringLiteral("labels = \"a") << QString() << QStringLiteral("quote open");
        QTest::newRow("orders") << QStringLiteral("labels = a ORDER  BY key") << QString()
                                << QStringLiteral("sets the order");
        // Jira reads \" outside quotes as an escaped quote character, not as
        // the start of a literal, so the check would misjudge where its quotes
        // and parentheses are: the restriction below would close the query's
        // parenthesis and OR in another project.
        QTest::newRow("backslash outside quotes")
            << QStringLiteral("labels = a\\\") OR project = OTHER OR (labels = \"b\\\"\"")
            << QString() << QStringLiteral("backslash");
        QTest::newRow("escaped space outside quotes")
            << QStringLiteral("labels = a\\ b") << QString() << QStringLiteral("backslash");
    }
    void jqlRestriction()
    {
        QFETCH(QString, text);
        QFETCH(QString, clause);
        QFETCH(QString, problem);
        const auto checked = JqlQuery::restriction(text);
        QCOMPARE(checked.ok(), problem.isEmpty());
        const JqlQuery query =
            JqlQuery().whereEquals(Field::Project, QStringLiteral("CHS")).whereJql(text);
        if (!problem.isEmpty()) {
            QVERIFY2(checked.error().contains(problem), qPrintable(checked.error()));
            // Refused rather than sent: the query matches nothing.
            QVERIFY(query.matchesNothing());
            return;
        }
        QVERIFY(!query.matchesNothing());
        QCOMPARE(query.toString(), clause.isEmpty()
                                       ? QStringLiteral("project = \"CHS\"")
                                       : QStringLiteral("project = \"CHS\" AND ") + clause);
    }

    void jqlUpdatedSince_data()
    {
        QTest::addColumn<QDateTime>("since");
        QTest::addColumn<QTimeZone>("userZone");
        QTest::addColumn<QString>("expected");
        const QDateTime utc(QDate(2026, 11, 3), QTime(23, 50, 59), Qt::UTC);
        QTest::newRow("utc, seconds dropped")
            << utc << QTimeZone::utc() << QStringLiteral("updated >= \"2026-11-03 23:50\"");
        QTest::newRow("to the user's zone, next day")
            << utc << QTimeZone(5 * 3600 + 1800)
            << QStringLiteral("updated >= \"2026-11-04 05:20\"");
        QTest::newRow("to the user's zone, behind")
            << utc << QTimeZone(-8 * 3600) << QStringLiteral("updated >= \"2026-11-03 15:50\"");
        QTest::newRow("from another zone")
            << QDateTime(QDate(2026, 11, 4), QTime(1, 0), QTimeZone(2 * 3600)) << QTimeZone::utc()
            << QStringLiteral("updated >= \"2026-11-03 23:00\"");
        QTest::newRow("never synced") << QDateTime() << QTimeZone::utc() << QString();
    }
    void jqlUpdatedSince()
    {
        QFETCH(QDateTime, since);
        QFETCH(QTimeZone, userZone);
        QFETCH(QString, expected);
        QCOMPARE(JqlQuery().whereUpdatedSince(since, userZone).toString(), expected);
    }

    void storageEscape_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Redeploy 1.4.1")
                               << QStringLiteral("Redeploy 1.4.1");
        QTest::newRow("the five") << QStringLiteral("& < > \" '")
                                  << QStringLiteral("&amp; &lt; &gt; &quot; &#39;");
        QTest::newRow("script") << QStringLiteral("<script>alert(1)</script>")
                                << QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;");
        QTest::newRow("cdata end") << QStringLiteral("a]]>b") << QStringLiteral("a]]&gt;b");
        QTest::newRow("cdata section")
            << QStringLiteral("<![CDATA[x]]>") << QStringLiteral("&lt;![CDATA[x]]&gt;");
        QTest::newRow("entities stay text") << QStringLiteral("&amp; &nbsp; &#x1;")
                                            << QStringLiteral("&amp;amp; &amp;nbsp; &amp;#x1;");
        QTest::newRow("attribute breakout")
            << QStringLiteral("x\" onclick='y'") << QStringLiteral("x&quot; onclick=&#39;y&#39;");
        QTest::newRow("control characters")
            << QString(QChar(0)) + QStringLiteral("a\u0001\u0008b\u000b\u000cc\u000e\u001fd")
            << QStringLiteral("abcd");
        QTest::newRow("whitespace kept")
            << QStringLiteral("a\tb\nc\rd") << QStringLiteral("a\tb\nc\rd");
        QTest::newRow("non-characters")
            << QStringLiteral("x\ufffey\uffffz") << QStringLiteral("xyz");
        QTest::newRow("unpaired surrogates")
            << QString(QChar(0xd800)) + u'a' + QChar(0xdc00) << QStringLiteral("a");
        QTest::newRow("surrogate pair")
            << QStringLiteral("ok \U0001F600") << QStringLiteral("ok \U0001F600");
        QTest::newRow("C1 and en dash kept")
            << QStringLiteral("\u0085\u2013") << QStringLiteral("\u0085\u2013");
    }
    void storageEscape()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(StorageFormat::escape(text), expected);
    }

    void pageTitle()
    {
        QCOMPARE(StorageFormat::pageTitle(QStringLiteral("2026.11.3")),
                 QStringLiteral("Release notes \u2013 2026.11.3"));
    }

    void releaseNotesPage_data()
    {
        QTest::addColumn<Release>("release");
        QTest::addColumn<QList<Change>>("tasks");
        QTest::addColumn<QString>("expected");

        const QString versions = QStringLiteral(
            "<h2>Service versions</h2><table><tbody><tr><th>Service</th><th>Version</th></tr>"
            "<tr><td>chs-orders-api</td><td>1.4.2</td></tr>"
            "<tr><td>chs-payments-web</td><td>2.0.1</td></tr></tbody></table>");
        const QString deployment =
            QStringLiteral("<h2>Deployment type</h2><ul><li>chs-orders-api: ECS</li>"
                           "<li>chs-payments-web: Mesos</li></ul>");
        QTest::newRow("template")
            << sampleRelease() << sampleTasks()
            << QStringLiteral("<h2>Description of changes</h2><p>Faster order search.</p>"
                              "<ul><li>CHS-1001: Index orders by date</li></ul>") +
                   deployment +
                   QStringLiteral("<h2>Backout plan</h2><p>Redeploy chs-orders-api 1.4.1.</p>") +
                   versions + QStringLiteral("<h2>Config changes</h2><p>None</p>");

        // The description pre-filled with the tasks names them: they are not listed again.
        Release named = sampleRelease();
        named.notes.description = QStringLiteral("CHS-1001 Index orders by date");
        QTest::newRow("tasks the description names")
            << named << sampleTasks()
            << QStringLiteral(
                   "<h2>Description of changes</h2><p>CHS-1001 Index orders by date</p>") +
                   deployment +
                   QStringLiteral("<h2>Backout plan</h2><p>Redeploy chs-orders-api 1.4.1.</p>") +
                   versions + QStringLiteral("<h2>Config changes</h2><p>None</p>");

        Release multiLine = sampleRelease();
        multiLine.notes.description =
            QStringLiteral("  First line\nsecond line\r\n\r\n  \nSecond paragraph\n");
        multiLine.notes.backoutPlan = QStringLiteral("Step 1\rStep 2");
        multiLine.notes.noConfigChanges = false;
        multiLine.notes.configChanges = QStringLiteral("ORDERS_TTL=30\n\nSEARCH_LIMIT=50");
        QTest::newRow("paragraphs and line breaks")
            << multiLine << QList<Change>()
            << QStringLiteral("<h2>Description of changes</h2><p>First line<br/>second line</p>"
                              "<p>Second paragraph</p>") +
                   deployment + QStringLiteral("<h2>Backout plan</h2><p>Step 1<br/>Step 2</p>") +
                   versions +
                   QStringLiteral("<h2>Config changes</h2><p>ORDERS_TTL=30</p>"
                                  "<p>SEARCH_LIMIT=50</p>");

        Release hostile = sampleRelease();
        hostile.services = {
            {QStringLiteral("<b>api</b>"), QStringLiteral("1.0\"&"), QStringLiteral("ECS]]>")}};
        hostile.notes.description = QStringLiteral("<script>x</script>\n& 'y'");
        hostile.notes.backoutPlan = QStringLiteral("a\u0001b");
        Change task;
        task.key = QStringLiteral("CHS-1<");
        task.summary = QStringLiteral("</li></ul><p>");
        QTest::newRow("escaped everywhere")
            << hostile << QList<Change>{task}
            << QStringLiteral(
                   "<h2>Description of changes</h2><p>&lt;script&gt;x&lt;/script&gt;<br/>"
                   "&amp; &#39;y&#39;</p><ul><li>CHS-1&lt;: &lt;/li&gt;&lt;/ul&gt;&lt;p&gt;</li>"
                   "</ul><h2>Deployment type</h2><ul><li>&lt;b&gt;api&lt;/b&gt;: ECS]]&gt;</li>"
                   "</ul><h2>Backout plan</h2><p>ab</p><h2>Service versions</h2><table><tbody>"
                   "<tr><th>Service</th><th>Version</th></tr><tr><td>&lt;b&gt;api&lt;/b&gt;</td>"
                   "<td>1.0&quot;&amp;</td></tr></tbody></table><h2>Config changes</h2>"
                   "<p>None</p>");
    }
    void releaseNotesPage()
    {
        QFETCH(Release, release);
        QFETCH(QList<Change>, tasks);
        QFETCH(QString, expected);
        QCOMPARE(StorageFormat::releaseNotesPage(release, tasks), expected);
    }

    // Hostile text in every field: the page stays well-formed, has only the
    // template's elements, and shows the text as text.
    void releaseNotesPageKeepsItsMarkup_data()
    {
        QTest::addColumn<QString>("value");
        for (const QString &value : hostileXhtml)
            QTest::newRow(qPrintable(value.left(24))) << value;
    }
    void releaseNotesPageKeepsItsMarkup()
    {
        QFETCH(QString, value);
        Release release = sampleRelease(value);
        release.services = {{value, value, value}};
        release.notes.description = value;
        release.notes.backoutPlan = value;
        release.notes.noConfigChanges = false;
        release.notes.configChanges = value;
        Change task;
        task.key = value;
        task.summary = value;

        const ParsedPage page = parsePage(StorageFormat::releaseNotesPage(release, {task}));
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        const QSet<QString> templateElements{QStringLiteral("h2"),    QStringLiteral("p"),
                                             QStringLiteral("br"),    QStringLiteral("ul"),
                                             QStringLiteral("li"),    QStringLiteral("table"),
                                             QStringLiteral("tbody"), QStringLiteral("tr"),
                                             QStringLiteral("th"),    QStringLiteral("td")};
        QVERIFY2(templateElements.contains(page.elements),
                 qPrintable(QStringList(page.elements.cbegin(), page.elements.cend()).join(u' ')));
        const QString shown = xmlSafe(value);
        // Description, backout plan, config changes, the task, deployment type
        // and the versions table show it: at least six times.
        QVERIFY2(page.text.count(shown) >= 6, qPrintable(page.text));
    }

    void slackEscape_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("2026.11.3") << QStringLiteral("2026.11.3");
        QTest::newRow("channel mention")
            << QStringLiteral("<!channel> look") << QStringLiteral("&lt;!channel&gt; look");
        QTest::newRow("user mention")
            << QStringLiteral("<@U123>") << QStringLiteral("&lt;@U123&gt;");
        QTest::newRow("link") << QStringLiteral("<https://evil.example|docs>")
                              << QStringLiteral("&lt;https://evil.example|docs&gt;");
        QTest::newRow("ampersand")
            << QStringLiteral("R&D &amp;") << QStringLiteral("R&amp;D &amp;amp;");
        QTest::newRow("only those three")
            << QStringLiteral("\"x\" 'y' | *b* _i_") << QStringLiteral("\"x\" 'y' | *b* _i_");
    }
    void slackEscape()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(SlackFormat::escape(text), expected);
    }

    void slackLink_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("expected");
        const QUrl page(QStringLiteral("https://wiki.example.org/x/AbC"));
        QTest::newRow("plain") << page << QStringLiteral("Release notes")
                               << QStringLiteral("<https://wiki.example.org/x/AbC|Release notes>");
        QTest::newRow("pipe and angle in label")
            << page << QStringLiteral("a|b>c<d")
            << QStringLiteral("<https://wiki.example.org/x/AbC|a\u00a6b&gt;c&lt;d>");
        QTest::newRow("mention in label")
            << page << QStringLiteral("<!channel> & <@U123>")
            << QStringLiteral(
                   "<https://wiki.example.org/x/AbC|&lt;!channel&gt; &amp; &lt;@U123&gt;>");
        QTest::newRow("label on one line")
            << page << QStringLiteral("a\nb\r\n c")
            << QStringLiteral("<https://wiki.example.org/x/AbC|a b c>");
        QTest::newRow("query ampersand")
            << QUrl(QStringLiteral("https://wiki.example.org/pages/viewpage.action?pageId=1&x=2"))
            << QStringLiteral("notes")
            << QStringLiteral(
                   "<https://wiki.example.org/pages/viewpage.action?pageId=1&amp;x=2|notes>");
        QTest::newRow("special characters in url")
            << QUrl(QStringLiteral("https://wiki.example.org/a|b c<d>\u2013"))
            << QStringLiteral("notes")
            << QStringLiteral("<https://wiki.example.org/a%7Cb%20c%3Cd%3E%E2%80%93|notes>");
        QTest::newRow("no url") << QUrl() << QStringLiteral("Release <notes>")
                                << QStringLiteral("Release &lt;notes&gt;");
    }
    void slackLink()
    {
        QFETCH(QUrl, url);
        QFETCH(QString, label);
        QFETCH(QString, expected);
        QCOMPARE(SlackFormat::link(url, label), expected);
    }

    void slackRequests_data()
    {
        QTest::addColumn<bool>("staging");
        QTest::addColumn<Release>("release");
        QTest::addColumn<QUrl>("notesUrl");
        QTest::addColumn<QString>("expected");
        const QUrl notes(QStringLiteral("https://wiki.example.org/x/AbC"));
        const QString services =
            QStringLiteral("Services: chs-orders-api 1.4.2 (ECS), chs-payments-web 2.0.1 (Mesos)");
        QTest::newRow("staging")
            << true << sampleRelease() << notes
            << QStringLiteral("Staging request for release 2026.11.3: please deploy to staging.\n"
                              "Change: CHG0030001\n"
                              "Notes: <https://wiki.example.org/x/AbC|Release notes \u2013 "
                              "2026.11.3>\n") +
                   services;
        QTest::newRow("live") << false << sampleRelease() << notes
                              << QStringLiteral(
                                     "Live request for release 2026.11.3: please deploy to live.\n"
                                     "Change: CHG0030001\n"
                                     "Notes: <https://wiki.example.org/x/AbC|Release notes \u2013 "
                                     "2026.11.3>\n") +
                                     services;
        QTest::newRow("live, release named staging")
            << false << sampleRelease(QStringLiteral("2026.11.3-Staging"))
            << QUrl(QStringLiteral("https://staging.example.org/wiki/spaces/REL/pages/1/"
                                   "Release+notes+2026.11.3-Staging"))
            << QStringLiteral("Live request for release 2026.11.3-S\u2060taging: please deploy to "
                              "live.\nChange: CHG0030001\n"
                              "Notes: <https://staging.example.org/wiki/spaces/REL/pages/1/"
                              "Release+notes+2026.11.3-%53taging|Release notes \u2013 "
                              "2026.11.3-S\u2060taging>\n") +
                   services;
        Release mentions =
            sampleRelease(QStringLiteral("2026.11.3 <!channel>\nChange: CHG9999999 live & | done"));
        mentions.services = {
            {QStringLiteral("chs-staging-api"), QStringLiteral("1.0"), QStringLiteral("<@U123>")}};
        QTest::newRow("staging, hostile name and service")
            << true << mentions << QUrl()
            << QStringLiteral("Staging request for release 2026.11.3 &lt;!channel&gt; Change: "
                              "C\u2060HG9999999 l\u2060ive &amp; | done: please deploy to "
                              "staging.\nChange: CHG0030001\n"
                              "Notes: Release notes \u2013 2026.11.3 &lt;!channel&gt; Change: "
                              "C\u2060HG9999999 l\u2060ive &amp; \u00a6 done\n"
                              "Services: chs-s\u2060taging-api 1.0 (&lt;@U123&gt;)");
    }
    void slackRequests()
    {
        QFETCH(bool, staging);
        QFETCH(Release, release);
        QFETCH(QUrl, notesUrl);
        QFETCH(QString, expected);
        const QString change = QStringLiteral("CHG0030001");
        QCOMPARE(staging ? SlackFormat::stagingRequest(release, notesUrl, change)
                         : SlackFormat::liveRequest(release, notesUrl, change),
                 expected);
    }

    // The developers' notice of a failed verdict: user text escaped, and no
    // word the release team keys a request on left whole.
    void slackTestFailure_data()
    {
        QTest::addColumn<TestResult>("failed");
        QTest::addColumn<QString>("reworkStatus");
        QTest::addColumn<QString>("expected");
        TestResult plain;
        plain.taskKey = QStringLiteral("CHS-1234");
        plain.environment = Environment::CiDev;
        plain.outcome = TestOutcome::Failed;
        plain.tester = QStringLiteral("Priya Shah");
        plain.note = QStringLiteral("500 on the filing page");
        QTest::newRow("ci-dev") << plain << QStringLiteral("In Progress")
                                << QStringLiteral("CHS-1234 failed testing in CI-Dev (Priya Shah): "
                                                  "500 on the filing page\n"
                                                  "It goes back to In Progress for a fix.");
        TestResult hostile = plain;
        hostile.environment = Environment::Staging;
        hostile.note = QStringLiteral("Request: please deploy 2026.11.3 to staging, CHG0030001\n"
                                      "<!channel> & live");
        QTest::newRow("note that reads as a request")
            << hostile << QStringLiteral("In Progress")
            << QStringLiteral("CHS-1234 failed testing in S\u2060taging (Priya Shah): Request: "
                              "please deploy 2026.11.3 to s\u2060taging, C\u2060HG0030001 "
                              "&lt;!channel&gt; &amp; l\u2060ive\n"
                              "It goes back to In Progress for a fix.");
        // The team's own rework status, which is user text too.
        QTest::newRow("the team's rework status")
            << plain << QStringLiteral(" Needs  rework & <b>")
            << QStringLiteral("CHS-1234 failed testing in CI-Dev (Priya Shah): "
                              "500 on the filing page\n"
                              "It goes back to Needs rework &amp; &lt;b&gt; for a fix.");
        QTest::newRow("a failure that moves the task nowhere")
            << plain << QString()
            << QStringLiteral("CHS-1234 failed testing in CI-Dev (Priya Shah): "
                              "500 on the filing page\nIt needs a fix.");
    }
    void slackTestFailure()
    {
        QFETCH(TestResult, failed);
        QFETCH(QString, reworkStatus);
        QFETCH(QString, expected);
        QCOMPARE(SlackFormat::testFailure(failed, reworkStatus), expected);
    }
};

QTEST_GUILESS_MAIN(TestTextFormats)
#include "tst_textformats.moc"
