#pragma once

#include <QLocale>
#include <QMenu>

class QActionGroup;
class QSettings;

namespace ReleaseDesk {

// View > Language: the system's language or one the person chooses, kept
// under UiLanguage::settingKey in their app-wide settings (not the
// profile's). The choice applies when ReleaseDesk next starts, and the menu
// says so: the open windows are not retranslated.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    // `system` is the system's locale, named in "System default (...)".
    LanguageMenu(QSettings &settings, const QLocale &system, QWidget *parent = nullptr);

private:
    void addChoice(const QString &text, const QString &value);
    void choose(const QString &value);

    QSettings &m_settings;
    QActionGroup *m_choices;
};

} // namespace ReleaseDesk
