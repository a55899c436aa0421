// SlackSync's read of the channel, page by page from the newest down, each
// page stored with the cursor of the window it reached.

#include "slacksync.h"

namespace ReleaseDesk {

QString SlackSync::windowSource(const QString &channel)
{
    return cursorSource(channel) + QStringLiteral(":window");
}

Result<std::optional<SlackSync::Window>> SlackSync::storedWindow(const QString &read) const
{
    using Found = Result<std::optional<Window>>;
    const auto stored = cursor(windowSource(m_settings.channel));
    if (!stored)
        return stored.failure();
    if (!stored.value())
        return Found(std::nullopt);
    const QStringList parts = stored.value()->value.split(u' ');
    // Once the window's last page is stored, the channel's cursor is its top.
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty() ||
        !newer(parts.at(0), read))
        return Found(std::nullopt);
    return Found(Window{parts.at(2), parts.at(1), parts.at(0)});
}

void SlackSync::readPage(QObject *context)
{
    if (m_run.cancelled)
        return cancelled();
    m_client.historyPage(
        m_window.bound, m_window.below, context,
        [this, context](const Result<SlackParse::MessagePage> &page) {
            if (!page)
                return fail(page.error());
            const QList<SlackMessage> &messages = page->messages;
            QString oldest;
            for (const SlackMessage &message : messages) {
                if (oldest.isEmpty() || newer(oldest, message.ts))
                    oldest = message.ts;
            }
            // A page that does not go further down would be asked for again and again.
            if (!messages.isEmpty() && !m_window.below.isEmpty() && !newer(m_window.below, oldest))
                return fail(SlackWebApi::unreadable(tr("channel history"),
                                                    tr("a page repeats newer messages")));
            m_pageIsLast = page->nextCursor.isEmpty() || messages.isEmpty();
            m_historyRead += int(messages.size());
            for (const SlackMessage &message : messages) {
                if (!message.isReply()) {
                    m_pending << message;
                    if (!message.latestReply.isEmpty())
                        m_threads << message.ts;
                    continue;
                }
                // A reply also sent to the channel whose thread starts on a
                // later page of the window comes with that page, where the
                // request it answers is known.
                const bool later = !m_pageIsLast && newer(message.threadTs, m_window.bound) &&
                                   newer(oldest, message.threadTs);
                if (!later) {
                    m_pending << message;
                    m_threads << message.threadTs;
                }
            }
            if (!messages.isEmpty()) {
                if (m_window.top.isEmpty())
                    m_window.top = messages.constFirst().ts;
                for (const SlackMessage &message : messages) {
                    if (newer(message.ts, m_window.top))
                        m_window.top = message.ts;
                }
                m_window.below = oldest;
            }
            readThreads(context, &SlackSync::storePage);
        });
}

void SlackSync::storePage(QObject *context)
{
    const QString channel = m_settings.channel;
    std::optional<SyncCursor> cursor;
    if (!m_pageIsLast) {
        cursor = nextCursor(windowSource(channel),
                            QStringList{m_window.top, m_window.below, m_window.bound}.join(u' '));
    } else if (!m_window.top.isEmpty()) {
        cursor = nextCursor(cursorSource(channel), m_window.top);
    }
    if (Status stored = store(cursor); !stored)
        return fail(stored.error());
    progress(tr("channel messages"), m_historyRead);
    if (!m_pageIsLast)
        return readPage(context);
    if (m_resumed) {
        // What was posted since the window an earlier sync stopped in.
        m_resumed = false;
        m_window = Window{m_window.top, QString(), QString()};
        return readPage(context);
    }
    readRequestThreads(context);
}

} // namespace ReleaseDesk
