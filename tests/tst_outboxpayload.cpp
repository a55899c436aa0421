#include "models/formats/outboxpayload.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ReleaseDesk;

Q_DECLARE_METATYPE(ReleaseDesk::OutboxPayload)

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray json(const char *text)
{
    return QByteArray(text);
}

// The kind stored as `key`; Unknown for one this version does not know.
OutboxKind kindOf(const QString &key)
{
    return fromKey<OutboxKind>(key).value_or(OutboxKind::Unknown);
}

// An entry as the store reads it back: an unknown kind kept by its text.
OutboxEntry storedEntry(const QString &kind, const QByteArray &payload)
{
    OutboxEntry entry;
    entry.kind = kindOf(kind);
    if (entry.kind == OutboxKind::Unknown)
        entry.unknownKind = kind;
    entry.payload = payload;
    return entry;
}

} // namespace

class TestOutboxPayload : public QObject
{
    Q_OBJECT

private slots:
    // Every kind survives the store: what is written is what the worker reads.
    void roundTrip_data()
    {
        QTest::addColumn<OutboxPayload>("payload");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("system");
        QTest::newRow("page") << OutboxPayload(PublishPagePayload{
                                     s("Release notes – 2026.11.3"),
                                     s("<h2>Description of changes</h2><p>&amp;</p>")})
                              << s("confluence.publish") << s("Confluence");
        QTest::newRow("change") << OutboxPayload(RaiseChangePayload{
                                       s("releasedesk:2026.11.3"), s("Release 2026.11.3"),
                                       s("Paging.\n\nNotes: https://x"), s("Redeploy 1.1.0."),
                                       s("Deploy chs-orders-api 1.2.0 (ECS)."), s("Tested.")})
                                << s("servicenow.change") << s("ServiceNow");
        QTest::newRow("staging request")
            << OutboxPayload(SlackPostPayload{
                   s("Staging request for release 2026.11.3"), {}, SlackPurpose::StagingRequest})
            << s("slack.post") << s("Slack");
        QTest::newRow("live request in a thread")
            << OutboxPayload(SlackPostPayload{s("Live request"), s("1732100000.000100"),
                                              SlackPurpose::LiveRequest})
            << s("slack.post") << s("Slack");
        QTest::newRow("test failure")
            << OutboxPayload(SlackPostPayload{
                   s("CHS-1201 failed testing in Staging"), {}, SlackPurpose::TestFailure})
            << s("slack.post") << s("Slack");
        QTest::newRow("comment")
            << OutboxPayload(JiraCommentPayload{
                   s("CHS-1201"),
                   s("Failed testing in Staging (Priya Shah): 500 “quoted”\nline two")})
            << s("jira.comment") << s("Jira");
        QTest::newRow("post with a ref")
            << OutboxPayload(SlackPostPayload{s("Backed out of staging: 2026.11.3."),
                                              {},
                                              SlackPurpose::ReleaseTeamAction,
                                              s("0190f3c2a1b0001abc")})
            << s("slack.post") << s("Slack");
        QTest::newRow("comment with a ref")
            << OutboxPayload(
                   JiraCommentPayload{s("CHS-1201"), s("Failed"), s("0190f3c2a1b0002abc")})
            << s("jira.comment") << s("Jira");
        QTest::newRow("transition")
            << OutboxPayload(JiraTransitionPayload{s("CHS-1201"), s("In Progress")})
            << s("jira.transition") << s("Jira");
        QTest::newRow("verdict")
            << OutboxPayload(JiraVerdictPayload{
                   s("CHS-1201"), s("0190f3c2a1b0001abc"),
                   s("Failed in CI-Dev \u2014 tested by Ben Jones.\nNote: 500 “quoted”\n"
                     "(ReleaseDesk verdict: ci-dev/failed, ref 0190f3c2a1b0001abc)"),
                   s("In Progress")})
            << s("jira.verdict") << s("Jira");
        QTest::newRow("version") << OutboxPayload(JiraVersionPayload{s("2026.12.1")})
                                 << s("jira.version") << s("Jira");
        QTest::newRow("fix version added")
            << OutboxPayload(JiraFixVersionPayload{s("CHS-1201"), s("2026.12.1"), true})
            << s("jira.fix-version") << s("Jira");
        QTest::newRow("fix version removed")
            << OutboxPayload(JiraFixVersionPayload{s("CHS-1201"), s("2026.12.1"), false})
            << s("jira.fix-version") << s("Jira");
        QTest::newRow("version released")
            << OutboxPayload(JiraVersionReleasedPayload{s("2026.12.1"), QDate(2026, 12, 3)})
            << s("jira.version-released") << s("Jira");
        QTest::newRow("version archived")
            << OutboxPayload(JiraVersionArchivedPayload{s("2026.12.1")})
            << s("jira.version-archived") << s("Jira");
        // A release whose tasks span projects: the second project's entries name it.
        QTest::newRow("version in a project")
            << OutboxPayload(JiraVersionPayload{s("2026.12.1"), s("PAY")}) << s("jira.version")
            << s("Jira");
        QTest::newRow("fix version in a project")
            << OutboxPayload(JiraFixVersionPayload{s("PAY-12"), s("2026.12.1"), true, s("PAY")})
            << s("jira.fix-version") << s("Jira");
        QTest::newRow("version released in a project")
            << OutboxPayload(
                   JiraVersionReleasedPayload{s("2026.12.1"), QDate(2026, 12, 3), s("PAY")})
            << s("jira.version-released") << s("Jira");
        QTest::newRow("version archived in a project")
            << OutboxPayload(JiraVersionArchivedPayload{s("2026.12.1"), s("PAY")})
            << s("jira.version-archived") << s("Jira");
        QTest::newRow("release team's action in a thread")
            << OutboxPayload(SlackPostPayload{s("Backed out of live: 2026.11.3. Errors."),
                                              s("1732100000.000100"),
                                              SlackPurpose::ReleaseTeamAction})
            << s("slack.post") << s("Slack");
        QTest::newRow("work note")
            << OutboxPayload(WorkNotePayload{s("releasedesk:2026.11.3"),
                                             s("Backed out of live: errors “after” the deploy")})
            << s("servicenow.worknote") << s("ServiceNow");
    }
    void roundTrip()
    {
        QFETCH(OutboxPayload, payload);
        QFETCH(QString, kind);
        QFETCH(QString, system);
        QCOMPARE(toKey(OutboxPayloads::kind(payload)), kind);
        QCOMPARE(OutboxPayloads::systemTitle(kindOf(kind)), system);
        const QByteArray stored = OutboxPayloads::toJson(payload);
        QVERIFY(QJsonDocument::fromJson(stored).isObject());
        QVERIFY2(!stored.contains('\n'), "one compact line");
        const auto read = OutboxPayloads::parse(kindOf(kind), stored);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QVERIFY(read.value() == payload);
    }

