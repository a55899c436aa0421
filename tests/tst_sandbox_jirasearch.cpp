#include "tst_sandbox_jira.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

// The history every test's sandbox starts from.
const Sandbox::Catalogue &catalogue()
{
    return SandboxFixture::smallCatalogue();
}

QString encoded(const QString &jql)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(jql));
}

QStringList keysOf(const QJsonArray &issues)
{
    QStringList keys;
    for (const QJsonValue &issue : issues)
        keys << issue[u"key"].toString();
    return keys;
}

QStringList keysWhere(const std::function<bool(const Sandbox::CatalogueTask &)> &filter)
{
    QStringList keys;
    for (const Sandbox::CatalogueTask &task : catalogue().tasks) {
        if (filter(task))
            keys << task.key;
    }
    return keys;
}

int numberOf(const QString &key)
{
    return key.section(u'-', 1).toInt();
}

// A GET that returns as soon as the answer is in: the fixture's send() polls
// every 10 ms, which would dominate hundreds of page requests.
QJsonObject getNow(QNetworkAccessManager &network, const QUrl &url, JiraAuth auth, int *status)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : JiraClient::headers(auth))
        request.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

// Keys newest first: Jira's order when the query names none.
QStringList newestFirst(QStringList keys)
{
    std::sort(keys.begin(), keys.end(),
              [](const QString &a, const QString &b) { return numberOf(a) > numberOf(b); });
    return keys;
}

} // namespace

// Issue search as Data Center pages it (startAt, total) and as Cloud does
// (nextPageToken), query errors and injection attempts through HTTP, and a
// large project paged to the end. The JQL itself is tested in tst_sandbox_jql.
class TestSandboxJiraSearch : public ClientSuite<JiraClient>
{
    Q_OBJECT

private:
    // Every key a query finds, through Data Center's search.
    QStringList search(const QString &jql, int *status = nullptr, QString *error = nullptr)
    {
        const auto reply = client().get(
            QStringLiteral("/rest/api/2/search?maxResults=100&fields=key&jql=") + encoded(jql));
        if (status)
            *status = reply.status;
        if (error && reply.status != 200)
            *error = firstErrorMessage(reply);
        return keysOf(reply.object()[u"issues"].toArray());
    }

private slots:
    void pagesByOffsetAtTheBoundaries_data()
    {
        QTest::addColumn<QString>("jql");
        QTest::addColumn<int>("startAt");    // -1: not sent
        QTest::addColumn<int>("maxResults"); // -1: not sent
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("answeredMaxResults");
        const int all = int(catalogue().tasks.size());
        QVERIFY(all > 50 && all < 100);
        const QString everything = QStringLiteral("project = CHS");
        QTest::newRow("empty result")
            << QStringLiteral("status = Done AND status = \"To Do\"") << 0 << 10 << 0 << 0 << 10;
        QTest::newRow("exactly one page") << everything << 0 << all << all << all << all;
        QTest::newRow("default page size") << everything << -1 << -1 << 50 << all << 50;
        QTest::newRow("last page short") << everything << 50 << 50 << all - 50 << all << 50;
        QTest::newRow("past the end") << everything << all << 10 << 0 << all << 10;
        QTest::newRow("capped at 100") << everything << 0 << 1000 << all << all << 100;
        QTest::newRow("total only") << everything << 0 << 0 << 0 << all << 0;
        QTest::newRow("no query: everything") << QString() << -1 << 100 << all << all << 100;
    }
    void pagesByOffsetAtTheBoundaries()
    {
        QFETCH(QString, jql);
        QFETCH(int, startAt);
        QFETCH(int, maxResults);
        QFETCH(int, count);
        QFETCH(int, total);
        QFETCH(int, answeredMaxResults);
        QString path = QStringLiteral("/rest/api/2/search?jql=") + encoded(jql);
        if (startAt >= 0)
            path += QStringLiteral("&startAt=%1").arg(startAt);
        if (maxResults >= 0)
            path += QStringLiteral("&maxResults=%1").arg(maxResults);
        const auto reply = client().get(path);
        QCOMPARE(reply.status, 200);
        const QJsonObject page = reply.object();
        QCOMPARE(page[u"issues"].toArray().size(), count);
        QCOMPARE(page[u"total"].toInt(), total);
        QCOMPARE(page[u"startAt"].toInt(), qMax(0, startAt));
        QCOMPARE(page[u"maxResults"].toInt(), answeredMaxResults);
    }

