#include "notesform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopedValueRollback>
#include <QVBoxLayout>

#include <algorithm>

namespace ReleaseDesk {
namespace {

const char *const errorColor = "#b91c1c";
const char *const warningColor = "#92400e";

bool isUndoOrRedo(const QKeyEvent *event)
{
    return event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo) ||
           event->keyCombination() ==
               QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z);
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// Where `name` is in the draft's services, -1 when it is not.
qsizetype serviceIndex(const NotesDraft &draft, const QString &name)
{
    const auto found =
        std::find_if(draft.services.cbegin(), draft.services.cend(),
                     [&](const ReleaseService &service) { return service.service == name; });
    return found == draft.services.cend() ? -1 : found - draft.services.cbegin();
}

} // namespace

NotesForm::NotesForm(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);

    layout->addWidget(heading(tr("Description of changes"), this));
    m_descriptionEdit =
        addTextField(layout, QStringLiteral("description"), NotesField::Description);
    m_descriptionEdit->setPlaceholderText(tr("What the release changes, one line per task"));

    layout->addWidget(heading(tr("Services: version and deployment type"), this));
    m_servicesBox = new QWidget(this);
    m_servicesGrid = new QGridLayout(m_servicesBox);
    m_servicesGrid->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_servicesBox);
    addErrorLabel(layout, QStringLiteral("services"), NotesField::Services);

    layout->addWidget(heading(tr("Backout plan"), this));
    m_backoutPlanEdit =
        addTextField(layout, QStringLiteral("backoutPlan"), NotesField::BackoutPlan);
    m_backoutPlanEdit->setPlaceholderText(tr("How to return to the versions live now"));
    m_backoutFlagLabel = new QLabel(this);
    m_backoutFlagLabel->setTextFormat(Qt::PlainText);
    m_backoutFlagLabel->setObjectName(QStringLiteral("backoutFlagLabel"));
    m_backoutFlagLabel->setWordWrap(true);
    m_backoutFlagLabel->setStyleSheet(
        QStringLiteral("color: %1;").arg(QLatin1String(warningColor)));
    m_backoutFlagLabel->hide();
    layout->addWidget(m_backoutFlagLabel);

    layout->addWidget(heading(tr("Config changes"), this));
    m_noConfigChangesCheck = new QCheckBox(tr("No &config changes"), this);
    m_noConfigChangesCheck->setObjectName(QStringLiteral("noConfigChangesCheck"));
    layout->addWidget(m_noConfigChangesCheck);
    m_configChangesEdit =
        addTextField(layout, QStringLiteral("configChanges"), NotesField::ConfigChanges);
    m_configChangesEdit->setPlaceholderText(tr("Settings, secrets or feature flags to change"));
    connect(m_noConfigChangesCheck, &QCheckBox::toggled, this, [this](bool checked) {
        updateConfigEnabled();
        if (m_settingValues)
            return;
        userEdited({NotesField::NoConfigChanges, {}}, checked);
        emit committed();
    });
    layout->addStretch();
}

QStringList NotesForm::deploymentTypes()
{
    // The platforms' own names, the same in every language.
    return {QStringLiteral("ECS"), QStringLiteral("Mesos"), QStringLiteral("Lambda"),
            QStringLiteral("Kubernetes")};
}

QPlainTextEdit *NotesForm::addTextField(QLayout *layout, const QString &name, NotesField field)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(name + u"Edit");
    edit->setTabChangesFocus(true);
    edit->setUndoRedoEnabled(false);
    edit->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    layout->addWidget(edit);
    addErrorLabel(layout, name, field);
    watch(edit);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, field] {
        if (!m_settingValues)
            userEdited({field, {}}, edit->toPlainText());
    });
    return edit;
}

QLabel *NotesForm::addErrorLabel(QLayout *layout, const QString &name, NotesField field)
{
    auto *label = new QLabel(this);
    label->setTextFormat(Qt::PlainText);
    label->setObjectName(name + u"Error");
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(errorColor)));
    label->hide();
    layout->addWidget(label);
    m_errorLabels.insert(field, label);
    return label;
}

