#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace ReleaseDesk {

MessageBanner::MessageBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBanner"));
    // Selected by class, so that the banner keeps its look whatever object
    // name its owner gives it.
    setStyleSheet(QStringLiteral(
        "ReleaseDesk--MessageBanner { background: #fdecea; border: 1px solid #f5c2c0;"
        " border-radius: 6px; }"
        "ReleaseDesk--MessageBanner QLabel { color: #7f1d1d; background: transparent;"
        " border: none; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->setSpacing(8);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("bannerLabel"));
    // Errors quote what the systems said, a Slack reply included: shown as text.
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismissButton = new QToolButton(this);
    dismissButton->setObjectName(QStringLiteral("dismissBannerButton"));
    dismissButton->setText(QStringLiteral("✕"));
    dismissButton->setToolTip(tr("Dismiss"));
    dismissButton->setAutoRaise(true);
    layout->addWidget(m_label, 1);
    layout->addWidget(dismissButton);
    connect(dismissButton, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

QString MessageBanner::text() const
{
    return m_label->text();
}

void MessageBanner::showError(const QString &message)
{
    m_label->setText(message);
    show();
}

} // namespace ReleaseDesk
