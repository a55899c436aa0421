#include "support/sandboxfixture.h"

#include "services/sandbox/jira/jirastore.h"
#include "services/sandbox/jira/jql.h"
#include "services/sandbox/simulation/catalogue.h"

#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Sandbox::Jira;
using ReleaseDesk::Testing::SandboxFixture;

using TaskFilter = std::function<bool(const Sandbox::CatalogueTask &)>;
Q_DECLARE_METATYPE(TaskFilter)

namespace {

// The history the store is seeded from, the same the sandbox tests use.
const Sandbox::Catalogue &catalogue()
{
    return SandboxFixture::smallCatalogue();
}

int numberOf(const QString &key)
{
    return key.section(u'-', 1).toInt();
}

QStringList keysWhere(const TaskFilter &filter)
{
    QStringList keys;
    for (const Sandbox::CatalogueTask &task : catalogue().tasks) {
        if (filter(task))
            keys << task.key;
    }
    return keys;
}

// Keys newest first: Jira's order when the query names none.
QStringList newestFirst(QStringList keys)
{
    std::sort(keys.begin(), keys.end(),
              [](const QString &a, const QString &b) { return numberOf(a) > numberOf(b); });
    return keys;
}

} // namespace

// The JQL subset on a store seeded from the catalogue, without HTTP: what
// each field and operator matches, ordering, the syntax and its escapes, and
// Jira's messages for every kind of bad query.
class TestSandboxJql : public QObject
{
    Q_OBJECT

private:
    Store m_store;

    // The keys the query finds, or its errors joined by newlines.
    Result<QStringList> run(const QString &jql)
    {
        JqlQuery::Errors errors;
        const JqlQuery query = JqlQuery::compile(jql, m_store, QStringLiteral("release.bot"),
                                                 catalogue().now, &errors);
        if (!errors.messages.isEmpty())
            return Result<QStringList>::failure(errors.messages.join(u'\n'));
        QStringList keys;
        for (qsizetype index : query.run(m_store))
            keys << m_store.issues()[size_t(index)].key;
        return keys;
    }
    QStringList errorsOf(const QString &jql)
    {
        JqlQuery::Errors errors;
        JqlQuery::compile(jql, m_store, QStringLiteral("release.bot"), catalogue().now, &errors);
        return errors.messages;
    }

private slots:
    void initTestCase() { m_store.seed(catalogue()); }

