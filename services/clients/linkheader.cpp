#include "linkheader.h"

#include <QRegularExpression>

#include <algorithm>

namespace ReleaseDesk {

namespace {

bool isLink(const QByteArray &name)
{
    return name.compare("link", Qt::CaseInsensitive) == 0;
}

} // namespace

bool LinkHeader::present(const Headers &headers)
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [](const auto &header) { return isLink(header.first); });
}

QUrl LinkHeader::target(const Headers &headers, const QString &rel, const QUrl &base)
{
    // A link's URL, then its parameters up to the comma that starts the next link.
    static const QRegularExpression link(QStringLiteral(R"(<([^>]*)>\s*((?:;\s*[^;,]+)*))"));
    static const QRegularExpression relation(
        QStringLiteral(R"re(;\s*rel\s*=\s*(?:"([^"]*)"|([^;,\s]+)))re"),
        QRegularExpression::CaseInsensitiveOption);
    for (const auto &[name, value] : headers) {
        if (!isLink(name))
            continue;
        auto links = link.globalMatch(QString::fromUtf8(value));
        while (links.hasNext()) {
            const auto found = links.next();
            const auto names = relation.match(found.captured(2));
            if (!names.hasMatch())
                continue;
            const QString list = names.hasCaptured(1) ? names.captured(1) : names.captured(2);
            const QStringList rels = list.split(u' ', Qt::SkipEmptyParts);
            if (rels.contains(rel, Qt::CaseInsensitive))
                return base.resolved(QUrl(found.captured(1)));
        }
    }
    return {};
}

} // namespace ReleaseDesk
