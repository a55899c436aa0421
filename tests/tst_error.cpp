#include "models/domain/result.h"

#include <QTest>

using namespace ReleaseDesk;
using namespace std::chrono_literals;

namespace {

Error rateLimited()
{
    Error error;
    error.kind = ErrorKind::RateLimited;
    error.message = QStringLiteral("Jira comment: the server is limiting requests (429).");
    error.retryAfter = 7s;
    error.system = QStringLiteral("Jira");
    error.endpoint = QStringLiteral("comment");
    return error;
}

// A step that fails as the HTTP layer would, and one that passes its failure on.
Result<int> count(bool fail)
{
    if (fail)
        return Result<int>::failure(rateLimited());
    return 3;
}

Result<QString> described(bool fail)
{
    const Result<int> counted = count(fail);
    if (!counted)
        return counted.failure();
    return QString::number(counted.value());
}

Status checked(bool fail)
{
    const Result<QString> text = described(fail);
    if (!text)
        return text.failure();
    return success();
}

} // namespace

// Result carries an Error: its kind, message, Retry-After and origin, which
// travel with it when a failure is passed on.
class TestError : public QObject
{
    Q_OBJECT

private slots:
    void successCarriesNoError()
    {
        const Result<int> result = 3;
        QVERIFY(result.ok());
        QCOMPARE(result.value(), 3);
        QCOMPARE(result.failure().kind, ErrorKind::None);
        QVERIFY(result.error().isEmpty());
    }

    // The message-only failure of before still works, as a failure of no particular kind.
    void aMessageIsAFailureOfKindOther()
    {
        const auto result = Result<int>::failure(QStringLiteral("The store is locked."));
        QVERIFY(!result.ok());
        QCOMPARE(result.error(), u"The store is locked.");
        QCOMPARE(result.failure().kind, ErrorKind::Other);
        QCOMPARE(result.failure().message, u"The store is locked.");
        QVERIFY(!result.failure().retryAfter);
        QVERIFY(result.failure().system.isEmpty());
    }

    void aTypedFailureKeepsEverything()
    {
        const auto result = Result<int>::failure(rateLimited());
        QVERIFY(!result);
        QCOMPARE(result.error(), rateLimited().message);
        QCOMPARE(result.failure().kind, ErrorKind::RateLimited);
        QCOMPARE(result.failure().retryAfter, std::optional<std::chrono::milliseconds>(7s));
        QCOMPARE(result.failure().system, u"Jira");
        QCOMPARE(result.failure().endpoint, u"comment");
    }

    // `if (!r) return r.failure();` hands the whole error on to a Result of
    // another type, through as many steps as it takes.
    void propagationKeepsTheWholeError()
    {
        const Status status = checked(true);
        QVERIFY(!status);
        QCOMPARE(status.failure().kind, ErrorKind::RateLimited);
        QCOMPARE(status.error(), rateLimited().message);
        QCOMPARE(status.failure().retryAfter, std::optional<std::chrono::milliseconds>(7s));
        QCOMPARE(status.failure().system, u"Jira");
        QCOMPARE(status.failure().endpoint, u"comment");
        QVERIFY(checked(false));
        QCOMPARE(described(false).value(), u"3");
    }

    // A caller that knows more says so in its own words; the kind and the
    // wait, which decide whether to try again, stay.
    void withMessageKeepsTheKind()
    {
        const Error error = rateLimited().withMessage(QStringLiteral("Could not comment: boom"));
        QCOMPARE(error.message, u"Could not comment: boom");
        QCOMPARE(error.kind, ErrorKind::RateLimited);
        QCOMPARE(error.retryAfter, std::optional<std::chrono::milliseconds>(7s));
        QCOMPARE(error.system, u"Jira");
        QCOMPARE(error.endpoint, u"comment");
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
