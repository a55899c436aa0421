#include "tst_sandbox_servicenow.h"

#include <QTcpSocket>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;
using Sandbox::HistoryStage;

// The ServiceNow Table API of the sandbox: credentials, the seeded history,
// the error bodies, faults, saved state and requests through a proxy.
// Creating, changing and finding records is in tst_sandbox_servicenowrecords,
// list queries in tst_sandbox_servicenowquery.
class TestSandboxServiceNow : public ClientSuite<ServiceNowClient>
{
    Q_OBJECT

private slots:
    void connectionNamesTheCredentials()
    {
        const QJsonObject info = client().fixture().connection(QStringLiteral("servicenow"));
        QVERIFY(info.value(u"url").toString().endsWith(u"/servicenow"));
        QCOMPARE(info.value(u"username").toString(), ServiceNowClient::user());
        QCOMPARE(info.value(u"password").toString(), ServiceNowClient::password());
        QCOMPARE(info.value(u"token").toString(), ServiceNowClient::token());
        QCOMPARE(info.value(u"assignmentGroup").toString(), u"CHS Release Management");
    }

    void refusesBadCredentials_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("wrong password")
            << SandboxFixture::basicAuth(ServiceNowClient::user(), QStringLiteral("nope")).second;
        QTest::newRow("wrong user")
            << SandboxFixture::basicAuth(QStringLiteral("admin"), ServiceNowClient::password())
                   .second;
        QTest::newRow("wrong token") << SandboxFixture::bearer(QStringLiteral("expired")).second;
        QTest::newRow("password as token")
            << SandboxFixture::bearer(ServiceNowClient::password()).second;
        QTest::newRow("not base64") << QByteArray("Basic ???");
    }
    void refusesBadCredentials()
    {
        QFETCH(QByteArray, authorization);
        const SandboxFixture::Headers headers = SandboxFixture::authorization(authorization);
        const auto read = client().fixture().get(client().url(changes()), headers);
        QCOMPARE(read.status, 401);
        QCOMPARE(read.object(),
                 ServiceNowClient::failure(QStringLiteral("User Not Authenticated"),
                                           QStringLiteral("Required to provide Auth information")));
        QCOMPARE(read.header("WWW-Authenticate"), QByteArray("BASIC realm=\"Service-now\""));
        const auto write = client().fixture().send("POST", client().url(changes()), "{}", headers);
        QCOMPARE(write.status, 401);
        QCOMPARE(
            ServiceNowClient::column(
                client().list(QStringLiteral("change_request"),
                              {{QStringLiteral("sysparm_query"),
                                QStringLiteral("number=") + ServiceNowClient::nextChangeNumber()}}),
                QStringLiteral("number")),
            QStringList());
    }

    void acceptsBasicAndBearer()
    {
        QCOMPARE(client().fixture().get(client().url(changes()), ServiceNowClient::auth()).status,
                 200);
        QCOMPARE(
            client()
                .fixture()
                .get(client().url(changes()), {SandboxFixture::bearer(ServiceNowClient::token())})
                .status,
            200);
    }

    void seedsAChangeForEveryRaisedTicket()
    {
        const auto reply =
            client().list(QStringLiteral("change_request"),
                          {{QStringLiteral("sysparm_query"),
                            QStringLiteral("correlation_idSTARTSWITHreleasedesk:^ORDERBYnumber")}});
        QCOMPARE(reply.status, 200);
        const QJsonArray records = reply.object().value(u"result").toArray();
        int expected = 0;
        for (const auto &release : ServiceNowClient::catalogue().releases) {
            if (release.changeNumber.isEmpty())
                continue;
            QVERIFY(expected < records.size());
            const QJsonObject change = records.at(expected++).toObject();
            QCOMPARE(change.value(u"number").toString(), release.changeNumber);
            QCOMPARE(change.value(u"short_description").toString(), u"Release " + release.name);
            QCOMPARE(change.value(u"correlation_id").toString(), u"releasedesk:" + release.name);
            for (const auto &[service, version] : release.services)
                QVERIFY(change.value(u"description").toString().contains(service + u'@' + version));
            QVERIFY(change.value(u"backout_plan")
                        .toString()
                        .startsWith(u"Redeploy the previous versions"));
            const HistoryStage stage = release.stage;
            const QString state = stage == HistoryStage::TicketRaised ? QStringLiteral("-5")
                                  : stage >= HistoryStage::Live       ? QStringLiteral("3")
                                                                      : QStringLiteral("-1");
            QCOMPARE(change.value(u"state").toString(), state);
            const QString closeCode = stage == HistoryStage::Live ? QStringLiteral("successful")
                                      : stage == HistoryStage::BackedOut
                                          ? QStringLiteral("unsuccessful")
                                          : QString();
            QCOMPARE(change.value(u"close_code").toString(), closeCode);
            QCOMPARE(change.value(u"active").toString(),
                     stage >= HistoryStage::Live ? u"false" : u"true");
        }
        QCOMPARE(records.size(), expected);
        QVERIFY2(expected >= 8, "the small catalogue raises most of its tickets");
    }

    void seedsATestingTaskForEveryReleaseInStaging()
    {
        const auto reply = client().list(
            QStringLiteral("change_task"),
            {{QStringLiteral("sysparm_query"), QStringLiteral("ORDERBYnumber")},
             {QStringLiteral("sysparm_fields"),
              QStringLiteral("number,change_task_type,state,change_request.number")}});
        QStringList expected;
        QStringList states;
        for (const auto &release : ServiceNowClient::catalogue().releases) {
            if (release.stage >= HistoryStage::InStaging) {
                expected << release.changeNumber;
                states << (release.stage == HistoryStage::InStaging ? QStringLiteral("2")
                                                                    : QStringLiteral("3"));
            }
        }
        QCOMPARE(ServiceNowClient::column(reply, QStringLiteral("change_request.number")),
                 expected);
        QCOMPARE(ServiceNowClient::column(reply, QStringLiteral("state")), states);
        QCOMPARE(ServiceNowClient::column(reply, QStringLiteral("change_task_type")),
                 QStringList(expected.size(), QStringLiteral("testing")));
        QCOMPARE(ServiceNowClient::column(reply, QStringLiteral("number")).first(),
                 u"CTASK0010001");
    }

    void looksUpTheAssignmentGroupButCannotWriteIt()
    {
        const auto reply = client().list(
            QStringLiteral("sys_user_group"),
            {{QStringLiteral("sysparm_query"), QStringLiteral("name=CHS Release Management")}});
        QCOMPARE(ServiceNowClient::column(reply, QStringLiteral("sys_id")),
                 QStringList{client().groupId()});
        const auto refused = client().send("POST", QStringLiteral("/api/now/table/sys_user_group"),
                                           {{QStringLiteral("name"), QStringLiteral("x")}});
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.object().value(u"error").toObject().value(u"message").toString(),
                 u"Operation Failed");
    }

    void answersNoRecord_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("GET") << QByteArray("GET");
        QTest::newRow("PATCH") << QByteArray("PATCH");
        QTest::newRow("PUT") << QByteArray("PUT");
        QTest::newRow("DELETE") << QByteArray("DELETE");
    }
    void answersNoRecord()
    {
        QFETCH(QByteArray, method);
        const auto reply =
            client().send(method, changes() + QStringLiteral("/0123456789abcdef0123456789abcdef"),
                          {{QStringLiteral("state"), QStringLiteral("3")}});
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.object(),
                 ServiceNowClient::failure(
                     QStringLiteral("No Record found"),
                     QStringLiteral("Record doesn't exist or ACL restricts the record retrieval")));
    }

    void answersInvalidTable()
    {
        const auto reply = client().list(QStringLiteral("incident"));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.object(), ServiceNowClient::failure(QStringLiteral("Invalid table incident"),
                                                           QJsonValue::Null));
    }

    void refusesABodyThatIsNotJson()
    {
        const QJsonObject expected =
            ServiceNowClient::failure(QStringLiteral("Exception while reading request"),
                                      QStringLiteral("The payload is not valid JSON."));
        const auto post = client().fixture().send(
            "POST", client().url(changes()), "{\"short_description\": ",
            {SandboxFixture::basicAuth(ServiceNowClient::user(), ServiceNowClient::password())});
        QCOMPARE(post.status, 400);
        QCOMPARE(post.object(), expected);
        const QString sysId =
            client().create(QStringLiteral("change_request"), {}).value(u"sys_id").toString();
        const auto patch = client().fixture().send("PATCH", client().url(changes() + u'/' + sysId),
                                                   "[1,2", ServiceNowClient::auth());
        QCOMPARE(patch.status, 400);
        QCOMPARE(patch.object(), expected);
    }

    void servesVersionedPaths()
    {
        QCOMPARE(client()
                     .fixture()
                     .get(client().url(QStringLiteral("/api/now/v2/table/change_request")),
                          ServiceNowClient::auth())
                     .status,
                 200);
        const auto unknown =
            client().fixture().get(client().url(QStringLiteral("/api/now/v7/table/change_request")),
                                   ServiceNowClient::auth());
        QCOMPARE(unknown.status, 400);
        QCOMPARE(
            unknown.object(),
            ServiceNowClient::failure(
                QStringLiteral("Requested URI does not represent any resource"), QJsonValue::Null));
    }

    // The sandbox core answers these through error(): the status is the core's,
    // the body ServiceNow's shape.
    void unknownPathsAndMethodsAnswerInServiceNowsShape()
    {
        const auto unknown = client().fixture().get(
            client().url(QStringLiteral("/api/now/nothing")), ServiceNowClient::auth());
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.object().value(u"status").toString(), u"failure");
        QVERIFY(
            !unknown.object().value(u"error").toObject().value(u"message").toString().isEmpty());
        const auto wrongMethod = client().send("POST", changes() + QStringLiteral("/abc"));
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.object().value(u"status").toString(), u"failure");
    }

    void injectedFaultsTakeServiceNowsShape()
    {
        Sandbox::FaultRule unavailable;
        unavailable.system = QStringLiteral("servicenow");
        unavailable.status = 503;
        unavailable.times = 1;
        client().fixture().sandbox().faults().add(unavailable);
        const auto failed = client().list(QStringLiteral("change_request"));
        QCOMPARE(failed.status, 503);
        QCOMPARE(failed.object(),
                 ServiceNowClient::failure(QStringLiteral("Injected fault"), QJsonValue::Null));

        Sandbox::FaultRule limited = unavailable;
        limited.kind = Sandbox::FaultKind::RateLimit;
        limited.retryAfterSeconds = 7;
        client().fixture().sandbox().faults().add(limited);
        const auto throttled = client().list(QStringLiteral("change_request"));
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.header("Retry-After"), QByteArray("7"));
        QCOMPARE(throttled.header("X-RateLimit-Limit"), QByteArray("1000"));
        QVERIFY(throttled.header("X-RateLimit-Reset").toLongLong() >=
                QDateTime::currentSecsSinceEpoch() + 5);
        QVERIFY(!throttled.header("X-RateLimit-Rule").isEmpty());
        QCOMPARE(
            throttled.object(),
            ServiceNowClient::failure(
                QStringLiteral("Rate limit exceeded"),
                QStringLiteral("Rate limit of 1000 requests per hour for Table API exceeded")));
        QCOMPARE(client().list(QStringLiteral("change_request")).status, 200);
    }

    void saveAndLoadRoundTrip()
    {
        const QJsonObject kept =
            client().create(QStringLiteral("change_request"),
                            {{QStringLiteral("work_notes"), QStringLiteral("kept")}});
        const QJsonObject saved = client().system().save();
        const QJsonObject dropped = client().create(QStringLiteral("change_request"), {});
        client().system().load(saved);
        QCOMPARE(client().system().save(), saved);
        QVERIFY(client().system().findByNumber(QStringLiteral("change_request"),
                                               kept.value(u"number").toString()));
        QVERIFY(!client().system().findByNumber(QStringLiteral("change_request"),
                                                dropped.value(u"number").toString()));
        // The numbering resumes where the saved state stood.
        QCOMPARE(client().create(QStringLiteral("change_request"), {}).value(u"number").toString(),
                 dropped.value(u"number").toString());
    }

    // A proxy sends the target in absolute form: "POST http://host/servicenow/... HTTP/1.1".
    void acceptsAnAbsoluteFormTarget()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, client().fixture().sandbox().port());
        QVERIFY(socket.waitForConnected(3000));
        const QByteArray body = R"({"short_description":"Through a proxy"})";
        const QByteArray authority =
            "127.0.0.1:" + QByteArray::number(client().fixture().sandbox().port());
        socket.write("POST http://" + authority +
                     "/servicenow/api/now/table/change_request HTTP/1.1\r\n"
                     "Host: " +
                     authority +
                     "\r\n"
                     "Authorization: " +
                     ServiceNowClient::auth().first().second +
                     "\r\n"
                     "Content-Type: application/json\r\nAccept: application/json\r\n"
                     "Content-Length: " +
                     QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        QByteArray answer;
        QVERIFY(QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return answer.contains("\r\n\r\n") && answer.endsWith("}}");
            },
            5000));
        QVERIFY2(answer.startsWith("HTTP/1.1 201"), answer.left(200).constData());
        QVERIFY(answer.contains("\"short_description\":\"Through a proxy\""));
    }
};

QTEST_GUILESS_MAIN(TestSandboxServiceNow)
#include "tst_sandbox_servicenow.moc"
