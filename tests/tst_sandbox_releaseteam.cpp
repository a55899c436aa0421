#include "tst_sandbox_slack.h"

#include "services/sandbox/servicenow/servicenowsystem.h"

#include <QRegularExpression>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;
using Sandbox::HistoryStage;

namespace {

const Sandbox::CatalogueRelease &releaseAt(HistoryStage stage)
{
    for (const auto &release : SlackClient::catalogue().releases) {
        if (release.stage == stage)
            return release;
    }
    qFatal("the catalogue has no release at that stage");
}

QString stagingRequest(const Sandbox::CatalogueRelease &release, const QString &change)
{
    return QStringLiteral("Staging request for release %1: please deploy to staging.\nChange: %2\n"
                          "Notes: https://wiki.example.org/REL/%1")
        .arg(release.name, change);
}

// A reference field's sys_id, with or without its link.
QString referenceValue(const QJsonValue &value)
{
    return value.isObject() ? value[u"value"].toString() : value.toString();
}

} // namespace

// The simulated release team in Slack: it answers staging and live requests in
// the release channel, raises the ServiceNow test task, and nothing else.
class TestSandboxReleaseTeam : public ClientSuite<SlackClient>
{
    Q_OBJECT

private:
    Sandbox::Sandbox &sandbox() { return client().fixture().sandbox(); }
    QJsonObject serviceNowState() { return sandbox().state()[u"servicenow"].toObject(); }
    int replyDelayMs() { return sandbox().options().replyDelayMs; }

    // Every message of the release channel, replies included.
    int releaseChannelMessages()
    {
        int count = 0;
        for (const QJsonValue &message : client().releaseHistory())
            count += 1 + message[u"reply_count"].toInt();
        return count;
    }
    // The ServiceNow Table API's records matching an encoded query.
    QJsonArray serviceNowRecords(const QString &table, const QString &query)
    {
        const QJsonObject info = client().fixture().connection(QStringLiteral("servicenow"));
        QUrl url = client().fixture().url(QStringLiteral("servicenow"), u"/api/now/table/" + table);
        url.setQuery(QUrlQuery{
            {QStringLiteral("sysparm_query"), QString::fromLatin1(QUrl::toPercentEncoding(query))},
            {QStringLiteral("sysparm_exclude_reference_link"), QStringLiteral("true")}});
        const auto reply = client().fixture().get(
            url,
            {SandboxFixture::basicAuth(info[u"username"].toString(), info[u"password"].toString()),
             {"Accept", "application/json"}});
        if (reply.status != 200)
            qWarning("ServiceNow answered %d: %s", reply.status, reply.body.constData());
        return reply.object()[u"result"].toArray();
    }

private slots:
    void stagingRequestGetsAppliedWithATestTask()
    {
        const auto &release = releaseAt(HistoryStage::TicketRaised);
        const QString ts = client().post(stagingRequest(release, release.changeNumber));
        QVERIFY(!ts.isEmpty());
        QCOMPARE(client().thread(ts).size(), 1); // the team takes its time
        QTRY_VERIFY_WITH_TIMEOUT(client().thread(ts).size() == 2, 10 * replyDelayMs() + 2000);

        const QJsonObject answer = client().thread(ts)[1].toObject();
        QCOMPARE(answer[u"user"].toString(), client().managerId());
        QCOMPARE(answer[u"thread_ts"].toString(), ts);
        static const QRegularExpression format(QStringLiteral(
            "^Applied to staging: (\\S+)\\. ServiceNow test task (CTASK\\d{7})\\.$"));
        const auto match = format.match(answer[u"text"].toString());
        QVERIFY2(match.hasMatch(), qPrintable(answer[u"text"].toString()));
        QCOMPARE(match.captured(1), release.name);

        const QJsonArray changes =
            serviceNowRecords(QStringLiteral("change_request"), u"number=" + release.changeNumber);
        QCOMPARE(changes.size(), 1);
        const QJsonArray tasks =
            serviceNowRecords(QStringLiteral("change_task"), u"number=" + match.captured(2));
        QCOMPARE(tasks.size(), 1);
        const QJsonValue task = tasks.first();
        QCOMPARE(task[u"short_description"].toString(), u"Test " + release.name + u" in staging");
        QCOMPARE(task[u"change_task_type"].toString(), u"testing");
        QCOMPARE(task[u"state"].toString(), u"1");
        QCOMPARE(referenceValue(task[u"change_request"]), changes.first()[u"sys_id"].toString());
    }

    void liveRequestGetsAppliedWithoutATask()
    {
        const auto &release = releaseAt(HistoryStage::InStaging);
        const QJsonObject before = serviceNowState();
        const QString ts = client().post(
            QStringLiteral("Live request for release %1: please deploy to live.\nChange: %2")
                .arg(release.name, release.changeNumber));
        QTRY_VERIFY_WITH_TIMEOUT(client().thread(ts).size() == 2, 10 * replyDelayMs() + 2000);
        QCOMPARE(client().thread(ts)[1][u"text"].toString(),
                 u"Applied to live: " + release.name + u'.');
        QCOMPARE(client().thread(ts)[1][u"user"].toString(), client().managerId());
        QCOMPARE(serviceNowState(), before);
    }

