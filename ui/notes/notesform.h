#pragma once

#include "models/domain/notesdraft.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QVariant>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;

namespace ReleaseDesk {

// One field of the form: a template field, or a service's version or
// deployment type.
struct NotesFieldRef
{
    NotesField field = NotesField::Description;
    QString service; // for Version and DeploymentType
    friend bool operator==(const NotesFieldRef &, const NotesFieldRef &) = default;
};

// The release-notes template as input fields, each with the message that says
// what it lacks beside it. It reports each edit a person makes with the value
// before and after, so that the editor can make it undoable, and sets values
// without reporting them, for undo and redo. The fields' own undo is switched
// off: Ctrl+Z belongs to the whole form.
class NotesForm : public QWidget
{
    Q_OBJECT

public:
    explicit NotesForm(QWidget *parent = nullptr);

    // Builds a row per service and fills every field; reports nothing.
    void setDraft(const NotesDraft &draft);
    NotesDraft draft() const { return m_shown; }

    QVariant value(const NotesFieldRef &field) const;
    void setValue(const NotesFieldRef &field, const QVariant &value);
    void setReadOnly(bool readOnly);

    // Shows each gap beside its field and hides the messages of fields that lack nothing.
    void showGaps(const QList<NotesGap> &gaps);
    // Warnings about the backout plan, beneath it.
    void showBackoutFlags(const QStringList &flags);

    // The choices offered for a deployment type; others may be typed.
    static QStringList deploymentTypes();

signals:
    void edited(const ReleaseDesk::NotesFieldRef &field, const QVariant &before,
                const QVariant &after);
    // A field was left or a choice made: the edit in it is finished.
    void committed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct ServiceRow
    {
        QString service;
        QLineEdit *versionEdit = nullptr;
        QComboBox *typeCombo = nullptr;
        QLabel *versionError = nullptr;
        QLabel *typeError = nullptr;
    };

    QPlainTextEdit *addTextField(QLayout *layout, const QString &name, NotesField field);
    QLabel *addErrorLabel(QLayout *layout, const QString &name, NotesField field);
    void buildServiceRows(const QList<ReleaseService> &services);
    void watch(QWidget *field);
    // Records a person's edit of `field`, now showing `after`.
    void userEdited(const NotesFieldRef &field, const QVariant &after);
    void showValue(const NotesFieldRef &field, const QVariant &value);
    void updateConfigEnabled();

    NotesDraft m_shown;
    bool m_settingValues = false;
    bool m_readOnly = false;
    QPlainTextEdit *m_descriptionEdit = nullptr;
    QPlainTextEdit *m_backoutPlanEdit = nullptr;
    QPlainTextEdit *m_configChangesEdit = nullptr;
    QCheckBox *m_noConfigChangesCheck = nullptr;
    QMap<NotesField, QLabel *> m_errorLabels;
    QLabel *m_backoutFlagLabel = nullptr;
    QWidget *m_servicesBox = nullptr;
    QGridLayout *m_servicesGrid = nullptr;
    QList<ServiceRow> m_rows;
};

} // namespace ReleaseDesk
