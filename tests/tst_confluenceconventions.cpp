#include "support/synctestbench.h"

#include <QJsonArray>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

// A sandbox whose Confluence titles and heads its pages the team's own way.
Sandbox::SandboxOptions titledAs(const QString &pattern, const QJsonObject &headings = {})
{
    Sandbox::SandboxOptions options = SyncTestBench::options();
    QJsonObject confluence{{QLatin1String("titlePattern"), pattern}};
    if (!headings.isEmpty())
        confluence.insert(QLatin1String("sectionHeadings"), headings);
    options.conventions.insert(QLatin1String("confluence"), confluence);
    return options;
}

QJsonArray pagesOf(SyncTestBench &bench)
{
    return bench.fixture()
        .sandbox()
        .state()
        .value(QLatin1String("confluence"))
        .toObject()
        .value(QLatin1String("pages"))
        .toArray();
}

void setPages(SyncTestBench &bench, const QJsonArray &pages)
{
    QJsonObject state = bench.fixture().sandbox().state();
    QJsonObject confluence = state.value(QLatin1String("confluence")).toObject();
    confluence.insert(QLatin1String("pages"), pages);
    state.insert(QLatin1String("confluence"), confluence);
    QVERIFY(bench.fixture().sandbox().setState(state));
}

// The seeded release-notes pages by release name: page id.
QHash<QString, QString> notesPages(SyncTestBench &bench, const QString &pattern)
{
    QHash<QString, QString> pages;
    const qsizetype at = pattern.indexOf(NotesTitle::placeholder());
    const QString before = pattern.left(at);
    const QString after = pattern.mid(at + NotesTitle::placeholder().size());
    for (const QJsonValue &value : pagesOf(bench)) {
        const QString title = value[QLatin1String("title")].toString();
        if (title.startsWith(before) && title.endsWith(after) &&
            title.size() > before.size() + after.size())
            pages.insert(title.mid(before.size(), title.size() - before.size() - after.size()),
                         value[QLatin1String("id")].toString());
    }
    return pages;
}

// Every release here whose page the sandbox holds has that page recorded;
// how many there are.
int recordedPages(SyncTestBench &bench, const QHash<QString, QString> &pages)
{
    int recorded = 0;
    for (auto page = pages.cbegin(); page != pages.cend(); ++page) {
        const Release release = bench.release(page.key());
        if (release.id == 0)
            continue;
        if (release.notes.pageId != page.value()) {
            qWarning("%s: page %s, recorded %s", qPrintable(page.key()), qPrintable(page.value()),
                     qPrintable(release.notes.pageId));
            return -1;
        }
        ++recorded;
    }
    return recorded;
}

} // namespace

// A team's own release-notes titles and headings, against a sandbox that
// plays them: every page of theirs is read, and no other page is taken.
class TestConfluenceConventions : public QObject
{
    Q_OBJECT

private slots:
    void defaultTitlesAreReadAsToday()
    {
        SyncTestBench bench;
        QVERIFY(bench.isReady());
        const auto pages = notesPages(bench, NotesTitle::defaultPattern());
        QVERIFY(pages.size() > 3);
        const SyncResult result = bench.syncAll();
        QVERIFY(SyncTestBench::allSynced(result));
        QCOMPARE(result.system(RemoteSystem::Confluence).read, int(pages.size()));
        QVERIFY(recordedPages(bench, pages) > 3);
    }

    void titlesWithoutADashAreReadByDefault()
    {
        const QString pattern = s(u"Release notes {release}");
        SyncTestBench bench(titledAs(pattern));
        QVERIFY(bench.isReady());
        // The desk keeps today's pattern: the pages are recognised all the same.
        ConnectionSettings settings = bench.settings();
        QCOMPARE(settings.confluence.titlePattern, pattern);
        settings.confluence.titlePattern = NotesTitle::defaultPattern();
        bench.reconnect(settings);
        const auto pages = notesPages(bench, pattern);
        QVERIFY(pages.size() > 3);
        const SyncResult result = bench.syncAll();
        QVERIFY(SyncTestBench::allSynced(result));
        QCOMPARE(result.system(RemoteSystem::Confluence).read, int(pages.size()));
        QVERIFY(recordedPages(bench, pages) > 3);
    }