    // The stored field names are a format a later version must still read.
    void fieldNames_data()
    {
        QTest::addColumn<OutboxPayload>("payload");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("page") << OutboxPayload(PublishPagePayload{s("t"), s("b")})
                              << QStringList{s("storage"), s("title")};
        QTest::newRow("change") << OutboxPayload(
                                       RaiseChangePayload{s("c"), s("s"), {}, s("b"), {}, {}})
                                << QStringList{s("backoutPlan"),      s("correlationId"),
                                               s("description"),      s("implementationPlan"),
                                               s("shortDescription"), s("testPlan")};
        QTest::newRow("post") << OutboxPayload(
                                     SlackPostPayload{s("t"), {}, SlackPurpose::LiveRequest})
                              << QStringList{s("purpose"), s("text"), s("threadTs")};
        QTest::newRow("comment") << OutboxPayload(JiraCommentPayload{s("k"), s("t")})
                                 << QStringList{s("key"), s("text")};
        QTest::newRow("transition")
            << OutboxPayload(JiraTransitionPayload{s("k"), s("In Progress")})
            << QStringList{s("key"), s("toStatus")};
        QTest::newRow("version") << OutboxPayload(JiraVersionPayload{s("v")})
                                 << QStringList{s("name")};
        QTest::newRow("fix version") << OutboxPayload(JiraFixVersionPayload{s("k"), s("v"), false})
                                     << QStringList{s("edit"), s("key"), s("version")};
        QTest::newRow("released") << OutboxPayload(
                                         JiraVersionReleasedPayload{s("v"), QDate(2026, 12, 3)})
                                  << QStringList{s("name"), s("releaseDate")};
        QTest::newRow("archived") << OutboxPayload(JiraVersionArchivedPayload{s("v")})
                                  << QStringList{s("name")};
        QTest::newRow("version in a project") << OutboxPayload(JiraVersionPayload{s("v"), s("PAY")})
                                              << QStringList{s("name"), s("project")};
        QTest::newRow("fix version in a project")
            << OutboxPayload(JiraFixVersionPayload{s("k"), s("v"), false, s("PAY")})
            << QStringList{s("edit"), s("key"), s("project"), s("version")};
    }
    void fieldNames()
    {
        QFETCH(OutboxPayload, payload);
        QFETCH(QStringList, fields);
        const QJsonObject object =
            QJsonDocument::fromJson(OutboxPayloads::toJson(payload)).object();
        QCOMPARE(object.keys(), fields);
        if (std::holds_alternative<SlackPostPayload>(payload))
            QCOMPARE(object.value(QLatin1String("purpose")).toString(), s("live-request"));
        if (std::holds_alternative<JiraFixVersionPayload>(payload))
            QCOMPARE(object.value(QLatin1String("edit")).toString(), s("remove"));
        if (std::holds_alternative<JiraVersionReleasedPayload>(payload))
            QCOMPARE(object.value(QLatin1String("releaseDate")).toString(), s("2026-12-03"));
    }

