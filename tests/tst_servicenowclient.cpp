#include "services/clients/servicenowclient.h"
#include "services/http/httpclient.h"
#include "support/clienttestbench.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <optional>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;
using namespace std::chrono_literals;
using Auth = ServiceNowConnection::Auth;

Q_DECLARE_METATYPE(ReleaseDesk::ServiceNowConnection::Auth)

namespace {

const QString prefix = QStringLiteral("releasedesk:");
const QString password = QStringLiteral("sandbox-servicenow");
const QString oauthToken = QStringLiteral("sandbox-servicenow-oauth");

QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

class TestServiceNowClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ClientTestBench> m_bench;

    QJsonObject sandboxConnection() const
    {
        return m_bench->fixture().connection(QStringLiteral("servicenow"));
    }

    ServiceNowConnection connection(Auth auth = Auth::Basic, int pageSize = 100) const
    {
        const QJsonObject sandbox = sandboxConnection();
        ServiceNowConnection connection;
        connection.baseUrl = QUrl(sandbox.value(u"url").toString());
        connection.auth = auth;
        connection.username = sandbox.value(u"username").toString();
        connection.secret = auth == Auth::OAuth ? oauthToken : password;
        connection.assignmentGroup = sandbox.value(u"assignmentGroup").toString();
        connection.pageSize = pageSize;
        connection.timeout = 300ms;
        return connection;
    }

    // What the sandbox holds, read over the Table API as a person would check it.
    QJsonArray records(const QString &table, const QString &query)
    {
        const QUrl url = m_bench->fixture().url(
            QStringLiteral("servicenow"),
            QStringLiteral("/api/now/table/%1?sysparm_exclude_reference_link=true&sysparm_query=%2")
                .arg(table, encoded(query)));
        const auto reply = m_bench->fixture().get(
            url, {SandboxFixture::basicAuth(QStringLiteral("releasedesk.integration"), password)});
        if (reply.status != 200)
            qWarning("reading %s answered %d", qPrintable(table), reply.status);
        return reply.object().value(u"result").toArray();
    }

    QJsonArray changesCorrelatedTo(const QString &correlationId)
    {
        return records(QStringLiteral("change_request"),
                       QStringLiteral("correlation_id=") + correlationId);
    }

    // Creates a change as someone else would, straight through the Table API.
    QJsonObject createBySomeoneElse(const QString &table, const QJsonObject &fields)
    {
        const auto reply = m_bench->fixture().sendJson(
            "POST",
            m_bench->fixture().url(QStringLiteral("servicenow"), QStringLiteral("/api/now/table/") + table),
            QJsonDocument(fields),
            {SandboxFixture::basicAuth(QStringLiteral("releasedesk.integration"), password)});
        if (reply.status != 201)
            qWarning("creating in %s answered %d", qPrintable(table), reply.status);
        return reply.object().value(u"result").toObject();
    }

    // The writes that reached the sandbox with `method` on change_request.
    qsizetype journalWrites(const QByteArray &method) const
    {
        qsizetype count = 0;
        for (const auto &entry : m_bench->fixture().sandbox().journal().entries()) {
            count += entry.system == QLatin1String("servicenow") && entry.method == method &&
                             entry.path.contains(QLatin1String("/change_request"))
                         ? 1
                         : 0;
        }
        return count;
    }

    static ChangeRequestDraft draft(const QString &release = QStringLiteral("2026.12.1"))
    {
        ChangeRequestDraft draft;
        draft.correlationId = prefix + release;
        draft.shortDescription = QStringLiteral("Release %1").arg(release);
        draft.description = QStringLiteral("Release %1: chs-orders-api 1.4.2 ^ORDERBY \"quoted\" & more").arg(release);
        draft.implementationPlan = QStringLiteral("Deploy through Concourse, staging then live.");
        draft.backoutPlan = QStringLiteral("Redeploy chs-orders-api 1.4.1.");
        draft.testPlan = QStringLiteral("Testers verify CHS-1001 in staging.");
        draft.justification = QStringLiteral("Ships 1 Jira task.");
        draft.start = QDateTime(QDate(2026, 12, 1), QTime(10, 0), QTimeZone(3600));
        draft.end = QDateTime(QDate(2026, 12, 3), QTime(17, 30), Qt::UTC);
        return draft;
    }