void NotesForm::buildServiceRows(const QList<ReleaseService> &services)
{
    m_rows.clear();
    while (QLayoutItem *item = m_servicesGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (services.isEmpty())
        return;
    m_servicesGrid->addWidget(new QLabel(tr("Service"), m_servicesBox), 0, 0);
    m_servicesGrid->addWidget(new QLabel(tr("Version"), m_servicesBox), 0, 1);
    m_servicesGrid->addWidget(new QLabel(tr("Deployment type"), m_servicesBox), 0, 2);
    int line = 1;
    for (const ReleaseService &service : services) {
        ServiceRow row;
        row.service = service.service;
        auto *name = new QLabel(service.service, m_servicesBox);
        name->setTextFormat(Qt::PlainText);
        row.versionEdit = new QLineEdit(m_servicesBox);
        row.versionEdit->setObjectName(u"versionEdit_" + service.service);
        row.versionEdit->setPlaceholderText(QStringLiteral("1.2.0"));
        row.typeCombo = new QComboBox(m_servicesBox);
        row.typeCombo->setObjectName(u"deploymentTypeCombo_" + service.service);
        row.typeCombo->setEditable(true);
        row.typeCombo->setInsertPolicy(QComboBox::NoInsert);
        row.typeCombo->addItems(deploymentTypes());
        row.versionError = new QLabel(m_servicesBox);
        row.versionError->setTextFormat(Qt::PlainText);
        row.versionError->setObjectName(u"versionError_" + service.service);
        row.typeError = new QLabel(m_servicesBox);
        row.typeError->setTextFormat(Qt::PlainText);
        row.typeError->setObjectName(u"deploymentTypeError_" + service.service);
        for (QLabel *error : {row.versionError, row.typeError}) {
            error->setWordWrap(true);
            error->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(errorColor)));
            error->hide();
        }
        m_servicesGrid->addWidget(name, line, 0);
        m_servicesGrid->addWidget(row.versionEdit, line, 1);
        m_servicesGrid->addWidget(row.typeCombo, line, 2);
        m_servicesGrid->addWidget(row.versionError, line + 1, 1);
        m_servicesGrid->addWidget(row.typeError, line + 1, 2);
        line += 2;

        const NotesFieldRef version{NotesField::Version, service.service};
        const NotesFieldRef type{NotesField::DeploymentType, service.service};
        connect(row.versionEdit, &QLineEdit::textEdited, this,
                [this, version](const QString &text) { userEdited(version, text); });
        connect(row.versionEdit, &QLineEdit::editingFinished, this, &NotesForm::committed);
        connect(row.typeCombo, &QComboBox::editTextChanged, this,
                [this, type](const QString &text) {
                    if (!m_settingValues)
                        userEdited(type, text);
                });
        connect(row.typeCombo, &QComboBox::activated, this, &NotesForm::committed);
        watch(row.versionEdit);
        watch(row.typeCombo);
        watch(row.typeCombo->lineEdit());
        m_rows << row;
    }
}

void NotesForm::watch(QWidget *field)
{
    field->installEventFilter(this);
}

bool NotesForm::eventFilter(QObject *watched, QEvent *event)
{
    // Claimed here, a field's own undo and redo keys go to the form's shortcuts.
    if (event->type() == QEvent::ShortcutOverride && isUndoOrRedo(static_cast<QKeyEvent *>(event)))
        return true;
    if (event->type() == QEvent::FocusOut && qobject_cast<QPlainTextEdit *>(watched))
        emit committed();
    return QWidget::eventFilter(watched, event);
}

void NotesForm::setDraft(const NotesDraft &draft)
{
    buildServiceRows(draft.services);
    m_shown = draft;
    const QList<NotesFieldRef> fields{{NotesField::Description, {}},
                                      {NotesField::BackoutPlan, {}},
                                      {NotesField::ConfigChanges, {}},
                                      {NotesField::NoConfigChanges, {}}};
    for (const NotesFieldRef &field : fields)
        showValue(field, value(field));
    for (const ServiceRow &row : std::as_const(m_rows)) {
        showValue({NotesField::Version, row.service}, value({NotesField::Version, row.service}));
        showValue({NotesField::DeploymentType, row.service},
                  value({NotesField::DeploymentType, row.service}));
    }
    setReadOnly(m_readOnly);
}

QVariant NotesForm::value(const NotesFieldRef &field) const
{
    const ReleaseNotes &notes = m_shown.notes;
    switch (field.field) {
    case NotesField::Description:
        return notes.description;
    case NotesField::BackoutPlan:
        return notes.backoutPlan;
    case NotesField::ConfigChanges:
        return notes.configChanges;
    case NotesField::NoConfigChanges:
        return notes.noConfigChanges;
    case NotesField::Version:
    case NotesField::DeploymentType:
        if (const qsizetype i = serviceIndex(m_shown, field.service); i >= 0) {
            const ReleaseService &service = m_shown.services.at(i);
            return field.field == NotesField::Version ? service.version : service.deploymentType;
        }
        return {};
    case NotesField::Services:
    case NotesField::Page:
        break;
    }
    return {};
}