    void similarlyNamedPagesAreNotTaken()
    {
        const QString pattern = s(u"Release notes {release}");
        SyncTestBench bench(titledAs(pattern));
        QVERIFY(bench.isReady());
        const auto pages = notesPages(bench, pattern);
        QVERIFY(!pages.isEmpty());
        // One release's page is renamed away; pages that only look like it remain.
        const QString name = pages.keys().constFirst();
        QJsonArray all = pagesOf(bench);
        qint64 nextId = 900000;
        for (qsizetype i = 0; i < all.size(); ++i) {
            QJsonObject page = all.at(i).toObject();
            if (page[QLatin1String("id")].toString() != pages.value(name))
                continue;
            page.insert(QLatin1String("title"), QString(u"Old release notes \u2013 " + name));
            all.replace(i, page);
            for (const QString &title : QStringList{
                     u"Release notes " + name + u" draft", u"Release notes \u2013 " + name + u"b",
                     u"Release <b>notes</b> " + name, u"Not release notes " + name}) {
                page.insert(QLatin1String("id"), QString::number(nextId++));
                page.insert(QLatin1String("title"), title);
                all.append(page);
            }
            break;
        }
        setPages(bench, all);
        QVERIFY(SyncTestBench::allSynced(bench.syncAll()));
        QVERIFY(bench.release(name).id != 0);
        QCOMPARE(bench.release(name).notes.pageId, QString());
        QHash<QString, QString> others = pages;
        others.remove(name);
        QVERIFY(recordedPages(bench, others) > 2);
    }

    void theTeamsPatternFindsPagesTodaysDoesNot()
    {
        const QString pattern = s(u"{release} \u00b7 Release notes");
        {
            SyncTestBench todays(titledAs(pattern));
            QVERIFY(todays.isReady());
            ConnectionSettings settings = todays.settings();
            settings.confluence.titlePattern = NotesTitle::defaultPattern();
            todays.reconnect(settings);
            const SyncResult result = todays.syncAll();
            QVERIFY(SyncTestBench::allSynced(result));
            QCOMPARE(result.system(RemoteSystem::Confluence).read, 0);
        }
        // Set up as the sandbox's document says, a desk reads every page.
        SyncTestBench teams(titledAs(pattern));
        QVERIFY(teams.isReady());
        QCOMPARE(teams.settings().confluence.titlePattern, pattern);
        const auto pages = notesPages(teams, pattern);
        QVERIFY(pages.size() > 3);
        const SyncResult result = teams.syncAll();
        QVERIFY(SyncTestBench::allSynced(result));
        QCOMPARE(result.system(RemoteSystem::Confluence).read, int(pages.size()));
        QVERIFY(recordedPages(teams, pages) > 3);
    }

    void pagesCarryTheTeamsHeadings()
    {
        SyncTestBench bench(titledAs(s(u"Release notes: {release}"),
                                     {{QLatin1String("backout"), QLatin1String("Rollback")}}));
        QVERIFY(bench.isReady());
        QCOMPARE(bench.settings().confluence.sectionHeadings.value(s(u"backout")), s(u"Rollback"));
        int seeded = 0;
        for (const QJsonValue &page : pagesOf(bench)) {
            const QString body = page[QLatin1String("body")].toString();
            if (!page[QLatin1String("title")].toString().startsWith(s(u"Release notes: ")))
                continue;
            ++seeded;
            QVERIFY(body.contains(s(u"<h2>Rollback</h2>")));
            QVERIFY(!body.contains(s(u"Backout plan")));
            QVERIFY(body.contains(s(u"<h2>Description of changes</h2>")));
        }
        QVERIFY(seeded > 3);
        QVERIFY(SyncTestBench::allSynced(bench.syncAll()));
    }
};

QTEST_GUILESS_MAIN(TestConfluenceConventions)
#include "tst_confluenceconventions.moc"
