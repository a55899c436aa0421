// "Test connection" and the reads: changes and change tasks by correlation prefix, page by
// page, under every fault kind.
#include "tst_servicenowclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <utility>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

class TestServiceNowClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServiceNowBench> m_bench;

private slots:
    void init()
    {
        m_bench = std::make_unique<ServiceNowBench>();
        QVERIFY(m_bench->isListening());
    }

    void cleanup() { m_bench.reset(); }

    void checkCredentials_data() { addAuths(); }
    void checkCredentials()
    {
        QFETCH(Auth, auth);
        const auto group = m_bench->check(m_bench->connection(auth));
        QVERIFY(group);
        QVERIFY2(group->ok(), qPrintable(group->error()));
        QCOMPARE(group->value(),
                 m_bench->sandboxConnection().value(u"assignmentGroupSysId").toString());
    }

    void wrongCredentialsAreReadable_data() { addAuths(); }
    void wrongCredentialsAreReadable()
    {
        QFETCH(Auth, auth);
        ServiceNowConnection wrong = m_bench->connection(auth);
        wrong.secret = QStringLiteral("not-the-secret");
        const auto group = m_bench->check(wrong);
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
        const auto group = m_bench->check(m_bench->connection());
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
        ServiceNowConnection unknown = m_bench->connection();
        unknown.assignmentGroup = QStringLiteral("CHS Release Managers");
        const auto group = m_bench->check(unknown);
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
        m_bench->createBySomeoneElse(
            QStringLiteral("change_request"),
            {{QStringLiteral("short_description"), QStringLiteral("Patch the VMs")}});
        m_bench->createBySomeoneElse(
            QStringLiteral("change_request"),
            {{QStringLiteral("correlation_id"), QStringLiteral("otherdesk:2026.11.3")}});
        const QJsonArray expected = m_bench->ourChanges();
        QVERIFY(expected.size() >= 10);

        ServiceNowClient client(m_bench->http(), m_bench->connection(auth, 3));
        QList<int> progress;
        const auto read = changesSince(client, QDateTime(), &progress);
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
            const auto found =
                std::find_if(tickets.cbegin(), tickets.cend(),
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
                                            t.correlationId == correlationPrefix + release.name;
                                 }),
                     qPrintable(release.changeNumber));
        }
    }

    void readsChangesIncrementally()
    {
        const QJsonArray all = m_bench->ourChanges();
        QStringList times;
        for (const QJsonValue &record : all)
            times << record.toObject().value(u"sys_updated_on").toString();
        std::sort(times.begin(), times.end());
        const QString sinceText = times.at(times.size() / 2);
        qsizetype expected = 0;
        for (const QString &time : times)
            expected += time >= sinceText ? 1 : 0;
        QVERIFY(expected > 0 && expected < all.size());

        ServiceNowClient client(m_bench->http(), m_bench->connection(Auth::Basic, 2));
        // The same instant written in another zone, and not on the second.
        const QDateTime since =
            ServiceNowParse::parseTime(sinceText).addMSecs(400).toTimeZone(QTimeZone(-5 * 3600));
        const auto read = changesSince(client, since);
        QVERIFY(read);
        QVERIFY2(read->ok(), qPrintable(read->error()));
        QCOMPARE(read->value().size(), expected);
        for (const ChangeTicket &ticket : read->value())
            QVERIFY(ticket.updated >= ServiceNowParse::parseTime(sinceText));
    }

    void changeUpdatedBetweenPagesSkipsNoOther()
    {
        const QJsonArray before =
            m_bench->records(QStringLiteral("change_request"),
                             QStringLiteral("correlation_idSTARTSWITH") + correlationPrefix +
                                 QStringLiteral("^ORDERBYsys_updated_on"));
        QVERIFY(before.size() > 6);
        const QString oldest = before.first().toObject().value(u"sys_id").toString();

        ServiceNowClient client(m_bench->http(), m_bench->connection(Auth::Basic, 3));
        bool patched = false;
        const auto read = await<Result<QList<ChangeTicket>>>([&](QObject *context, auto done) {
            client.changesUpdatedSince(
                correlationPrefix, QDateTime(),
                [&](int) {
                    if (std::exchange(patched, true))
                        return;
                    // The release team moves the oldest change on while the pages are read.
                    const QJsonObject moved = m_bench->writeBySomeoneElse(
                        "PATCH", QStringLiteral("/api/now/table/change_request/") + oldest,
                        {{QStringLiteral("state"), QStringLiteral("0")}});
                    QCOMPARE(moved.value(u"state").toString(), QStringLiteral("0"));
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
        const auto next = changesSince(client, read->value().last().updated);
        QVERIFY(next && next->ok());
        const auto moved = std::find_if(next->value().cbegin(), next->value().cend(),
                                        [&](const ChangeTicket &t) { return t.sysId == oldest; });
        QVERIFY(moved != next->value().cend());
        QCOMPARE(moved->state, QStringLiteral("0"));
    }

    void changeReadStopsAtThePageBound()
    {
        ServiceNowConnection bounded = m_bench->connection(Auth::Basic, 2);
        bounded.maxPages = 2;
        ServiceNowClient client(m_bench->http(), bounded);
        QList<int> progress;
        const auto read = changesSince(client, QDateTime(), &progress);
        QVERIFY(read);
        QVERIFY(!read->ok());
        QVERIFY2(read->error().startsWith(QLatin1String("ServiceNow change_request list:")) &&
                     read->error().contains(QLatin1String("after 2 pages")),
                 qPrintable(read->error()));
        QCOMPARE(progress, (QList<int>{2, 4}));
    }

    void emptyPrefixIsRefused()
    {
        ServiceNowClient client(m_bench->http(), m_bench->connection());
        const auto read = changesSince(client, QDateTime(), nullptr, QString());
        QVERIFY(read);
        QVERIFY(!read->ok());
        QVERIFY2(read->error().contains(QLatin1String("no correlation prefix")),
                 qPrintable(read->error()));
    }

    void readsTheTestingTasks()
    {
        // A task under a change that is not ReleaseDesk's is left out.
        const QJsonObject other = m_bench->createBySomeoneElse(
            QStringLiteral("change_request"),
            {{QStringLiteral("short_description"), QStringLiteral("VMs")}});
        m_bench->createBySomeoneElse(
            QStringLiteral("change_task"),
            {{QStringLiteral("change_request"), other.value(u"sys_id").toString()},
             {QStringLiteral("change_task_type"), QStringLiteral("testing")}});

        ServiceNowClient client(m_bench->http(), m_bench->connection(Auth::OAuth, 2));
        QList<int> progress;
        const auto read = await<Result<QList<ChangeTask>>>([&](QObject *context, auto done) {
            client.changeTasksUpdatedSince(
                correlationPrefix, QDateTime(), [&](int fetched) { progress.append(fetched); },
                context, done);
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
            const QJsonArray change =
                m_bench->changesCorrelatedTo(correlationPrefix + release.name);
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
        ServiceNowClient client(m_bench->http(), m_bench->connection());
        const auto found = findChange(client, correlationPrefix + release->name);
        QVERIFY(found);
        QVERIFY2(found->ok(), qPrintable(found->error()));
        QVERIFY(found->value().has_value());
        QCOMPARE(found->value()->number, release->changeNumber);

        const auto none = findChange(client, correlationPrefix + QStringLiteral("1999.1.1"));
        QVERIFY(none && none->ok());
        QVERIFY(!none->value().has_value());
    }

    void correlationTextCannotWidenTheQuery()
    {
        // Unescaped, the OR would match every change that has a correlation id.
        ServiceNowClient client(m_bench->http(), m_bench->connection());
        const auto widened =
            findChange(client, QStringLiteral("nothing^ORcorrelation_idISNOTEMPTY"));
        QVERIFY(widened);
        QVERIFY2(widened->ok(), qPrintable(widened->error()));
        QVERIFY(!widened->value().has_value());

        const QString odd = QStringLiteral("releasedesk:odd^name&x=1+2");
        m_bench->createBySomeoneElse(
            QStringLiteral("change_request"),
            {{QStringLiteral("correlation_id"), odd},
             {QStringLiteral("short_description"), QStringLiteral("odd")}});
        const auto found = findChange(client, odd);
        QVERIFY(found && found->ok());
        QVERIFY(found->value().has_value());
        QCOMPARE(found->value()->correlationId, odd);
    }

    void readFaultsAreReadable_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<QString>("says");
        const QByteArray path = "servicenow:/api/now/table/change_request=";
        QTest::newRow("status 500") << path + "status,status=500" << QStringLiteral("500");
        QTest::newRow("ratelimit")
            << path + "ratelimit,retry-after=1" << QStringLiteral("limiting requests");
        QTest::newRow("hang") << path + "hang" << QStringLiteral("did not answer within");
        QTest::newRow("reset") << path + "reset" << QStringLiteral(" off");
        QTest::newRow("truncated") << path + "truncated" << QStringLiteral(" off");
        QTest::newRow("malformed-json")
            << path + "malformed-json" << QStringLiteral("not valid JSON");
        QTest::newRow("wrong-content-type")
            << path + "wrong-content-type" << QStringLiteral("web page");
        QTest::newRow("oversized") << path + "oversized" << QStringLiteral("larger than");
    }

    void readFaultsAreReadable()
    {
        QFETCH(QByteArray, fault);
        QFETCH(QString, says);
        m_bench->inject(fault.constData());
        ServiceNowClient client(m_bench->http(), m_bench->connection(Auth::OAuth, 5));
        QList<int> progress;
        const auto read = changesSince(client, QDateTime(), &progress);
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
        const qsizetype expected = m_bench->ourChanges().size();
        m_bench->inject(fault.constData());
        ServiceNowClient client(m_bench->http(), m_bench->connection(Auth::Basic, 5));
        const auto read = changesSince(client, QDateTime());
        QVERIFY(read);
        QVERIFY2(read->ok(), qPrintable(read->error()));
        QCOMPARE(read->value().size(), expected);
        // The fault was met and the page asked again.
        QVERIFY(m_bench->fixture().sandbox().faults().rules().isEmpty());
        QCOMPARE(m_bench->delays().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestServiceNowClient)
#include "tst_servicenowclient.moc"
