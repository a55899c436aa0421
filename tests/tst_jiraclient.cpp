#include "services/clients/jiraclient.h"
#include "services/http/httpclient.h"
#include "support/clienttestbench.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <optional>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;
using Flavour = JiraConnection::Flavour;

Q_DECLARE_METATYPE(ReleaseDesk::JiraConnection::Flavour)

namespace {

const QString project = QStringLiteral("CHS");

} // namespace

class TestJiraClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ClientTestBench> m_bench;

    JiraConnection connection(Flavour flavour, int pageSize = 50) const
    {
        JiraConnection connection;
        const QJsonObject sandbox = m_bench->fixture().connection(QStringLiteral("jira"));
        connection.baseUrl = QUrl(sandbox.value(QLatin1String("url")).toString());
        connection.flavour = flavour;
        connection.projectKey = project;
        connection.pageSize = pageSize;
        if (flavour == Flavour::Cloud) {
            connection.email = QStringLiteral("release.bot@example.com");
            connection.secret = QStringLiteral("sandbox-jira-token");
        } else {
            connection.secret = QStringLiteral("sandbox-jira-pat");
        }
        return connection;
    }

    std::optional<Result<QList<Change>>> search(JiraClient &client, const JqlQuery &query,
                                                QList<int> *progress = nullptr)
    {
        return await<Result<QList<Change>>>([&](QObject *context, auto done) {
            client.searchChanges(
                query,
                [progress](int fetched) {
                    if (progress)
                        progress->append(fetched);
                },
                context, done);
        });
    }

    static JqlQuery projectQuery()
    {
        JqlQuery query;
        query.whereEquals(Jql::Field::Project, project).orderBy(Jql::Field::Key);
        return query;
    }

    // A task of the seeded history in `status`.
    static QString taskIn(const QString &status)
    {
        for (const auto &task : SandboxFixture::smallCatalogue().tasks) {
            if (task.status == status)
                return task.key;
        }
        return {};
    }

    static void addFlavours()
    {
        QTest::addColumn<Flavour>("flavour");
        QTest::newRow("data center") << Flavour::DataCenter;
        QTest::newRow("cloud") << Flavour::Cloud;
    }

