#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ReleaseDesk {

// Where the "New release" dialog's tasks come from: a fix version, only the
// code that reached CI-Dev, a free-text filter, and a JQL search run against
// Jira with what it found or why it failed beside it. It only says what was
// asked; the dialog filters and searches.
class CandidateSourceBar : public QWidget
{
    Q_OBJECT

public:
    explicit CandidateSourceBar(QWidget *parent = nullptr);

    // Keeps the fix version shown when it is still among `versions`.
    void setFixVersions(const QStringList &versions);
    QString fixVersion() const;
    QString jql() const;

    // While a search runs: "Searching…", and Run disabled; the list stays usable.
    void setSearching(bool searching);
    void showJqlResult(const QString &message);
    void showJqlError(const QString &message);

signals:
    // Empty: every fix version.
    void fixVersionChanged(const QString &fixVersion);
    void reachedCiDevOnlyChanged(bool only);
    void filterTextChanged(const QString &text);
    // Empty JQL: back to every task.
    void jqlRequested(const QString &jql);

private:
    QComboBox *m_fixVersionCombo = nullptr;
    QCheckBox *m_reachedCiDevCheck = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QLineEdit *m_jqlEdit = nullptr;
    QPushButton *m_runJqlButton = nullptr;
    QLabel *m_jqlMessageLabel = nullptr;
};

} // namespace ReleaseDesk
