#include "timelinehtml.h"

#include "releasedetailpane.h"

#include "models/itemmodels/tablevalues.h"

namespace ReleaseDesk {
namespace {

const char *const attentionColor = "#dc2626";
const char *const secondaryTextColor = "#6b7280";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Audit events store stages by key; people read titles.
QString stageTitle(const QString &key)
{
    const auto stage = fromKey<Stage>(key);
    return stage ? toTitle(*stage) : key;
}

// Every action in the reader's words; the stored key is for the record only.
QString actionTitle(AuditAction action)
{
    switch (action) {
    case AuditAction::Created:
        return ReleaseDetailPane::tr("created the release");
    case AuditAction::Imported:
        return ReleaseDetailPane::tr("imported the release");
    case AuditAction::Transition:
        return ReleaseDetailPane::tr("moved the release");
    case AuditAction::TestResult:
        return ReleaseDetailPane::tr("recorded a test result");
    case AuditAction::TestPassed:
        return ReleaseDetailPane::tr("passed a task");
    case AuditAction::TestFailed:
        return ReleaseDetailPane::tr("failed a task");
    case AuditAction::TestWithdrawn:
        return ReleaseDetailPane::tr("withdrew a verdict");
    case AuditAction::NotesSaved:
        return ReleaseDetailPane::tr("saved the release notes");
    case AuditAction::NotesPublished:
        return ReleaseDetailPane::tr("published the release notes");
    case AuditAction::ChangeTicketRecorded:
        return ReleaseDetailPane::tr("recorded the change ticket");
    case AuditAction::StagingRequestRecorded:
        return ReleaseDetailPane::tr("recorded the staging request");
    case AuditAction::TestTaskRecorded:
        return ReleaseDetailPane::tr("recorded the test task");
    case AuditAction::LiveRequestRecorded:
        return ReleaseDetailPane::tr("recorded the live request");
    case AuditAction::LiveConfirmationRecorded:
        return ReleaseDetailPane::tr("recorded that it is live");
    case AuditAction::EvidenceRecorded:
        return ReleaseDetailPane::tr("recorded evidence");
    case AuditAction::TaskRemoved:
        return ReleaseDetailPane::tr("removed a task");
    case AuditAction::TaskJoined:
        return ReleaseDetailPane::tr("a task joined");
    case AuditAction::TaskLeft:
        return ReleaseDetailPane::tr("a task left");
    case AuditAction::Queued:
        return ReleaseDetailPane::tr("queued a write");
    case AuditAction::Sent:
        return ReleaseDetailPane::tr("sent a write");
    case AuditAction::OutboxDiscarded:
        return ReleaseDetailPane::tr("discarded a write");
    case AuditAction::Unknown:
        break;
    }
    return ReleaseDetailPane::tr("did something this version does not know");
}

// Long Slack messages are cut: the timeline is a summary, Slack has the rest.
QString shortened(const QString &text)
{
    constexpr int limit = 160;
    const QString line = text.simplified();
    return line.size() <= limit ? line : line.left(limit - 1) + u'…';
}

} // namespace

QString TimelineHtml::render(const QList<TimelineEntry> &timeline)
{
    if (timeline.isEmpty())
        return QStringLiteral("<span style=\"color:%1\">%2</span>")
            .arg(QLatin1String(secondaryTextColor), tr("Nothing has happened yet."));
    QString html;
    for (auto entry = timeline.crbegin(); entry != timeline.crend(); ++entry) {
        const QString when =
            entry->at.isValid() ? TableValues::shortTime(entry->at) : tr("unknown time");
        QString body;
        if (const auto *event = std::get_if<AuditEvent>(&entry->record))
            body = auditLine(*event);
        else if (const auto *message = std::get_if<ChannelMessage>(&entry->record))
            body = channelLine(*message);
        else if (const auto *outbox = std::get_if<OutboxEntry>(&entry->record))
            body = outboxLine(*outbox);
        const QString style = entry->needsAttention()
                                  ? QStringLiteral(" border-left:3px solid %1; padding-left:6px")
                                        .arg(QLatin1String(attentionColor))
                                  : QString();
        html += QStringLiteral("<p style=\"margin:8px 0 0 0;%1\"><span style=\"color:%2\">%3</span>"
                               "<br>%4</p>")
                    .arg(style, QLatin1String(secondaryTextColor), escaped(when), body);
    }
    return html;
}

QString TimelineHtml::auditLine(const AuditEvent &event)
{
    QString html = QStringLiteral("<b>%1</b> %2")
                       .arg(escaped(event.actor), escaped(actionTitle(event.action)));
    if (!event.fromStage.isEmpty() || !event.toStage.isEmpty()) {
        html += QStringLiteral(": %1 → %2")
                    .arg(escaped(stageTitle(event.fromStage)), escaped(stageTitle(event.toStage)));
    }
    if (!event.why.isEmpty())
        html += QStringLiteral("<br><i>%1</i>").arg(escaped(shortened(event.why)));
    return html;
}

QString TimelineHtml::channelLine(const ChannelMessage &message)
{
    QString what = escaped(channelWhat(message.kind));
    if (message.kind == ChannelMessageKind::Unrecognised ||
        message.kind == ChannelMessageKind::NotFromReleaseTeam)
        what = QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
                   .arg(QLatin1String(attentionColor), what);
    return QStringLiteral("<b>%1</b> %2<br><i>%3</i>")
        .arg(escaped(message.author), what, escaped(shortened(message.text)));
}

QString TimelineHtml::channelWhat(ChannelMessageKind kind)
{
    switch (kind) {
    case ChannelMessageKind::StagingRequest:
        return tr("asked for staging in Slack");
    case ChannelMessageKind::LiveRequest:
        return tr("asked for live in Slack");
    case ChannelMessageKind::AppliedToStaging:
        return tr("replied in Slack: applied to staging");
    case ChannelMessageKind::AppliedToLive:
        return tr("replied in Slack: live");
    case ChannelMessageKind::BackedOutOfStaging:
        return tr("wrote in Slack: backed out of staging");
    case ChannelMessageKind::BackedOutOfLive:
        return tr("wrote in Slack: backed out of live");
    case ChannelMessageKind::Cancelled:
        return tr("wrote in Slack: cancelled");
    case ChannelMessageKind::Unrecognised:
        return tr("replied in Slack, not understood: read it and act on it");
    case ChannelMessageKind::NotFromReleaseTeam:
        return tr("wrote in Slack, not from the release team: nothing was moved");
    case ChannelMessageKind::None:
        break;
    }
    return tr("wrote in Slack");
}

QString TimelineHtml::outboxLine(const OutboxEntry &entry)
{
    QString html =
        tr("Queued %1: <b>%2</b>").arg(escaped(entry.kindKey()), escaped(toTitle(entry.state)));
    if (entry.attempts > 1)
        html += escaped(tr(" after %n attempts", nullptr, entry.attempts));
    if (!entry.lastError.isEmpty()) {
        const bool failed = entry.state == OutboxState::Failed;
        html += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                    .arg(QLatin1String(failed ? attentionColor : secondaryTextColor),
                         escaped(tr("Last error: %1").arg(entry.lastError)));
    }
    return html;
}

} // namespace ReleaseDesk
