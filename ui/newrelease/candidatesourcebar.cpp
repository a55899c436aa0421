#include "candidatesourcebar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace ReleaseDesk {

CandidateSourceBar::CandidateSourceBar(QWidget *parent) : QWidget(parent)
{
    m_fixVersionCombo = new QComboBox(this);
    m_fixVersionCombo->setObjectName(QStringLiteral("fixVersionCombo"));
    m_fixVersionCombo->addItem(tr("All fix versions"), QString());
    m_reachedCiDevCheck = new QCheckBox(tr("Only code that reached CI-&Dev"), this);
    m_reachedCiDevCheck->setObjectName(QStringLiteral("reachedCiDevCheck"));
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by key, summary, assignee or service"));
    m_filterEdit->setClearButtonEnabled(true);
    m_jqlEdit = new QLineEdit(this);
    m_jqlEdit->setObjectName(QStringLiteral("jqlEdit"));
    m_jqlEdit->setPlaceholderText(tr("JQL, such as fixVersion = \"2026.11.3\" AND status = Done"));
    m_jqlEdit->setClearButtonEnabled(true);
    m_runJqlButton = new QPushButton(tr("&Run"), this);
    m_runJqlButton->setObjectName(QStringLiteral("runJqlButton"));
    m_runJqlButton->setAutoDefault(false);
    m_runJqlButton->setToolTip(tr("Search Jira; with no JQL, show every task again."));
    m_jqlMessageLabel = new QLabel(this);
    m_jqlMessageLabel->setTextFormat(Qt::PlainText);
    m_jqlMessageLabel->setObjectName(QStringLiteral("jqlMessageLabel"));
    m_jqlMessageLabel->setWordWrap(true);
    m_jqlMessageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_jqlMessageLabel->hide();

    auto *fixVersionLabel = new QLabel(tr("&Fix version:"), this);
    fixVersionLabel->setBuddy(m_fixVersionCombo);
    auto *jqlLabel = new QLabel(tr("&JQL:"), this);
    jqlLabel->setBuddy(m_jqlEdit);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(fixVersionLabel, 0, 0);
    layout->addWidget(m_fixVersionCombo, 0, 1);
    layout->addWidget(m_reachedCiDevCheck, 0, 2);
    layout->addWidget(m_filterEdit, 0, 3, 1, 2);
    layout->addWidget(jqlLabel, 1, 0);
    layout->addWidget(m_jqlEdit, 1, 1, 1, 3);
    layout->addWidget(m_runJqlButton, 1, 4);
    layout->addWidget(m_jqlMessageLabel, 2, 1, 1, 4);
    layout->setColumnStretch(3, 1);

    connect(m_fixVersionCombo, &QComboBox::currentIndexChanged, this,
            [this] { emit fixVersionChanged(fixVersion()); });
    connect(m_reachedCiDevCheck, &QCheckBox::toggled, this,
            &CandidateSourceBar::reachedCiDevOnlyChanged);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &CandidateSourceBar::filterTextChanged);
    connect(m_runJqlButton, &QPushButton::clicked, this, [this] { emit jqlRequested(jql()); });
    connect(m_jqlEdit, &QLineEdit::returnPressed, this, [this] { emit jqlRequested(jql()); });
}

void CandidateSourceBar::setFixVersions(const QStringList &versions)
{
    const QString shown = fixVersion();
    {
        const QSignalBlocker blocker(m_fixVersionCombo);
        while (m_fixVersionCombo->count() > 1)
            m_fixVersionCombo->removeItem(1);
        for (const QString &version : versions)
            m_fixVersionCombo->addItem(version, version);
        m_fixVersionCombo->setCurrentIndex(std::max(0, m_fixVersionCombo->findData(shown)));
    }
    if (fixVersion() != shown)
        emit fixVersionChanged(fixVersion());
}

QString CandidateSourceBar::fixVersion() const
{
    return m_fixVersionCombo->currentData().toString();
}

QString CandidateSourceBar::jql() const
{
    return m_jqlEdit->text().trimmed();
}

void CandidateSourceBar::setSearching(bool searching)
{
    m_runJqlButton->setEnabled(!searching);
    if (searching) {
        m_jqlMessageLabel->setStyleSheet(QString());
        m_jqlMessageLabel->setText(tr("Searching…"));
        m_jqlMessageLabel->show();
    }
}

void CandidateSourceBar::showJqlResult(const QString &message)
{
    m_jqlMessageLabel->setStyleSheet(QString());
    m_jqlMessageLabel->setText(message);
    m_jqlMessageLabel->setVisible(!message.isEmpty());
}

void CandidateSourceBar::showJqlError(const QString &message)
{
    m_jqlMessageLabel->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_jqlMessageLabel->setText(message);
    m_jqlMessageLabel->show();
}

} // namespace ReleaseDesk
