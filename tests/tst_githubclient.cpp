// Peer review read from GitHub: the task keys a pull request names, the
// review state its reviews give, and the client's reads against the
// sandbox's GitHub (paging, whole-word keys, states, a bad token, the rate
// limit).
#include "models/domain/peerreview.h"
#include "models/formats/taskkeys.h"
#include "services/clients/githubclient.h"
#include "services/sandbox/github/githubsystem.h"
#include "support/clienttestbench.h"

#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

ReviewVote vote(const char *reviewer, const char *state)
{
    return {s(reviewer), s(state)};
}

Sandbox::SandboxOptions withPeerReview()
{
    Sandbox::SandboxOptions options = SandboxFixture::smallOptions();
    options.peerReview = true;
    return options;
}

} // namespace

Q_DECLARE_METATYPE(ReleaseDesk::ReviewVote)
Q_DECLARE_METATYPE(ReleaseDesk::ReviewState)

class TestGitHubClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<ClientTestBench> m_bench;

    Sandbox::GitHubSystem &gitHub()
    {
        return *static_cast<Sandbox::GitHubSystem *>(
            m_bench->fixture().sandbox().system(s("github")));
    }

    GitHubConnection connection(int pageSize = 100)
    {
        const QJsonObject info = m_bench->fixture().connection(s("github"));
        GitHubConnection connection;
        connection.baseUrl = QUrl(info.value(u"url").toString());
        connection.token = info.value(u"token").toString();
        connection.owner = info.value(u"owner").toString();
        connection.pageSize = pageSize;
        return connection;
    }

    Result<QList<PeerReview>> reviews(const GitHubConnection &connection,
                                      const QStringList &keys = {},
                                      const QList<PeerReview> &known = {})
    {
        GitHubClient client(m_bench->http(), m_bench->clock(), connection);
        const auto result = await<Result<QList<PeerReview>>>([&](QObject *context, auto done) {
            client.peerReviews({s("CHS")}, keys, known, context, done);
        });
        return result ? *result : Result<QList<PeerReview>>::failure(s("no answer"));
    }

    // A task the sandbox has no pull request for yet.
    QString taskWithoutPull()
    {
        for (const auto &task : SandboxFixture::smallCatalogue().tasks) {
            if (task.status == u"To Do")
                return task.key;
        }
        return {};
    }

    QString repository() { return gitHub().repositories().constFirst(); }

    static const PeerReview *reviewOf(const QList<PeerReview> &reviews, const QString &key,
                                      int number = 0)
    {
        for (const PeerReview &review : reviews) {
            if (review.taskKey == key && (number == 0 || review.number == number))
                return &review;
        }
        return nullptr;
    }