    void queriesMatchTheCatalogue_data()
    {
        QTest::addColumn<QString>("jql");
        QTest::addColumn<TaskFilter>("filter");
        const Sandbox::CatalogueRelease &release = catalogue().releases.at(3);
        const Sandbox::CatalogueRelease &other = catalogue().releases.at(8);
        const auto in = [](const QStringList &statuses) {
            return TaskFilter([statuses](const Sandbox::CatalogueTask &t) {
                return statuses.contains(t.status);
            });
        };
        const QDateTime since(QDate(2026, 11, 15), QTime(0, 0), Qt::UTC);
        QTest::newRow("status") << QStringLiteral("status = Done") << in({QStringLiteral("Done")});
        QTest::newRow("status in")
            << QStringLiteral("status in (\"In Review\", 'Ready for Test')")
            << in({QStringLiteral("In Review"), QStringLiteral("Ready for Test")});
        QTest::newRow("status !=") << QStringLiteral("status != Done")
                                   << TaskFilter([](const auto &t) { return t.status != u"Done"; });
        QTest::newRow("status not in")
            << QStringLiteral("status NOT IN (Done, Testing)") << TaskFilter([](const auto &t) {
                   return t.status != u"Done" && t.status != u"Testing";
               });
        QTest::newRow("fixVersion")
            << QStringLiteral("fixVersion = \"%1\"").arg(release.name)
            << TaskFilter([release](const auto &t) { return t.fixVersion == release.name; });
        QTest::newRow("fixVersion in")
            << QStringLiteral("fixVersion in (%1, \"%2\")").arg(release.name, other.name)
            << TaskFilter([release, other](const auto &t) {
                   return t.fixVersion == release.name || t.fixVersion == other.name;
               });
        QTest::newRow("fixVersion is empty")
            << QStringLiteral("fixVersion is EMPTY")
            << TaskFilter([](const auto &t) { return t.fixVersion.isEmpty(); });
        QTest::newRow("released versions")
            << QStringLiteral("fixVersion in releasedVersions()") << in({QStringLiteral("Done")});
        QTest::newRow("component")
            << QStringLiteral("component = chs-orders-api")
            << TaskFilter([](const auto &t) { return t.service == u"chs-orders-api"; });
        QTest::newRow("labels") << QStringLiteral("labels = backend")
                                << TaskFilter(
                                       [](const auto &t) { return t.labels.contains(u"backend"); });
        QTest::newRow("labels in")
            << QStringLiteral("labels in (backend, security)") << TaskFilter([](const auto &t) {
                   return t.labels.contains(u"backend") || t.labels.contains(u"security");
               });
        QTest::newRow("assignee") << QStringLiteral("assignee = alice.khan")
                                  << TaskFilter(
                                         [](const auto &t) { return t.assignee == u"alice.khan"; });
        QTest::newRow("assignee by email")
            << QStringLiteral("assignee = \"ben.jones@example.com\"")
            << TaskFilter([](const auto &t) { return t.assignee == u"ben.jones"; });
        QTest::newRow("current user") << QStringLiteral("assignee = currentUser()")
                                      << TaskFilter([](const auto &) { return false; });
        QTest::newRow("updated since minute")
            << QStringLiteral("updated >= \"2026-11-15 00:00\"")
            << TaskFilter([since](const auto &t) { return t.updated >= since; });
        QTest::newRow("updated since day")
            << QStringLiteral("updated >= 2026-11-15")
            << TaskFilter([since](const auto &t) { return t.updated >= since; });
        QTest::newRow("updated before")
            << QStringLiteral("updated < \"2026/11/15\"")
            << TaskFilter([since](const auto &t) { return t.updated < since; });
        QTest::newRow("created after")
            << QStringLiteral("created > \"2026-11-10 08:30\"") << TaskFilter([](const auto &t) {
                   return t.created > QDateTime(QDate(2026, 11, 10), QTime(8, 30), Qt::UTC);
               });
        QTest::newRow("key") << QStringLiteral("key = CHS-1005")
                             << TaskFilter([](const auto &t) { return t.key == u"CHS-1005"; });
        QTest::newRow("key in") << QStringLiteral("key in (chs-1001, CHS-1002)")
                                << TaskFilter([](const auto &t) {
                                       return t.key == u"CHS-1001" || t.key == u"CHS-1002";
                                   });
        QTest::newRow("key after")
            << QStringLiteral("issuekey > CHS-1050")
            << TaskFilter([](const auto &t) { return numberOf(t.key) > 1050; });
        QTest::newRow("parentheses")
            << QStringLiteral("(status = Done OR status = Testing) AND labels = backend")
            << TaskFilter([](const auto &t) {
                   return (t.status == u"Done" || t.status == u"Testing") &&
                          t.labels.contains(u"backend");
               });
        QTest::newRow("AND before OR")
            << QStringLiteral("status = Done OR status = Testing AND labels = backend")
            << TaskFilter([](const auto &t) {
                   return t.status == u"Done" ||
                          (t.status == u"Testing" && t.labels.contains(u"backend"));
               });
        QTest::newRow("not") << QStringLiteral("project = CHS AND NOT status = Done")
                             << TaskFilter([](const auto &t) { return t.status != u"Done"; });
        QTest::newRow("status category")
            << QStringLiteral("statusCategory = \"In Progress\"")
            << in({QStringLiteral("In Progress"), QStringLiteral("In Review"),
                   QStringLiteral("Ready for Test"), QStringLiteral("Testing")});
        QTest::newRow("any case") << QStringLiteral("STATUS = done and Labels = BACKEND")
                                  << TaskFilter([](const auto &t) {
                                         return t.status == u"Done" &&
                                                t.labels.contains(u"backend");
                                     });
        QTest::newRow("summary words")
            << QStringLiteral("summary ~ \"deadline banner\"")
            << TaskFilter([](const auto &t) { return t.summary.contains(u"deadline banner"); });
    }
    void queriesMatchTheCatalogue()
    {
        QFETCH(QString, jql);
        QFETCH(TaskFilter, filter);
        const auto found = run(jql);
        QVERIFY2(found, qPrintable(found.error()));
        const QStringList expected = newestFirst(keysWhere(filter));
        QCOMPARE(found.value(), expected);
    }

