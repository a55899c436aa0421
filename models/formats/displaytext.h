#pragma once

#include <QString>
#include <QVariant>

namespace ReleaseDesk {

// `text`, which may hold what a remote system sent (a release's name, a Jira
// summary, a Slack reply), made to show as it is in a tooltip or in a label
// left at Qt::AutoText. Those guess: text that starts like markup is rendered
// as HTML, so a summary of "<img src=file:…>" would load a local file. Text
// that could be taken for markup comes back escaped in a paragraph that
// renders to the same characters; other text comes back unchanged.
QString plainForDisplay(const QString &text);
// The same for a model's tooltip; no tooltip (an invalid variant) stays none.
QVariant plainForDisplay(const QVariant &text);
// `text` for a desktop notification. Some notification servers read a subset
// of HTML in the body (links, images) and others show it raw, so escaping
// cannot be right for both: the angle brackets become look-alikes instead,
// and no tag can form.
QString withoutMarkup(QString text);
// A count as the person's language writes it ("1,200", in German "1.200"):
// QString::arg() of a number ignores the locale.
QString localNumber(qint64 count);

} // namespace ReleaseDesk
