#include "connectionsdialog.h"

#include "connectionform.h"

#include "models/ports/connectionsetup.h"
#include "models/ports/credentialstore.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ReleaseDesk {

ConnectionsDialog::ConnectionsDialog(CredentialStore &credentials, ConnectionSetup &setup,
                                     const ConnectionSettings &settings, QWidget *parent)
    : QDialog(parent), m_credentials(credentials), m_setup(setup), m_settings(settings)
{
    setObjectName(QStringLiteral("connectionsDialog"));
    setWindowTitle(tr("Connections"));
    m_tabs = new QTabWidget(this);
    for (RemoteSystem system : allRemoteSystems()) {
        // A team's conventions make a long form: it scrolls, the dialog stays.
        auto *scroll = new QScrollArea(m_tabs);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        auto *form = new ConnectionForm(system, scroll);
        scroll->setWidget(form);
        form->load(settings, false);
        m_forms.insert(system, form);
        m_tabs->addTab(scroll, toTitle(system));
        connect(form, &ConnectionForm::testRequested, this, &ConnectionsDialog::testConnection);
    }
    loadForms(settings);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A team sets its conventions once and passes them round without secrets or accounts.
    auto *exportButton =
        buttons->addButton(tr("Export team settings…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportTeamButton"));
    connect(exportButton, &QPushButton::clicked, this, &ConnectionsDialog::exportTeamSettings);
    auto *importButton =
        buttons->addButton(tr("Import team settings…"), QDialogButtonBox::ActionRole);
    importButton->setObjectName(QStringLiteral("importTeamButton"));
    connect(importButton, &QPushButton::clicked, this, &ConnectionsDialog::importTeamSettings);
    m_chooseFile = [this](FileUse use) {
        const QString filter = tr("Team settings (*.ini);;All files (*)");
        return use == FileUse::Export
                   ? QFileDialog::getSaveFileName(this, tr("Export team settings"),
                                                  QStringLiteral("team-settings.ini"), filter)
                   : QFileDialog::getOpenFileName(this, tr("Import team settings"), {}, filter);
    };

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    resize(640, 560);
}

ConnectionsDialog::~ConnectionsDialog() = default;

void ConnectionsDialog::loadForms(const ConnectionSettings &settings)
{
    for (RemoteSystem system : allRemoteSystems()) {
        ConnectionForm *form = m_forms.value(system);
        form->load(settings, false);
        if (!settings.isConfigured(system))
            continue;
        // Which secrets are stored already shows in the secret fields' hints.
        m_credentials.readSecret(settings.secretKey(system), form,
                                 [form, settings](const Result<std::optional<QString>> &secret) {
                                     form->load(settings, secret && secret.value().has_value());
                                 });
    }
}

void ConnectionsDialog::exportTeamSettings()
{
    const QString path = m_chooseFile(FileUse::Export);
    if (path.isEmpty())
        return;
    if (const Status written = m_setup.exportTeamSettings(editedSettings(), path); !written)
        return showError(written.error());
    showNotice(tr("Team settings written to %1, without secrets or accounts.").arg(path));
}

void ConnectionsDialog::importTeamSettings()
{
    const QString path = m_chooseFile(FileUse::Import);
    if (path.isEmpty())
        return;
    const auto imported = m_setup.importTeamSettings(path, editedSettings());
    if (!imported)
        return showError(imported.error());
    loadForms(imported->settings);
    showNotice(imported->changed.isEmpty()
                   ? tr("The team settings are the same as these; nothing changed.")
                   : tr("Imported team settings: %1. Your accounts and secrets are kept; save to "
                        "keep the rest.")
                         .arg(imported->changed.join(QLatin1String(", "))));
}

ConnectionForm *ConnectionsDialog::form(RemoteSystem system) const
{
    return m_forms.value(system);
}

ConnectionSettings ConnectionsDialog::editedSettings() const
{
    ConnectionSettings edited = m_settings;
    for (ConnectionForm *form : m_forms)
        form->apply(edited);
    return edited;
}

void ConnectionsDialog::testConnection(RemoteSystem system)
{
    ConnectionForm *form = m_forms.value(system);
    const ConnectionSettings settings = editedSettings();
    if (!settings.isConfigured(system))
        return form->showCheckResult(false, tr("Enter the address first."));
    if (const QStringList problems = settings.problems(system); !problems.isEmpty())
        return form->showCheckResult(false, problems.join(u'\n'));
    form->showCheckRunning();
    if (!settings.needsSecret(system))
        return runCheck(system, settings, {});
    if (!form->typedSecret().isEmpty())
        return runCheck(system, settings, form->typedSecret());
    m_credentials.readSecret(
        settings.secretKey(system), form, [this, system, settings, form](const auto &secret) {
            if (!secret)
                return form->showCheckResult(false, secret.error());
            if (!secret.value())
                return form->showCheckResult(false, tr("Enter the secret to test with."));
            runCheck(system, settings, *secret.value());
        });
}

void ConnectionsDialog::runCheck(RemoteSystem system, const ConnectionSettings &settings,
                                 const QString &secret)
{
    ConnectionForm *form = m_forms.value(system);
    m_setup.test(settings, system, secret, form, [form](const Result<QString> &result) {
        form->showCheckResult(result.ok(), result ? result.value() : result.error());
    });
}

void ConnectionsDialog::save()
{
    const ConnectionSettings settings = editedSettings();
    QStringList problems;
    Secrets typed;
    for (RemoteSystem system : allRemoteSystems()) {
        problems << settings.problems(system);
        const QString secret = m_forms.value(system)->typedSecret();
        if (settings.isConfigured(system) && !secret.isEmpty())
            typed.insert(system, secret);
    }
    if (!problems.isEmpty())
        return showError(problems.join(u'\n'));
    m_setup.save(settings, typed, this, [this, settings](const Status &stored) {
        if (!stored)
            return showError(stored.error());
        m_settings = settings;
        emit saved(settings);
        accept();
    });
}

void ConnectionsDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void ConnectionsDialog::showNotice(const QString &message)
{
    // The same place as errors, which a notice replaces.
    showError(message);
}

} // namespace ReleaseDesk