    // A payload the worker cannot read fails whole, with a message naming the field.
    void refusesUnreadable_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("stored");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown kind") << s("teams.post") << json(R"({"text":"x"})")
                                      << s("Unknown kind of outbox entry “teams.post”.");
        QTest::newRow("not json") << s("jira.comment") << json("{key: CHS-1")
                                  << s("The jira.comment payload cannot be read:");
        QTest::newRow("not an object")
            << s("jira.comment") << json(R"(["CHS-1","x"])") << s("it is not a JSON object.");
        QTest::newRow("missing field")
            << s("jira.comment") << json(R"({"key":"CHS-1"})") << s("“text” is missing.");
        QTest::newRow("null field")
            << s("jira.transition") << json(R"({"key":"CHS-1","toStatus":null})")
            << s("“toStatus” is missing.");
        QTest::newRow("empty field")
            << s("confluence.publish") << json(R"({"title":" ","storage":"<p/>"})")
            << s("“title” is empty.");
        QTest::newRow("number") << s("jira.comment") << json(R"({"key":1201,"text":"x"})")
                                << s("“key” is not text.");
        QTest::newRow("optional of the wrong type")
            << s("slack.post") << json(R"({"text":"x","purpose":"live-request","threadTs":17})")
            << s("“threadTs” is not text.");
        QTest::newRow("unknown purpose")
            << s("slack.post") << json(R"({"text":"x","purpose":"reminder"})")
            << s("“purpose” is “reminder”, not one of staging-request, live-request, "
                 "test-failure, release-team-action.");
        QTest::newRow("work note without text")
            << s("servicenow.worknote") << json(R"({"correlationId":"releasedesk:1"})")
            << s("“text” is missing.");
        QTest::newRow("change without backout plan")
            << s("servicenow.change")
            << json(R"({"correlationId":"releasedesk:1","shortDescription":"Release 1"})")
            << s("“backoutPlan” is missing.");
        QTest::newRow("fix version edit unknown")
            << s("jira.fix-version") << json(R"({"key":"CHS-1","version":"1","edit":"set"})")
            << s("“edit” is “set”, not add or remove.");
        QTest::newRow("fix version without task")
            << s("jira.fix-version") << json(R"({"version":"1","edit":"add"})")
            << s("“key” is missing.");
        QTest::newRow("release date not a date")
            << s("jira.version-released") << json(R"({"name":"1","releaseDate":"3 Dec"})")
            << s("“releaseDate” is “3 Dec”, not a date.");
        QTest::newRow("project not text")
            << s("jira.version") << json(R"({"name":"1","project":["PAY"]})")
            << s("“project” is not text.");
        QTest::newRow("archived without name")
            << s("jira.version-archived") << json(R"({"name":""})") << s("“name” is empty.");
    }
    void refusesUnreadable()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, stored);
        QFETCH(QString, error);
        const auto read = OutboxPayloads::parse(storedEntry(kind, stored));
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(error), qPrintable(read.error()));
    }

    // Optional fields may be absent: a change without a test plan, a top-level post.
    void readsOptionalFieldsAbsent()
    {
        const auto post = OutboxPayloads::parse(OutboxKind::SlackPost,
                                                json(R"({"text":"x","purpose":"test-failure"})"));
        QVERIFY2(post.ok(), qPrintable(post.error()));
        QVERIFY(post.value() ==
                OutboxPayload(SlackPostPayload{s("x"), {}, SlackPurpose::TestFailure}));
        const auto change = OutboxPayloads::parse(
            OutboxKind::ServiceNowChange,
            json(R"({"correlationId":"releasedesk:1","shortDescription":"R","backoutPlan":"B"})"));
        QVERIFY2(change.ok(), qPrintable(change.error()));
    }

    // The fix-version entries queued before releases spanned projects name
    // none: they read back as the team's first project's.
    void readsFixVersionEntriesWithoutAProject()
    {
        const QList<std::pair<OutboxKind, QByteArray>> stored{
            {OutboxKind::JiraVersion, json(R"({"name":"2026.11.3"})")},
            {OutboxKind::JiraFixVersion,
             json(R"({"edit":"add","key":"CHS-1201","version":"2026.11.3"})")},
            {OutboxKind::JiraVersionReleased,
             json(R"({"name":"2026.11.3","releaseDate":"2026-11-20"})")},
            {OutboxKind::JiraVersionArchived, json(R"({"name":"2026.11.3"})")}};
        const QList<OutboxPayload> expected{
            JiraVersionPayload{s("2026.11.3")},
            JiraFixVersionPayload{s("CHS-1201"), s("2026.11.3"), true},
            JiraVersionReleasedPayload{s("2026.11.3"), QDate(2026, 11, 20)},
            JiraVersionArchivedPayload{s("2026.11.3")}};
        for (qsizetype i = 0; i < stored.size(); ++i) {
            const auto read = OutboxPayloads::parse(stored.at(i).first, stored.at(i).second);
            QVERIFY2(read.ok(), qPrintable(read.error()));
            QVERIFY(read.value() == expected.at(i));
            // And is stored so again: byte for byte as before.
            QCOMPARE(OutboxPayloads::toJson(read.value()), stored.at(i).second);
        }
    }

    // Every queued Slack post and Jira comment names its own message or
    // comment: two entries of the same text get two refs, and a ref already
    // given is kept. An entry queued before refs reads back without one.
    void entriesGetARefEach()
    {
        const QDateTime at(QDate(2026, 11, 3), QTime(9, 0), Qt::UTC);
        const auto refOf = [](const OutboxEntry &entry) {
            return QJsonDocument::fromJson(entry.payload).object().value(u"ref").toString();
        };
        const SlackPostPayload post{s("Backed out"), {}, SlackPurpose::ReleaseTeamAction};
        const QString first = refOf(OutboxPayloads::entry(post, 1, s("a"), at));
        const QString second = refOf(OutboxPayloads::entry(post, 1, s("b"), at));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QVERIFY(first != second);
        const JiraCommentPayload comment{s("CHS-1"), s("Failed")};
        const OutboxEntry commented = OutboxPayloads::entry(comment, 1, s("c"), at);
        QVERIFY(!refOf(commented).isEmpty());
        QCOMPARE(std::get<JiraCommentPayload>(
                     OutboxPayloads::parse(commented.kind, commented.payload).value())
                     .ref,
                 refOf(commented));
        SlackPostPayload named = post;
        named.ref = s("given");
        QCOMPARE(refOf(OutboxPayloads::entry(named, 1, s("d"), at)), s("given"));
        // Other kinds carry no ref.
        const OutboxEntry move =
            OutboxPayloads::entry(JiraTransitionPayload{s("CHS-1"), s("Done")}, 1, s("e"), at);
        QVERIFY(!QJsonDocument::fromJson(move.payload).object().contains(u"ref"));

        const auto old = OutboxPayloads::parse(OutboxKind::JiraComment,
                                               json(R"({"key":"CHS-1","text":"Failed"})"));
        QVERIFY2(old.ok(), qPrintable(old.error()));
        QVERIFY(std::get<JiraCommentPayload>(old.value()).ref.isEmpty());
    }

    // A comment with a ref ends with a line that names it, and is known by it
    // also when Jira gives the text back with other paragraph breaks.
    void commentTextNamesItsRef()
    {
        const JiraCommentPayload comment{s("CHS-1"), s("Failed in Staging"), s("0190abc")};
        const QString text = OutboxPayloads::commentText(comment);
        QVERIFY(text.startsWith(comment.text));
        QVERIFY(text.contains(s("0190abc")));
        QVERIFY(OutboxPayloads::isCommentOf(text, s("0190abc")));
        QVERIFY(OutboxPayloads::isCommentOf(QString(text).replace(s("\n\n"), s("\n")) + u'\n',
                                            s("0190abc")));
        QVERIFY(!OutboxPayloads::isCommentOf(text, s("0190ab")));
        QVERIFY(!OutboxPayloads::isCommentOf(comment.text, s("0190abc")));
        QVERIFY(!OutboxPayloads::isCommentOf(text, {}));
        QCOMPARE(OutboxPayloads::commentText(JiraCommentPayload{s("CHS-1"), s("Plain")}),
                 s("Plain"));
    }

    void purposeKeys()
    {
        for (SlackPurpose purpose :
             {SlackPurpose::StagingRequest, SlackPurpose::LiveRequest, SlackPurpose::TestFailure})
            QCOMPARE(OutboxPayloads::purposeFromKey(OutboxPayloads::toKey(purpose)), purpose);
        QCOMPARE(OutboxPayloads::purposeFromKey(s("Staging-Request")), std::nullopt);
    }

    void idempotencyKeys_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("purpose");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("key");
        QTest::newRow("staging request")
            << s("slack.post") << s("2026.11.3") << s("staging-request") << 1
            << s("slack.post:2026.11.3:staging-request:1");
        QTest::newRow("notes again") << s("confluence.publish") << s("2026.11.3") << s("notes") << 2
                                     << s("confluence.publish:2026.11.3:notes:2");
        QTest::newRow("task") << s("jira.comment") << s("CHS-1201") << s("test-failure") << 3
                              << s("jira.comment:CHS-1201:test-failure:3");
    }
    void idempotencyKeys()
    {
        QFETCH(QString, kind);
        QFETCH(QString, subject);
        QFETCH(QString, purpose);
        QFETCH(int, n);
        QFETCH(QString, key);
        QCOMPARE(OutboxPayloads::idempotencyKey(kindOf(kind), subject, purpose, n), key);
        QVERIFY(key.startsWith(OutboxPayloads::keyPrefix(kindOf(kind), subject, purpose)));
    }

    void entryIsPendingWithItsPayload()
    {
        const QDateTime at(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
        const OutboxPayload payload = JiraTransitionPayload{s("CHS-1201"), s("In Progress")};
        const OutboxEntry entry =
            OutboxPayloads::entry(payload, 7, s("jira.transition:CHS-1201:test-failure:1"), at);
        QCOMPARE(entry.id, qint64(0));
        QCOMPARE(entry.releaseId, qint64(7));
        QCOMPARE(entry.kind, OutboxKind::JiraTransition);
        QCOMPARE(entry.state, OutboxState::Pending);
        QCOMPARE(entry.attempts, 0);
        QCOMPARE(entry.created, at);
        QVERIFY(!entry.nextAttempt.isValid());
        QVERIFY(OutboxPayloads::parse(entry.kind, entry.payload).value() == payload);
    }
};

QTEST_GUILESS_MAIN(TestOutboxPayload)
#include "tst_outboxpayload.moc"
