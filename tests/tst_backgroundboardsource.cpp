// The dashboard's board read on a worker thread over its own connection:
// answered later on the asking thread, with what was written before the ask,
// never to a context that is gone.

#include "services/store/backgroundboardsource.h"
#include "services/store/sqlitestore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ReleaseDesk;

namespace {

Release release(const QString &name)
{
    Release release;
    release.name = name;
    release.services = {
        {QStringLiteral("chs-orders-api"), QStringLiteral("1.2.0"), QStringLiteral("ECS")}};
    release.created = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    release.stageChanged = release.created;
    release.updated = release.created;
    return release;
}

AuditEvent created()
{
    AuditEvent event;
    event.actor = QStringLiteral("dev.one");
    event.at = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    event.action = AuditAction::Created;
    return event;
}

QStringList names(const BoardSnapshot &snapshot)
{
    QStringList names;
    for (const ReleaseSummary &summary : snapshot.summaries)
        names << summary.release.name;
    names.sort();
    return names;
}

} // namespace

class TestBackgroundBoardSource : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;

private slots:
    void init()
    {
        auto store = SqliteStore::open(m_dir.filePath(QStringLiteral("board.sqlite3")));
        QVERIFY2(store.ok(), qPrintable(store.error()));
        m_store = std::move(store).value();
        QVERIFY(m_store->createRelease(release(QStringLiteral("2026.11.1")), created()));
    }

    void cleanup()
    {
        m_store.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("board.sqlite3")));
    }

    void readsOnAnotherThreadAndAnswersOnThisOne()
    {
        BackgroundBoardSource source(m_store->path());
        QObject context;
        std::optional<Result<BoardSnapshot>> answer;
        QThread *answeredOn = nullptr;
        source.read(&context, [&](Result<BoardSnapshot> snapshot) {
            answer = std::move(snapshot);
            answeredOn = QThread::currentThread();
        });
        // Never before read() returns: the window paints first.
        QVERIFY(!answer);
        QTRY_VERIFY(answer.has_value());
        QVERIFY2(answer->ok(), qPrintable(answer->error()));
        QCOMPARE(names(answer->value()), QStringList{QStringLiteral("2026.11.1")});
        QCOMPARE(answeredOn, QThread::currentThread());
    }

    void asksDuringAReadSeeWhatWasWrittenBeforeThem()
    {
        BackgroundBoardSource source(m_store->path());
        QObject context;
        QList<QStringList> answers;
        const auto keep = [&](Result<BoardSnapshot> snapshot) {
            answers << (snapshot ? names(snapshot.value()) : QStringList{snapshot.error()});
        };
        source.read(&context, keep);
        // Written after the first ask: the asks that follow must see it.
        QVERIFY(m_store->createRelease(release(QStringLiteral("2026.11.2")), created()));
        source.read(&context, keep);
        source.read(&context, keep);
        QTRY_COMPARE(answers.size(), 3);
        const QStringList both{QStringLiteral("2026.11.1"), QStringLiteral("2026.11.2")};
        QCOMPARE(answers.at(1), both);
        QCOMPARE(answers.at(2), both);
    }

    void noAnswerToAContextThatIsGone()
    {
        BackgroundBoardSource source(m_store->path());
        auto context = std::make_unique<QObject>();
        bool called = false;
        source.read(context.get(), [&](Result<BoardSnapshot>) { called = true; });
        context.reset();
        QObject other;
        bool otherCalled = false;
        source.read(&other, [&](Result<BoardSnapshot>) { otherCalled = true; });
        QTRY_VERIFY(otherCalled);
        QVERIFY(!called);
    }

    void anUnreadableFileIsAnError()
    {
        BackgroundBoardSource source(m_dir.filePath(QStringLiteral("missing/none.sqlite3")));
        QObject context;
        std::optional<Result<BoardSnapshot>> answer;
        source.read(&context,
                    [&](Result<BoardSnapshot> snapshot) { answer = std::move(snapshot); });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!answer->ok());
        QVERIFY(!answer->error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackgroundBoardSource)
#include "tst_backgroundboardsource.moc"
