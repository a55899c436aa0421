#include "ui/languagemenu.h"

#include "models/domain/uilanguage.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QSettings>

namespace ReleaseDesk {

LanguageMenu::LanguageMenu(QSettings &settings, const QLocale &system, QWidget *parent)
    : QMenu(tr("&Language"), parent), m_settings(settings), m_choices(new QActionGroup(this))
{
    addChoice(
        tr("System default (%1)").arg(UiLanguage::chosen(QString(), system).nativeLanguageName()),
        QString());
    // Each language by its own name, untranslated: whoever cannot read the
    // current one still finds their own.
    addChoice(QStringLiteral("English"), UiLanguage::english);
    addChoice(QStringLiteral("Cymraeg"), UiLanguage::welsh);
}

void LanguageMenu::addChoice(const QString &text, const QString &value)
{
    QAction *action = addAction(text);
    action->setCheckable(true);
    action->setData(value);
    action->setActionGroup(m_choices);
    action->setChecked(m_settings.value(UiLanguage::settingKey).toString() == value);
    connect(action, &QAction::triggered, this, [this, value] { choose(value); });
}

void LanguageMenu::choose(const QString &value)
{
    if (m_settings.value(UiLanguage::settingKey).toString() == value)
        return;
    if (value.isEmpty())
        m_settings.remove(UiLanguage::settingKey);
    else
        m_settings.setValue(UiLanguage::settingKey, value);
    QMessageBox::information(parentWidget(), tr("Language"),
                             tr("ReleaseDesk will speak the language you chose the next time "
                                "it starts."));
}

} // namespace ReleaseDesk
