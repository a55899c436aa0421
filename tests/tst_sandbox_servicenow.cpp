#include "tst_sandbox_servicenow.h"

#include "services/sandbox/servicenowsystem.h"

#include <QTcpSocket>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;
using Sandbox::HistoryStage;

// The ServiceNow Table API of the sandbox: credentials, the seeded history,
// creating and changing records, the error bodies, faults and saved state.
class TestSandboxServiceNow : public ClientSuite<ServiceNowClient>
{
    Q_OBJECT

private:
    static QString changes() { return QStringLiteral("/api/now/table/change_request"); }
    Sandbox::ServiceNowSystem &system()
    {
        return *static_cast<Sandbox::ServiceNowSystem *>(
            client().fixture().sandbox().system(QStringLiteral("servicenow")));
    }
    // The number the next change request gets: after the catalogue's last one.
    static QString nextChangeNumber()
    {
        int last = 0;
        for (const auto &release : ServiceNowClient::catalogue().releases)
            last = qMax(last, release.changeNumber.mid(3).toInt());
        return QStringLiteral("CHG%1").arg(last + 1, 7, 10, QChar(u'0'));
    }

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
        QCOMPARE(ServiceNowClient::column(
                     client().list(QStringLiteral("change_request"),
                                   {{QStringLiteral("sysparm_query"),
                                     QStringLiteral("number=") + nextChangeNumber()}}),
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
                 QStringList{client()
                                 .fixture()
                                 .connection(QStringLiteral("servicenow"))
                                 .value(u"assignmentGroupSysId")
                                 .toString()});
        const auto refused = client().send("POST", QStringLiteral("/api/now/table/sys_user_group"),
                                           {{QStringLiteral("name"), QStringLiteral("x")}});
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.object().value(u"error").toObject().value(u"message").toString(),
                 u"Operation Failed");
    }

    void createsReadsAndUpdatesAChange()
    {
        const QString group = client()
                                  .fixture()
                                  .connection(QStringLiteral("servicenow"))
                                  .value(u"assignmentGroupSysId")
                                  .toString();
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const auto created = client().send(
            "POST", changes(),
            {{QStringLiteral("short_description"), QStringLiteral("Release 2026.11.9")},
             {QStringLiteral("assignment_group"), group},
             {QStringLiteral("risk"), 4},
             {QStringLiteral("no_such_field"), QStringLiteral("ignored")}});
        QCOMPARE(created.status, 201);
        const QJsonObject change = created.object().value(u"result").toObject();
        const QString sysId = change.value(u"sys_id").toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(sysId).hasMatch(),
                 qPrintable(sysId));
        QCOMPARE(change.value(u"number").toString(), nextChangeNumber());
        QCOMPARE(change.value(u"state").toString(), u"-5");
        QCOMPARE(change.value(u"risk").toString(), u"4");
        QCOMPARE(change.value(u"type").toString(), u"normal");
        QVERIFY(!change.contains(u"no_such_field"));
        const QDateTime createdOn = QDateTime::fromString(
            change.value(u"sys_created_on").toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QVERIFY(createdOn.isValid());
        QVERIFY(QDateTime(createdOn.date(), createdOn.time(), Qt::UTC) >= before);
        QCOMPARE(change.value(u"assignment_group").toObject().value(u"value").toString(), group);
        QCOMPARE(change.value(u"assignment_group").toObject().value(u"link").toString(),
                 client().url(QStringLiteral("/api/now/table/sys_user_group/") + group).toString());
        QCOMPARE(QString::fromUtf8(created.header("Location")),
                 client().url(changes() + u'/' + sysId).toString());

        const auto patched =
            client().send("PATCH", changes() + u'/' + sysId,
                          {{QStringLiteral("state"), QStringLiteral("-1")},
                           {QStringLiteral("work_notes"), QStringLiteral("Staging requested.")}},
                          {{QStringLiteral("sysparm_display_value"), QStringLiteral("all")}});
        QCOMPARE(patched.status, 200);
        const QJsonObject updated = patched.object().value(u"result").toObject();
        QCOMPARE(updated.value(u"state").toObject(),
                 (QJsonObject{{QStringLiteral("display_value"), QStringLiteral("Implement")},
                              {QStringLiteral("value"), QStringLiteral("-1")}}));
        QCOMPARE(updated.value(u"sys_mod_count").toObject().value(u"value").toString(), u"1");
        QCOMPARE(updated.value(u"work_notes").toObject().value(u"value").toString(), QString());
        QVERIFY(updated.value(u"work_notes")
                    .toObject()
                    .value(u"display_value")
                    .toString()
                    .endsWith(u" - releasedesk.integration (Work notes)\nStaging requested.\n\n"));

        QCOMPARE(client()
                     .send("PUT", changes() + u'/' + sysId,
                           {{QStringLiteral("state"), QStringLiteral("3")}})
                     .status,
                 200);
        const auto read = client().fixture().get(client().url(changes() + u'/' + sysId),
                                                 ServiceNowClient::auth());
        QCOMPARE(read.status, 200);
        const QJsonObject stored = read.object().value(u"result").toObject();
        QCOMPARE(stored.value(u"state").toString(), u"3");
        QCOMPARE(stored.value(u"active").toString(), u"false");
        QCOMPARE(stored.value(u"sys_mod_count").toString(), u"2");
        QCOMPARE(stored.value(u"short_description").toString(), u"Release 2026.11.9");
    }

    void createsATaskUnderAChange()
    {
        const QJsonObject change =
            client().create(QStringLiteral("change_request"),
                            {{QStringLiteral("short_description"), QStringLiteral("x")}});
        const QJsonObject task = client().create(
            QStringLiteral("change_task"),
            {{QStringLiteral("short_description"), QStringLiteral("Test in staging")},
             {QStringLiteral("change_task_type"), QStringLiteral("testing")},
             {QStringLiteral("change_request"), change.value(u"sys_id")}});
        QVERIFY(task.value(u"number").toString().startsWith(u"CTASK00100"));
        QCOMPARE(task.value(u"state").toString(), u"1");
        QCOMPARE(task.value(u"change_request").toString(), change.value(u"sys_id").toString());
    }

    void takesAReferenceByItsDisplayValue()
    {
        const QJsonObject change = client().create(
            QStringLiteral("change_request"),
            {{QStringLiteral("assignment_group"), QStringLiteral("CHS Release Management")}});
        QCOMPARE(change.value(u"assignment_group").toString(),
                 client()
                     .fixture()
                     .connection(QStringLiteral("servicenow"))
                     .value(u"assignmentGroupSysId")
                     .toString());
    }

    // What an idempotent client does before it raises a ticket: look for its correlation_id.
    void findsAChangeByCorrelationId()
    {
        const auto releases = ServiceNowClient::catalogue().releases;
        const auto seeded = std::find_if(releases.cbegin(), releases.cend(),
                                         [](const auto &r) { return !r.changeNumber.isEmpty(); });
        const auto lookup = [&](const QString &id) {
            return client().list(
                QStringLiteral("change_request"),
                {{QStringLiteral("sysparm_query"), QStringLiteral("correlation_id=") + id},
                 {QStringLiteral("sysparm_fields"), QStringLiteral("number,sys_id")},
                 {QStringLiteral("sysparm_limit"), QStringLiteral("1")}});
        };
        QCOMPARE(ServiceNowClient::column(lookup(u"releasedesk:" + seeded->name),
                                          QStringLiteral("number")),
                 QStringList{seeded->changeNumber});
        const auto missing = lookup(QStringLiteral("releasedesk:2027.1.1"));
        QCOMPARE(missing.header("X-Total-Count"), QByteArray("0"));
        QCOMPARE(missing.object().value(u"result").toArray().size(), 0);
        const QJsonObject created = client().create(
            QStringLiteral("change_request"),
            {{QStringLiteral("correlation_id"), QStringLiteral("releasedesk:2027.1.1")}});
        QCOMPARE(ServiceNowClient::column(lookup(QStringLiteral("releasedesk:2027.1.1")),
                                          QStringLiteral("sys_id")),
                 QStringList{created.value(u"sys_id").toString()});
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

    void deletesARecord()
    {
        const QString path =
            changes() + u'/' +
            client().create(QStringLiteral("change_request"), {}).value(u"sys_id").toString();
        QCOMPARE(client().send("DELETE", path).status, 204);
        QCOMPARE(client().fixture().get(client().url(path), ServiceNowClient::auth()).status, 404);
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
        const auto unknown = client().fixture().get(client().url(QStringLiteral("/api/now/nothing")),
                                                    ServiceNowClient::auth());
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.object().value(u"status").toString(), u"failure");
        QVERIFY(!unknown.object().value(u"error").toObject().value(u"message").toString().isEmpty());
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
        const QJsonObject saved = system().save();
        const QJsonObject dropped = client().create(QStringLiteral("change_request"), {});
        system().load(saved);
        QCOMPARE(system().save(), saved);
        QVERIFY(system().findByNumber(QStringLiteral("change_request"),
                                      kept.value(u"number").toString()));
        QVERIFY(!system().findByNumber(QStringLiteral("change_request"),
                                       dropped.value(u"number").toString()));
        // The numbering resumes where the saved state stood.
        QCOMPARE(client().create(QStringLiteral("change_request"), {}).value(u"number").toString(),
                 dropped.value(u"number").toString());
    }

    void insertsForTheReleaseTeam()
    {
        const QString number = ServiceNowClient::catalogue().releases.at(3).changeNumber;
        const auto seeded = system().findByNumber(QStringLiteral("change_request"), number);
        QVERIFY2(seeded, qPrintable(number));
        const QString change = seeded->value(u"sys_id").toString();
        const QJsonObject task =
            system().insert(QStringLiteral("change_task"),
                            {{QStringLiteral("change_request"), change},
                             {QStringLiteral("change_task_type"), QStringLiteral("testing")}});
        QVERIFY(task.value(u"number").toString().startsWith(u"CTASK"));
        QCOMPARE(task.value(u"change_request").toString(), change);
        const auto found =
            system().findByNumber(QStringLiteral("change_task"), task.value(u"number").toString());
        QVERIFY(found);
        QCOMPARE(found->value(u"sys_id"), task.value(u"sys_id"));
        QCOMPARE(client()
                     .fixture()
                     .get(client().url(QStringLiteral("/api/now/table/change_task/") +
                                       task.value(u"sys_id").toString()),
                          ServiceNowClient::auth())
                     .status,
                 200);
        QVERIFY(system().insert(QStringLiteral("incident"), {}).isEmpty());
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