    void followsOffsetsToTheEnd_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("GET") << QByteArray("GET");
        QTest::newRow("POST") << QByteArray("POST");
    }
    void followsOffsetsToTheEnd()
    {
        QFETCH(QByteArray, method);
        QStringList keys;
        int startAt = 0;
        int requests = 0;
        while (requests++ < 100) {
            const auto reply =
                method == "GET"
                    ? client().get(
                          QStringLiteral(
                              "/rest/api/2/search?jql=project%3DCHS&maxResults=7&startAt=%1")
                              .arg(startAt))
                    : client().send(
                          "POST", QStringLiteral("/rest/api/2/search"),
                          QJsonObject{
                              {QStringLiteral("jql"), QStringLiteral("project = CHS")},
                              {QStringLiteral("startAt"), startAt},
                              {QStringLiteral("maxResults"), 7},
                              {QStringLiteral("fields"), QJsonArray{QStringLiteral("summary")}}});
            QCOMPARE(reply.status, 200);
            const QJsonArray issues = reply.object()[u"issues"].toArray();
            keys << keysOf(issues);
            startAt += int(issues.size());
            if (issues.isEmpty() || startAt >= reply.object()[u"total"].toInt())
                break;
        }
        QCOMPARE(requests, 9); // 60 issues, 7 a page
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
        QCOMPARE(keys, newestFirst(keysWhere([](const auto &) { return true; })));
    }

    void searchShowsNavigableFieldsUnlessAsked_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("default")
            << QString()
            << QStringList{QStringLiteral("assignee"),    QStringLiteral("components"),
                           QStringLiteral("created"),     QStringLiteral("description"),
                           QStringLiteral("fixVersions"), QStringLiteral("issuetype"),
                           QStringLiteral("labels"),      QStringLiteral("project"),
                           QStringLiteral("reporter"),    QStringLiteral("status"),
                           QStringLiteral("summary"),     QStringLiteral("updated")};
        QTest::newRow("a list") << QStringLiteral("&fields=summary,status")
                                << QStringList{QStringLiteral("status"), QStringLiteral("summary")};
        QTest::newRow("repeated") << QStringLiteral("&fields=summary&fields=updated")
                                  << QStringList{QStringLiteral("summary"),
                                                 QStringLiteral("updated")};
        QTest::newRow("key only") << QStringLiteral("&fields=key") << QStringList();
    }
    void searchShowsNavigableFieldsUnlessAsked()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, fields);
        const auto reply =
            client().get(QStringLiteral("/rest/api/2/search?jql=key%3DCHS-1001") + query);
        QCOMPARE(reply.status, 200);
        const QJsonObject issue = reply.object()[u"issues"][0].toObject();
        QCOMPARE(issue[u"key"].toString(), u"CHS-1001");
        QVERIFY(issue[u"self"].toString().startsWith(
            client().url(QStringLiteral("/rest/api/2/issue/")).toString()));
        QStringList keys = issue[u"fields"].toObject().keys();
        keys.sort();
        QCOMPARE(keys, fields);
    }

    void followsTokensToTheEnd_data()
    {
        QTest::addColumn<QString>("jql");
        QTest::addColumn<int>("maxResults");
        QTest::addColumn<int>("pages");
        const int all = int(catalogue().tasks.size());
        QTest::newRow("short pages") << QStringLiteral("project = CHS") << 7 << (all + 6) / 7;
        QTest::newRow("exactly one page") << QStringLiteral("project = CHS") << all << 1;
        QTest::newRow("one big page")
            << QStringLiteral("project = CHS ORDER BY key ASC") << 5000 << 1;
        QTest::newRow("empty result")
            << QStringLiteral("key = CHS-1001 AND key = CHS-1002") << 10 << 1;
    }
    void followsTokensToTheEnd()
    {
        QFETCH(QString, jql);
        QFETCH(int, maxResults);
        QFETCH(int, pages);
        QStringList ids;
        QString token;
        int requests = 0;
        while (requests < 100) {
            QString path = QStringLiteral("/rest/api/3/search/jql?jql=%1&maxResults=%2")
                               .arg(encoded(jql))
                               .arg(maxResults);
            if (!token.isEmpty())
                path += QStringLiteral("&nextPageToken=") + token;
            const auto reply = client().get(path, JiraAuth::Cloud);
            ++requests;
            QCOMPARE(reply.status, 200);
            const QJsonObject page = reply.object();
            QVERIFY(!page.contains(u"total"));
            for (const QJsonValue &issue : page[u"issues"].toArray()) {
                QCOMPARE(issue.toObject().keys(),
                         QStringList{QStringLiteral("id")}); // ids only unless fields are asked for
                ids << issue[u"id"].toString();
            }
            token = page[u"nextPageToken"].toString();
            QCOMPARE(page[u"isLast"].toBool(), token.isEmpty());
            if (token.isEmpty()) {
                QVERIFY(!page.contains(u"nextPageToken")); // the last page has none at all
                break;
            }
        }
        QCOMPARE(requests, pages);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        const int expected = jql.contains(u"AND") ? 0 : int(catalogue().tasks.size());
        QCOMPARE(ids.size(), expected);
    }

    void tokenSearchByPostWithFields()
    {
        QJsonObject body{{QStringLiteral("jql"), QStringLiteral("status = Done ORDER BY key ASC")},
                         {QStringLiteral("maxResults"), 3},
                         {QStringLiteral("fields"),
                          QJsonArray{QStringLiteral("key"), QStringLiteral("status")}}};
        const auto first =
            client().send("POST", QStringLiteral("/rest/api/3/search/jql"), body, JiraAuth::Cloud);
        QCOMPARE(first.status, 200);
        const QJsonArray issues = first.object()[u"issues"].toArray();
        QCOMPARE(issues.size(), 3);
        QCOMPARE(issues[0][u"fields"].toObject().keys(), QStringList{QStringLiteral("status")});
        QCOMPARE(issues[0][u"fields"][u"status"][u"name"].toString(), u"Done");
        QVERIFY(issues[0][u"self"].toString().startsWith(
            client().url(QStringLiteral("/rest/api/3/issue/")).toString()));
        body.insert(QStringLiteral("nextPageToken"), first.object()[u"nextPageToken"]);
        const auto second =
            client().send("POST", QStringLiteral("/rest/api/3/search/jql"), body, JiraAuth::Cloud);
        const QStringList done = keysWhere([](const auto &task) { return task.status == u"Done"; });
        QCOMPARE(keysOf(issues) + keysOf(second.object()[u"issues"].toArray()), done.mid(0, 6));
    }

    void refusesUnboundedQueriesOnCloud_data()
    {
        QTest::addColumn<QString>("jql");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("  ");
        QTest::newRow("order only") << QStringLiteral("ORDER BY updated DESC");
    }
    void refusesUnboundedQueriesOnCloud()
    {
        QFETCH(QString, jql);
        const auto reply = client().get(
            QStringLiteral("/rest/api/3/search/jql?jql=") + encoded(jql), JiraAuth::Cloud);
        QCOMPARE(reply.status, 400);
        QCOMPARE(firstErrorMessage(reply), u"Unbounded JQL queries are not allowed here. Please "
                                           u"add a search restriction to your query.");
        // Data Center's search has no such rule.
        const auto dataCenter =
            client().get(QStringLiteral("/rest/api/2/search?jql=") + encoded(jql));
        QCOMPARE(dataCenter.status, 200);
        QCOMPARE(dataCenter.object()[u"total"].toInt(), int(catalogue().tasks.size()));
    }

    void cloudsRemovedSearchIsGone_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("GET") << QByteArray("GET");
        QTest::newRow("POST") << QByteArray("POST");
    }
    void cloudsRemovedSearchIsGone()
    {
        QFETCH(QByteArray, method);
        const auto reply =
            client().sendRaw(method, QStringLiteral("/rest/api/3/search?jql=project%3DCHS"),
                             json("{'jql':'project = CHS'}"), JiraAuth::Cloud);
        QCOMPARE(reply.status, 410);
        QCOMPARE(firstErrorMessage(reply),
                 u"The requested API has been removed. Please migrate to the "
                 u"/rest/api/3/search/jql API. A full "
                 u"migration guideline is available at "
                 u"https://developer.atlassian.com/changelog/#CHANGE-2046");
    }

    void refusesForeignOrBrokenTokens()
    {
        const auto first =
            client().get(QStringLiteral("/rest/api/3/search/jql?jql=project%3DCHS&maxResults=5"));
        const QString token = first.object()[u"nextPageToken"].toString();
        QVERIFY(!token.isEmpty());
        for (const QString &path :
             {QString(QStringLiteral("/rest/api/3/search/jql?jql=status%3DDone&nextPageToken=") +
                      token),
              QStringLiteral("/rest/api/3/search/jql?jql=project%3DCHS&nextPageToken=garbage")}) {
            const auto reply = client().get(path);
            QCOMPARE(reply.status, 400);
            QVERIFY(firstErrorMessage(reply).contains(u"nextPageToken"));
        }
    }

    void badQueriesAnswer400OnEitherSearch_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("Data Center") << QStringLiteral("/rest/api/2/search?jql=");
        QTest::newRow("Cloud") << QStringLiteral("/rest/api/3/search/jql?jql=");
    }
    void badQueriesAnswer400OnEitherSearch()
    {
        QFETCH(QString, path);
        const auto reply =
            client().get(path + encoded(QStringLiteral("foo = 1 AND status = Frozen")));
        QCOMPARE(reply.status, 400);
        QCOMPARE(
            reply.object()[u"errorMessages"].toArray(),
            QJsonArray::fromStringList(
                {QStringLiteral(
                     "Field 'foo' does not exist or you do not have permission to view it."),
                 QStringLiteral("The value 'Frozen' does not exist for the field 'status'.")}));
        QCOMPARE(reply.object()[u"errors"].toObject(), QJsonObject());
        const auto syntax = client().get(path + encoded(QStringLiteral("project CHS")));
        QCOMPARE(syntax.status, 400);
        QVERIFY(firstErrorMessage(syntax).startsWith(
            u"Error in the JQL Query: Expecting operator but got 'CHS'."));
    }

    void userTextCannotChangeTheQuery_data()
    {
        QTest::addColumn<QString>("jql");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("quote and OR in a summary")
            << QStringLiteral("summary ~ \"banner\\\" OR project = CHS\"") << 200 << QString();
        QTest::newRow("single quotes in a label")
            << QStringLiteral("labels = 'backend\\' OR labels = \\'frontend'") << 200 << QString();
        QTest::newRow("OR inside a value")
            << QStringLiteral("labels = \"backend OR labels = frontend\"") << 200 << QString();
        QTest::newRow("a key that closes its quote")
            << QStringLiteral("key = \"CHS-1001\\\" OR key = \\\"CHS-1002\"") << 400
            << QStringLiteral(
                   "The issue key 'CHS-1001\" OR key = \"CHS-1002' for field 'key' is invalid.");
        QTest::newRow("parentheses inside a value")
            << QStringLiteral("status = \"Done) OR (project = CHS\"") << 400
            << QStringLiteral(
                   "The value 'Done) OR (project = CHS' does not exist for the field 'status'.");
    }
    void userTextCannotChangeTheQuery()
    {
        QFETCH(QString, jql);
        QFETCH(int, status);
        QFETCH(QString, error);
        int answered = 0;
        QString message;
        const QStringList found = search(jql, &answered, &message);
        QCOMPARE(answered, status);
        QCOMPARE(message, error);
        QCOMPARE(found, QStringList()); // never the whole project
    }

    void incrementalSyncFindsWhatChanged()
    {
        const QDateTime start = QDateTime::currentDateTimeUtc();
        const QString since = start.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString key = catalogue().tasks.first().key;
        QCOMPARE(client()
                     .send("POST", QStringLiteral("/rest/api/2/issue/%1/comment").arg(key),
                           QJsonObject{{QStringLiteral("body"), QStringLiteral("touched")}})
                     .status,
                 201);
        const QStringList found =
            search(QStringLiteral("project = CHS AND updated >= \"%1\"").arg(since));
        QVERIFY(found.contains(key));
        for (const Sandbox::CatalogueTask &task : catalogue().tasks) {
            if (found.contains(task.key) && task.key != key)
                QVERIFY(task.updated >=
                        QDateTime::fromString(since, QStringLiteral("yyyy-MM-dd HH:mm")));
        }
    }

    void pagesThroughALargeProject()
    {
        Sandbox::SandboxOptions options = SandboxFixture::smallOptions();
        options.catalogue.jiraIssues = 20000;
        QElapsedTimer started;
        started.start();
        JiraClient large(options);
        const qint64 seeded = started.restart();

        QNetworkAccessManager network;
        network.setAutoDeleteReplies(false);
        QSet<QString> cloudKeys;
        QString token;
        int cloudPages = 0;
        do {
            QString path = QStringLiteral(
                "/rest/api/3/search/jql?jql=project%3DCHS&maxResults=100&fields=key");
            if (!token.isEmpty())
                path += QStringLiteral("&nextPageToken=") + token;
            int status = 0;
            const QJsonObject page = getNow(network, large.url(path), JiraAuth::Cloud, &status);
            QCOMPARE(status, 200);
            for (const QString &key : keysOf(page[u"issues"].toArray())) {
                QVERIFY2(!cloudKeys.contains(key), qPrintable(key));
                cloudKeys.insert(key);
            }
            token = page[u"nextPageToken"].toString();
            ++cloudPages;
        } while (!token.isEmpty() && cloudPages < 1000);
        const qint64 cloudTime = started.restart();

        QSet<QString> dataCenterKeys;
        int startAt = 0;
        int total = -1;
        while (total < 0 || startAt < total) {
            int status = 0;
            const QJsonObject page = getNow(
                network,
                large.url(
                    QStringLiteral("/rest/api/2/search?jql=project%3DCHS&maxResults=100&startAt=%1"
                                   "&fields=summary,status,fixVersions,updated")
                        .arg(startAt)),
                JiraAuth::DataCenter, &status);
            QCOMPARE(status, 200);
            const QJsonArray issues = page[u"issues"].toArray();
            QVERIFY(!issues.isEmpty());
            for (const QString &key : keysOf(issues)) {
                QVERIFY2(!dataCenterKeys.contains(key), qPrintable(key));
                dataCenterKeys.insert(key);
            }
            total = page[u"total"].toInt();
            startAt += int(issues.size());
        }
        const qint64 dataCenterTime = started.elapsed();
        qDebug("20000 issues: sandbox built in %lld ms; search/jql %d pages of keys in %lld ms; "
               "search %d pages of the fields a sync reads in %lld ms",
               seeded, cloudPages, cloudTime, total / 100, dataCenterTime);
        QCOMPARE(cloudPages, 200);
        QCOMPARE(cloudKeys.size(), 20000);
        QCOMPARE(total, 20000);
        QCOMPARE(dataCenterKeys, cloudKeys);
    }
};

QTEST_GUILESS_MAIN(TestSandboxJiraSearch)
#include "tst_sandbox_jirasearch.moc"