    void ordersAsAsked_data()
    {
        QTest::addColumn<QString>("order");
        QTest::newRow("key ascending") << QStringLiteral("ORDER BY key ASC");
        QTest::newRow("key descending") << QStringLiteral("ORDER BY key DESC");
        QTest::newRow("updated descending") << QStringLiteral("ORDER BY updated DESC");
        QTest::newRow("created, then key") << QStringLiteral("order by created asc, key desc");
    }
    void ordersAsAsked()
    {
        QFETCH(QString, order);
        QList<Sandbox::CatalogueTask> tasks = catalogue().tasks;
        const auto by = [&](const Sandbox::CatalogueTask &a, const Sandbox::CatalogueTask &b) {
            if (order.contains(u"updated"))
                return a.updated != b.updated ? a.updated > b.updated
                                              : numberOf(a.key) > numberOf(b.key);
            if (order.contains(u"created"))
                return a.created != b.created ? a.created < b.created
                                              : numberOf(a.key) > numberOf(b.key);
            return order.endsWith(u"ASC") ? numberOf(a.key) < numberOf(b.key)
                                          : numberOf(a.key) > numberOf(b.key);
        };
        std::stable_sort(tasks.begin(), tasks.end(), by);
        QStringList expected;
        for (const auto &task : std::as_const(tasks))
            expected << task.key;
        QCOMPARE(run(QStringLiteral("project = CHS ") + order).value(), expected);
    }

    void relativeDatesCountFromNow_data()
    {
        QTest::addColumn<QString>("jql");
        QTest::addColumn<qint64>("seconds"); // how far back from the catalogue's now
        QTest::newRow("one day") << QStringLiteral("updated >= -1d") << qint64(86400);
        QTest::newRow("weeks and days")
            << QStringLiteral("updated >= \"-1w 2d\"") << qint64(9 * 86400);
        QTest::newRow("hours") << QStringLiteral("updated > -36h") << qint64(36 * 3600);
        QTest::newRow("minutes") << QStringLiteral("created >= -3000m") << qint64(3000 * 60);
    }
    void relativeDatesCountFromNow()
    {
        QFETCH(QString, jql);
        QFETCH(qint64, seconds);
        const QDateTime since = catalogue().now.addSecs(-seconds);
        const bool created = jql.startsWith(u"created");
        const bool strictly = jql.contains(u'>') && !jql.contains(u">=");
        const QStringList expected = newestFirst(keysWhere([&](const Sandbox::CatalogueTask &task) {
            const QDateTime when = created ? task.created : task.updated;
            return strictly ? when > since : when >= since;
        }));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(run(jql).value(), expected);
    }

    void emptyAmongTheListedValues()
    {
        const QString release = catalogue().releases.first().name;
        const QStringList expected = newestFirst(keysWhere([&](const Sandbox::CatalogueTask &task) {
            return task.fixVersion.isEmpty() || task.fixVersion == release;
        }));
        QCOMPARE(run(QStringLiteral("fixVersion in (EMPTY, \"%1\")").arg(release)).value(),
                 expected);
        QCOMPARE(run(QStringLiteral("fixVersion = EMPTY")).value(),
                 run(QStringLiteral("fixVersion is empty")).value());
        QCOMPARE(run(QStringLiteral("fixVersion != EMPTY")).value(),
                 run(QStringLiteral("fixVersion IS NOT EMPTY")).value());
    }

