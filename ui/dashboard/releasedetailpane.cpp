#include "releasedetailpane.h"

#include "models/formats/displaytext.h"
#include "models/itemmodels/dashboardmodel.h"
#include "stagedelegate.h"
#include "timelinehtml.h"
#include "ui/weblinks.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace ReleaseDesk {
namespace {

const char *const metGateColor = "#15803d";
const char *const blockedGateColor = "#dc2626";
const char *const secondaryTextColor = "#6b7280";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Only web links become clickable; anything else a remote system sent is shown as text.
QString link(const QString &url, const QString &text)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!isWebLink(parsed))
        return escaped(text);
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(escaped(QString::fromUtf8(parsed.toEncoded())), escaped(text));
}

QLabel *richLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    // Opened here rather than by QLabel, so that only web links ever open.
    QObject::connect(label, &QLabel::linkActivated, label,
                     [](const QString &target) { openWebLink(QUrl(target, QUrl::StrictMode)); });
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

ReleaseDetailPane::ReleaseDetailPane(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);

    m_placeholderLabel = new QLabel(m_pages);
    m_placeholderLabel->setObjectName(QStringLiteral("placeholderLabel"));
    m_placeholderLabel->setTextFormat(Qt::PlainText);
    m_placeholderLabel->setAlignment(Qt::AlignCenter);
    m_placeholderLabel->setWordWrap(true);
    m_placeholderLabel->setMargin(24);
    m_pages->addWidget(m_placeholderLabel);

    auto *scroll = new QScrollArea(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(8);

    auto *heading = new QHBoxLayout;
    heading->setSpacing(12);
    m_titleLabel = new QLabel(content);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_titleLabel->setTextFormat(Qt::PlainText); // the name is whatever the release was given
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    m_titleLabel->setFont(titleFont);
    m_stageLabel = new QLabel(content);
    m_stageLabel->setObjectName(QStringLiteral("stageLabel"));
    heading->addWidget(m_titleLabel);
    heading->addWidget(m_stageLabel);
    heading->addStretch();
    layout->addLayout(heading);

    m_servicesLabel = richLabel(QStringLiteral("servicesLabel"), content);
    m_linksLabel = richLabel(QStringLiteral("linksLabel"), content);
    m_tasksLabel = richLabel(QStringLiteral("tasksLabel"), content);
    layout->addWidget(m_servicesLabel);
    layout->addWidget(m_linksLabel);
    layout->addWidget(m_tasksLabel);
    m_gatesLabel = addSection(layout, tr("Gates ahead"), QStringLiteral("gatesLabel"));
    m_auditLabel = addSection(layout, tr("History, newest first"), QStringLiteral("auditLabel"));
    layout->addStretch();

    scroll->setWidget(content);
    m_pages->addWidget(scroll);
    clear();
}

QLabel *ReleaseDetailPane::addSection(QVBoxLayout *layout, const QString &title,
                                      const QString &name)
{
    auto *heading = new QLabel(title, layout->parentWidget());
    QFont font = heading->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    heading->setFont(font);
    heading->setContentsMargins(0, 10, 0, 0);
    layout->addWidget(heading);
    QLabel *body = richLabel(name, layout->parentWidget());
    layout->addWidget(body);
    return body;
}

void ReleaseDetailPane::clear()
{
    m_releaseId = 0;
    m_placeholderLabel->setStyleSheet(QString());
    m_placeholderLabel->setText(tr("Select a release to see what blocks it and its history."));
    m_pages->setCurrentWidget(m_placeholderLabel);
}

void ReleaseDetailPane::showError(const QString &message)
{
    m_releaseId = 0;
    m_placeholderLabel->setStyleSheet(
        QStringLiteral("color: %1;").arg(QLatin1String(blockedGateColor)));
    m_placeholderLabel->setText(message);
    m_pages->setCurrentWidget(m_placeholderLabel);
}

