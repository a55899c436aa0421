#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace ReleaseDesk {

// Which language ReleaseDesk speaks: the system's when it is Welsh, English
// otherwise, unless the person chose one. The choice is the person's, not the
// profile's: it is kept in their app-wide settings (under settingKey), so every
// profile and releasedesk-cli on their account speak it. It applies at start:
// the widgets are not retranslated while they are open.
class UiLanguage
{
public:
    // The settings key, and its values: empty (follow the system), "en" or "cy".
    static inline const QString settingKey = QStringLiteral("language");
    static inline const QString english = QStringLiteral("en");
    static inline const QString welsh = QStringLiteral("cy");
    static QStringList settingValues() { return {QString(), english, welsh}; }
    static bool isSettingValue(const QString &value) { return settingValues().contains(value); }

    // The locale to translate and format by, for a setting (or a command
    // line's override of it) and the system's locale. An English system keeps
    // its own locale, so that en_US still formats dates the American way;
    // English chosen on another system formats as British English, the
    // language's home beside Welsh. An unknown setting follows the system.
    static QLocale chosen(const QString &setting, const QLocale &system);
};

} // namespace ReleaseDesk
