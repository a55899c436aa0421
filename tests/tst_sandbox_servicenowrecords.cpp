#include "tst_sandbox_servicenow.h"

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

// Records through the sandbox's ServiceNow Table API: creating, reading,
// updating and deleting changes and their tasks, references by display value,
// finding a change by correlation_id, and inserts by the simulated release team.
class TestSandboxServiceNowRecords : public ClientSuite<ServiceNowClient>
{
    Q_OBJECT

private slots:
    void createsReadsAndUpdatesAChange()
    {
        const QString group = client().groupId();
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
        QCOMPARE(change.value(u"number").toString(), ServiceNowClient::nextChangeNumber());
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
        QCOMPARE(change.value(u"assignment_group").toString(), client().groupId());
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

    // correlation_id holds 100 characters: ServiceNow cuts a longer value
    // silently, so a look-up by the whole value finds nothing.
    void cutsCorrelationIdAtItsLength()
    {
        const QString longId = QStringLiteral("releasedesk:") + QString(150, u'n');
        const QJsonObject created = client().create(QStringLiteral("change_request"),
                                                    {{QStringLiteral("correlation_id"), longId}});
        QCOMPARE(created.value(u"correlation_id").toString(), longId.left(100));
        const auto lookup = [&](const QString &id) {
            return client().list(
                QStringLiteral("change_request"),
                {{QStringLiteral("sysparm_query"), QStringLiteral("correlation_id=") + id},
                 {QStringLiteral("sysparm_fields"), QStringLiteral("sys_id")}});
        };
        QCOMPARE(lookup(longId).header("X-Total-Count"), QByteArray("0"));
        QCOMPARE(ServiceNowClient::column(lookup(longId.left(100)), QStringLiteral("sys_id")),
                 QStringList{created.value(u"sys_id").toString()});
    }

    void deletesARecord()
    {
        const QString path =
            changes() + u'/' +
            client().create(QStringLiteral("change_request"), {}).value(u"sys_id").toString();
        QCOMPARE(client().send("DELETE", path).status, 204);
        QCOMPARE(client().fixture().get(client().url(path), ServiceNowClient::auth()).status, 404);
    }

    void insertsForTheReleaseTeam()
    {
        const QString number = ServiceNowClient::catalogue().releases.at(3).changeNumber;
        const auto seeded =
            client().system().findByNumber(QStringLiteral("change_request"), number);
        QVERIFY2(seeded, qPrintable(number));
        const QString change = seeded->value(u"sys_id").toString();
        const QJsonObject task = client().system().insert(
            QStringLiteral("change_task"),
            {{QStringLiteral("change_request"), change},
             {QStringLiteral("change_task_type"), QStringLiteral("testing")}});
        QVERIFY(task.value(u"number").toString().startsWith(u"CTASK"));
        QCOMPARE(task.value(u"change_request").toString(), change);
        const auto found = client().system().findByNumber(QStringLiteral("change_task"),
                                                          task.value(u"number").toString());
        QVERIFY(found);
        QCOMPARE(found->value(u"sys_id"), task.value(u"sys_id"));
        QCOMPARE(client()
                     .fixture()
                     .get(client().url(QStringLiteral("/api/now/table/change_task/") +
                                       task.value(u"sys_id").toString()),
                          ServiceNowClient::auth())
                     .status,
                 200);
        QVERIFY(client().system().insert(QStringLiteral("incident"), {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxServiceNowRecords)
#include "tst_sandbox_servicenowrecords.moc"
