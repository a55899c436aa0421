// Help's windows: About with the licences.
// and Welsh with links that lead somewhere, and the list of shortcuts.

#include "ui/help/aboutdialog.h"
#include "ui/help/thirdpartycomponents.h"

#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTest>

using namespace ReleaseDesk;

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList labelTexts(const QWidget &widget)
{
    QStringList texts;
    for (const QLabel *label : widget.findChildren<QLabel *>())
        texts << label->text();
    return texts;
}

} // namespace

class tst_HelpDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aboutShowsVersionsAndLicence();
    void aboutListsEveryThirdPartyComponent();
    void thirdPartyFileNamesTheSameComponents();
};

void tst_HelpDialogs::initTestCase()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
}

void tst_HelpDialogs::aboutShowsVersionsAndLicence()
{
    AboutDialog dialog;
    const QString labels = labelTexts(dialog).join(QLatin1Char('\n'));
    QVERIFY2(labels.contains(QStringLiteral("9.8.7")), qPrintable(labels));
    QVERIFY2(labels.contains(QString::fromLatin1(qVersion())), qPrintable(labels));
    QVERIFY2(labels.contains(QStringLiteral(QT_VERSION_STR)), qPrintable(labels));
    QVERIFY2(labels.contains(QStringLiteral("MIT")), qPrintable(labels));
    const auto *licence = dialog.findChild<QPlainTextEdit *>(QStringLiteral("licenceText"));
    QVERIFY(licence);
    QVERIFY(licence->toPlainText().startsWith(QStringLiteral("MIT License")));
    QVERIFY(licence->toPlainText().contains(QStringLiteral("Permission is hereby granted")));
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->text().isEmpty())
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }
}

void tst_HelpDialogs::aboutListsEveryThirdPartyComponent()
{
    AboutDialog dialog;
    const auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("thirdPartyTable"));
    QVERIFY(table);
    const QList<ThirdPartyComponent> components = ThirdPartyComponents::all();
    QCOMPARE(components.size(), 4);
    QCOMPARE(table->rowCount(), components.size());
    for (int row = 0; row < components.size(); ++row) {
        QCOMPARE(table->item(row, 0)->text(), components.at(row).name);
        QCOMPARE(table->item(row, 1)->text(), components.at(row).licence);
        QCOMPARE(table->item(row, 2)->text(), components.at(row).usedFor);
    }
    const QStringList names{table->item(0, 0)->text(), table->item(1, 0)->text(),
                            table->item(2, 0)->text(), table->item(3, 0)->text()};
    QCOMPARE(names, (QStringList{QStringLiteral("Qt 6"), QStringLiteral("QtKeychain"),
                                 QStringLiteral("SQLite"), QStringLiteral("OpenSSL")}));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("LGPL-3.0-only"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("BSD-3-Clause"));
    QCOMPARE(table->item(3, 1)->text(), QStringLiteral("Apache-2.0"));
}

// Packagers read THIRD-PARTY.md; it must name what About names, each on its
// own row with its licence.
void tst_HelpDialogs::thirdPartyFileNamesTheSameComponents()
{
    const QString file = readFile(QStringLiteral(":/legal/THIRD-PARTY.md"));
    QVERIFY(!file.isEmpty());
    const QStringList rows = file.split(QLatin1Char('\n')).filter(QStringLiteral("| "));
    int componentRows = 0;
    for (const ThirdPartyComponent &component : ThirdPartyComponents::all()) {
        const QString start = QStringLiteral("| ") + component.name + QStringLiteral(" | ") +
                              component.licence + QStringLiteral(" |");
        const bool found = std::any_of(rows.begin(), rows.end(), [&start](const QString &row) {
            return row.startsWith(start);
        });
        QVERIFY2(found, qPrintable(start));
        ++componentRows;
    }
    // The header, its rule and a row per component: no component the code lacks.
    QCOMPARE(rows.size(), componentRows + 2);
}

QTEST_MAIN(tst_HelpDialogs)
#include "tst_helpdialogs.moc"