    std::optional<Result<QList<ChangeTicket>>> changes(ServiceNowClient &client, const QDateTime &since,
                                                       QList<int> *progress = nullptr,
                                                       const QString &correlationPrefix = prefix)
    {
        return await<Result<QList<ChangeTicket>>>([&](QObject *context, auto done) {
            client.changesUpdatedSince(
                correlationPrefix, since,
                [progress](int fetched) {
                    if (progress)
                        progress->append(fetched);
                },
                context, done);
        });
    }

    std::optional<Result<ChangeTicket>> create(ServiceNowClient &client, const ChangeRequestDraft &draft)
    {
        return await<Result<ChangeTicket>>(
            [&](QObject *context, auto done) { client.createChange(draft, context, done); });
    }

    std::optional<Result<ChangeTicket>> raise(ServiceNowClient &client, const ChangeRequestDraft &draft)
    {
        return await<Result<ChangeTicket>>(
            [&](QObject *context, auto done) { client.raiseChange(draft, context, done); });
    }

    std::optional<Result<std::optional<ChangeTicket>>> find(ServiceNowClient &client,
                                                            const QString &correlationId)
    {
        return await<Result<std::optional<ChangeTicket>>>(
            [&](QObject *context, auto done) { client.findChange(correlationId, context, done); });
    }

    std::optional<Result<QString>> check(const ServiceNowConnection &connection)
    {
        ServiceNowClient client(m_bench->http(), connection);
        return await<Result<QString>>(
            [&](QObject *context, auto done) { client.checkCredentials(context, done); });
    }

    static void addAuths()
    {
        QTest::addColumn<Auth>("auth");
        QTest::newRow("basic") << Auth::Basic;
        QTest::newRow("oauth") << Auth::OAuth;
    }

    static bool mentionsASecret(const QString &message)
    {
        return message.contains(password) || message.contains(oauthToken) ||
               message.contains(QLatin1String("not-the-secret"));
    }

private slots:
    void init()
    {
        m_bench = std::make_unique<ClientTestBench>();
        QVERIFY(m_bench->isListening());
    }

    void cleanup() { m_bench.reset(); }

    void checkCredentials_data() { addAuths(); }
    void checkCredentials()
    {
        QFETCH(Auth, auth);
        const auto group = check(connection(auth));
        QVERIFY(group);
        QVERIFY2(group->ok(), qPrintable(group->error()));
        QCOMPARE(group->value(), sandboxConnection().value(u"assignmentGroupSysId").toString());
    }

    void wrongCredentialsAreReadable_data() { addAuths(); }
    void wrongCredentialsAreReadable()
    {
        QFETCH(Auth, auth);
        ServiceNowConnection wrong = connection(auth);
        wrong.secret = QStringLiteral("not-the-secret");
        const auto group = check(wrong);
        QVERIFY(group);
        QVERIFY(!group->ok());
        const QString &message = group->error();
        QVERIFY2(message.startsWith(QLatin1String("ServiceNow sys_user_group lookup:")) &&
                     message.contains(QLatin1String("401")) &&
                     message.contains(QLatin1String("credentials")) &&
                     message.contains(QLatin1String("ServiceNow said: User Not Authenticated")),
                 qPrintable(message));
        QVERIFY(!mentionsASecret(message));
    }

    void missingRoleIsReadable()
    {
        m_bench->inject("servicenow:/sys_user_group=status,status=403");
        const auto group = check(connection());
        QVERIFY(group);
        QVERIFY(!group->ok());
        const QString &message = group->error();
        QVERIFY2(message.startsWith(QLatin1String("ServiceNow sys_user_group lookup:")) &&
                     message.contains(QLatin1String("403")) &&
                     message.contains(QLatin1String("role such as itil")) &&
                     message.contains(QLatin1String("ServiceNow said: Injected fault")) &&
                     !message.contains(QLatin1String("credentials")),
                 qPrintable(message));
        QVERIFY(!mentionsASecret(message));
    }