void NotesForm::setValue(const NotesFieldRef &field, const QVariant &value)
{
    ReleaseNotes &notes = m_shown.notes;
    switch (field.field) {
    case NotesField::Description:
        notes.description = value.toString();
        break;
    case NotesField::BackoutPlan:
        notes.backoutPlan = value.toString();
        break;
    case NotesField::ConfigChanges:
        notes.configChanges = value.toString();
        break;
    case NotesField::NoConfigChanges:
        notes.noConfigChanges = value.toBool();
        break;
    case NotesField::Version:
    case NotesField::DeploymentType:
        if (const qsizetype i = serviceIndex(m_shown, field.service); i >= 0) {
            ReleaseService &service = m_shown.services[i];
            (field.field == NotesField::Version ? service.version : service.deploymentType) =
                value.toString();
        }
        break;
    case NotesField::Services:
    case NotesField::Page:
        return;
    }
    showValue(field, value);
}

void NotesForm::userEdited(const NotesFieldRef &field, const QVariant &after)
{
    const QVariant before = value(field);
    if (before == after)
        return;
    setValue(field, after);
    emit edited(field, before, after);
}

// Puts `value` in the field's widget without reporting it as an edit, and
// leaves a widget that already shows it alone, so the cursor stays put.
void NotesForm::showValue(const NotesFieldRef &field, const QVariant &value)
{
    const QScopedValueRollback<bool> quiet(m_settingValues, true);
    const QString text = value.toString();
    const auto showText = [&](QPlainTextEdit *edit) {
        if (edit->toPlainText() == text)
            return;
        edit->setPlainText(text);
        edit->moveCursor(QTextCursor::End);
    };
    const auto row = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                  [&](const ServiceRow &r) { return r.service == field.service; });
    switch (field.field) {
    case NotesField::Description:
        showText(m_descriptionEdit);
        break;
    case NotesField::BackoutPlan:
        showText(m_backoutPlanEdit);
        break;
    case NotesField::ConfigChanges:
        showText(m_configChangesEdit);
        break;
    case NotesField::NoConfigChanges:
        m_noConfigChangesCheck->setChecked(value.toBool());
        updateConfigEnabled();
        break;
    case NotesField::Version:
        if (row != m_rows.cend() && row->versionEdit->text() != text)
            row->versionEdit->setText(text);
        break;
    case NotesField::DeploymentType:
        if (row != m_rows.cend() && row->typeCombo->currentText() != text) {
            const int index = row->typeCombo->findText(text);
            row->typeCombo->setCurrentIndex(index);
            if (index < 0)
                row->typeCombo->setEditText(text);
        }
        break;
    case NotesField::Services:
    case NotesField::Page:
        break;
    }
}

void NotesForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QPlainTextEdit *edit : {m_descriptionEdit, m_backoutPlanEdit, m_configChangesEdit})
        edit->setReadOnly(readOnly);
    m_noConfigChangesCheck->setEnabled(!readOnly);
    for (const ServiceRow &row : std::as_const(m_rows)) {
        row.versionEdit->setReadOnly(readOnly);
        row.typeCombo->setEnabled(!readOnly);
    }
    updateConfigEnabled();
}

void NotesForm::updateConfigEnabled()
{
    // "None" is said with the box; the text stays, for when it is unticked.
    m_configChangesEdit->setEnabled(!m_noConfigChangesCheck->isChecked() && !m_readOnly);
}

void NotesForm::showGaps(const QList<NotesGap> &gaps)
{
    const auto show = [](QLabel *label, const QStringList &messages) {
        label->setText(messages.join(u'\n'));
        label->setVisible(!messages.isEmpty());
    };
    QMap<NotesField, QStringList> byField;
    for (const NotesGap &gap : gaps) {
        if (gap.service.isEmpty())
            byField[gap.field] << gap.message;
    }
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it)
        show(it.value(), byField.value(it.key()));
    for (const ServiceRow &row : std::as_const(m_rows)) {
        QStringList version;
        QStringList type;
        for (const NotesGap &gap : gaps) {
            if (gap.service != row.service)
                continue;
            (gap.field == NotesField::Version ? version : type) << gap.message;
        }
        show(row.versionError, version);
        show(row.typeError, type);
    }
}

void NotesForm::showBackoutFlags(const QStringList &flags)
{
    m_backoutFlagLabel->setText(flags.join(u'\n'));
    m_backoutFlagLabel->setVisible(!flags.isEmpty());
}

} // namespace ReleaseDesk