    void asksForWhatIsMissing_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("answer");
        QTest::newRow("no CHG")
            << QString()
            << QStringLiteral(
                   "I can't find a change ticket in this request; please include the CHG number.");
        QTest::newRow("unknown CHG")
            << QStringLiteral("CHG9999999")
            << QStringLiteral(
                   "I can't find CHG9999999 in ServiceNow; please check the change ticket number.");
    }
    void asksForWhatIsMissing()
    {
        QFETCH(QString, change);
        QFETCH(QString, answer);
        const QJsonObject before = serviceNowState();
        const QString ts =
            client().post(stagingRequest(releaseAt(HistoryStage::TicketRaised), change));
        QTRY_VERIFY_WITH_TIMEOUT(client().thread(ts).size() == 2, 10 * replyDelayMs() + 2000);
        QCOMPARE(client().thread(ts)[1][u"text"].toString(), answer);
        QCOMPARE(serviceNowState(), before);
    }

    void answersNothingElse_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("text");
        const QString request = stagingRequest(releaseAt(HistoryStage::TicketRaised),
                                               releaseAt(HistoryStage::TicketRaised).changeNumber);
        QTest::newRow("chat") << QStringLiteral("top")
                              << QStringLiteral("Morning all, staging looks slow today");
        QTest::newRow("no verb") << QStringLiteral("top")
                                 << QStringLiteral("Release 2026.11.3 is live");
        QTest::newRow("delivery is not live")
            << QStringLiteral("top") << QStringLiteral("Request: faster delivery of 2026.11.3");
        QTest::newRow("in a thread") << QStringLiteral("thread") << request;
        QTest::newRow("in another channel") << QStringLiteral("general") << request;
        QTest::newRow("from the release manager") << QStringLiteral("manager") << request;
    }
    void answersNothingElse()
    {
        QFETCH(QString, how);
        QFETCH(QString, text);
        const QString parent =
            how == u"thread" ? client().post(QStringLiteral("Thread for chat")) : QString();
        const int before = releaseChannelMessages();
        const QJsonObject serviceNow = serviceNowState();
        if (how == u"general") {
            QCOMPARE(client()
                         .call(QStringLiteral("chat.postMessage"),
                               {{QStringLiteral("channel"), QStringLiteral("general")},
                                {QStringLiteral("text"), text}})
                         .object()[u"ok"]
                         .toBool(),
                     true);
        } else if (how == u"manager") {
            QVERIFY(!client()
                         .system()
                         .postAsUser(client().channelId(QStringLiteral("release_chs")),
                                     client().managerId(), text)
                         .isEmpty());
        } else {
            QVERIFY(!client().post(text, parent).isEmpty());
        }
        const int posted = how == u"general" ? 0 : 1;
        QTest::qWait(4 * replyDelayMs());
        QCOMPARE(releaseChannelMessages(), before + posted);
        QCOMPARE(
            client()
                .call(QStringLiteral("conversations.history"),
                      {{QStringLiteral("channel"), client().channelId(QStringLiteral("general"))}})
                .object()[u"messages"]
                .toArray()
                .size(),
            how == u"general" ? 1 : 0);
        QCOMPARE(serviceNowState(), serviceNow);
    }

    void neverAnswersItsOwnReplies()
    {
        const auto &release = releaseAt(HistoryStage::TicketRaised);
        const int before = releaseChannelMessages();
        const QString ts = client().post(stagingRequest(release, release.changeNumber));
        QTRY_VERIFY_WITH_TIMEOUT(client().thread(ts).size() == 2, 10 * replyDelayMs() + 2000);
        // The answer itself mentions staging and a release; it must stay unanswered.
        QTest::qWait(5 * replyDelayMs());
        QCOMPARE(client().thread(ts).size(), 2);
        QCOMPARE(releaseChannelMessages(), before + 2);
        QCOMPARE(client().releaseHistory().first()[u"ts"].toString(), ts);
    }

    void seededAnswersNameServiceNowsTestTasks()
    {
        auto &serviceNow = *static_cast<Sandbox::ServiceNowSystem *>(
            sandbox().system(QStringLiteral("servicenow")));
        static const QRegularExpression task(
            QStringLiteral("ServiceNow test task (CTASK\\d{7})\\.$"));
        int checked = 0;
        for (const QJsonValue &message : client().releaseHistory()) {
            const QString text = message[u"text"].toString();
            if (!text.startsWith(u"Staging request") || message[u"reply_count"].toInt() == 0)
                continue;
            const QString answer =
                client().thread(message[u"ts"].toString())[1][u"text"].toString();
            const auto match = task.match(answer);
            QVERIFY2(match.hasMatch(), qPrintable(answer));
            const QString change =
                QRegularExpression(QStringLiteral("CHG\\d{7}")).match(text).captured();
            const auto record =
                serviceNow.findByNumber(QStringLiteral("change_task"), match.captured(1));
            QVERIFY2(record.has_value(), qPrintable(match.captured(1)));
            const auto changeRecord =
                serviceNow.findByNumber(QStringLiteral("change_request"), change);
            QVERIFY2(changeRecord.has_value(), qPrintable(change));
            QCOMPARE(referenceValue(record->value(u"change_request")),
                     changeRecord->value(u"sys_id").toString());
            ++checked;
        }
        QVERIFY(checked >= 3);
    }
};

QTEST_GUILESS_MAIN(TestSandboxReleaseTeam)
#include "tst_sandbox_releaseteam.moc"