    void unknownGroupIsReadable()
    {
        ServiceNowConnection unknown = connection();
        unknown.assignmentGroup = QStringLiteral("CHS Release Managers");
        const auto group = check(unknown);
        QVERIFY(group);
        QVERIFY(!group->ok());
        QVERIFY2(group->error().startsWith(QLatin1String("ServiceNow sys_user_group lookup:")) &&
                     group->error().contains(
                         QLatin1String("no group is named \"CHS Release Managers\"")),
                 qPrintable(group->error()));
    }

    void readsEveryChangePageByPage_data() { addAuths(); }
    void readsEveryChangePageByPage()
    {
        QFETCH(Auth, auth);
        // Changes raised by hand or by another tool are not ReleaseDesk's.
        createBySomeoneElse(QStringLiteral("change_request"),
                            {{QStringLiteral("short_description"), QStringLiteral("Patch the VMs")}});
        createBySomeoneElse(QStringLiteral("change_request"),
                            {{QStringLiteral("correlation_id"), QStringLiteral("otherdesk:2026.11.3")}});
        const QJsonArray expected =
            records(QStringLiteral("change_request"), QStringLiteral("correlation_idSTARTSWITH") + prefix);
        QVERIFY(expected.size() >= 10);

        ServiceNowClient client(m_bench->http(), connection(auth, 3));
        QList<int> progress;
        const auto read = changes(client, QDateTime(), &progress);
        QVERIFY(read);
        QVERIFY2(read->ok(), qPrintable(read->error()));
        const QList<ChangeTicket> &tickets = read->value();
        QCOMPARE(tickets.size(), expected.size());
        QCOMPARE(progress.size(), (expected.size() + 2) / 3);
        QCOMPARE(progress.first(), 3);
        QCOMPARE(progress.last(), int(expected.size()));
        for (qsizetype i = 1; i < tickets.size(); ++i)
            QVERIFY(tickets.at(i - 1).updated <= tickets.at(i).updated);
        for (const QJsonValue &value : expected) {
            const QJsonObject record = value.toObject();
            const QString sysId = record.value(u"sys_id").toString();
            const auto found = std::find_if(tickets.cbegin(), tickets.cend(),
                                            [&](const ChangeTicket &t) { return t.sysId == sysId; });
            QVERIFY2(found != tickets.cend(), qPrintable(record.value(u"number").toString()));
            QCOMPARE(found->number, record.value(u"number").toString());
            QCOMPARE(found->correlationId, record.value(u"correlation_id").toString());
            QCOMPARE(found->state, record.value(u"state").toString());
            QCOMPARE(found->shortDescription, record.value(u"short_description").toString());
            QCOMPARE(found->updated.timeSpec(), Qt::UTC);
            QCOMPARE(ServiceNowParse::formatTime(found->updated),
                     record.value(u"sys_updated_on").toString());
            QCOMPARE(found->url.toString(),
                     client.connection().baseUrl.toString() +
                         QStringLiteral("/nav_to.do?uri=change_request.do?sys_id=") + sysId);
        }
        // Every seeded release with a ticket is among them.
        for (const auto &release : SandboxFixture::smallCatalogue().releases) {
            if (release.changeNumber.isEmpty())
                continue;
            QVERIFY2(std::any_of(tickets.cbegin(), tickets.cend(),
                                 [&](const ChangeTicket &t) {
                                     return t.number == release.changeNumber &&
                                            t.correlationId == prefix + release.name;
                                 }),
                     qPrintable(release.changeNumber));
        }
    }

    void readsChangesIncrementally()
    {
        const QJsonArray all =
            records(QStringLiteral("change_request"), QStringLiteral("correlation_idSTARTSWITH") + prefix);
        QStringList times;
        for (const QJsonValue &record : all)
            times << record.toObject().value(u"sys_updated_on").toString();
        std::sort(times.begin(), times.end());
        const QString sinceText = times.at(times.size() / 2);
        qsizetype expected = 0;
        for (const QString &time : times)
            expected += time >= sinceText ? 1 : 0;
        QVERIFY(expected > 0 && expected < all.size());

        ServiceNowClient client(m_bench->http(), connection(Auth::Basic, 2));
        // The same instant written in another zone, and not on the second.
        const QDateTime since = ServiceNowParse::parseTime(sinceText)
                                    .addMSecs(400)
                                    .toTimeZone(QTimeZone(-5 * 3600));
        const auto read = changes(client, since);
        QVERIFY(read);
        QVERIFY2(read->ok(), qPrintable(read->error()));
        QCOMPARE(read->value().size(), expected);
        for (const ChangeTicket &ticket : read->value())
            QVERIFY(ticket.updated >= ServiceNowParse::parseTime(sinceText));
    }

