#include "tst_confluenceclient.h"

#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;
using namespace std::chrono_literals;

// publish(), the release notes' idempotent write, against the sandbox: a page
// exists once with the notes however often it runs and whatever answer got
// lost, and an unchanged page gets no new version.
class TestConfluencePublish : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ConfluenceBench> m_bench;

    // A page of the space as someone else wrote it.
    void addPage(const QString &title)
    {
        m_bench->writeDirectly(
            "POST", QStringLiteral("/rest/api/content"),
            QJsonObject{{QLatin1String("type"), QStringLiteral("page")},
                        {QLatin1String("title"), title},
                        {QLatin1String("space"),
                         QJsonObject{{QLatin1String("key"), QStringLiteral("REL")}}},
                        {QLatin1String("body"),
                         QJsonObject{{QLatin1String("storage"),
                                      QJsonObject{{QLatin1String("value"), QStringLiteral("<p/>")},
                                                  {QLatin1String("representation"),
                                                   QStringLiteral("storage")}}}}}});
    }

    // Publishes `release`'s notes from a desk on the default pattern over a
    // loosely titled page of the team's, and says the CQL of each page search
    // it sent.
    QStringList publishOverLooseTitle(const Release &release, const QString &looseTitle)
    {
        addPage(looseTitle);
        QStringList searches;
        QObject recorder;
        QObject::connect(&m_bench->network(), &QNetworkAccessManager::finished, &recorder,
                         [&searches](QNetworkReply *reply) {
                             if (reply->url().path().endsWith(QLatin1String("/content/search")))
                                 searches << QUrlQuery(reply->url())
                                                 .queryItemValue(QStringLiteral("cql"),
                                                                 QUrl::FullyDecoded);
                         });
        ConfluenceClient desk(m_bench->http(), m_bench->connection(Flavour::DataCenter));
        const auto published =
            awaitPublish(desk, StorageFormat::pageTitle(release.name), notesPage(release));
        if (!published || !published->ok()) {
            qWarning("publishing failed: %s",
                     published ? qPrintable(published->error()) : "no answer");
            return {};
        }
        return searches;
    }

