#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// The desktop app as README command 1 starts it: `releasedesk --demo` syncs a
// temporary profile from its sandbox, and stopping the app, even by a signal,
// removes it again.
// `--demo --profile DIR` on a real profile is refused before it touches it.
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

    void demoRefusesARealProfile()
    {
        QTemporaryDir profile;
        const QString ini = profile.filePath(QStringLiteral("connections.ini"));
        const QByteArray real = QByteArrayLiteral("[jira]\nurl=https://jira.example.com\n"
                                                  "project=CHS\n");
        {
            QFile file(ini);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(real);
        }
        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(environment);
        app.start(QStringLiteral(APP_EXECUTABLE),
                  {QStringLiteral("--demo"), QStringLiteral("--profile"), profile.path()});
        QVERIFY(app.waitForStarted(5000));
        // The refusal is printed as well as shown, so that it can be read here
        // and on a terminal; the message box is then closed by a stop signal.
        QString said;
        const bool refused = QTest::qWaitFor(
            [&] {
                said += QString::fromLocal8Bit(app.readAllStandardError());
                return said.contains(u"jira.example.com");
            },
            20000);
        // Either way it is stopped now: a demo that was not refused runs on.
        if (app.state() != QProcess::NotRunning)
            app.terminate();
        QVERIFY(app.waitForFinished(10000));
        said += QString::fromLocal8Bit(app.readAllStandardError());
        QVERIFY2(refused && said.contains(u"--profile"), qPrintable(said));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QVERIFY(app.exitCode() != 0);
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), real);
    }
};

QTEST_GUILESS_MAIN(TestAppProcess)
#include "tst_appprocess.moc"