    void symbolsAndWordsMeanTheSame()
    {
        const QStringList words =
            run(QStringLiteral("status = Done AND NOT labels = backend OR status = Testing"))
                .value();
        QCOMPARE(
            run(QStringLiteral("status = Done && !labels = backend || status = Testing")).value(),
            words);
        QCOMPARE(run(QStringLiteral("status=Done&!labels=backend|status=Testing")).value(), words);
        QVERIFY(!words.isEmpty());
    }

    void quotedStringsDecodeTheirEscapes_data()
    {
        QTest::addColumn<QString>("jql");
        QTest::addColumn<QString>("value");
        QTest::newRow("double quotes")
            << QStringLiteral("summary ~ \"say \\\"hi\\\"\"") << QStringLiteral("say \"hi\"");
        QTest::newRow("single quotes")
            << QStringLiteral("labels = 'it\\'s'") << QStringLiteral("it's");
        QTest::newRow("other quote inside")
            << QStringLiteral("labels = \"it's\"") << QStringLiteral("it's");
        QTest::newRow("unicode") << QStringLiteral("labels = \"\\u0041b\"") << QStringLiteral("Ab");
        QTest::newRow("newline and tab")
            << QStringLiteral("summary ~ \"a\\nb\\tc\"") << QStringLiteral("a\nb\tc");
        QTest::newRow("backslash")
            << QStringLiteral("labels = \"a\\\\b\"") << QStringLiteral("a\\b");
        QTest::newRow("escaped space unquoted")
            << QStringLiteral("labels = a\\ b") << QStringLiteral("a b");
        QTest::newRow("keywords inside quotes")
            << QStringLiteral("labels = \"x OR y AND (z)\"") << QStringLiteral("x OR y AND (z)");
    }
    void quotedStringsDecodeTheirEscapes()
    {
        QFETCH(QString, jql);
        QFETCH(QString, value);
        const auto ast = parseJql(jql);
        QVERIFY2(ast, qPrintable(ast.error()));
        QCOMPARE(ast->where.size(), size_t(1));
        const JqlNode &clause = ast->where.front();
        QCOMPARE(int(clause.kind), int(JqlNode::Kind::Clause)); // one clause: nothing leaked out
        QCOMPARE(clause.operand.values, QStringList{value});
    }

    void boundedMeansARestriction_data()
    {
        QTest::addColumn<QString>("jql");
        QTest::addColumn<bool>("bounded");
        QTest::newRow("nothing") << QString() << false;
        QTest::newRow("order only") << QStringLiteral("order by key") << false;
        QTest::newRow("project") << QStringLiteral("project = CHS") << true;
        QTest::newRow("any clause") << QStringLiteral("status != Done ORDER BY updated") << true;
    }
    void boundedMeansARestriction()
    {
        QFETCH(QString, jql);
        QFETCH(bool, bounded);
        JqlQuery::Errors errors;
        const JqlQuery query = JqlQuery::compile(jql, m_store, QStringLiteral("release.bot"),
                                                 catalogue().now, &errors);
        QCOMPARE(errors.messages, QStringList());
        QCOMPARE(query.isBounded(), bounded);
    }

