#pragma once

#include "models/domain/result.h"

#include <QLocale>

class QCoreApplication;
class QString;

namespace ReleaseDesk {

// The language of this run: `override` (a command line's or the
// environment's "en" or "cy") when given, else the person's choice in their
// app-wide settings, else the system's (see UiLanguage). The settings are the
// desktop app's own, QSettings(NativeFormat, UserScope, "ReleaseDesk",
// "ReleaseDesk"), what QSettings() opens there; releasedesk-cli reads the same.
QLocale chosenLanguage(const QString &override);

// Makes `locale` the language of the run: QLocale() formats by it from now on,
// and ReleaseDesk's translation for it is installed (the English one when there
// is none: it holds the forms of counted messages), with Qt's own strings for
// it, from the system's Qt when Debian ships them, else from the app's own
// (Welsh). Fails when the app's translations are not embedded.
Status installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace ReleaseDesk