private slots:
    void init()
    {
        m_bench = std::make_unique<ClientTestBench>();
        QVERIFY(m_bench->isListening());
    }

    void cleanup() { m_bench.reset(); }

    void checkCredentials_data() { addFlavours(); }
    void checkCredentials()
    {
        QFETCH(Flavour, flavour);
        JiraClient client(m_bench->http(), connection(flavour));
        const auto name = await<Result<QString>>(
            [&](QObject *context, auto done) { client.checkCredentials(context, done); });
        QVERIFY(name);
        QVERIFY2(name->ok(), qPrintable(name->error()));
        QVERIFY(!name->value().isEmpty());
    }

    void wrongSecretIsReadable_data() { addFlavours(); }
    void wrongSecretIsReadable()
    {
        QFETCH(Flavour, flavour);
        JiraConnection wrong = connection(flavour);
        wrong.secret = QStringLiteral("not-the-token");
        JiraClient client(m_bench->http(), wrong);
        const auto name = await<Result<QString>>(
            [&](QObject *context, auto done) { client.checkCredentials(context, done); });
        QVERIFY(name);
        QVERIFY(!name->ok());
        QVERIFY2(name->error().startsWith(QLatin1String("Jira sign-in check:")) &&
                     name->error().contains(QLatin1String("401")) &&
                     name->error().contains(QLatin1String("credentials")),
                 qPrintable(name->error()));
        QVERIFY(!name->error().contains(QLatin1String("not-the-token")));
    }

    void searchesEveryPage_data() { addFlavours(); }
    void searchesEveryPage()
    {
        QFETCH(Flavour, flavour);
        JiraClient client(m_bench->http(), connection(flavour, 7));
        QList<int> progress;
        const auto changes = search(client, projectQuery(), &progress);
        QVERIFY(changes);
        QVERIFY2(changes->ok(), qPrintable(changes->error()));
        const auto &tasks = SandboxFixture::smallCatalogue().tasks;
        QCOMPARE(tasks.size(), 60);
        QCOMPARE(changes->value().size(), tasks.size());
        // 60 issues at 7 a page: 9 pages, the count growing by a page each time.
        QCOMPARE(progress.size(), 9);
        QCOMPARE(progress.first(), 7);
        QCOMPARE(progress.last(), 60);
        for (const auto &task : tasks) {
            const auto found = std::find_if(changes->value().cbegin(), changes->value().cend(),
                                            [&](const Change &c) { return c.key == task.key; });
            QVERIFY2(found != changes->value().cend(), qPrintable(task.key));
            QCOMPARE(found->summary, task.summary);
            QCOMPARE(found->status, task.status);
            QCOMPARE(found->service, task.service);
            QCOMPARE(found->fixVersion, task.fixVersion);
            QCOMPARE(found->assignee.isEmpty(), task.assignee.isEmpty());
            QCOMPARE(found->updated, task.updated.toUTC());
            QVERIFY(found->branch.isEmpty() && found->commit.isEmpty());
        }
    }

    void searchStopsAtThePageBound_data() { addFlavours(); }
    void searchStopsAtThePageBound()
    {
        QFETCH(Flavour, flavour);
        JiraConnection bounded = connection(flavour, 5);
        bounded.maxPages = 3;
        JiraClient client(m_bench->http(), bounded);
        QList<int> progress;
        const auto changes = search(client, projectQuery(), &progress);
        QVERIFY(changes);
        QVERIFY(!changes->ok());
        QVERIFY2(changes->error().contains(QLatin1String("after 3 pages")),
                 qPrintable(changes->error()));
        QCOMPARE(progress, (QList<int>{5, 10, 15}));
    }

    void searchesIncrementally_data() { addFlavours(); }
    void searchesIncrementally()
    {
        QFETCH(Flavour, flavour);
        const auto &tasks = SandboxFixture::smallCatalogue().tasks;
        QList<QDateTime> times;
        for (const auto &task : tasks)
            times << task.updated;
        std::sort(times.begin(), times.end());
        const QDateTime since = times.at(times.size() - 10);
        const QDateTime sinceMinute(
            since.toUTC().date(), QTime(since.toUTC().time().hour(), since.toUTC().time().minute()),
            Qt::UTC);
        qsizetype expected = 0;
        for (const auto &task : tasks)
            expected += task.updated >= sinceMinute ? 1 : 0;

        JiraClient client(m_bench->http(), connection(flavour, 4));
        JqlQuery query = projectQuery();
        query.whereUpdatedSince(since);
        const auto changes = search(client, query);
        QVERIFY(changes);
        QVERIFY2(changes->ok(), qPrintable(changes->error()));
        QCOMPARE(changes->value().size(), expected);
        QVERIFY(expected >= 10 && expected < tasks.size());
        for (const Change &change : changes->value())
            QVERIFY(change.updated >= sinceMinute);
    }

    void pagesArriveOneByOne_data() { addFlavours(); }
    void pagesArriveOneByOne()
    {
        QFETCH(Flavour, flavour);
        JiraClient client(m_bench->http(), connection(flavour, 7));
        QList<JiraClient::SearchPage> pages;
        const auto searched = await<Result<int>>([&](QObject *context, auto done) {
            client.searchChangePages(
                projectQuery(),
                [&](const JiraClient::SearchPage &page) {
                    pages << page;
                    return true;
                },
                context, done);
        });
        QVERIFY(searched);
        QVERIFY2(searched->ok(), qPrintable(searched->error()));
        QCOMPARE(searched->value(), 60);
        QCOMPARE(pages.size(), 9);
        QSet<QString> keys;
        for (qsizetype i = 0; i < pages.size(); ++i) {
            QCOMPARE(pages[i].changes.size(), i < 8 ? 7 : 4);
            QCOMPARE(pages[i].fetched, int(qMin<qsizetype>(60, (i + 1) * 7)));
            // Data Center counts the matches; Cloud does not say.
            QCOMPARE(pages[i].total, flavour == Flavour::DataCenter ? 60 : -1);
            for (const Change &change : pages[i].changes)
                keys.insert(change.key);
        }
        QCOMPARE(keys.size(), 60);
    }

    void sinkEndsTheSearch_data() { addFlavours(); }
    void sinkEndsTheSearch()
    {
        QFETCH(Flavour, flavour);
        // A rule that only counts: the search requests that reached the sandbox.
        m_bench->inject("jira:/search=delay,delay-ms=1,times=100");
        JiraClient client(m_bench->http(), connection(flavour, 7));
        int delivered = 0;
        const auto searched = await<Result<int>>([&](QObject *context, auto done) {
            client.searchChangePages(
                projectQuery(), [&](const JiraClient::SearchPage &) { return ++delivered < 2; },
                context, done);
        });
        QVERIFY(searched);
        QVERIFY2(searched->ok(), qPrintable(searched->error()));
        QCOMPARE(searched->value(), 14);
        QCOMPARE(delivered, 2);
        // The pages after the second were asked for before it was handed over,
        // so that fetching overlaps with whatever the sink does; their answers
        // are dropped. Cloud's next page needs the last one's token: one at a
        // time. Data Center asks two pages ahead of the one it reads.
        const auto asked = [this] {
            return 100 - m_bench->fixture().sandbox().faults().rules().value(0).times;
        };
        QTRY_VERIFY(asked() >= 3);
        QTest::qWait(50);
        if (flavour == Flavour::Cloud)
            QCOMPARE(asked(), 3);
        else
            QVERIFY2(asked() <= 5, qPrintable(QString::number(asked())));
    }

    void shortPagesStopTheLookAhead()
    {
        // A server that serves fewer issues a page than asked for (the
        // sandbox's cap is 100): pages asked for ahead would start in the
        // wrong place, so none may be missed or handed over twice.
        auto options = SandboxFixture::smallOptions();
        options.catalogue.jiraIssues = 250;
        SandboxFixture big(options);
        QVERIFY(big.isListening());
        JiraConnection capped = connection(Flavour::DataCenter, 150);
        capped.baseUrl =
            QUrl(big.connection(QStringLiteral("jira")).value(QLatin1String("url")).toString());
        JiraClient client(m_bench->http(), capped);
        QStringList keys;
        QList<int> sizes;
        const auto searched = await<Result<int>>([&](QObject *context, auto done) {
            client.searchChangePages(
                projectQuery(),
                [&](const JiraClient::SearchPage &page) {
                    sizes << int(page.changes.size());
                    for (const Change &change : page.changes)
                        keys << change.key;
                    return true;
                },
                context, done);
        });
        QVERIFY(searched);
        QVERIFY2(searched->ok(), qPrintable(searched->error()));
        QCOMPARE(searched->value(), 250);
        QCOMPARE(sizes, (QList<int>{100, 100, 50}));
        QCOMPARE(keys.size(), 250);
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), 250);
    }

    void pageFailureEndsTheSearchAfterTheDeliveredPages_data() { addFlavours(); }
    void pageFailureEndsTheSearchAfterTheDeliveredPages()
    {
        QFETCH(Flavour, flavour);
        JiraClient client(m_bench->http(), connection(flavour, 25));
        QList<int> fetched;
        const auto searched = await<Result<int>>([&](QObject *context, auto done) {
            client.searchChangePages(
                projectQuery(),
                [&](const JiraClient::SearchPage &page) {
                    fetched << page.fetched;
                    // The next page is already on its way, and meets the fault.
                    if (fetched.size() == 1)
                        m_bench->inject("jira:/search=status,status=400");
                    return true;
                },
                context, done);
        });
        QVERIFY(searched);
        QVERIFY(!searched->ok());
        QVERIFY2(searched->error().startsWith(QLatin1String("Jira search:")) &&
                     searched->error().contains(QLatin1String("400")),
                 qPrintable(searched->error()));
        QCOMPARE(fetched, QList<int>{25});
    }

    void emptyInListAsksNothing()
    {
        JiraClient client(m_bench->http(), connection(Flavour::DataCenter));
        JqlQuery query;
        query.whereIn(Jql::Field::Key, {});
        const auto changes = search(client, query);
        QVERIFY(changes && changes->ok());
        QVERIFY(changes->value().isEmpty());
    }

    void searchRetriesAServiceUnavailable_data() { addFlavours(); }
    void searchRetriesAServiceUnavailable()
    {
        QFETCH(Flavour, flavour);
        m_bench->inject("jira:/search=status,status=503,times=1");
        JiraClient client(m_bench->http(), connection(flavour, 25));
        const auto changes = search(client, projectQuery());
        QVERIFY(changes);
        QVERIFY2(changes->ok(), qPrintable(changes->error()));
        QCOMPARE(changes->value().size(), 60);
        // The fault was spent: the first page did meet the 503 and was asked again.
        QVERIFY(m_bench->fixture().sandbox().faults().rules().isEmpty());
    }

    void malformedAnswerIsAnError_data() { addFlavours(); }
    void malformedAnswerIsAnError()
    {
        QFETCH(Flavour, flavour);
        m_bench->inject("jira:/search=malformed-json");
        JiraClient client(m_bench->http(), connection(flavour, 25));
        QList<int> progress;
        const auto changes = search(client, projectQuery(), &progress);
        QVERIFY(changes);
        QVERIFY(!changes->ok());
        QVERIFY2(changes->error().startsWith(QLatin1String("Jira search:")),
                 qPrintable(changes->error()));
        QVERIFY(progress.isEmpty());
    }

    void refusalCarriesJirasText()
    {
        m_bench->inject("jira:/search=status,status=400");
        JiraClient client(m_bench->http(), connection(Flavour::DataCenter));
        const auto changes = search(client, projectQuery());
        QVERIFY(changes);
        QVERIFY(!changes->ok());
        QVERIFY2(changes->error().startsWith(QLatin1String("Jira search:")) &&
                     changes->error().contains(QLatin1String("Jira said:")),
                 qPrintable(changes->error()));
    }

    void transitionsListAndMove_data() { addFlavours(); }
    void transitionsListAndMove()
    {
        QFETCH(Flavour, flavour);
        const QString key = taskIn(QStringLiteral("To Do"));
        QVERIFY(!key.isEmpty());
        JiraClient client(m_bench->http(), connection(flavour));
        const auto list = await<Result<QList<JiraTransition>>>(
            [&](QObject *context, auto done) { client.transitions(key, context, done); });
        QVERIFY(list);
        QVERIFY2(list->ok(), qPrintable(list->error()));
        const auto start =
            std::find_if(list->value().cbegin(), list->value().cend(),
                         [](const JiraTransition &t) { return t.id == QLatin1String("11"); });
        QVERIFY(start != list->value().cend());
        QCOMPARE(start->toStatus, QStringLiteral("In Progress"));

        const auto moved = await<Result<Done>>([&](QObject *context, auto done) {
            client.transitionTo(key, start->id, context, done);
        });
        QVERIFY(moved);
        QVERIFY2(moved->ok(), qPrintable(moved->error()));

        JqlQuery query;
        query.whereEquals(Jql::Field::Key, key);
        const auto changes = search(client, query);
        QVERIFY(changes && changes->ok());
        QCOMPARE(changes->value().size(), 1);
        QCOMPARE(changes->value().first().status, QStringLiteral("In Progress"));

        // The same move again is not valid from the new status: Jira's text comes through.
        const auto again = await<Result<Done>>([&](QObject *context, auto done) {
            client.transitionTo(key, start->id, context, done);
        });
        QVERIFY(again);
        QVERIFY(!again->ok());
        QVERIFY2(again->error().contains(QLatin1String("not valid for this issue")),
                 qPrintable(again->error()));
    }

    void transitionIsNotResentAfterAServerError()
    {
        // A 503 without Retry-After may have been acted on: no second POST.
        const QString key = taskIn(QStringLiteral("To Do"));
        m_bench->inject("jira:/transitions=status,status=503,method=POST,times=1");
        JiraClient client(m_bench->http(), connection(Flavour::DataCenter));
        const auto moved = await<Result<Done>>([&](QObject *context, auto done) {
            client.transitionTo(key, QStringLiteral("11"), context, done);
        });
        QVERIFY(moved);
        QVERIFY(!moved->ok());
        QVERIFY2(moved->error().startsWith(QLatin1String("Jira transition:")),
                 qPrintable(moved->error()));
    }

    void comments_data() { addFlavours(); }
    void comments()
    {
        QFETCH(Flavour, flavour);
        const QString key = SandboxFixture::smallCatalogue().tasks.first().key;
        JiraClient client(m_bench->http(), connection(flavour));
        const QString text = QStringLiteral("Failed in CI-Dev: \"500\" on /orders <b>");
        const auto id = await<Result<QString>>(
            [&](QObject *context, auto done) { client.addComment(key, text, context, done); });
        QVERIFY(id);
        QVERIFY2(id->ok(), qPrintable(id->error()));
        QVERIFY(!id->value().isEmpty());

        const auto stored = m_bench->fixture().get(
            m_bench->fixture().url(QStringLiteral("jira"),
                                   QStringLiteral("/rest/api/2/issue/%1/comment").arg(key)),
            {SandboxFixture::bearer(QStringLiteral("sandbox-jira-pat"))});
        QCOMPARE(stored.status, 200);
        const QJsonArray comments = stored.object().value(QLatin1String("comments")).toArray();
        const auto found =
            std::find_if(comments.cbegin(), comments.cend(), [&](const QJsonValue &c) {
                return c.toObject().value(QLatin1String("id")).toString() == id->value();
            });
        QVERIFY(found != comments.cend());
        QCOMPARE((*found).toObject().value(QLatin1String("body")).toString().trimmed(), text);
    }

    // comments() reads every page, bodies as text in both flavours; issue()
    // reads the status a transition left.
    void readsCommentsAndTheIssue_data() { addFlavours(); }
    void readsCommentsAndTheIssue()
    {
        QFETCH(Flavour, flavour);
        const QString key = taskIn(QStringLiteral("Testing"));
        QVERIFY(!key.isEmpty());
        JiraClient client(m_bench->http(), connection(flavour, 2));
        QStringList written;
        for (int i = 1; i <= 5; ++i) {
            written << QStringLiteral("Failed in Staging, round %1:\nsee log\n\nretest").arg(i);
            const auto id = await<Result<QString>>([&](QObject *context, auto done) {
                client.addComment(key, written.last(), context, done);
            });
            QVERIFY(id && id->ok());
        }
        const auto read = await<Result<QList<JiraComment>>>(
            [&](QObject *context, auto done) { client.comments(key, context, done); });
        QVERIFY(read);
        QVERIFY2(read->ok(), qPrintable(read->error()));
        QStringList texts;
        for (const JiraComment &comment : read->value()) {
            QVERIFY(!comment.id.isEmpty());
            QVERIFY(comment.created.isValid());
            texts << comment.text;
        }
        // Seeded comments first, then these, in order, over pages of two.
        QVERIFY2(texts.size() >= written.size(), qPrintable(texts.join(u'|')));
        QCOMPARE(texts.mid(texts.size() - written.size()), written);

        const auto issue = await<Result<Change>>(
            [&](QObject *context, auto done) { client.issue(key, context, done); });
        QVERIFY(issue);
        QVERIFY2(issue->ok(), qPrintable(issue->error()));
        QCOMPARE(issue->value().key, key);
        QCOMPARE(issue->value().status, QStringLiteral("Testing"));

        const auto missing = await<Result<Change>>([&](QObject *context, auto done) {
            client.issue(QStringLiteral("CHS-999999"), context, done);
        });
        QVERIFY(missing && !missing->ok());
        QVERIFY2(missing->error().startsWith(QLatin1String("Jira issue:")),
                 qPrintable(missing->error()));
    }

    void commentErrorsCarryJirasText()
    {
        JiraClient client(m_bench->http(), connection(Flavour::Cloud));
        const auto id = await<Result<QString>>([&](QObject *context, auto done) {
            client.addComment(QStringLiteral("CHS-999999"), QStringLiteral("x"), context, done);
        });
        QVERIFY(id);
        QVERIFY(!id->ok());
        QVERIFY2(id->error().startsWith(QLatin1String("Jira comment:")) &&
                     id->error().contains(QLatin1String("Jira said:")),
                 qPrintable(id->error()));
    }

    void projectVersions_data() { addFlavours(); }
    void projectVersions()
    {
        QFETCH(Flavour, flavour);
        JiraClient client(m_bench->http(), connection(flavour));
        const auto versions = await<Result<QList<JiraVersion>>>(
            [&](QObject *context, auto done) { client.projectVersions(project, context, done); });
        QVERIFY(versions);
        QVERIFY2(versions->ok(), qPrintable(versions->error()));
        QVERIFY(!versions->value().isEmpty());
        for (const auto &release : SandboxFixture::smallCatalogue().releases) {
            const bool listed =
                std::any_of(versions->value().cbegin(), versions->value().cend(),
                            [&](const JiraVersion &v) { return v.name == release.name; });
            QVERIFY2(listed, qPrintable(release.name));
        }
    }

    // A version made, released on a day and archived, each answer read back;
    // a second one of the same name is refused with Jira's text.
    void createsReleasesAndArchivesAVersion_data() { addFlavours(); }
    void createsReleasesAndArchivesAVersion()
    {
        QFETCH(Flavour, flavour);
        JiraClient client(m_bench->http(), connection(flavour));
        const QString name = QStringLiteral("2026.12.1");
        const auto created = await<Result<JiraVersion>>([&](QObject *context, auto done) {
            client.createVersion(client.connection().projectKey, name, context, done);
        });
        QVERIFY(created);
        QVERIFY2(created->ok(), qPrintable(created->error()));
        QCOMPARE(created->value().name, name);
        QVERIFY(!created->value().id.isEmpty());
        QVERIFY(!created->value().released);

        const QDate day(2026, 12, 3);
        const auto released = await<Result<JiraVersion>>([&](QObject *context, auto done) {
            client.releaseVersion(created->value().id, day, context, done);
        });
        QVERIFY(released);
        QVERIFY2(released->ok(), qPrintable(released->error()));
        QVERIFY(released->value().released);
        QCOMPARE(released->value().releaseDate, day);

        const auto archived = await<Result<JiraVersion>>([&](QObject *context, auto done) {
            client.archiveVersion(created->value().id, context, done);
        });
        QVERIFY(archived);
        QVERIFY2(archived->ok(), qPrintable(archived->error()));
        QVERIFY(archived->value().archived);

        const auto versions = await<Result<QList<JiraVersion>>>(
            [&](QObject *context, auto done) { client.projectVersions(project, context, done); });
        QVERIFY(versions && versions->ok());
        QVERIFY(versions->value().contains(archived->value()));

        const auto twice = await<Result<JiraVersion>>([&](QObject *context, auto done) {
            client.createVersion(client.connection().projectKey, name, context, done);
        });
        QVERIFY(twice);
        QVERIFY(!twice->ok());
        QVERIFY2(twice->error().startsWith(QLatin1String("Jira new version:")) &&
                     twice->error().contains(QLatin1String("already exists")),
                 qPrintable(twice->error()));
    }

    void unknownVersionIsRefused()
    {
        JiraClient client(m_bench->http(), connection(Flavour::DataCenter));
        const auto released = await<Result<JiraVersion>>([&](QObject *context, auto done) {
            client.releaseVersion(QStringLiteral("999999"), QDate(2026, 12, 3), context, done);
        });
        QVERIFY(released);
        QVERIFY(!released->ok());
        QVERIFY2(released->error().startsWith(QLatin1String("Jira release version:")) &&
                     released->error().contains(QLatin1String("999999")),
                 qPrintable(released->error()));
    }

    // The fix version goes on the issue beside the ones it has, and comes off
    // alone; an unknown issue is refused with Jira's text.
    void addsAndRemovesAFixVersion_data() { addFlavours(); }
    void addsAndRemovesAFixVersion()
    {
        QFETCH(Flavour, flavour);
        JiraClient client(m_bench->http(), connection(flavour));
        const QString name = QStringLiteral("2026.12.2");
        const auto created = await<Result<JiraVersion>>([&](QObject *context, auto done) {
            client.createVersion(client.connection().projectKey, name, context, done);
        });
        QVERIFY(created && created->ok());
        // A task already in a release keeps it beside the new one.
        QString key;
        for (const auto &task : SandboxFixture::smallCatalogue().tasks) {
            if (!task.fixVersion.isEmpty())
                key = task.key;
        }
        QVERIFY(!key.isEmpty());
        const auto fixVersionsOf = [&] {
            const auto stored = m_bench->fixture().get(
                m_bench->fixture().url(QStringLiteral("jira"),
                                       QStringLiteral("/rest/api/2/issue/%1").arg(key)),
                {SandboxFixture::bearer(QStringLiteral("sandbox-jira-pat"))});
            QStringList names;
            const QJsonArray versions = stored.object()
                                            .value(QLatin1String("fields"))
                                            .toObject()
                                            .value(QLatin1String("fixVersions"))
                                            .toArray();
            for (const QJsonValue &version : versions)
                names << version.toObject().value(QLatin1String("name")).toString();
            return names;
        };
        const QStringList before = fixVersionsOf();
        QCOMPARE(before.size(), 1);
        const auto read = await<Result<QStringList>>(
            [&](QObject *context, auto done) { client.fixVersionsOf(key, context, done); });
        QVERIFY(read && read->ok());
        QCOMPARE(read->value(), before);

        const auto added = await<Result<Done>>(
            [&](QObject *context, auto done) { client.addFixVersion(key, name, context, done); });
        QVERIFY(added);
        QVERIFY2(added->ok(), qPrintable(added->error()));
        QCOMPARE(fixVersionsOf(), before + QStringList{name});
        const auto readAgain = await<Result<QStringList>>(
            [&](QObject *context, auto done) { client.fixVersionsOf(key, context, done); });
        QVERIFY(readAgain && readAgain->ok());
        QCOMPARE(readAgain->value(), before + QStringList{name});

        const auto removed = await<Result<Done>>([&](QObject *context, auto done) {
            client.removeFixVersion(key, name, context, done);
        });
        QVERIFY(removed);
        QVERIFY2(removed->ok(), qPrintable(removed->error()));
        QCOMPARE(fixVersionsOf(), before);

        const auto unknown = await<Result<Done>>([&](QObject *context, auto done) {
            client.addFixVersion(QStringLiteral("CHS-999999"), name, context, done);
        });
        QVERIFY(unknown);
        QVERIFY(!unknown->ok());
        QVERIFY2(unknown->error().startsWith(QLatin1String("Jira fix version:")) &&
                     unknown->error().contains(QLatin1String("Jira said:")),
                 qPrintable(unknown->error()));
    }
};

QTEST_GUILESS_MAIN(TestJiraClient)
#include "tst_jiraclient.moc"