private slots:
    void init()
    {
        m_bench = std::make_unique<ClientTestBench>(withPeerReview());
        QVERIFY(m_bench->isListening());
    }
    void cleanup() { m_bench.reset(); }

    void keysAreMatchedAsWholeWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("title") << s("CHS-12: refunds") << QStringList{s("CHS-12")};
        QTest::newRow("longer number") << s("CHS-123: refunds") << QStringList{s("CHS-123")};
        QTest::newRow("lower-case branch")
            << s("feature/chs-12-refunds") << QStringList{s("CHS-12")};
        QTest::newRow("underscore") << s("bugfix/CHS-12_refunds") << QStringList{s("CHS-12")};
        QTest::newRow("longer project") << s("XCHS-12 and CHS-12a") << QStringList{};
        QTest::newRow("two, once each")
            << s("CHS-7, CHS-8 (follows CHS-7)") << QStringList{s("CHS-7"), s("CHS-8")};
        QTest::newRow("markup") << s("<b>CHS-9</b>") << QStringList{s("CHS-9")};
        QTest::newRow("another project") << s("OPS-12: disks") << QStringList{};
    }
    void keysOfEveryProjectOfTheTeam()
    {
        // A team whose Jira setting names two projects ("CHS, PAY").
        const QStringList projects{s("CHS"), s(" pay ")};
        QCOMPARE(TaskKeys::named(s("PAY-3 and CHS-4, not OPS-5 or XPAY-6"), projects),
                 (QStringList{s("PAY-3"), s("CHS-4")}));
        QCOMPARE(TaskKeys::named(s("feature/pay-3-refunds"), projects), QStringList{s("PAY-3")});
        QCOMPARE(TaskKeys::named(s("CHS-4"), {}), QStringList{});
    }
    void keysAreMatchedAsWholeWords()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, keys);
        QCOMPARE(TaskKeys::named(text, {s("CHS")}), keys);
    }

    void statesFollowEachReviewersLatestReview_data()
    {
        QTest::addColumn<bool>("merged");
        QTest::addColumn<bool>("closed");
        QTest::addColumn<QList<ReviewVote>>("votes");
        QTest::addColumn<ReviewState>("state");
        using Votes = QList<ReviewVote>;
        QTest::newRow("no review") << false << false << Votes{} << ReviewState::Open;
        QTest::newRow("a comment only")
            << false << false << Votes{vote("ann", "COMMENTED")} << ReviewState::Open;
        QTest::newRow("approved") << false << false << Votes{vote("ann", "APPROVED")}
                                  << ReviewState::Approved;
        QTest::newRow("one approves, one asks for changes")
            << false << false << Votes{vote("ann", "APPROVED"), vote("bob", "CHANGES_REQUESTED")}
            << ReviewState::ChangesRequested;
        QTest::newRow("changes made, approved after")
            << false << false << Votes{vote("bob", "CHANGES_REQUESTED"), vote("bob", "APPROVED")}
            << ReviewState::Approved;
        QTest::newRow("a comment after an approval leaves it")
            << false << false << Votes{vote("ann", "APPROVED"), vote("ann", "COMMENTED")}
            << ReviewState::Approved;
        QTest::newRow("an approval dismissed")
            << false << false << Votes{vote("ann", "APPROVED"), vote("ann", "DISMISSED")}
            << ReviewState::Open;
        QTest::newRow("merged, whatever the reviews")
            << true << true << Votes{vote("bob", "CHANGES_REQUESTED")} << ReviewState::Merged;
        QTest::newRow("closed without merge")
            << false << true << Votes{vote("ann", "APPROVED")} << ReviewState::Closed;
    }
    void statesFollowEachReviewersLatestReview()
    {
        QFETCH(bool, merged);
        QFETCH(bool, closed);
        QFETCH(QList<ReviewVote>, votes);
        QFETCH(ReviewState, state);
        QCOMPARE(PeerReviews::stateOf(merged, closed, votes), state);
    }

    void pagesAreFollowedToTheEnd()
    {
        // Two a page: every repository's list and reviews take several pages.
        const auto paged = reviews(connection(2));
        QVERIFY2(paged, qPrintable(paged.error()));
        const auto whole = reviews(connection(100));
        QVERIFY2(whole, qPrintable(whole.error()));
        QVERIFY(paged->size() > 2 * gitHub().repositories().size());
        QCOMPARE(paged.value(), whole.value());
        // Every task that was started has its pull request, by its branch or title.
        for (const auto &task : SandboxFixture::smallCatalogue().tasks) {
            const PeerReview *review = reviewOf(whole.value(), task.key);
            QCOMPARE(review != nullptr, task.status != u"To Do");
            if (review && !task.fixVersion.isEmpty())
                QCOMPARE(review->state, ReviewState::Merged);
        }
    }

    void aLongerKeyIsNotTheTask()
    {
        const QString key = taskWithoutPull();
        QVERIFY(!key.isEmpty());
        gitHub().openPull(repository(), key + s("0: a different task"), s("feature/other"),
                          s("alice-khan"));
        const auto before = reviews(connection(), {key});
        QVERIFY2(before, qPrintable(before.error()));
        QVERIFY(before->isEmpty());

        const int number =
            gitHub().openPull(repository(), s("Refunds"),
                              s("feature/") + key.toLower() + s("-refunds"), s("alice-khan"));
        const auto after = reviews(connection(), {key});
        QVERIFY2(after, qPrintable(after.error()));
        QCOMPARE(after->size(), 1);
        QCOMPARE(after->constFirst().number, number);
        QCOMPARE(after->constFirst().repository, repository());
        QCOMPARE(after->constFirst().branch, s("feature/") + key.toLower() + s("-refunds"));
        QVERIFY(after->constFirst().url.endsWith(s("/pull/%1").arg(number)));
    }

    void statesComeFromTheReviews()
    {
        const QString key = taskWithoutPull();
        const int number = gitHub().openPull(repository(), key + s(": refunds"),
                                             s("feature/refunds"), s("alice-khan"));
        const auto stateNow = [&] {
            const auto read = reviews(connection(), {key});
            const PeerReview *review = read ? reviewOf(read.value(), key, number) : nullptr;
            return review ? *review : PeerReview();
        };
        QCOMPARE(stateNow().state, ReviewState::Open);
        QVERIFY(gitHub().review(repository(), number, s("ben-jones"), s("APPROVED")));
        QVERIFY(gitHub().review(repository(), number, s("carla-smith"), s("CHANGES_REQUESTED")));
        PeerReview review = stateNow();
        QCOMPARE(review.state, ReviewState::ChangesRequested);
        QCOMPARE(review.reviewers, (QStringList{s("ben-jones"), s("carla-smith")}));
        QCOMPARE(review.changesRequestedBy, QStringList{s("carla-smith")});
        QCOMPARE(PeerReviews::whyNotMerged(review), s("changes requested by carla-smith"));

        QVERIFY(gitHub().review(repository(), number, s("carla-smith"), s("APPROVED")));
        QVERIFY(gitHub().review(repository(), number, s("ben-jones"), s("COMMENTED")));
        QCOMPARE(stateNow().state, ReviewState::Approved);
        QVERIFY(gitHub().merge(repository(), number));
        QCOMPARE(stateNow().state, ReviewState::Merged);

        const int abandoned = gitHub().openPull(repository(), key + s(": first try"),
                                                s("feature/try"), s("alice-khan"));
        QVERIFY(gitHub().close(repository(), abandoned));
        const auto both = reviews(connection(), {key});
        QVERIFY(both);
        QCOMPARE(reviewOf(both.value(), key, abandoned)->state, ReviewState::Closed);
    }

    void anUnchangedPullRequestKeepsItsStoredReviews()
    {
        const auto first = reviews(connection());
        QVERIFY(first && !first->isEmpty());
        // The stored state is kept for what did not change: no reviews read.
        QList<PeerReview> known = first.value();
        for (PeerReview &review : known)
            review.reviewers = {s("as-stored")};
        const auto again = reviews(connection(), {}, known);
        QVERIFY(again);
        QCOMPARE(again.value(), known);
    }

    void aBadTokenIsUnauthorized()
    {
        GitHubConnection wrong = connection();
        wrong.token = s("ghp_not-a-token");
        const auto read = reviews(wrong);
        QVERIFY(!read);
        QCOMPARE(read.failure().kind, ErrorKind::Unauthorized);
        QVERIFY2(read.error().contains(s("Bad credentials")), qPrintable(read.error()));
        QVERIFY(!read.error().contains(s("ghp_not-a-token")));
    }

    void aSpentRateLimitIsRateLimited()
    {
        gitHub().spendRateLimit(QDateTime::currentDateTimeUtc().addSecs(600));
        const auto read = reviews(connection());
        QVERIFY(!read);
        QCOMPARE(read.failure().kind, ErrorKind::RateLimited);
        QVERIFY(read.failure().retryAfter.has_value());
        // x-ratelimit-reset against the clock of the client.
        QVERIFY(read.failure().retryAfter->count() > 0);
        QVERIFY2(read.error().contains(s("rate limit")), qPrintable(read.error()));
    }

    void signsInAndFindsTheOrganisation()
    {
        GitHubConnection asAlice = connection();
        asAlice.token = s("ghp_sandbox_alice.khan");
        GitHubClient client(m_bench->http(), m_bench->clock(), asAlice);
        const auto login = await<Result<QString>>(
            [&](QObject *context, auto done) { client.checkCredentials(context, done); });
        QVERIFY(login && *login);
        QCOMPARE(login->value(), s("alice-khan"));

        GitHubConnection nobody = connection();
        nobody.owner = s("no-such-org");
        GitHubClient lost(m_bench->http(), m_bench->clock(), nobody);
        const auto missing = await<Result<QString>>(
            [&](QObject *context, auto done) { lost.checkCredentials(context, done); });
        QVERIFY(missing && !*missing);
        QCOMPARE(missing->failure().kind, ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestGitHubClient)
#include "tst_githubclient.moc"