    void syntaxErrorsAsJiraWordsThem_data()
    {
        QTest::addColumn<QString>("jql");
        QTest::addColumn<QString>("message");
        const QString operators =
            QStringLiteral(" The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', "
                           "'IN', 'NOT IN', 'IS' and 'IS NOT'.");
        QTest::newRow("no operator")
            << QStringLiteral("project CHS")
            << u"Expecting operator but got 'CHS'." + operators + u" (line 1, character 9)";
        QTest::newRow("no operator at the end")
            << QStringLiteral("project")
            << u"Expecting operator before the end of the query." + operators;
        QTest::newRow("no value")
            << QStringLiteral("project =")
            << QStringLiteral(
                   "Expecting either a value, list or function before the end of the query.");
        QTest::newRow("not a value")
            << QStringLiteral("project = )")
            << QStringLiteral(
                   "Expecting either a value, list or function but got ')'. You must "
                   "surround ')' in quotation marks to use it as a value. (line 1, character 11)");
        QTest::newRow("open parenthesis")
            << QStringLiteral("(project = CHS")
            << QStringLiteral("Expecting ')' before the end of the query.");
        QTest::newRow("open list") << QStringLiteral("key in (CHS-1001")
                                   << QStringLiteral("Expecting ')' before the end of the query.");
        QTest::newRow("no AND or OR")
            << QStringLiteral("project = CHS status = Done")
            << QStringLiteral(
                   "Expecting either 'OR' or 'AND' but got 'status'. (line 1, character 15)");
        QTest::newRow("dangling AND")
            << QStringLiteral("project = CHS AND")
            << QStringLiteral("Expecting a field name before the end of the query.");
        QTest::newRow("second line")
            << QStringLiteral("project = CHS\nAND ) ")
            << QStringLiteral(
                   "Expecting a field name but got ')'. You must surround ')' in quotation "
                   "marks to use it as a field name. (line 2, character 5)");
        QTest::newRow("ORDER without BY")
            << QStringLiteral("project = CHS ORDER created")
            << QStringLiteral("Expecting 'BY' but got 'created'. (line 1, character 21)");
        QTest::newRow("unfinished string")
            << QStringLiteral("summary ~ \"abc")
            << QStringLiteral(
                   "The quoted string 'abc' has not been completed. (line 1, character 11)");
        QTest::newRow("reserved word")
            << QStringLiteral("labels = and")
            << QStringLiteral("'and' is a reserved JQL word. You must surround it in quotation "
                              "marks to use it in a query. (line 1, character 10)");
        QTest::newRow("reserved character")
            << QStringLiteral("summary ~ a{b")
            << QStringLiteral(
                   "The character '{' is a reserved JQL character. You must enclose "
                   "it in a string or use the escape '\\u007b' instead. (line 1, character 12)");
        QTest::newRow("bad escape")
            << QStringLiteral("summary ~ \"a\\qb\"")
            << QStringLiteral(
                   "'\\q' is an illegal JQL escape sequence. The valid escape sequences are "
                   "\\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX. (line 1, character 13)");
        QTest::newRow("history operator")
            << QStringLiteral("status WAS Done")
            << QStringLiteral("The sandbox does not support the history operator 'WAS'. "
                              "(line 1, character 8)");
    }
    void syntaxErrorsAsJiraWordsThem()
    {
        QFETCH(QString, jql);
        QFETCH(QString, message);
        const auto ast = parseJql(jql);
        QVERIFY(!ast);
        QCOMPARE(ast.error(), u"Error in the JQL Query: " + message);
        QCOMPARE(errorsOf(jql), QStringList{ast.error()});
    }

