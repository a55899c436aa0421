#include "models/domain/uilanguage.h"

namespace ReleaseDesk {

QLocale UiLanguage::chosen(const QString &setting, const QLocale &system)
{
    const bool systemIsWelsh = system.language() == QLocale::Welsh;
    const bool welshChosen = setting == welsh || (setting != english && systemIsWelsh);
    if (welshChosen)
        return systemIsWelsh ? system : QLocale(QLocale::Welsh, QLocale::UnitedKingdom);
    return system.language() == QLocale::English
               ? system
               : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace ReleaseDesk
