#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// releasedesk-sandbox as scripts and the demo use it: a separate process that
// prints its connection info as the first line, takes faults on the command
// line, and saves and loads its state.
class TestSandboxProcess : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;

    struct Started
    {
        std::unique_ptr<QProcess> process;
        QJsonObject info;
    };

    Started start(const QStringList &arguments)
    {
        Started started;
        started.process = std::make_unique<QProcess>();
        started.process->start(QStringLiteral(SANDBOX_EXECUTABLE), arguments);
        if (!started.process->waitForStarted(5000))
            return started;
        if (!QTest::qWaitFor([&] { return started.process->canReadLine(); }, 10000))
            return started;
        started.info = QJsonDocument::fromJson(started.process->readLine()).object();
        return started;
    }

    std::pair<int, QByteArray> request(const QByteArray &method, const QString &url,
                                       const QByteArray &body = {},
                                       const QByteArray &authorization = {})
    {
        QNetworkRequest request{QUrl(url)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(10000))
            return {0, {}};
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll()};
    }

    static QString url(const QJsonObject &info, const char *system)
    {
        return info.value(QLatin1String(system)).toObject().value(QLatin1String("url")).toString();
    }

    static QByteArray jiraAuth(const QJsonObject &info)
    {
        return "Bearer " + info.value(QLatin1String("jira"))
                               .toObject()
                               .value(QLatin1String("pat"))
                               .toString()
                               .toUtf8();
    }

private slots:
    void printsConnectionInfoFirst()
    {
        Started sandbox = start({QStringLiteral("--jira-issues"), QStringLiteral("30"),
                                 QStringLiteral("--releases"), QStringLiteral("5")});
        QVERIFY(!sandbox.info.isEmpty());
        for (const char *system : {"concourse", "confluence", "jira", "servicenow", "slack"}) {
            const QString base = url(sandbox.info, system);
            QVERIFY2(base.startsWith(u"http://127.0.0.1:"), qPrintable(base));
            QVERIFY2(base.endsWith(QLatin1Char('/') + QLatin1String(system)), qPrintable(base));
        }
        QVERIFY(!sandbox.info.value(QLatin1String("slack"))
                     .toObject()
                     .value(QLatin1String("token"))
                     .toString()
                     .isEmpty());
        const auto [status, body] = request("GET", url(sandbox.info, "_sandbox") + u"/info");
        QCOMPARE(status, 200);
        QCOMPARE(QJsonDocument::fromJson(body).object(), sandbox.info);
        sandbox.process->terminate();
        QVERIFY(sandbox.process->waitForFinished(5000));
        QCOMPARE(sandbox.process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(sandbox.process->exitCode(), 0);
    }

    void faultFromTheCommandLineApplies()
    {
        Started sandbox = start(
            {QStringLiteral("--fault"), QStringLiteral("concourse=status,status=503,times=1")});
        QVERIFY(!sandbox.info.isEmpty());
        const QString info = url(sandbox.info, "concourse") + u"/api/v1/info";
        QCOMPARE(request("GET", info).first, 503);
        QCOMPARE(request("GET", info).first, 200);
        sandbox.process->terminate();
        QVERIFY(sandbox.process->waitForFinished(5000));
    }

    void badOptionsAreRefusedClearly_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")}
                              << QStringLiteral("--port takes a whole number from 0 to 65535");
        QTest::newRow("fault") << QStringList{QStringLiteral("--fault"),
                                              QStringLiteral("jira=boom")}
                               << QStringLiteral("Unknown fault kind \"boom\"");
        QTest::newRow("rate") << QStringList{QStringLiteral("--build-failure-rate"),
                                             QStringLiteral("2")}
                              << QStringLiteral("--build-failure-rate takes 0 to 1");
        QTest::newRow("missing state")
            << QStringList{QStringLiteral("--load"), QStringLiteral("/nonexistent/state.json")}
            << QStringLiteral("Could not read /nonexistent/state.json");
    }

    void badOptionsAreRefusedClearly()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QProcess process;
        process.start(QStringLiteral(SANDBOX_EXECUTABLE), arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    void stateSurvivesARestart()
    {
        const QString state = m_dir.filePath(QStringLiteral("state.json"));
        Started first = start({QStringLiteral("--save"), state});
        QVERIFY(!first.info.isEmpty());
        const QString comment = url(first.info, "jira") + u"/rest/api/2/issue/CHS-1001/comment";
        QCOMPARE(
            request("POST", comment, R"({"body":"Kept across restarts"})", jiraAuth(first.info))
                .first,
            201);
        first.process->terminate();
        QVERIFY(first.process->waitForFinished(5000));
        QCOMPARE(first.process->exitCode(), 0);
        QVERIFY(QFileInfo::exists(state));

        Started second = start({QStringLiteral("--load"), state});
        QVERIFY(!second.info.isEmpty());
        const QString again = url(second.info, "jira") + u"/rest/api/2/issue/CHS-1001/comment";
        const auto [status, body] = request("GET", again, {}, jiraAuth(second.info));
        QCOMPARE(status, 200);
        QVERIFY2(body.contains("Kept across restarts"), body.constData());
        second.process->terminate();
        QVERIFY(second.process->waitForFinished(5000));
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandbox_process.moc"
