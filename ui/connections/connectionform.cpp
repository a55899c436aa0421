#include "connectionform.h"

#include "models/domain/servicenowsecrets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ReleaseDesk {

ConnectionForm::ConnectionForm(RemoteSystem system, QWidget *parent)
    : QWidget(parent), m_system(system)
{
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_rows = m_form;
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    // What the team's systems call things, apart from how this desk signs in:
    // set once for the team, and shared with its settings file.
    m_conventions = new QGroupBox(tr("Team conventions"), this);
    m_conventions->setObjectName(QStringLiteral("conventionsGroup"));
    m_conventionsForm = new QFormLayout(m_conventions);
    m_conventionsForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addWidget(m_conventions);
    buildFields();
    m_conventions->setVisible(m_conventionsForm->rowCount() > 0);

    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    connect(m_testButton, &QPushButton::clicked, this, [this] { emit testRequested(m_system); });
    m_checkLabel = new QLabel(this);
    m_checkLabel->setTextFormat(Qt::PlainText);
    m_checkLabel->setObjectName(QStringLiteral("checkLabel"));
    m_checkLabel->setWordWrap(true);
    m_checkLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch();
    layout->addLayout(testRow);
    layout->addWidget(m_checkLabel);
    layout->addStretch();
}

QLineEdit *ConnectionForm::addField(const QString &label, const QString &objectName, Read read,
                                    Write write, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setToolTip(placeholder);
    m_rows->addRow(label, edit);
    m_bindings.append({edit, std::move(read), std::move(write)});
    return edit;
}

void ConnectionForm::beginConventions()
{
    m_rows = m_conventionsForm;
}

void ConnectionForm::addKindChoice(const QString &label, const QString &first,
                                   const QString &second,
                                   std::function<bool(const ConnectionSettings &)> read,
                                   std::function<void(ConnectionSettings &, bool)> write)
{
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    m_kindCombo->addItems({first, second});
    m_rows->addRow(label, m_kindCombo);
    m_readKind = std::move(read);
    m_writeKind = std::move(write);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this,
            &ConnectionForm::updateKindDependentFields);
}

void ConnectionForm::updateKindDependentFields()
{
    if (!m_kindCombo || !m_accountEdit)
        return;
    const bool second = m_kindCombo->currentIndex() == 1;
    // Data Center signs in by token alone; ServiceNow's pasted OAuth token
    // needs no user, its OAuth client does.
    const bool signsIn = m_clientIdEdit && !m_clientIdEdit->text().trimmed().isEmpty();
    const bool needsAccount = m_system == RemoteSystem::ServiceNow ? !second || signsIn : second;
    m_accountEdit->setEnabled(needsAccount);
}

void ConnectionForm::load(const ConnectionSettings &settings, bool secretStored)
{
    for (const Binding &binding : std::as_const(m_bindings)) {
        if (binding.read)
            binding.edit->setText(binding.read(settings));
    }
    if (m_kindCombo)
        m_kindCombo->setCurrentIndex(m_readKind(settings) ? 1 : 0);
    updateKindDependentFields();
    m_secretEdit->clear();
    m_secretEdit->setPlaceholderText(secretStored ? tr("stored in the keychain; type to replace")
                                                  : tr("not stored yet"));
    if (m_clientSecretEdit) {
        m_clientSecretEdit->clear();
        m_clientSecretEdit->setPlaceholderText(m_secretEdit->placeholderText());
    }
}

void ConnectionForm::apply(ConnectionSettings &settings) const
{
    for (const Binding &binding : m_bindings) {
        if (binding.write)
            binding.write(settings, binding.edit->text().trimmed());
    }
    if (m_kindCombo)
        m_writeKind(settings, m_kindCombo->currentIndex() == 1);
}

QString ConnectionForm::typedSecret() const
{
    // An OAuth client's sign-in keeps the password and the client's secret
    // together; both are typed to replace them.
    const bool signsIn = m_kindCombo && m_kindCombo->currentIndex() == 1 && m_clientIdEdit &&
                         !m_clientIdEdit->text().trimmed().isEmpty();
    if (signsIn && (!m_secretEdit->text().isEmpty() || !m_clientSecretEdit->text().isEmpty()))
        return ServiceNowSecrets{m_secretEdit->text(), m_clientSecretEdit->text()}.toSecret();
    return m_secretEdit->text();
}

void ConnectionForm::showCheckRunning()
{
    m_testButton->setEnabled(false);
    m_checkLabel->setText(tr("Testing…"));
}

void ConnectionForm::showCheckResult(bool ok, const QString &message)
{
    m_testButton->setEnabled(true);
    m_checkLabel->setText((ok ? tr("✔ %1") : tr("✘ %1")).arg(message));
}

} // namespace ReleaseDesk
