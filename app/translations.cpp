#include "translations.h"

#include "models/domain/uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace ReleaseDesk {

namespace {

const QString embedded = QStringLiteral(":/i18n");
const QString separator = QStringLiteral("_");

} // namespace

QLocale chosenLanguage(const QString &override)
{
    if (!override.isEmpty())
        return UiLanguage::chosen(override, QLocale::system());
    const QSettings personal(QSettings::NativeFormat, QSettings::UserScope,
                             QStringLiteral("ReleaseDesk"), QStringLiteral("ReleaseDesk"));
    return UiLanguage::chosen(personal.value(UiLanguage::settingKey).toString(), QLocale::system());
}

Status installTranslations(QCoreApplication &app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), separator,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
        qtTranslator->load(locale, QStringLiteral("qtbase"), separator, embedded))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    auto *appTranslator = new QTranslator(&app);
    if (!appTranslator->load(locale, QStringLiteral("releasedesk"), separator, embedded) &&
        !appTranslator->load(QStringLiteral("releasedesk_en.qm"), embedded)) {
        delete appTranslator;
        return Status::failure(
            QCoreApplication::translate("main", "The translations are missing from %1.")
                .arg(QCoreApplication::applicationFilePath()));
    }
    QCoreApplication::installTranslator(appTranslator);
    return success();
}

} // namespace ReleaseDesk