    void changeUpdatedBetweenPagesSkipsNoOther()
    {
        const QJsonArray before = records(
            QStringLiteral("change_request"),
            QStringLiteral("correlation_idSTARTSWITH") + prefix + QStringLiteral("^ORDERBYsys_updated_on"));
        QVERIFY(before.size() > 6);
        const QString oldest = before.first().toObject().value(u"sys_id").toString();

        ServiceNowClient client(m_bench->http(), connection(Auth::Basic, 3));
        bool patched = false;
        const auto read = await<Result<QList<ChangeTicket>>>([&](QObject *context, auto done) {
            client.changesUpdatedSince(
                prefix, QDateTime(),
                [&](int) {
                    if (std::exchange(patched, true))
                        return;
                    // The release team moves the oldest change on while the pages are read.
                    const auto reply = m_bench->fixture().sendJson(
                        "PATCH",
                        m_bench->fixture().url(QStringLiteral("servicenow"),
                                               QStringLiteral("/api/now/table/change_request/") + oldest),
                        QJsonDocument(QJsonObject{{QStringLiteral("state"), QStringLiteral("0")}}),
                        {SandboxFixture::basicAuth(QStringLiteral("releasedesk.integration"), password)});
                    QCOMPARE(reply.status, 200);
                },
                context, done);
        });
        QVERIFY(read);
        QVERIFY2(read->ok(), qPrintable(read->error()));
        QVERIFY(patched);
        for (const QJsonValue &value : before) {
            const QString sysId = value.toObject().value(u"sys_id").toString();
            if (sysId == oldest)
                continue;
            QVERIFY2(std::any_of(read->value().cbegin(), read->value().cend(),
                                 [&](const ChangeTicket &t) { return t.sysId == sysId; }),
                     qPrintable(value.toObject().value(u"number").toString()));
        }
        // The moved change is found by the next read from the newest update seen.
        const auto next = changes(client, read->value().last().updated);
        QVERIFY(next && next->ok());
        const auto moved = std::find_if(next->value().cbegin(), next->value().cend(),
                                        [&](const ChangeTicket &t) { return t.sysId == oldest; });
        QVERIFY(moved != next->value().cend());
        QCOMPARE(moved->state, QStringLiteral("0"));
    }

    void changeReadStopsAtThePageBound()
    {
        ServiceNowConnection bounded = connection(Auth::Basic, 2);
        bounded.maxPages = 2;
        ServiceNowClient client(m_bench->http(), bounded);
        QList<int> progress;
        const auto read = changes(client, QDateTime(), &progress);
        QVERIFY(read);
        QVERIFY(!read->ok());
        QVERIFY2(read->error().startsWith(QLatin1String("ServiceNow change_request list:")) &&
                     read->error().contains(QLatin1String("after 2 pages")),
                 qPrintable(read->error()));
        QCOMPARE(progress, (QList<int>{2, 4}));
    }

    void emptyPrefixIsRefused()
    {
        ServiceNowClient client(m_bench->http(), connection());
        const auto read = changes(client, QDateTime(), nullptr, QString());
        QVERIFY(read);
        QVERIFY(!read->ok());
        QVERIFY2(read->error().contains(QLatin1String("no correlation prefix")),
                 qPrintable(read->error()));
    }

