#include "models/formats/displaytext.h"

#include <QLocale>

namespace ReleaseDesk {

QString plainForDisplay(const QString &text)
{
    // Qt::mightBeRichText (QtGui) looks for a tag or an entity such as &lt;
    // on the first line; without '<' or '&' anywhere neither can be there.
    if (!text.contains(u'<') && !text.contains(u'&'))
        return text;
    // pre-wrap keeps the line breaks and runs of spaces that plain text shows.
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped() +
           QStringLiteral("</p>");
}

QVariant plainForDisplay(const QVariant &text)
{
    return text.isValid() ? QVariant(plainForDisplay(text.toString())) : text;
}

QString withoutMarkup(QString text)
{
    return text.replace(u'<', QChar(0x2039)).replace(u'>', QChar(0x203A));
}

QString localNumber(qint64 count)
{
    return QLocale().toString(count);
}

} // namespace ReleaseDesk
