#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// The desktop app as README command 1 starts it: `releasedesk --demo` seeds a
// temporary profile, and stopping the app, even by a signal, removes it again.
class TestAppProcess : public QObject
{
    Q_OBJECT

private slots:
    void demoProfileIsRemovedWhenStopped_data()
    {
        QTest::addColumn<bool>("interrupt");
        QTest::newRow("SIGTERM") << false;
        QTest::newRow("SIGINT") << true;
    }

    void demoProfileIsRemovedWhenStopped()
    {
        QFETCH(bool, interrupt);
        QTemporaryDir temp;
        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TMPDIR"), temp.path());
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(environment);
        app.start(QStringLiteral(APP_EXECUTABLE), {QStringLiteral("--demo")});
        QVERIFY(app.waitForStarted(5000));

        const QDir dir(temp.path());
        const QStringList pattern{QStringLiteral("releasedesk-demo-*")};
        QString database;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto found = dir.entryList(pattern, QDir::Dirs);
                if (found.isEmpty())
                    return false;
                database = dir.filePath(found.constFirst() + u"/releasedesk.sqlite3");
                return QFileInfo(database).size() > 0;
            }(),
            20000);
        QTest::qWait(500); // let the window come up after seeding

        if (interrupt)
            ::kill(pid_t(app.processId()), SIGINT);
        else
            app.terminate();
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QVERIFY2(dir.entryList(pattern, QDir::Dirs).isEmpty(), qPrintable(database));
    }
};

QTEST_GUILESS_MAIN(TestAppProcess)
#include "tst_appprocess.moc"