    void readsTheTestingTasks()
    {
        // A task under a change that is not ReleaseDesk's is left out.
        const QJsonObject other = createBySomeoneElse(
            QStringLiteral("change_request"), {{QStringLiteral("short_description"), QStringLiteral("VMs")}});
        createBySomeoneElse(QStringLiteral("change_task"),
                            {{QStringLiteral("change_request"), other.value(u"sys_id").toString()},
                             {QStringLiteral("change_task_type"), QStringLiteral("testing")}});

        ServiceNowClient client(m_bench->http(), connection(Auth::OAuth, 2));
        QList<int> progress;
        const auto read = await<Result<QList<ChangeTask>>>([&](QObject *context, auto done) {
            client.changeTasksUpdatedSince(
                prefix, QDateTime(), [&](int fetched) { progress.append(fetched); }, context, done);
        });
        QVERIFY(read);
        QVERIFY2(read->ok(), qPrintable(read->error()));
        const QList<ChangeTask> &tasks = read->value();
        qsizetype seeded = 0;
        for (const auto &release : SandboxFixture::smallCatalogue().releases) {
            if (release.testTaskNumber.isEmpty())
                continue;
            ++seeded;
            const auto task = std::find_if(tasks.cbegin(), tasks.cend(), [&](const ChangeTask &t) {
                return t.number == release.testTaskNumber;
            });
            QVERIFY2(task != tasks.cend(), qPrintable(release.testTaskNumber));
            QCOMPARE(task->type, QStringLiteral("testing"));
            const QJsonArray change = changesCorrelatedTo(prefix + release.name);
            QCOMPARE(change.size(), 1);
            QCOMPARE(task->changeSysId, change.first().toObject().value(u"sys_id").toString());
            QVERIFY(task->updated.isValid());
        }
        QVERIFY(seeded > 0);
        QCOMPARE(tasks.size(), seeded);
        QCOMPARE(progress.last(), int(seeded));
        for (qsizetype i = 1; i < tasks.size(); ++i)
            QVERIFY(tasks.at(i - 1).updated <= tasks.at(i).updated);
    }

    void findsAChangeByCorrelation()
    {
        const auto &releases = SandboxFixture::smallCatalogue().releases;
        const auto release = std::find_if(releases.crbegin(), releases.crend(),
                                          [](const auto &r) { return !r.changeNumber.isEmpty(); });
        QVERIFY(release != releases.crend());
        ServiceNowClient client(m_bench->http(), connection());
        const auto found = find(client, prefix + release->name);
        QVERIFY(found);
        QVERIFY2(found->ok(), qPrintable(found->error()));
        QVERIFY(found->value().has_value());
        QCOMPARE(found->value()->number, release->changeNumber);

        const auto none = find(client, prefix + QStringLiteral("1999.1.1"));
        QVERIFY(none && none->ok());
        QVERIFY(!none->value().has_value());
    }

    void correlationTextCannotWidenTheQuery()
    {
        // Unescaped, the OR would match every change that has a correlation id.
        ServiceNowClient client(m_bench->http(), connection());
        const auto widened = find(client, QStringLiteral("nothing^ORcorrelation_idISNOTEMPTY"));
        QVERIFY(widened);
        QVERIFY2(widened->ok(), qPrintable(widened->error()));
        QVERIFY(!widened->value().has_value());

        const QString odd = QStringLiteral("releasedesk:odd^name&x=1+2");
        createBySomeoneElse(QStringLiteral("change_request"),
                            {{QStringLiteral("correlation_id"), odd},
                             {QStringLiteral("short_description"), QStringLiteral("odd")}});
        const auto found = find(client, odd);
        QVERIFY(found && found->ok());
        QVERIFY(found->value().has_value());
        QCOMPARE(found->value()->correlationId, odd);
    }

    void emptyCorrelationIsRefused()
    {
        ServiceNowClient client(m_bench->http(), connection());
        const auto found = find(client, QString());
        QVERIFY(found);
        QVERIFY(!found->ok());
        const auto raised = raise(client, ChangeRequestDraft());
        QVERIFY(raised);
        QVERIFY(!raised->ok());
        QCOMPARE(journalWrites("POST"), 0);
    }

