#include "app/options.h"
#include "app/translations.h"
#include "models/domain/enums.h"
#include "models/domain/uilanguage.h"
#include "models/usecases/releasetimeline.h"
#include "ui/dashboard/timelinehtml.h"
#include "ui/languagemenu.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ReleaseDesk;

namespace {

const QLocale welshSystem(QLocale::Welsh, QLocale::UnitedKingdom);
const QLocale americanSystem(QLocale::English, QLocale::UnitedStates);
const QLocale germanSystem(QLocale::German, QLocale::Germany);

QAction *choice(const QMenu &menu, const QString &value)
{
    for (QAction *action : menu.actions()) {
        if (action->data().toString() == value)
            return action;
    }
    return nullptr;
}

} // namespace

class TestUiLanguage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void chosen_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QLocale>("system");
        QTest::addColumn<QLocale>("expected");
        const QLocale britishEnglish(QLocale::English, QLocale::UnitedKingdom);
        QTest::newRow("Welsh system") << QString() << welshSystem << welshSystem;
        QTest::newRow("American system keeps its locale")
            << QString() << americanSystem << americanSystem;
        QTest::newRow("German system speaks English")
            << QString() << germanSystem << britishEnglish;
        QTest::newRow("C locale speaks English") << QString() << QLocale::c() << britishEnglish;
        QTest::newRow("Welsh chosen on an English system")
            << QStringLiteral("cy") << americanSystem << welshSystem;
        QTest::newRow("English chosen on a Welsh system")
            << QStringLiteral("en") << welshSystem << britishEnglish;
        QTest::newRow("English chosen on an American system")
            << QStringLiteral("en") << americanSystem << americanSystem;
        QTest::newRow("an unknown setting follows the system")
            << QStringLiteral("fr") << welshSystem << welshSystem;
    }
    void chosen()
    {
        QFETCH(QString, setting);
        QFETCH(QLocale, system);
        QFETCH(QLocale, expected);
        QCOMPARE(UiLanguage::chosen(setting, system), expected);
    }

    void languageArgumentIsReadBeforeTheOptions()
    {
        const QString app = QStringLiteral("releasedesk");
        QCOMPARE(languageArgument({app, QStringLiteral("--language"), QStringLiteral("cy")}),
                 QStringLiteral("cy"));
        QCOMPARE(languageArgument({app, QStringLiteral("--demo"), QStringLiteral("--language=en")}),
                 QStringLiteral("en"));
        QCOMPARE(languageArgument({app, QStringLiteral("--demo")}), QString());
        QCOMPARE(languageArgument({app, QStringLiteral("--language")}), QString());
    }

    void theMenuOffersTheSystemEnglishAndWelsh()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("offers.ini")), QSettings::IniFormat);
        const LanguageMenu menu(settings, welshSystem);
        QCOMPARE(menu.actions().size(), 3);
        QCOMPARE(choice(menu, QString())->text(), QStringLiteral("System default (Cymraeg)"));
        QCOMPARE(choice(menu, QStringLiteral("en"))->text(), QStringLiteral("English"));
        QCOMPARE(choice(menu, QStringLiteral("cy"))->text(), QStringLiteral("Cymraeg"));
        QVERIFY(choice(menu, QString())->isChecked());
    }

    void theMenuShowsTheStoredChoice()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("stored.ini")), QSettings::IniFormat);
        settings.setValue(UiLanguage::settingKey, QStringLiteral("cy"));
        const LanguageMenu menu(settings, americanSystem);
        QVERIFY(choice(menu, QStringLiteral("cy"))->isChecked());
        QVERIFY(!choice(menu, QString())->isChecked());
    }

    void choosingStoresItAndSaysWhenItApplies()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("choose.ini")), QSettings::IniFormat);
        LanguageMenu menu(settings, americanSystem);
        QString shown;
        QTimer::singleShot(0, [&shown] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        choice(menu, QStringLiteral("cy"))->trigger();
        QCOMPARE(settings.value(UiLanguage::settingKey).toString(), QStringLiteral("cy"));
        QVERIFY2(shown.contains(QLatin1String("next time")), qPrintable(shown));

        QTimer::singleShot(0, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->accept();
        });
        choice(menu, QString())->trigger();
        QVERIFY(!settings.contains(UiLanguage::settingKey));
    }

    // Last: it installs Welsh for the rest of the run.
    void welshInstallsQtsOwnStringsInWelsh()
    {
        QVERIFY(installTranslations(*qApp, welshSystem));
        QCOMPARE(QLocale().language(), QLocale::Welsh);
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Diddymu"));
        QCOMPARE(buttons.button(QDialogButtonBox::Ok)->text(), QStringLiteral("Iawn"));
        QCOMPARE(QCoreApplication::translate("QLineEdit", "&Copy"), QStringLiteral("&Copïo"));
    }

    // Runs after Welsh is installed: the history names every action in the
    // reader's words, never by the key it is stored under.
    void theHistorySpeaksWelshForEveryAction()
    {
        QCOMPARE(QLocale().language(), QLocale::Welsh);
        const QDateTime at(QDate(2026, 11, 2), QTime(9, 5));
        QSet<QString> shown;
        for (int value = 0; value < int(AuditAction::Unknown); ++value) {
            AuditEvent event;
            event.actor = QStringLiteral("Ben Jones");
            event.action = AuditAction(value);
            const QString html = TimelineHtml::render({TimelineEntry{at, event}});
            const QString key = toKey(event.action);
            QVERIFY2(!html.contains(QStringLiteral(": ") + key) &&
                         !html.contains(QStringLiteral("> ") + key),
                     qPrintable(html));
            shown << html;
        }
        QCOMPARE(shown.size(), int(AuditAction::Unknown));
        AuditEvent created;
        created.action = AuditAction::Created;
        QVERIFY(!TimelineHtml::render({TimelineEntry{at, created}}).contains(u"created"));
    }
};

QTEST_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
