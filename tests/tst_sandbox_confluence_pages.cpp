#include "tst_sandbox_confluence.h"

#include <QXmlStreamReader>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

// The sandbox's Confluence pages as clients read them: the seeded release notes
// and their template, finding pages by title, paging to the end and expansions.
class TestSandboxConfluencePages : public ClientSuite<ConfluenceClient>
{
    Q_OBJECT

private slots:
    void seededPages()
    {
        const auto reply =
            client().search(ConfluenceClient::dataCenter(),
                            {{QStringLiteral("spaceKey"), QStringLiteral("REL")},
                             {QStringLiteral("limit"), QStringLiteral("200")},
                             {QStringLiteral("expand"), QStringLiteral("ancestors,version")}});
        QCOMPARE(reply.status, 200);
        const QJsonArray results = reply.object().value(u"results").toArray();
        QCOMPARE(results.size(), ConfluenceClient::seededPageCount());
        QStringList titles;
        for (const QJsonValue &page : results)
            titles << page.toObject().value(u"title").toString();
        QStringList expected{QStringLiteral("Releases Home"), QStringLiteral("Release notes")};
        for (const auto &release : ConfluenceClient::publishedReleases())
            expected << ConfluenceClient::notesTitle(release.name);
        QCOMPARE(titles, expected);
        // Pages come in id order, and every notes page sits below Home > Release notes.
        const QStringList ids = ConfluenceClient::ids(results);
        for (int i = 1; i < ids.size(); ++i)
            QVERIFY(ids.at(i - 1).toLongLong() < ids.at(i).toLongLong());
        QCOMPARE(ids.at(1), client().parentPageId());
        for (int i = 2; i < results.size(); ++i) {
            const QJsonObject page = results.at(i).toObject();
            QCOMPARE(ConfluenceClient::ids(page.value(u"ancestors").toArray()), ids.mid(0, 2));
            QCOMPARE(ConfluenceClient::versionOf(page), 1);
        }
    }

    void releaseNotesFollowTheTemplate()
    {
        const auto published = ConfluenceClient::publishedReleases();
        QVERIFY(published.size() >= 2);
        const Sandbox::Catalogue catalogue = ConfluenceClient::catalogue();
        for (const Sandbox::CatalogueRelease &release : published) {
            const auto reply = client().search(
                ConfluenceClient::cloud(),
                {{QStringLiteral("spaceKey"), QStringLiteral("REL")},
                 {QStringLiteral("title"), ConfluenceClient::notesTitle(release.name)},
                 {QStringLiteral("expand"), QStringLiteral("body.storage")}});
            const QJsonArray results = reply.object().value(u"results").toArray();
            QCOMPARE(results.size(), 1);
            const QString storage = ConfluenceClient::storageOf(results.at(0).toObject());

            // Read the XHTML back: headings, list items and table cells, in order.
            QXmlStreamReader xml(QStringLiteral("<root>") + storage + QStringLiteral("</root>"));
            QStringList headings, items, cells;
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                const QString name = xml.name().toString();
                if (name == u"h2")
                    headings << xml.readElementText();
                else if (name == u"li")
                    items << xml.readElementText();
                else if (name == u"td" || name == u"th")
                    cells << xml.readElementText();
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QCOMPARE(headings,
                     (QStringList{QStringLiteral("Description of changes"),
                                  QStringLiteral("Deployment type"), QStringLiteral("Backout plan"),
                                  QStringLiteral("Service versions"),
                                  QStringLiteral("Config changes")}));
            QStringList expectedItems,
                expectedCells{QStringLiteral("Service"), QStringLiteral("Version")};
            for (const QString &key : release.taskKeys) {
                for (const auto &task : catalogue.tasks) {
                    if (task.key == key)
                        expectedItems << key + QStringLiteral(": ") + task.summary;
                }
            }
            for (const auto &[service, version] : release.services)
                expectedItems << service + QStringLiteral(": ") +
                                     catalogue.service(service)->deploymentType;
            for (const auto &[service, version] : release.services) {
                // Backing out redeploys what the service ran before this release.
                QString before;
                for (const auto &earlier : catalogue.releases) {
                    if (earlier.name == release.name)
                        break;
                    for (const auto &[name, shipped] : earlier.services) {
                        if (name == service)
                            before = shipped;
                    }
                }
                const QString item = items.value(expectedItems.size());
                QVERIFY2(item.startsWith(service + QStringLiteral(": redeploy ")),
                         qPrintable(item));
                QVERIFY(!item.endsWith(u' ' + version));
                if (!before.isEmpty())
                    QCOMPARE(item, service + QStringLiteral(": redeploy ") + before);
                expectedItems << item;
                expectedCells << service << version;
            }
            QCOMPARE(items, expectedItems);
            QCOMPARE(cells, expectedCells);
            QVERIFY(storage.endsWith(QStringLiteral("<h2>Config changes</h2><p>None</p>")));
        }
    }