    void createsAChangeInTheGroup_data() { addAuths(); }
    void createsAChangeInTheGroup()
    {
        QFETCH(Auth, auth);
        ServiceNowClient client(m_bench->http(), connection(auth));
        const ChangeRequestDraft wanted = draft();
        const auto created = create(client, wanted);
        QVERIFY(created);
        QVERIFY2(created->ok(), qPrintable(created->error()));
        QVERIFY(created->value().number.startsWith(QLatin1String("CHG")));
        QCOMPARE(created->value().correlationId, wanted.correlationId);
        QCOMPARE(created->value().state, QStringLiteral("-5"));
        QVERIFY(created->value().url.toString().endsWith(created->value().sysId));

        const QJsonArray stored = changesCorrelatedTo(wanted.correlationId);
        QCOMPARE(stored.size(), 1);
        const QJsonObject record = stored.first().toObject();
        QCOMPARE(record.value(u"sys_id").toString(), created->value().sysId);
        QCOMPARE(record.value(u"assignment_group").toString(),
                 sandboxConnection().value(u"assignmentGroupSysId").toString());
        QCOMPARE(record.value(u"short_description").toString(), wanted.shortDescription);
        QCOMPARE(record.value(u"description").toString(), wanted.description);
        QCOMPARE(record.value(u"implementation_plan").toString(), wanted.implementationPlan);
        QCOMPARE(record.value(u"backout_plan").toString(), wanted.backoutPlan);
        QCOMPARE(record.value(u"test_plan").toString(), wanted.testPlan);
        QCOMPARE(record.value(u"justification").toString(), wanted.justification);
        QCOMPARE(record.value(u"type").toString(), QStringLiteral("normal"));
        QCOMPARE(record.value(u"start_date").toString(), QStringLiteral("2026-12-01 09:00:00"));
        QCOMPARE(record.value(u"end_date").toString(), QStringLiteral("2026-12-03 17:30:00"));
        QCOMPARE(journalWrites("POST"), 1);
    }

    void looksTheGroupUpOnce()
    {
        ServiceNowClient client(m_bench->http(), connection());
        const auto first = create(client, draft(QStringLiteral("2026.12.1")));
        QVERIFY(first && first->ok());
        // A second lookup would meet this fault and fail.
        m_bench->inject("servicenow:/sys_user_group=status,status=500,times=1");
        const auto second = create(client, draft(QStringLiteral("2026.12.2")));
        QVERIFY(second);
        QVERIFY2(second->ok(), qPrintable(second->error()));
        QCOMPARE(m_bench->fixture().sandbox().faults().rules().size(), 1);
        QCOMPARE(journalWrites("POST"), 2);
    }

    void createNeedsTheGroup()
    {
        ServiceNowConnection unknown = connection();
        unknown.assignmentGroup = QStringLiteral("Nobody");
        ServiceNowClient client(m_bench->http(), unknown);
        const auto created = create(client, draft());
        QVERIFY(created);
        QVERIFY(!created->ok());
        QVERIFY2(created->error().contains(QLatin1String("no group is named \"Nobody\"")),
                 qPrintable(created->error()));
        QCOMPARE(journalWrites("POST"), 0);
    }

    void raiseCreatesThenUpdates()
    {
        ServiceNowClient client(m_bench->http(), connection());
        ChangeRequestDraft wanted = draft();
        const auto first = raise(client, wanted);
        QVERIFY(first);
        QVERIFY2(first->ok(), qPrintable(first->error()));

        wanted.description = QStringLiteral("Now with chs-search-api 2.0.1 too.");
        wanted.type = QStringLiteral("emergency");
        const auto second = raise(client, wanted);
        QVERIFY(second);
        QVERIFY2(second->ok(), qPrintable(second->error()));
        QCOMPARE(second->value().sysId, first->value().sysId);
        QCOMPARE(second->value().number, first->value().number);

        const QJsonArray stored = changesCorrelatedTo(wanted.correlationId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().toObject().value(u"description").toString(), wanted.description);
        // The type stays as raised.
        QCOMPARE(stored.first().toObject().value(u"type").toString(), QStringLiteral("normal"));
        QCOMPARE(journalWrites("POST"), 1);
        QCOMPARE(journalWrites("PATCH"), 1);
    }