void ReleaseDetailPane::setDetail(const ReleaseDetail &detail)
{
    const Release &release = detail.summary.release;
    m_releaseId = release.id;
    m_titleLabel->setText(release.name);
    const StageColors colors = stageColors(release.stage);
    m_stageLabel->setText(toTitle(release.stage));
    m_stageLabel->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; "
                                               "border-radius: 10px; padding: 2px 10px; "
                                               "font-weight: 600; }")
                                    .arg(colors.background.name(), colors.text.name()));

    const QString services = DashboardModel::servicesText(release);
    m_servicesLabel->setText(services.isEmpty() ? tr("<i>No services yet.</i>")
                                                : tr("<b>Services:</b> %1").arg(escaped(services)));
    m_linksLabel->setText(linksHtml(release));
    m_tasksLabel->setText(tasksHtml(detail.summary));
    m_gatesLabel->setText(gatesHtml(detail.gatesAhead));
    // A detail built by hand may carry only its audit trail.
    m_auditLabel->setText(TimelineHtml::render(
        detail.timeline.isEmpty() ? mergeTimeline(detail.auditTrail, {}, {}) : detail.timeline));
    m_pages->setCurrentIndex(1);
}

QString ReleaseDetailPane::linksHtml(const Release &release)
{
    QStringList links;
    if (!release.notes.pageUrl.isEmpty())
        links << link(release.notes.pageUrl, tr("Release notes"));
    if (!release.changeTicket.isEmpty()) {
        links << tr("Change %1").arg(link(release.changeTicketUrl, release.changeTicket));
    }
    if (!release.testTaskNumber.isEmpty())
        links << tr("Test task %1").arg(escaped(release.testTaskNumber));
    // Slack references are message timestamps, not links: saying they exist is what helps.
    if (!release.stagingRequestRef.isEmpty())
        links << tr("Staging requested in Slack");
    if (!release.liveRequestRef.isEmpty())
        links << tr("Live requested in Slack");
    if (links.isEmpty())
        return QStringLiteral("<span style=\"color:%1\">%2</span>")
            .arg(QLatin1String(secondaryTextColor),
                 tr("No release notes, change ticket or test task yet."));
    return links.join(QStringLiteral(" &nbsp;·&nbsp; "));
}

QString ReleaseDetailPane::tasksHtml(const ReleaseSummary &summary)
{
    const auto line = [](Environment environment, const TaskTally &tally) {
        QString text = tr("<b>%1:</b> %2 of %3 passed")
                           .arg(toTitle(environment), localNumber(tally.passed.size()),
                                localNumber(tally.total()));
        if (!tally.failed.isEmpty()) {
            text += QStringLiteral(", <span style=\"color:%1\">%2</span>")
                        .arg(QLatin1String(blockedGateColor),
                             tr("failed: %1").arg(escaped(tally.failed.join(QLatin1String(", ")))));
        }
        return text;
    };
    return line(Environment::CiDev, summary.ciDev) + QStringLiteral("<br>") +
           line(Environment::Staging, summary.staging);
}

QString ReleaseDetailPane::gatesHtml(const QList<Gate> &gates)
{
    if (gates.isEmpty()) {
        return QStringLiteral("<span style=\"color:%1\">%2</span>")
            .arg(QLatin1String(secondaryTextColor), tr("No gates ahead: the release is done."));
    }
    // The next gate is what blocks the release now and gets every blocker; the
    // later ones only say how much is left, so the pane stays short.
    QString html;
    for (qsizetype i = 0; i < gates.size(); ++i) {
        const Gate &gate = gates.at(i);
        const bool met = gate.met();
        const bool next = i == 0;
        QString remaining;
        if (!met && !next) {
            remaining = QStringLiteral(" <span style=\"color:%1\">%2</span>")
                            .arg(QLatin1String(secondaryTextColor),
                                 tr("— %n to do", nullptr, int(gate.blockers.size())));
        }
        html += QStringLiteral("<p style=\"margin:6px 0 0 0\"><span style=\"color:%1\">%2</span>"
                               " <b>%3</b>%4</p>")
                    .arg(QLatin1String(met ? metGateColor : blockedGateColor),
                         met ? QStringLiteral("✓") : QStringLiteral("✗"),
                         escaped(toTitle(gate.target)), remaining);
        if (met || !next)
            continue;
        html += QStringLiteral("<ul style=\"margin:2px 0 0 0\">");
        for (const QString &blocker : gate.blockers)
            html += QStringLiteral("<li>%1</li>").arg(escaped(blocker));
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace ReleaseDesk