    void checksFieldsValuesAndOperators_data()
    {
        QTest::addColumn<QString>("jql");
        QTest::addColumn<QStringList>("messages");
        const auto one = [](const QString &message) { return QStringList{message}; };
        QTest::newRow("unknown field")
            << QStringLiteral("foo = bar")
            << one(QStringLiteral(
                   "Field 'foo' does not exist or you do not have permission to view it."));
        QTest::newRow("every problem at once")
            << QStringLiteral("foo = bar AND status = Frozen OR project = NOPE")
            << QStringList{
                   QStringLiteral(
                       "Field 'foo' does not exist or you do not have permission to view it."),
                   QStringLiteral("The value 'Frozen' does not exist for the field 'status'."),
                   QStringLiteral("The value 'NOPE' does not exist for the field 'project'.")};
        QTest::newRow("unknown version")
            << QStringLiteral("fixVersion = 9.9.9")
            << one(QStringLiteral("The value '9.9.9' does not exist for the field 'fixVersion'."));
        QTest::newRow("unknown component")
            << QStringLiteral("component in (chs-orders-api, nope)")
            << one(QStringLiteral("The value 'nope' does not exist for the field 'component'."));
        QTest::newRow("unknown person")
            << QStringLiteral("assignee = someone")
            << one(QStringLiteral("The value 'someone' does not exist for the field 'assignee'."));
        QTest::newRow("malformed key")
            << QStringLiteral("key = 12x")
            << one(QStringLiteral("The issue key '12x' for field 'key' is invalid."));
        QTest::newRow("missing key")
            << QStringLiteral("issuekey = CHS-99999")
            << one(QStringLiteral(
                   "An issue with key 'CHS-99999' does not exist for field 'issuekey'."));
        QTest::newRow("= on text")
            << QStringLiteral("summary = x")
            << one(QStringLiteral("The operator '=' is not supported by the 'summary' field."));
        QTest::newRow("> on status")
            << QStringLiteral("status > Done")
            << one(QStringLiteral("The operator '>' is not supported by the 'status' field."));
        QTest::newRow("IS on status")
            << QStringLiteral("status is EMPTY")
            << one(QStringLiteral("The operator 'IS' is not supported by the 'status' field."));
        QTest::newRow("EMPTY project")
            << QStringLiteral("project = EMPTY")
            << one(QStringLiteral(
                   "The field 'project' does not support searching for EMPTY values."));
        QTest::newRow("in without a list")
            << QStringLiteral("status in Done")
            << one(QStringLiteral(
                   "Operator 'in' does not support the non-list value 'Done' for field 'status'."));
        QTest::newRow("= with a list")
            << QStringLiteral("status = (Done, Testing)")
            << one(QStringLiteral("Operator '=' does not support the list value '(Done, Testing)' "
                                  "for field 'status'."));
        QTest::newRow("bad date")
            << QStringLiteral("updated >= yesterday")
            << one(QStringLiteral(
                   "Date value 'yesterday' for field 'updated' is invalid. Valid formats include: "
                   "'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a "
                   "period format e.g. '-5d', '4w 2d'."));
        QTest::newRow("absurd period")
            << QStringLiteral("created > -99999999999w")
            << one(QStringLiteral(
                   "Date value '-99999999999w' for field 'created' is invalid. Valid "
                   "formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', "
                   "'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', "
                   "'4w 2d'."));
        QTest::newRow("unknown function")
            << QStringLiteral("assignee in membersOf(devs)")
            << one(QStringLiteral("Unable to find JQL function 'membersOf(devs)'."));
        QTest::newRow("unknown sort field")
            << QStringLiteral("project = CHS ORDER BY foo")
            << one(QStringLiteral(
                   "Field 'foo' does not exist or you do not have permission to view it."));
        QTest::newRow("unsortable field")
            << QStringLiteral("project = CHS ORDER BY labels")
            << one(QStringLiteral("Not able to sort using field 'labels'."));
        QTest::newRow("field the sandbox lacks")
            << QStringLiteral("priority = High")
            << one(QStringLiteral(
                   "The sandbox does not emulate the field 'priority'; it searches by "
                   "project, key, status, statusCategory, issuetype, fixVersion, "
                   "component, labels, assignee, reporter, summary, created and updated."));
    }
    void checksFieldsValuesAndOperators()
    {
        QFETCH(QString, jql);
        QFETCH(QStringList, messages);
        QVERIFY2(parseJql(jql), "the syntax is fine; the meaning is not");
        QCOMPARE(errorsOf(jql), messages);
    }
};

QTEST_GUILESS_MAIN(TestSandboxJql)
#include "tst_sandbox_jql.moc"