    void lostCreateIsFoundByTheNextRaise_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<QString>("says");
        const QByteArray path = "servicenow:/api/now/table/change_request=";
        QTest::newRow("reset") << path + "reset,method=POST,times=1" << QStringLiteral(" off");
        QTest::newRow("truncated") << path + "truncated,method=POST,times=1" << QStringLiteral(" off");
        QTest::newRow("hang") << path + "hang,method=POST,times=1" << QStringLiteral("did not answer within");
        QTest::newRow("malformed-json") << path + "malformed-json,method=POST,times=1"
                                        << QStringLiteral("not valid JSON");
        QTest::newRow("wrong-content-type") << path + "wrong-content-type,method=POST,times=1"
                                            << QStringLiteral("web page");
        QTest::newRow("oversized") << path + "oversized,method=POST,times=1" << QStringLiteral("larger than");
    }

    void lostCreateIsFoundByTheNextRaise()
    {
        QFETCH(QByteArray, fault);
        QFETCH(QString, says);
        m_bench->inject(fault.constData());
        ServiceNowClient client(m_bench->http(), connection());
        const ChangeRequestDraft wanted = draft();
        const auto lost = create(client, wanted);
        QVERIFY(lost);
        QVERIFY(!lost->ok());
        QVERIFY2(lost->error().startsWith(QLatin1String("ServiceNow change_request create:")) &&
                     lost->error().contains(says),
                 qPrintable(lost->error()));
        QVERIFY(!mentionsASecret(lost->error()));
        // The server made it, and the client did not send it twice.
        QCOMPARE(journalWrites("POST"), 1);
        QCOMPARE(changesCorrelatedTo(wanted.correlationId).size(), 1);

        const auto raised = raise(client, wanted);
        QVERIFY(raised);
        QVERIFY2(raised->ok(), qPrintable(raised->error()));
        const QJsonArray stored = changesCorrelatedTo(wanted.correlationId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(raised->value().sysId, stored.first().toObject().value(u"sys_id").toString());
        QCOMPARE(journalWrites("POST"), 1);
        QCOMPARE(journalWrites("PATCH"), 1);
    }

    void raiseAfterALostRaiseMakesOne()
    {
        m_bench->inject("servicenow=reset,method=POST,times=1");
        ServiceNowClient client(m_bench->http(), connection());
        const ChangeRequestDraft wanted = draft();
        const auto lost = raise(client, wanted);
        QVERIFY(lost && !lost->ok());
        const auto again = raise(client, wanted);
        QVERIFY(again);
        QVERIFY2(again->ok(), qPrintable(again->error()));
        QCOMPARE(changesCorrelatedTo(wanted.correlationId).size(), 1);
        QCOMPARE(journalWrites("POST"), 1);
    }

    void createIsNotResentAfterAServerError()
    {
        // A 503 without Retry-After may have been acted on: no second POST.
        m_bench->inject("servicenow:/change_request=status,status=503,method=POST,times=1");
        ServiceNowClient client(m_bench->http(), connection());
        const auto created = create(client, draft());
        QVERIFY(created);
        QVERIFY(!created->ok());
        QVERIFY2(created->error().startsWith(QLatin1String("ServiceNow change_request create:")) &&
                     created->error().contains(QLatin1String("503")) &&
                     created->error().contains(QLatin1String("ServiceNow said: Injected fault")),
                 qPrintable(created->error()));
        QCOMPARE(journalWrites("POST"), 0);
        QVERIFY(m_bench->delays().isEmpty());

        const auto raised = raise(client, draft());
        QVERIFY(raised && raised->ok());
        QCOMPARE(changesCorrelatedTo(draft().correlationId).size(), 1);
    }

    void createWaitsOutARateLimit()
    {
        m_bench->inject("servicenow:/change_request=ratelimit,retry-after=2,method=POST,times=1");
        ServiceNowClient client(m_bench->http(), connection());
        const auto created = create(client, draft());
        QVERIFY(created);
        QVERIFY2(created->ok(), qPrintable(created->error()));
        QCOMPARE(m_bench->delays(), (QList<std::chrono::milliseconds>{2000ms}));
        QCOMPARE(journalWrites("POST"), 1);
    }

    void readFaultsAreReadable_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<QString>("says");
        const QByteArray path = "servicenow:/api/now/table/change_request=";
        QTest::newRow("status 500") << path + "status,status=500" << QStringLiteral("500");
        QTest::newRow("ratelimit") << path + "ratelimit,retry-after=1" << QStringLiteral("limiting requests");
        QTest::newRow("hang") << path + "hang" << QStringLiteral("did not answer within");
        QTest::newRow("reset") << path + "reset" << QStringLiteral(" off");
        QTest::newRow("truncated") << path + "truncated" << QStringLiteral(" off");
        QTest::newRow("malformed-json") << path + "malformed-json" << QStringLiteral("not valid JSON");
        QTest::newRow("wrong-content-type") << path + "wrong-content-type" << QStringLiteral("web page");
        QTest::newRow("oversized") << path + "oversized" << QStringLiteral("larger than");
    }

    void readFaultsAreReadable()
    {
        QFETCH(QByteArray, fault);
        QFETCH(QString, says);
        m_bench->inject(fault.constData());
        ServiceNowClient client(m_bench->http(), connection(Auth::OAuth, 5));
        QList<int> progress;
        const auto read = changes(client, QDateTime(), &progress);
        QVERIFY(read);
        QVERIFY(!read->ok());
        QVERIFY2(read->error().startsWith(QLatin1String("ServiceNow change_request list:")) &&
                     read->error().contains(says),
                 qPrintable(read->error()));
        QVERIFY(!mentionsASecret(read->error()));
        QVERIFY(progress.isEmpty());
    }

    void readRetriesPassingFaults_data()
    {
        QTest::addColumn<QByteArray>("fault");
        const QByteArray path = "servicenow:/api/now/table/change_request=";
        QTest::newRow("status 503") << path + "status,status=503,times=1";
        QTest::newRow("ratelimit") << path + "ratelimit,retry-after=1,times=1";
        QTest::newRow("hang") << path + "hang,times=1";
        QTest::newRow("reset") << path + "reset,times=1";
        QTest::newRow("truncated") << path + "truncated,times=1";
    }

    void readRetriesPassingFaults()
    {
        QFETCH(QByteArray, fault);
        const qsizetype expected =
            records(QStringLiteral("change_request"), QStringLiteral("correlation_idSTARTSWITH") + prefix)
                .size();
        m_bench->inject(fault.constData());
        ServiceNowClient client(m_bench->http(), connection(Auth::Basic, 5));
        const auto read = changes(client, QDateTime());
        QVERIFY(read);
        QVERIFY2(read->ok(), qPrintable(read->error()));
        QCOMPARE(read->value().size(), expected);
        // The fault was met and the page asked again.
        QVERIFY(m_bench->fixture().sandbox().faults().rules().isEmpty());
        QCOMPARE(m_bench->delays().size(), 1);
    }

    void patchSetsFieldsAndIsResent()
    {
        ServiceNowClient client(m_bench->http(), connection());
        const auto created = create(client, draft());
        QVERIFY(created && created->ok());
        // Lost answers of a PATCH are sent again: the same fields twice are one change.
        m_bench->inject("servicenow:/change_request=reset,method=PATCH,times=1");
        const auto patched = await<Result<ChangeTicket>>([&](QObject *context, auto done) {
            client.patchChange(created->value().sysId,
                               {{QStringLiteral("short_description"), QStringLiteral("Release 2026.12.1 (moved)")},
                                {QStringLiteral("state"), QStringLiteral("-4")}},
                               context, done);
        });
        QVERIFY(patched);
        QVERIFY2(patched->ok(), qPrintable(patched->error()));
        QCOMPARE(patched->value().shortDescription, QStringLiteral("Release 2026.12.1 (moved)"));
        QCOMPARE(patched->value().state, QStringLiteral("-4"));
        QCOMPARE(journalWrites("PATCH"), 2);
        const QJsonArray stored = changesCorrelatedTo(draft().correlationId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().toObject().value(u"state").toString(), QStringLiteral("-4"));
    }

    void patchOfAMissingChangeCarriesServiceNowsText()
    {
        ServiceNowClient client(m_bench->http(), connection());
        const auto patched = await<Result<ChangeTicket>>([&](QObject *context, auto done) {
            client.patchChange(QStringLiteral("0000deadbeef"), {{QStringLiteral("state"), QStringLiteral("3")}},
                               context, done);
        });
        QVERIFY(patched);
        QVERIFY(!patched->ok());
        QVERIFY2(patched->error().startsWith(QLatin1String("ServiceNow change_request update:")) &&
                     patched->error().contains(QLatin1String("404")) &&
                     patched->error().contains(QLatin1String("ServiceNow said: No Record found")),
                 qPrintable(patched->error()));
    }
};

QTEST_GUILESS_MAIN(TestServiceNowClient)
#include "tst_servicenowclient.moc"
