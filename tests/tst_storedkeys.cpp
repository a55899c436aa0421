#include "support/storefixtures.h"

#include "models/formats/outboxpayload.h"
#include "models/usecases/releasetimeline.h"

#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

// Audit actions, channel message kinds and outbox kinds are enums in the app and text in
// SQLite: written by their keys, read back by them, and a key this version
// does not know (a newer version's, in a profile shared by an older one) is
// read rather than refused, so one new word never hides a release's history.
class TestStoredKeys : public QObject, private StoreFixture
{
    Q_OBJECT

private slots:
    void init()
    {
        const Status opened = openStore();
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
    }
    void cleanup() { closeStore(); }

    void auditActionsAreStoredByKey()
    {
        Release release = sampleRelease(QStringLiteral("2026.11.3"));
        const qint64 id = createSampleRelease(release);
        QVERIFY(m_store->saveRelease(release, {sampleEvent(AuditAction::LiveConfirmationRecorded)})
                    .ok());

        RawConnection raw(path());
        QCOMPARE(raw.strings(QStringLiteral("SELECT action FROM audit_events ORDER BY id")),
                 QStringList(
                     {toKey(AuditAction::Created), toKey(AuditAction::LiveConfirmationRecorded)}));
        const QList<AuditEvent> trail = m_store->auditTrail(id).value();
        QCOMPARE(trail.size(), 2);
        QCOMPARE(trail.at(1).action, AuditAction::LiveConfirmationRecorded);
    }

    // The event stays in the trail, with everything else it says, as Unknown.
    void unknownAuditActionReadsAsUnknown()
    {
        Release release = sampleRelease(QStringLiteral("2026.11.3"));
        const qint64 id = createSampleRelease(release);
        RawConnection raw(path());
        QCOMPARE(raw.exec(QStringLiteral("INSERT INTO audit_events (release_id, actor, at, action,"
                                         " from_stage, to_stage, why) VALUES (?, 'Rita Release',"
                                         " '2026-11-05T10:00:00.000Z', 'moved-to-mars', '', '',"
                                         " 'a newer version did this')"),
                          {id}),
                 QString());

        const auto trail = m_store->auditTrail(id);
        QVERIFY2(trail.ok(), qPrintable(trail.error()));
        QCOMPARE(trail->size(), 2);
        const AuditEvent &newer = trail->at(1);
        QCOMPARE(newer.action, AuditAction::Unknown);
        QCOMPARE(toKey(newer.action), QStringLiteral("unknown"));
        QCOMPARE(newer.actor, QStringLiteral("Rita Release"));
        QCOMPARE(newer.why, QStringLiteral("a newer version did this"));
    }

    void channelKindsAreStoredByKey()
    {
        ChannelMessage applied =
            sampleMessage(QStringLiteral("1700000001.000100"), QStringLiteral("2026.11.3"));
        applied.kind = ChannelMessageKind::AppliedToLive;
        ChannelMessage talk =
            sampleMessage(QStringLiteral("1700000002.000100"), QStringLiteral("2026.11.3"));
        talk.kind = ChannelMessageKind::None;
        QVERIFY(m_store->saveChannelMessages({applied, talk}).ok());

        RawConnection raw(path());
        QCOMPARE(raw.strings(QStringLiteral("SELECT kind FROM channel_messages ORDER BY ts")),
                 QStringList({QStringLiteral("applied-live"), QString()}));
        QCOMPARE(m_store->channelMessages().value(), QList({applied, talk}));
    }

    // Such a message asks and answers nothing here, as it always did: it
    // moves nothing and asks no one to look at it.
    void unknownChannelKindReadsAsNone()
    {
        const ChannelMessage message =
            sampleMessage(QStringLiteral("1700000001.000100"), QStringLiteral("2026.11.3"));
        QVERIFY(m_store->saveChannelMessages({message}).ok());
        RawConnection raw(path());
        QCOMPARE(raw.exec(QStringLiteral("UPDATE channel_messages SET kind = 'launched-to-mars'")),
                 QString());

        const auto messages = m_store->channelMessages();
        QVERIFY2(messages.ok(), qPrintable(messages.error()));
        QCOMPARE(messages->size(), 1);
        const ChannelMessage &read = messages->constFirst();
        QCOMPARE(read.kind, ChannelMessageKind::None);
        QCOMPARE(read.text, message.text);
        const TimelineEntry entry{read.posted, read};
        QVERIFY(!entry.needsAttention());
    }

    void outboxKindsAreStoredByKey()
    {
        Release release = sampleRelease(QStringLiteral("2026.11.3"));
        const qint64 id = createSampleRelease(release);
        OutboxEntry post = sampleOutbox(QStringLiteral("slack.post:2026.11.3:staging-request:1"));
        post.releaseId = id;
        OutboxEntry version =
            sampleOutbox(QStringLiteral("jira.version-released:2026.11.3:live:1"));
        version.releaseId = id;
        version.kind = OutboxKind::JiraVersionReleased;
        QVERIFY(m_store->saveRelease(release, {}, {post, version}).ok());

        RawConnection raw(path());
        QCOMPARE(
            raw.strings(QStringLiteral("SELECT kind FROM outbox ORDER BY id")),
            QStringList({QStringLiteral("slack.post"), QStringLiteral("jira.version-released")}));
        const QList<OutboxEntry> read = m_store->releaseOutbox(id).value();
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(0).kind, OutboxKind::SlackPost);
        QCOMPARE(read.at(1).kind, OutboxKind::JiraVersionReleased);
        QVERIFY(read.at(1).unknownKind.isEmpty());
        QCOMPARE(read.at(1).kindKey(), QStringLiteral("jira.version-released"));
    }

    // An entry a newer version queued keeps its kind's name: it is shown by
    // it, fails by it when sent, and is written back with it.
    void unknownOutboxKindKeepsItsName()
    {
        Release release = sampleRelease(QStringLiteral("2026.11.3"));
        const qint64 id = createSampleRelease(release);
        OutboxEntry queued = sampleOutbox(QStringLiteral("teams.post:2026.11.3:notice:1"));
        queued.releaseId = id;
        QVERIFY(m_store->saveRelease(release, {}, {queued}).ok());
        RawConnection raw(path());
        QCOMPARE(raw.exec(QStringLiteral("UPDATE outbox SET kind = 'teams.post'")), QString());

        const auto entries = m_store->outboxEntries();
        QVERIFY2(entries.ok(), qPrintable(entries.error()));
        QCOMPARE(entries->size(), 1);
        OutboxEntry read = entries->constFirst();
        QCOMPARE(read.kind, OutboxKind::Unknown);
        QCOMPARE(read.unknownKind, QStringLiteral("teams.post"));
        QCOMPARE(read.kindKey(), QStringLiteral("teams.post"));
        QCOMPARE(read.payload, queued.payload);
        const auto parsed = OutboxPayloads::parse(read);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error(), QStringLiteral("Unknown kind of outbox entry “teams.post”."));

        read.state = OutboxState::Failed;
        read.lastError = parsed.error();
        QVERIFY(m_store->updateOutboxEntry(read).ok());
        QCOMPARE(raw.strings(QStringLiteral("SELECT kind FROM outbox")),
                 QStringList({QStringLiteral("teams.post")}));
        QCOMPARE(m_store->outboxEntry(read.id)->kindKey(), QStringLiteral("teams.post"));
    }
};

QTEST_GUILESS_MAIN(TestStoredKeys)
#include "tst_storedkeys.moc"
