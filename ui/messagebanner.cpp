#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace ReleaseDesk {

namespace {

// Selected by class, so that the banner keeps its look whatever object name
// its owner gives it.
QString styleSheetFor(MessageBanner::Kind kind)
{
    const bool error = kind == MessageBanner::Kind::Error;
    return QStringLiteral("ReleaseDesk--MessageBanner { background: %1; border: 1px solid %2;"
                          " border-radius: 6px; }"
                          "ReleaseDesk--MessageBanner QLabel { color: %3; background: transparent;"
                          " border: none; }")
        .arg(error ? QLatin1String("#fdecea") : QLatin1String("#fff7e0"),
             error ? QLatin1String("#f5c2c0") : QLatin1String("#f0d58c"),
             error ? QLatin1String("#7f1d1d") : QLatin1String("#5c4400"));
}

} // namespace

MessageBanner::MessageBanner(Kind kind, QWidget *parent) : QFrame(parent), m_kind(kind)
{
    setObjectName(QStringLiteral("messageBanner"));
    setStyleSheet(styleSheetFor(kind));
    auto *layout = new QHBoxLayout(this);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("bannerLabel"));
    // Errors quote what the systems said, a Slack reply included: shown as text.
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    layout->addWidget(m_label, 1);
    if (kind == Kind::Error) {
        layout->setContentsMargins(12, 8, 8, 8);
        layout->setSpacing(8);
        m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *dismissButton = new QToolButton(this);
        dismissButton->setObjectName(QStringLiteral("dismissBannerButton"));
        dismissButton->setText(QStringLiteral("✕"));
        dismissButton->setToolTip(tr("Dismiss"));
        dismissButton->setAutoRaise(true);
        layout->addWidget(dismissButton);
        connect(dismissButton, &QToolButton::clicked, this, &QWidget::hide);
    } else {
        layout->setContentsMargins(12, 6, 12, 6);
    }
    hide();
}

QString MessageBanner::text() const
{
    return m_label->text();
}

void MessageBanner::showMessage(const QString &message)
{
    m_label->setText(message);
    show();
}

} // namespace ReleaseDesk
