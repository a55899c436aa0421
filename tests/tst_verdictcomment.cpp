#include "models/formats/verdictcomment.h"
#include "models/lifecycle/lifecycle.h"

#include <QTest>

using namespace ReleaseDesk;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

TestResult verdict(Environment environment, TestOutcome outcome, const QString &note)
{
    TestResult result;
    result.taskKey = s("CHS-1201");
    result.environment = environment;
    result.outcome = outcome;
    result.tester = s("Ben Jones");
    result.note = note;
    result.at = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
    result.ref = s("3f9c2a7b1e04");
    return result;
}

} // namespace

// A verdict as the Jira comment that keeps it: written for people, read back
// by every desk, and never read out of a comment that only looks like one.
class TestVerdictComment : public QObject
{
    Q_OBJECT

private slots:
    void writesWhatPeopleRead()
    {
        QCOMPARE(VerdictComment::text(verdict(Environment::CiDev, TestOutcome::Passed, {})),
                 s("Passed in CI-Dev \u2014 tested by Ben Jones.\n"
                   "(ReleaseDesk verdict: ci-dev/passed, ref 3f9c2a7b1e04)"));
        QCOMPARE(VerdictComment::text(verdict(Environment::Staging, TestOutcome::Failed,
                                              s("500 on the filing page"))),
                 s("Failed in Staging \u2014 tested by Ben Jones.\n"
                   "Note: 500 on the filing page\n"
                   "(ReleaseDesk verdict: staging/failed, ref 3f9c2a7b1e04)"));
    }

    void aWithdrawnVerdictSaysSo()
    {
        QCOMPARE(VerdictComment::text(verdict(Environment::CiDev, TestOutcome::Untested, {})),
                 s("Back to untested in CI-Dev \u2014 the earlier verdict withdrawn by Ben "
                   "Jones.\n(ReleaseDesk verdict: ci-dev/untested, ref 3f9c2a7b1e04)"));
    }

    void readsBackWhatItWrote_data()
    {
        QTest::addColumn<int>("environment");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("note");
        QTest::newRow("pass in CI-Dev")
            << int(Environment::CiDev) << int(TestOutcome::Passed) << QString();
        QTest::newRow("fail in Staging, a note over lines")
            << int(Environment::Staging) << int(TestOutcome::Failed)
            << s("500 on the filing page\nNote: also on search\n(ReleaseDesk verdict: "
                 "ci-dev/passed, ref forged)");
        QTest::newRow("back to untested")
            << int(Environment::Staging) << int(TestOutcome::Untested) << QString();
        QTest::newRow("markup in the note")
            << int(Environment::CiDev) << int(TestOutcome::Failed)
            << s("<img src=file:///etc/passwd> *bold* {code} [link|http://x]");
    }
    void readsBackWhatItWrote()
    {
        QFETCH(int, environment);
        QFETCH(int, outcome);
        QFETCH(QString, note);
        const TestResult given = verdict(Environment(environment), TestOutcome(outcome), note);
        const auto read = VerdictComment::verdict(given.taskKey, VerdictComment::text(given),
                                                  s("Ben Jones"), given.at);
        QVERIFY(read);
        QCOMPARE(*read, given);
    }

    void theAuthorIsTheTesterWhateverTheTextSays()
    {
        const QString text =
            VerdictComment::text(verdict(Environment::CiDev, TestOutcome::Passed, {}));
        const QDateTime at = QDateTime::currentDateTimeUtc();
        const auto read = VerdictComment::verdict(s("CHS-9"), text, s("Carla Smith"), at);
        QVERIFY(read);
        QCOMPARE(read->tester, s("Carla Smith"));
        QCOMPARE(read->taskKey, s("CHS-9"));
        QCOMPARE(read->at, at);
    }

    void blanksThatEditorsAddAreIgnored()
    {
        const auto read = VerdictComment::read(
            s("Passed in CI-Dev.\n\n  (ReleaseDesk verdict: staging/passed, ref abc-1)  \n\n"));
        QVERIFY(read);
        QCOMPARE(read->environment, Environment::Staging);
        QCOMPARE(read->ref, s("abc-1"));
    }

    void otherCommentsAreNotVerdicts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("talk") << s("Looks good to me, passed in CI-Dev.");
        QTest::newRow("marker not last")
            << s("(ReleaseDesk verdict: ci-dev/passed, ref a1)\nand then something else");
        QTest::newRow("Live is not tested") << s("(ReleaseDesk verdict: live/passed, ref a1)");
        QTest::newRow("unknown result") << s("(ReleaseDesk verdict: ci-dev/maybe, ref a1)");
        QTest::newRow("no ref") << s("(ReleaseDesk verdict: ci-dev/passed)");
        QTest::newRow("quoted inside a line")
            << s("He wrote (ReleaseDesk verdict: ci-dev/passed, ref a1) by mistake");
    }
    void otherCommentsAreNotVerdicts()
    {
        QFETCH(QString, text);
        QVERIFY(!VerdictComment::read(text));
    }

    void refsAreNewEachTime()
    {
        const QString a = VerdictComment::newRef();
        QVERIFY(!a.isEmpty());
        QVERIFY(!a.contains(u' ') && !a.contains(u')'));
        QVERIFY(a != VerdictComment::newRef());
        // Made in a row, they sort in the order made, even in the same instant.
        QStringList made;
        for (int i = 0; i < 50; ++i)
            made << VerdictComment::newRef();
        QStringList sorted = made;
        sorted.sort();
        QCOMPARE(sorted, made);
    }

    // Two testers who disagree at the same moment: every desk, whatever order
    // it stored them in, counts the same one.
    void equalTimesPickTheSameVerdictOnEveryDesk()
    {
        Release release;
        release.taskKeys = {s("CHS-1201")};
        TestResult passed = verdict(Environment::CiDev, TestOutcome::Passed, {});
        passed.ref = s("aaaa");
        TestResult failed = verdict(Environment::CiDev, TestOutcome::Failed, s("broken"));
        failed.ref = s("bbbb");
        passed.id = 1;
        failed.id = 2;
        const ReleaseFacts one{release, {passed, failed}, {}};
        passed.id = 2;
        failed.id = 1;
        const ReleaseFacts other{release, {failed, passed}, {}};
        const auto first = Lifecycle::latestVerdicts(one, Environment::CiDev);
        const auto second = Lifecycle::latestVerdicts(other, Environment::CiDev);
        QCOMPARE(first.value(s("CHS-1201")).ref, s("bbbb"));
        QCOMPARE(second.value(s("CHS-1201")).ref, s("bbbb"));
    }
};

QTEST_GUILESS_MAIN(TestVerdictComment)
#include "tst_verdictcomment.moc"
