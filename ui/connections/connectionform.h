#pragma once

#include "models/domain/connectionsettings.h"

#include <QCoreApplication>
#include <QList>
#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ReleaseDesk {

// The settings of one system's connection as a form: address, kind of
// account, account, secret and the system's own settings, with a "Test
// connection" button and the test's outcome beneath. It edits a copy of the
// settings; the dialog collects them.
class ConnectionForm : public QWidget
{
    Q_OBJECT

public:
    ConnectionForm(RemoteSystem system, QWidget *parent = nullptr);

    RemoteSystem system() const { return m_system; }
    void load(const ConnectionSettings &settings, bool secretStored);
    // Writes this system's fields into `settings`.
    void apply(ConnectionSettings &settings) const;
    // The secret typed in, empty when the stored one stays.
    QString typedSecret() const;

    void showCheckRunning();
    void showCheckResult(bool ok, const QString &message);

signals:
    void testRequested(ReleaseDesk::RemoteSystem system);

private:
    using Read = std::function<QString(const ConnectionSettings &)>;
    using Write = std::function<void(ConnectionSettings &, const QString &)>;
    struct Binding
    {
        QLineEdit *edit;
        Read read;
        Write write;
    };

    QLineEdit *addField(const QString &label, const QString &objectName, Read read, Write write,
                        const QString &placeholder = {});
    // The kind of account, for the systems that offer two.
    void addKindChoice(const QString &label, const QString &first, const QString &second,
                       std::function<bool(const ConnectionSettings &)> read,
                       std::function<void(ConnectionSettings &, bool)> write);
    // connectionfields.cpp: each system's fields.
    void buildFields();
    // The fields added after it are the team's conventions.
    void beginConventions();
    void updateKindDependentFields();

    RemoteSystem m_system;
    QFormLayout *m_form = nullptr;      // the connection: address, account, secret
    QGroupBox *m_conventions = nullptr; // the team's conventions, when it has any
    QFormLayout *m_conventionsForm = nullptr;
    QFormLayout *m_rows = nullptr; // where addField() adds: one of the two
    QList<Binding> m_bindings;
    QComboBox *m_kindCombo = nullptr;
    std::function<bool(const ConnectionSettings &)> m_readKind;
    std::function<void(ConnectionSettings &, bool)> m_writeKind;
    QLineEdit *m_accountEdit = nullptr;
    QLineEdit *m_secretEdit = nullptr;
    QLineEdit *m_clientIdEdit = nullptr;     // ServiceNow only
    QLineEdit *m_clientSecretEdit = nullptr; // ServiceNow only
    QLabel *m_checkLabel = nullptr;
    QPushButton *m_testButton = nullptr;
};

} // namespace ReleaseDesk
