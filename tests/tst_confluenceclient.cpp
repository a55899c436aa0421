#include "tst_confluenceclient.h"

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;
using namespace std::chrono_literals;

namespace {

const QString notesPrefix = StorageFormat::pageTitle(QString());

} // namespace

// The Confluence client's reads and single writes in both flavours: the
// connection check, finding and listing pages, creating and updating one,
// and what a person reads when the server or the network fails.
class TestConfluenceClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConfluenceBench> m_bench;

    static std::optional<Result<QString>> check(const ConfluenceClient &client)
    {
        return await<Result<QString>>(
            [&](QObject *context, auto done) { client.checkCredentials(context, done); });
    }

private slots:
    void init()
    {
        m_bench = std::make_unique<ConfluenceBench>();
        QVERIFY(m_bench->isListening());
    }

    void cleanup() { m_bench.reset(); }

    void checkCredentials_data() { addFlavours(); }

    void checkCredentials()
    {
        QFETCH(Flavour, flavour);
        ConfluenceClient client(m_bench->http(), m_bench->connection(flavour));
        const auto name = check(client);
        QVERIFY(name);
        QVERIFY2(name->ok(), qPrintable(name->error()));
        QCOMPARE(name->value(), QStringLiteral("Release Bot"));
    }

    void wrongSecretIsReadable_data() { addFlavours(); }

    void wrongSecretIsReadable()
    {
        QFETCH(Flavour, flavour);
        ConfluenceConnection wrong = m_bench->connection(flavour);
        wrong.secret = QStringLiteral("not-the-token");
        ConfluenceClient client(m_bench->http(), wrong);
        const auto name = check(client);
        QVERIFY(name);
        QVERIFY(!name->ok());
        QVERIFY2(name->error().startsWith(QLatin1String("Confluence sign-in check:")) &&
                     name->error().contains(QLatin1String("401")) &&
                     name->error().contains(QLatin1String("credentials")),
                 qPrintable(name->error()));
        QVERIFY(!name->error().contains(QLatin1String("not-the-token")));
    }

    void unknownSpaceIsNamed_data() { addFlavours(); }

    void unknownSpaceIsNamed()
    {
        QFETCH(Flavour, flavour);
        ConfluenceConnection elsewhere = m_bench->connection(flavour);
        elsewhere.spaceKey = QStringLiteral("NOPE");
        ConfluenceClient client(m_bench->http(), elsewhere);
        const auto name = check(client);
        QVERIFY(name);
        QVERIFY(!name->ok());
        QCOMPARE(name->error(),
                 QStringLiteral("Confluence space check: there is no space with the key NOPE, or "
                                "the account cannot see it; check the space key in the "
                                "connection settings."));
    }

    void unknownParentIsNamed()
    {
        ConfluenceConnection orphan = m_bench->connection(Flavour::DataCenter);
        orphan.parentPageId = QStringLiteral("999999");
        ConfluenceClient client(m_bench->http(), orphan);
        const auto name = check(client);
        QVERIFY(name);
        QVERIFY(!name->ok());
        QVERIFY2(name->error().startsWith(QLatin1String("Confluence parent page check:")) &&
                     name->error().contains(QLatin1String("999999")),
                 qPrintable(name->error()));
    }

    void checkWithoutParentNeedsOnlyTheSpace()
    {
        ConfluenceConnection topLevel = m_bench->connection(Flavour::Cloud);
        topLevel.parentPageId.clear();
        ConfluenceClient client(m_bench->http(), topLevel);
        const auto name = check(client);
        QVERIFY(name);
        QVERIFY2(name->ok(), qPrintable(name->error()));
    }

    void findsASeededPage_data() { addFlavours(); }

    void findsASeededPage()
    {
        QFETCH(Flavour, flavour);
        const QString title = seededNotesTitle();
        const QJsonArray stored = m_bench->storedPages(title);
        QCOMPARE(stored.size(), 1);
        ConfluenceClient client(m_bench->http(), m_bench->connection(flavour));
        const auto found = awaitFind(client, title);
        QVERIFY(found);
        QVERIFY2(found->ok(), qPrintable(found->error()));
        QVERIFY(found->value().has_value());
        const ConfluencePage &page = *found->value();
        QCOMPARE(page.id, stored.first().toObject().value(QLatin1String("id")).toString());
        QCOMPARE(page.title, title);
        QCOMPARE(page.version, 1);
        QCOMPARE(page.storage, storageOf(stored.first()));
        QVERIFY(page.storage.contains(QLatin1String("<h2>Backout plan</h2>")));
        QVERIFY(page.updated.isValid());
        // The web UI link is absolute, on the root the client used.
        const QString base = m_bench->connection(flavour).baseUrl.toString();
        QVERIFY2(page.url.toString().startsWith(base + u'/') &&
                     page.url.toString().contains(page.id),
                 qPrintable(page.url.toString()));
    }

    void findPageMissesAnUnknownTitle()
    {
        ConfluenceClient client(m_bench->http(), m_bench->connection(Flavour::DataCenter));
        const auto found = awaitFind(client, StorageFormat::pageTitle(QStringLiteral("1999.1.1")));
        QVERIFY(found);
        QVERIFY2(found->ok(), qPrintable(found->error()));
        QVERIFY(!found->value().has_value());
    }

    void listsEveryReleaseNotesPage_data() { addFlavours(); }

    void listsEveryReleaseNotesPage()
    {
        QFETCH(Flavour, flavour);
        ConfluenceConnection small = m_bench->connection(flavour);
        small.pageSize = 4;
        ConfluenceClient client(m_bench->http(), small);
        QList<int> progress;
        const auto pages = await<Result<QList<ConfluencePage>>>([&](QObject *context, auto done) {
            client.pages(
                notesPrefix, [&progress](int found) { progress.append(found); }, context, done);
        });
        QVERIFY(pages);
        QVERIFY2(pages->ok(), qPrintable(pages->error()));

        QStringList expected;
        for (const auto &release : SandboxFixture::smallCatalogue().releases) {
            if (release.stage >= Sandbox::HistoryStage::NotesPublished)
                expected << StorageFormat::pageTitle(release.name);
        }
        QStringList titles;
        for (const ConfluencePage &page : pages->value()) {
            titles << page.title;
            // Found by title without their bodies, which a large space would make costly.
            QVERIFY(page.version >= 1 && page.storage.isEmpty() && page.url.isValid());
        }
        expected.sort();
        titles.sort();
        QCOMPARE(titles, expected);
        // Only those are read, four pages a request: not the space's home page and the parent.
        const qsizetype inSpace = m_bench->storedPages().size();
        QCOMPARE(inSpace, expected.size() + 2);
        QCOMPARE(progress.size(), (expected.size() + 3) / 4);
        QCOMPARE(progress.last(), int(expected.size()));
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
    }

    void listingStopsAtThePageBound()
    {
        ConfluenceConnection bounded = m_bench->connection(Flavour::DataCenter);
        bounded.pageSize = 2;
        bounded.maxPages = 3;
        ConfluenceClient client(m_bench->http(), bounded);
        QList<int> progress;
        const auto pages = await<Result<QList<ConfluencePage>>>([&](QObject *context, auto done) {
            client.pages(
                notesPrefix, [&progress](int found) { progress.append(found); }, context, done);
        });
        QVERIFY(pages);
        QVERIFY(!pages->ok());
        QVERIFY2(pages->error().startsWith(QLatin1String("Confluence pages:")) &&
                     pages->error().contains(QLatin1String("after 3 requests")),
                 qPrintable(pages->error()));
        QCOMPARE(progress.size(), 3);
    }

    void createsBelowTheParent_data() { addFlavours(); }

    void createsBelowTheParent()
    {
        QFETCH(Flavour, flavour);
        const Release release = unpublishedRelease(QStringLiteral("2030.1.1"));
        const QString title = StorageFormat::pageTitle(release.name);
        const QString storage = notesPage(release);
        ConfluenceClient client(m_bench->http(), m_bench->connection(flavour));
        const auto created = await<Result<ConfluencePage>>(
            [&](QObject *context, auto done) { client.createPage(title, storage, context, done); });
        QVERIFY(created);
        QVERIFY2(created->ok(), qPrintable(created->error()));
        QCOMPARE(created->value().title, title);
        QCOMPARE(created->value().version, 1);
        QCOMPARE(created->value().storage, storage);

        const QJsonArray stored = m_bench->storedPages(title);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().toObject().value(QLatin1String("id")).toString(),
                 created->value().id);
        QCOMPARE(storageOf(stored.first()), storage);
        const QJsonArray ancestors =
            stored.first().toObject().value(QLatin1String("ancestors")).toArray();
        QVERIFY(!ancestors.isEmpty());
        QCOMPARE(ancestors.last().toObject().value(QLatin1String("id")).toString(),
                 m_bench->parentPageId());
        const auto &journal = m_bench->fixture().sandbox().journal().entries();
        QCOMPARE(journal.size(), 1);
        const QString root = flavour == Flavour::Cloud ? QStringLiteral("/wiki") : QString();
        QCOMPARE(journal.first().path, root + QStringLiteral("/rest/api/content"));
    }

    void createRefusalsCarryConfluencesText_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("storage");
        QTest::addColumn<QString>("said");
        QTest::newRow("title taken") << seededNotesTitle() << QStringLiteral("<p>again</p>")
                                     << QStringLiteral("Confluence said: A page with this title "
                                                       "already exists");
        QTest::newRow("not xhtml") << QStringLiteral("Broken page") << QStringLiteral("<p>unclosed")
                                   << QStringLiteral("Confluence said: Error parsing xhtml");
    }

    void createRefusalsCarryConfluencesText()
    {
        QFETCH(QString, title);
        QFETCH(QString, storage);
        QFETCH(QString, said);
        ConfluenceClient client(m_bench->http(), m_bench->connection(Flavour::DataCenter));
        const auto created = await<Result<ConfluencePage>>(
            [&](QObject *context, auto done) { client.createPage(title, storage, context, done); });
        QVERIFY(created);
        QVERIFY(!created->ok());
        QVERIFY2(created->error().startsWith(QLatin1String("Confluence create page:")) &&
                     created->error().contains(QLatin1String("400")) &&
                     created->error().contains(said) &&
                     !created->error().contains(QLatin1String("com.atlassian")),
                 qPrintable(created->error()));
        QCOMPARE(m_bench->journalWrites("POST"), 0);
    }

    void updatesWithTheNextVersion_data() { addFlavours(); }

    void updatesWithTheNextVersion()
    {
        QFETCH(Flavour, flavour);
        ConfluenceClient client(m_bench->http(), m_bench->connection(flavour));
        const auto found = awaitFind(client, seededNotesTitle());
        QVERIFY(found && found->ok() && found->value().has_value());
        const QString storage = notesPage(unpublishedRelease(QStringLiteral("2030.1.2")));
        const auto updated = await<Result<ConfluencePage>>([&](QObject *context, auto done) {
            client.updatePage(*found->value(), storage, context, done);
        });
        QVERIFY(updated);
        QVERIFY2(updated->ok(), qPrintable(updated->error()));
        QCOMPARE(updated->value().id, found->value()->id);
        QCOMPARE(updated->value().version, 2);
        const QJsonArray stored = m_bench->storedPages(seededNotesTitle());
        QCOMPARE(versionOf(stored.first()), 2);
        QCOMPARE(storageOf(stored.first()), storage);
    }

    void staleUpdateIsAConflict()
    {
        ConfluenceClient client(m_bench->http(), m_bench->connection(Flavour::DataCenter));
        const auto found = awaitFind(client, seededNotesTitle());
        QVERIFY(found && found->ok() && found->value().has_value());
        ConfluencePage stale = *found->value();
        stale.version = 0;
        const auto updated = await<Result<ConfluencePage>>([&](QObject *context, auto done) {
            client.updatePage(stale, QStringLiteral("<p>late</p>"), context, done);
        });
        QVERIFY(updated);
        QVERIFY(!updated->ok());
        QVERIFY2(updated->error().startsWith(QLatin1String("Confluence update page:")) &&
                     updated->error().contains(QLatin1String("409")) &&
                     updated->error().contains(QLatin1String(
                         "Confluence said: Version must be incremented on update. Current "
                         "version is: 1")),
                 qPrintable(updated->error()));
        QCOMPARE(m_bench->journalWrites("PUT"), 0);
    }

    void readFaults_data()
    {
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<bool>("recovers");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const char *kind, bool recovers,
                            const char *message = "") {
            QTest::newRow(name) << QByteArray(QByteArray("confluence:/rest/api/content=") + kind)
                                << recovers << QString::fromLatin1(message);
        };
        row("one server error", "status,status=500,times=1", true);
        row("one rate limit", "ratelimit,retry-after=2,times=1", true);
        row("one reset", "reset,times=1", true);
        row("one truncated answer", "truncated,times=1", true);
        row("one hang", "hang,times=1", true);
        row("lasting server error", "status,status=502", false, "the server answered 502");
        row("lasting hang", "hang", false, "did not answer within 0.3 seconds");
        row("malformed json", "malformed-json", false, "the answer is not valid JSON");
        row("sign-in page", "wrong-content-type", false, "a web page instead of data");
        row("oversized", "oversized", false, "the answer is larger than");
    }

    void readFaults()
    {
        QFETCH(QByteArray, spec);
        QFETCH(bool, recovers);
        QFETCH(QString, message);
        m_bench->inject(spec.constData());
        ConfluenceConnection impatient = m_bench->connection(Flavour::DataCenter);
        impatient.timeout = 300ms;
        ConfluenceClient client(m_bench->http(), impatient);
        const auto found = awaitFind(client, seededNotesTitle());
        QVERIFY(found);
        if (recovers) {
            QVERIFY2(found->ok(), qPrintable(found->error()));
            QVERIFY(found->value().has_value());
            QVERIFY(m_bench->fixture().sandbox().faults().rules().isEmpty());
            if (spec.contains("retry-after=2"))
                QCOMPARE(m_bench->delays(), (QList<std::chrono::milliseconds>{2000ms}));
        } else {
            QVERIFY(!found->ok());
            QVERIFY2(found->error().startsWith(QLatin1String("Confluence find page:")) &&
                         found->error().contains(message),
                     qPrintable(found->error()));
            QVERIFY(!found->error().contains(QLatin1String("sandbox-confluence-pat")));
        }
    }
};

QTEST_GUILESS_MAIN(TestConfluenceClient)
#include "tst_confluenceclient.moc"
