#include "support/storefixtures.h"

#include "models/releasetimeline.h"

#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

// Audit actions and channel message kinds are enums in the app and text in
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
};

QTEST_GUILESS_MAIN(TestStoredKeys)
#include "tst_storedkeys.moc"