private slots:
    void init()
    {
        m_bench = std::make_unique<ConfluenceBench>();
        QVERIFY(m_bench->isListening());
    }

    void cleanup() { m_bench.reset(); }

    void publishCreatesUpdatesAndLeavesAlone_data() { addFlavours(); }

    void publishCreatesUpdatesAndLeavesAlone()
    {
        QFETCH(Flavour, flavour);
        Release release = unpublishedRelease(QStringLiteral("2030.2.1"));
        const QString title = StorageFormat::pageTitle(release.name);
        ConfluenceClient client(m_bench->http(), m_bench->connection(flavour));

        const auto created = awaitPublish(client, title, notesPage(release));
        QVERIFY(created);
        QVERIFY2(created->ok(), qPrintable(created->error()));
        QCOMPARE(created->value().version, 1);
        QCOMPARE(m_bench->journalWrites("POST"), 1);

        // The same notes again: nothing to write, no new version.
        const auto again = awaitPublish(client, title, notesPage(release));
        QVERIFY(again);
        QVERIFY2(again->ok(), qPrintable(again->error()));
        QCOMPARE(again->value().id, created->value().id);
        QCOMPARE(again->value().version, 1);
        QCOMPARE(m_bench->fixture().sandbox().journal().entries().size(), 1);

        release.notes.backoutPlan = QStringLiteral("Redeploy chs-orders-api 1.4.0 instead.");
        const auto changed = awaitPublish(client, title, notesPage(release));
        QVERIFY(changed);
        QVERIFY2(changed->ok(), qPrintable(changed->error()));
        QCOMPARE(changed->value().id, created->value().id);
        QCOMPARE(changed->value().version, 2);
        QCOMPARE(m_bench->journalWrites("POST"), 1);
        QCOMPARE(m_bench->journalWrites("PUT"), 1);
        const QJsonArray stored = m_bench->storedPages(title);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(storageOf(stored.first()), notesPage(release));
    }

    void aPageTheTeamTitledLooselyIsUpdatedNotDoubled()
    {
        Release release = unpublishedRelease(QStringLiteral("2030.2.2"));
        // The team's page, titled without a dash, as its own desks title it.
        ConfluenceConnection team = m_bench->connection(Flavour::DataCenter);
        team.titlePattern = QStringLiteral("Release notes {release}");
        ConfluenceClient teamDesk(m_bench->http(), team);
        const QString teamTitle = QStringLiteral("Release notes 2030.2.2");
        const auto theirs = awaitPublish(teamDesk, teamTitle, notesPage(release));
        QVERIFY(theirs && theirs->ok());

        // A desk on today's pattern publishes the same release's notes.
        ConfluenceClient desk(m_bench->http(), m_bench->connection(Flavour::DataCenter));
        release.notes.backoutPlan = QStringLiteral("Redeploy chs-orders-api 1.3.9.");
        const auto ours =
            awaitPublish(desk, StorageFormat::pageTitle(release.name), notesPage(release));
        QVERIFY(ours);
        QVERIFY2(ours->ok(), qPrintable(ours->error()));
        QCOMPARE(ours->value().id, theirs->value().id);
        QCOMPARE(ours->value().title, teamTitle);
        QCOMPARE(ours->value().version, 2);
        QCOMPARE(m_bench->journalWrites("POST"), 1);
        QVERIFY(m_bench->storedPages(StorageFormat::pageTitle(release.name)).isEmpty());
        QCOMPARE(storageOf(m_bench->storedPages(teamTitle).first()), notesPage(release));
    }

    // Years of notes in the space: the search for the release's own page
    // names the release, so that Confluence sends its page, not every one.
    void theSearchForALooseTitleNamesTheRelease()
    {
        for (int month = 1; month <= 30; ++month)
            addPage(StorageFormat::pageTitle(QStringLiteral("2029.%1.1").arg(month)));
        const Release release = unpublishedRelease(QStringLiteral("2030.4.1"));
        const QStringList searches =
            publishOverLooseTitle(release, QStringLiteral("Release notes 2030.4.1"));
        QCOMPARE(searches.size(), 1);
        QVERIFY2(searches.first().endsWith(QLatin1String(" and title ~ \"2030.4.1\"")),
                 qPrintable(searches.first()));
        QCOMPARE(m_bench->journalWrites("POST"), 31);
        QCOMPARE(versionOf(m_bench->storedPages(QStringLiteral("Release notes 2030.4.1")).first()),
                 2);
        QVERIFY(m_bench->storedPages(StorageFormat::pageTitle(release.name)).isEmpty());
    }

    // Quotes, a backslash and an "and" in the name stay inside its CQL string.
    void aReleaseNameHoldingAQuoteIsSearchedForWhole()
    {
        const Release release = unpublishedRelease(QStringLiteral("2030.5 \"Salt and \\ pepper\""));
        const QStringList searches = publishOverLooseTitle(
            release, QStringLiteral("release notes: 2030.5 \"Salt and \\ pepper\""));
        QCOMPARE(searches.size(), 1);
        QVERIFY2(searches.first().endsWith(
                     QLatin1String(" and title ~ \"2030.5 \\\"Salt and \\\\ pepper\\\"\"")),
                 qPrintable(searches.first()));
        QCOMPARE(m_bench->journalWrites("POST"), 1);
        QCOMPARE(m_bench->journalWrites("PUT"), 1);
        QVERIFY(m_bench->storedPages(StorageFormat::pageTitle(release.name)).isEmpty());
    }

    void publishReadsRespelledStorageAsTheSame()
    {
        // Confluence may store <br/> as <br />, entities as characters and
        // attributes in its own order; that is no reason for a new version.
        const Release release = unpublishedRelease(QStringLiteral("2030.3.1"));
        const QString title = StorageFormat::pageTitle(release.name);
        const QString storage =
            notesPage(release) +
            QStringLiteral("<ac:structured-macro ac:name=\"info\" ac:schema-version=\"1\" />");
        QVERIFY(storage.contains(QLatin1String("<br/>")) &&
                storage.contains(QLatin1String("&#39;")));
        QString respelled = storage;
        respelled.replace(QLatin1String("<br/>"), QLatin1String("<br />"))
            .replace(QLatin1String("&#39;"), QLatin1String("'"))
            .replace(QLatin1String("&quot;"), QLatin1String("&#34;"))
            .replace(QLatin1String("ac:name=\"info\" ac:schema-version=\"1\" />"),
                     QLatin1String("ac:schema-version='1' ac:name='info'></ac:structured-macro>"));
        m_bench->writeDirectly(
            "POST", QStringLiteral("/rest/api/content"),
            QJsonObject{{QLatin1String("type"), QStringLiteral("page")},
                        {QLatin1String("title"), title},
                        {QLatin1String("space"),
                         QJsonObject{{QLatin1String("key"), QStringLiteral("REL")}}},
                        {QLatin1String("body"),
                         QJsonObject{{QLatin1String("storage"),
                                      QJsonObject{{QLatin1String("value"), respelled},
                                                  {QLatin1String("representation"),
                                                   QStringLiteral("storage")}}}}}});
        ConfluenceClient client(m_bench->http(), m_bench->connection(Flavour::DataCenter));
        const auto published = awaitPublish(client, title, storage);
        QVERIFY(published);
        QVERIFY2(published->ok(), qPrintable(published->error()));
        QCOMPARE(published->value().version, 1);
        QCOMPARE(published->value().storage, respelled);
        QCOMPARE(m_bench->journalWrites("PUT"), 0);
    }

    void publishSurvivesALostCreateAnswer_data()
    {
        QTest::addColumn<Flavour>("flavour");
        QTest::addColumn<QByteArray>("kind");
        for (const Flavour flavour : {Flavour::DataCenter, Flavour::Cloud}) {
            const char *name = flavour == Flavour::Cloud ? "cloud" : "data center";
            for (const char *kind : {"reset", "truncated", "malformed-json", "wrong-content-type",
                                     "oversized", "hang"}) {
                QTest::addRow("%s, %s", name, kind) << flavour << QByteArray(kind);
            }
        }
    }

    void publishSurvivesALostCreateAnswer()
    {
        QFETCH(Flavour, flavour);
        QFETCH(QByteArray, kind);
        // The server makes the page and the answer goes missing: publish
        // finds the page it made instead of making a second one.
        const QByteArray spec = "confluence:/rest/api/content=" + kind + ",method=POST,times=1";
        m_bench->inject(spec.constData());
        ConfluenceConnection impatient = m_bench->connection(flavour);
        impatient.timeout = 300ms;
        ConfluenceClient client(m_bench->http(), impatient);
        const qsizetype before = m_bench->storedPages().size();
        const Release release = unpublishedRelease(QStringLiteral("2030.4.1"));
        const QString title = StorageFormat::pageTitle(release.name);

        const auto published = awaitPublish(client, title, notesPage(release));
        QVERIFY(published);
        QVERIFY2(published->ok(), qPrintable(published->error()));
        QVERIFY(m_bench->fixture().sandbox().faults().rules().isEmpty());
        QCOMPARE(published->value().title, title);
        QCOMPARE(published->value().version, 1);
        QCOMPARE(m_bench->storedPages().size(), before + 1);
        const QJsonArray stored = m_bench->storedPages(title);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().toObject().value(QLatin1String("id")).toString(),
                 published->value().id);
        QCOMPARE(storageOf(stored.first()), notesPage(release));
        QCOMPARE(m_bench->journalWrites("POST"), 1);
        QCOMPARE(m_bench->journalWrites("PUT"), 0);
    }

    void createIsNotResentAfterALostAnswer_data()
    {
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<QString>("message");
        // A body that stops short reads as broken off or cut off, as the
        // connection's end reaches Qt.
        QTest::newRow("reset") << QByteArray("confluence=reset,method=POST,times=1")
                               << QStringLiteral("the answer (broke|was cut) off");
        QTest::newRow("truncated") << QByteArray("confluence=truncated,method=POST,times=1")
                                   << QStringLiteral("the answer (broke|was cut) off");
        QTest::newRow("server error")
            << QByteArray("confluence=status,status=500,method=POST,times=1")
            << QStringLiteral("the server answered 500");
    }

    void createIsNotResentAfterALostAnswer()
    {
        QFETCH(QByteArray, spec);
        QFETCH(QString, message);
        m_bench->inject(spec.constData());
        ConfluenceClient client(m_bench->http(), m_bench->connection(Flavour::DataCenter));
        const Release release = unpublishedRelease(QStringLiteral("2030.5.1"));
        const QString title = StorageFormat::pageTitle(release.name);
        const auto created = await<Result<ConfluencePage>>([&](QObject *context, auto done) {
            client.createPage(title, notesPage(release), context, done);
        });
        QVERIFY(created);
        QVERIFY(!created->ok());
        QVERIFY2(created->error().startsWith(QLatin1String("Confluence create page:")) &&
                     created->error().contains(QRegularExpression(message)),
                 qPrintable(created->error()));
        QVERIFY(m_bench->delays().isEmpty());
        const qsizetype made = m_bench->journalWrites("POST");
        QCOMPARE(m_bench->storedPages(title).size(), made);

        // The outbox publishes again: one page, with the notes, whatever the first attempt did.
        const auto published = awaitPublish(client, title, notesPage(release));
        QVERIFY(published);
        QVERIFY2(published->ok(), qPrintable(published->error()));
        const QJsonArray stored = m_bench->storedPages(title);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(storageOf(stored.first()), notesPage(release));
        QCOMPARE(m_bench->journalWrites("POST"), 1);
        QCOMPARE(m_bench->journalWrites("PUT"), 0);
    }

    void createIsResentAfterARateLimit()
    {
        m_bench->inject("confluence:/rest/api/content=ratelimit,retry-after=3,method=POST,times=1");
        ConfluenceClient client(m_bench->http(), m_bench->connection(Flavour::Cloud));
        const Release release = unpublishedRelease(QStringLiteral("2030.6.1"));
        const auto published =
            awaitPublish(client, StorageFormat::pageTitle(release.name), notesPage(release));
        QVERIFY(published);
        QVERIFY2(published->ok(), qPrintable(published->error()));
        QCOMPARE(m_bench->delays(), (QList<std::chrono::milliseconds>{3000ms}));
        QCOMPARE(m_bench->journalWrites("POST"), 1);
    }

    void lastingServerErrorOnCreateIsReported()
    {
        m_bench->inject("confluence:/rest/api/content=status,status=503,method=POST");
        ConfluenceClient client(m_bench->http(), m_bench->connection(Flavour::DataCenter));
        const Release release = unpublishedRelease(QStringLiteral("2030.7.1"));
        const QString title = StorageFormat::pageTitle(release.name);
        const auto published = awaitPublish(client, title, notesPage(release));
        QVERIFY(published);
        QVERIFY(!published->ok());
        QVERIFY2(published->error().startsWith(QLatin1String("Confluence create page:")) &&
                     published->error().contains(QLatin1String("503")) &&
                     published->error().contains(QLatin1String("Confluence said: Injected fault")),
                 qPrintable(published->error()));
        // A 503 without Retry-After may have been acted on: sent once, then looked for.
        QVERIFY(m_bench->delays().isEmpty());
        QCOMPARE(m_bench->storedPages(title).size(), 0);
    }

    void publishUpdatesAPageMadeMeanwhile()
    {
        // Someone else makes the page between publish's look-up and its
        // create: the create meets the title, and publish updates that page.
        const Release release = unpublishedRelease(QStringLiteral("2030.8.1"));
        const QString title = StorageFormat::pageTitle(release.name);
        m_bench->inject("confluence:/rest/api/content=delay,delay-ms=500,method=GET,times=1");
        ConfluenceClient client(m_bench->http(), m_bench->connection(Flavour::DataCenter));
        QObject timerContext;
        QTimer::singleShot(50, &timerContext, [&] {
            m_bench->writeDirectly("POST", QStringLiteral("/rest/api/content"),
                                   ConfluenceParse::newPage(title, QStringLiteral("<p>Draft</p>"),
                                                            QStringLiteral("REL"), QString()));
        });
        const auto published = awaitPublish(client, title, notesPage(release));
        QVERIFY(published);
        QVERIFY2(published->ok(), qPrintable(published->error()));
        QCOMPARE(published->value().version, 2);
        const QJsonArray stored = m_bench->storedPages(title);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(storageOf(stored.first()), notesPage(release));
        QCOMPARE(m_bench->journalWrites("POST"), 1); // the other person's
        QCOMPARE(m_bench->journalWrites("PUT"), 1);
    }

    void publishSettlesAfterAConcurrentEdit()
    {
        // Another version is saved between publish's look-up and its update:
        // the update meets the version lock, publish reads again and writes once more.
        const QString title = seededNotesTitle();
        ConfluenceClient client(m_bench->http(), m_bench->connection(Flavour::Cloud));
        const auto found = awaitFind(client, title);
        QVERIFY(found && found->ok() && found->value().has_value());
        const ConfluencePage seeded = *found->value();
        m_bench->inject("confluence:/rest/api/content=delay,delay-ms=500,method=GET,times=1");
        QObject timerContext;
        QTimer::singleShot(50, &timerContext, [&] {
            ConfluencePage current = seeded;
            m_bench->writeDirectly(
                "PUT", QStringLiteral("/rest/api/content/") + seeded.id,
                ConfluenceParse::pageUpdate(current, QStringLiteral("<p>Edited</p>")).value());
        });
        const QString storage = notesPage(unpublishedRelease(QStringLiteral("2030.9.1")));
        const auto published = awaitPublish(client, title, storage);
        QVERIFY(published);
        QVERIFY2(published->ok(), qPrintable(published->error()));
        QCOMPARE(published->value().version, 3);
        const QJsonArray stored = m_bench->storedPages(title);
        QCOMPARE(versionOf(stored.first()), 3);
        QCOMPARE(storageOf(stored.first()), storage);
        QCOMPARE(m_bench->journalWrites("PUT"), 2); // the other person's and publish's second
    }

    void publishSurvivesALostUpdateAnswer()
    {
        // The first PUT arrives and its answer breaks off; the resent PUT
        // meets the version lock, and publish finds its own notes there.
        const QString title = seededNotesTitle();
        m_bench->inject("confluence:/rest/api/content/=reset,method=PUT,times=1");
        ConfluenceClient client(m_bench->http(), m_bench->connection(Flavour::DataCenter));
        const QString storage = notesPage(unpublishedRelease(QStringLiteral("2030.10.1")));
        const auto published = awaitPublish(client, title, storage);
        QVERIFY(published);
        QVERIFY2(published->ok(), qPrintable(published->error()));
        QCOMPARE(published->value().version, 2);
        const QJsonArray stored = m_bench->storedPages(title);
        QCOMPARE(versionOf(stored.first()), 2);
        QCOMPARE(storageOf(stored.first()), storage);
        QCOMPARE(m_bench->journalWrites("PUT"), 1);
    }
};

QTEST_GUILESS_MAIN(TestConfluencePublish)
#include "tst_confluencepublish.moc"