    void findByTitle_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("rawQuery"); // empty: the title percent-encoded in full
        QTest::addColumn<bool>("found");
        const QString latest =
            ConfluenceClient::notesTitle(ConfluenceClient::publishedReleases().constLast().name);
        const QString awkward = QStringLiteral("Ops & Infra \u2013 runbook 100% + more?");
        for (const QString &root : {ConfluenceClient::cloud(), ConfluenceClient::dataCenter()}) {
            const char *name = root.isEmpty() ? "dc" : "cloud";
            QTest::addRow("%s, found with en dash and spaces", name)
                << root << latest << QString() << true;
            QTest::addRow("%s, not found", name)
                << root << QStringLiteral("Release notes \u2013 1999.1.1") << QString() << false;
            QTest::addRow("%s, titles match case", name)
                << root << latest.toLower() << QString() << false;
            QTest::addRow("%s, spaces, en dash, & and + encoded", name)
                << root << awkward << QString() << true;
            // A servlet container reads '+' in a query as a space, so this finds "Release notes".
            QTest::addRow("%s, form-encoded spaces", name)
                << root << QStringLiteral("Release notes")
                << QStringLiteral("type=page&spaceKey=REL&title=Release+notes&expand=version")
                << true;
        }
    }
    void findByTitle()
    {
        QFETCH(QString, root);
        QFETCH(QString, title);
        QFETCH(QString, rawQuery);
        QFETCH(bool, found);
        const QString awkwardId =
            client().create(ConfluenceClient::dataCenter(),
                            QStringLiteral("Ops & Infra \u2013 runbook 100% + more?"),
                            QStringLiteral("<p>runbook</p>"), client().parentPageId());
        QVERIFY(!awkwardId.isEmpty());
        const QString query =
            !rawQuery.isEmpty()
                ? rawQuery
                : ConfluenceClient::query({{QStringLiteral("type"), QStringLiteral("page")},
                                           {QStringLiteral("spaceKey"), QStringLiteral("REL")},
                                           {QStringLiteral("title"), title},
                                           {QStringLiteral("expand"), QStringLiteral("version")}});
        const auto reply = client().get(root, QStringLiteral("/rest/api/content"), query);
        QCOMPARE(reply.status, 200);
        const QJsonObject answer = reply.object();
        const QJsonArray results = answer.value(u"results").toArray();
        QCOMPARE(results.size(), found ? 1 : 0);
        QCOMPARE(answer.value(u"size").toInt(), results.size());
        QCOMPARE(answer.value(u"start").toInt(), 0);
        QCOMPARE(answer.value(u"limit").toInt(), 25);
        QVERIFY(!answer.value(u"_links").toObject().contains(u"next"));
        if (!found)
            return;
        const QJsonObject page = results.at(0).toObject();
        QCOMPARE(page.value(u"title").toString(), title);
        QCOMPARE(page.value(u"type").toString(), QStringLiteral("page"));
        QCOMPARE(page.value(u"status").toString(), QStringLiteral("current"));
        QVERIFY(ConfluenceClient::versionOf(page) >= 1);
        QVERIFY(!page.contains(u"body"));
        // Only the outermost object carries base and context.
        QVERIFY(!page.value(u"_links").toObject().contains(u"base"));
    }

    void paging_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<int>("limit"); // 0: leave it to the default, 25
        const int count = ConfluenceClient::seededPageCount();
        for (const QString &root : {ConfluenceClient::cloud(), ConfluenceClient::dataCenter()}) {
            const char *name = root.isEmpty() ? "dc" : "cloud";
            QTest::addRow("%s, one per page", name) << root << 1;
            QTest::addRow("%s, last page short", name) << root << (count % 5 != 0 ? 5 : 4);
            QTest::addRow("%s, exactly one page", name) << root << count;
            QTest::addRow("%s, more than all", name) << root << count + 7;
            QTest::addRow("%s, default limit", name) << root << 0;
        }
    }
    void paging()
    {
        QFETCH(QString, root);
        QFETCH(int, limit);
        ConfluenceClient::Parameters parameters{
            {QStringLiteral("type"), QStringLiteral("page")},
            {QStringLiteral("spaceKey"), QStringLiteral("REL")},
            {QStringLiteral("expand"), QStringLiteral("version")}};
        if (limit > 0)
            parameters.append({QStringLiteral("limit"), QString::number(limit)});
        const int effectiveLimit = limit > 0 ? limit : 25;
        const int count = ConfluenceClient::seededPageCount();

        QStringList ids;
        QUrl next = client().url(root, QStringLiteral("/rest/api/content"),
                                 ConfluenceClient::query(parameters));
        int pages = 0;
        while (next.isValid() && pages <= count) {
            const auto reply = client().fixture().get(next, ConfluenceClient::credentials(root));
            QCOMPARE(reply.status, 200);
            const QJsonObject answer = reply.object();
            const QJsonArray results = answer.value(u"results").toArray();
            const QJsonObject links = answer.value(u"_links").toObject();
            QCOMPARE(answer.value(u"start").toInt(), pages * effectiveLimit);
            QCOMPARE(answer.value(u"limit").toInt(), effectiveLimit);
            QCOMPARE(answer.value(u"size").toInt(), results.size());
            QCOMPARE(results.size(), qMin(effectiveLimit, count - pages * effectiveLimit));
            QCOMPARE(links.value(u"base").toString(), client().base(root));
            QCOMPARE(links.contains(u"prev"), pages > 0);
            ids << ConfluenceClient::ids(results);
            ++pages;
            // _links.next is relative to _links.base, and present only while more remain.
            next = links.contains(u"next")
                       ? QUrl(links.value(u"base").toString() + links.value(u"next").toString())
                       : QUrl();
            QCOMPARE(links.contains(u"next"), ids.size() < count);
        }
        QCOMPARE(pages, (count + effectiveLimit - 1) / effectiveLimit);
        QCOMPARE(ids.size(), count);
        QCOMPARE(ids, ConfluenceClient::ids(
                          client()
                              .search(root, {{QStringLiteral("spaceKey"), QStringLiteral("REL")},
                                             {QStringLiteral("limit"), QStringLiteral("200")}})
                              .object()
                              .value(u"results")
                              .toArray()));
    }

    void emptyResults_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("start");
        QTest::addColumn<bool>("prev");
        QTest::newRow("unknown space") << QStringLiteral("spaceKey=NOPE") << 0 << false;
        QTest::newRow("blog posts") << QStringLiteral("type=blogpost&spaceKey=REL") << 0 << false;
        QTest::newRow("trashed pages")
            << QStringLiteral("status=trashed&spaceKey=REL") << 0 << false;
        QTest::newRow("start past the end")
            << QStringLiteral("spaceKey=REL&start=500") << 500 << true;
    }
    void emptyResults()
    {
        QFETCH(QString, query);
        QFETCH(int, start);
        QFETCH(bool, prev);
        const auto reply = client().get(ConfluenceClient::dataCenter(),
                                        QStringLiteral("/rest/api/content"), query);
        QCOMPARE(reply.status, 200);
        const QJsonObject answer = reply.object();
        QCOMPARE(answer.value(u"results").toArray().size(), 0);
        QCOMPARE(answer.value(u"size").toInt(), 0);
        QCOMPARE(answer.value(u"start").toInt(), start);
        QVERIFY(!answer.value(u"_links").toObject().contains(u"next"));
        QCOMPARE(answer.value(u"_links").toObject().contains(u"prev"), prev);
    }

    void readContent_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("expand");
        QTest::addColumn<QStringList>("expanded");
        const QStringList all{QStringLiteral("body"), QStringLiteral("version"),
                              QStringLiteral("ancestors"), QStringLiteral("space"),
                              QStringLiteral("history")};
        for (const QString &root : {ConfluenceClient::cloud(), ConfluenceClient::dataCenter()}) {
            const char *name = root.isEmpty() ? "dc" : "cloud";
            QTest::addRow("%s, nothing expanded", name) << root << QString() << QStringList();
            QTest::addRow("%s, body.storage", name)
                << root << QStringLiteral("body.storage") << QStringList{QStringLiteral("body")};
            QTest::addRow("%s, version", name)
                << root << QStringLiteral("version") << QStringList{QStringLiteral("version")};
            QTest::addRow("%s, everything", name)
                << root << QStringLiteral("body.storage,version,ancestors,space,history") << all;
        }
    }
    void readContent()
    {
        QFETCH(QString, root);
        QFETCH(QString, expand);
        QFETCH(QStringList, expanded);
        const auto release = ConfluenceClient::publishedReleases().constFirst();
        const auto found = client().search(
            root, {{QStringLiteral("title"), ConfluenceClient::notesTitle(release.name)}});
        const QString id =
            ConfluenceClient::ids(found.object().value(u"results").toArray()).value(0);
        QVERIFY(!id.isEmpty());
        const auto reply = client().read(root, id, expand);
        QCOMPARE(reply.status, 200);
        const QJsonObject page = reply.object();
        QCOMPARE(page.value(u"id").toString(), id);
        QCOMPARE(page.value(u"title").toString(), ConfluenceClient::notesTitle(release.name));
        const QJsonObject expandable = page.value(u"_expandable").toObject();
        for (const QString &name :
             {QStringLiteral("body"), QStringLiteral("version"), QStringLiteral("ancestors"),
              QStringLiteral("space"), QStringLiteral("history")}) {
            QCOMPARE(page.contains(name), expanded.contains(name));
            QCOMPARE(expandable.contains(name), !expanded.contains(name));
        }
        if (expanded.contains(u"body")) {
            const QJsonObject storage = page.value(u"body").toObject().value(u"storage").toObject();
            QCOMPARE(storage.value(u"representation").toString(), QStringLiteral("storage"));
            QVERIFY(
                storage.value(u"value").toString().startsWith(u"<h2>Description of changes</h2>"));
        }
        if (expanded.contains(u"version")) {
            const QJsonObject version = page.value(u"version").toObject();
            QCOMPARE(version.value(u"number").toInt(), 1);
            QVERIFY(QDateTime::fromString(version.value(u"when").toString(), Qt::ISODateWithMs)
                        .isValid());
            QVERIFY(!version.value(u"by").toObject().value(u"displayName").toString().isEmpty());
        }
        if (expanded.contains(u"ancestors")) {
            const QJsonArray ancestors = page.value(u"ancestors").toArray();
            QCOMPARE(ancestors.size(), 2);
            QCOMPARE(ancestors.at(0).toObject().value(u"title").toString(),
                     QStringLiteral("Releases Home"));
            QCOMPARE(ancestors.at(1).toObject().value(u"id").toString(), client().parentPageId());
        }
        if (expanded.contains(u"space")) {
            const QJsonObject space = page.value(u"space").toObject();
            QCOMPARE(space.value(u"key").toString(), QStringLiteral("REL"));
            QCOMPARE(space.value(u"name").toString(), QStringLiteral("Releases"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxConfluencePages)
#include "tst_sandbox_confluence_pages.moc"
