// Help's windows: About with the licences, the bundled user guide in English
// and Welsh with links that lead somewhere, and the list of shortcuts.

#include "ui/help/aboutdialog.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/help/thirdpartycomponents.h"
#include "ui/help/userguidewindow.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>

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

// The anchors a document defines and the links it holds, as QTextBrowser
// parsed them: what the reader can reach, not what the file seems to say.
struct DocumentLinks
{
    QSet<QString> anchors;
    QStringList hrefs;
};

DocumentLinks linksOf(const QTextDocument &document)
{
    DocumentLinks links;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            for (const QString &name : format.anchorNames())
                links.anchors.insert(name);
            if (format.isAnchor() && !format.anchorHref().isEmpty())
                links.hrefs << format.anchorHref();
        }
    }
    return links;
}

// The rows of the shortcuts tree a reader sees: "menu / action / keys".
QStringList visibleRows(const QTreeWidget &tree)
{
    QStringList rows;
    for (int i = 0; i < tree.topLevelItemCount(); ++i) {
        const QTreeWidgetItem *top = tree.topLevelItem(i);
        if (top->isHidden())
            continue;
        if (top->childCount() == 0)
            rows << top->text(0) + QStringLiteral(" / ") + top->text(1);
        for (int j = 0; j < top->childCount(); ++j) {
            if (!top->child(j)->isHidden())
                rows << top->text(0) + QStringLiteral(" / ") + top->child(j)->text(0) +
                            QStringLiteral(" / ") + top->child(j)->text(1);
        }
    }
    return rows;
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
    void guideExistsInEachLanguage_data();
    void guideExistsInEachLanguage();
    void guideLinksResolve_data();
    void guideLinksResolve();
    void welshLocaleChoosesWelshGuide();
    void guideWindowFollowsInternalLinks();
    void shortcutsListActionsByMenu();
    void shortcutsFilterNarrowsTheList();
    void shortcutsShowMarkupAsText();
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

void tst_HelpDialogs::guideExistsInEachLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QStringList>("roleTexts");
    QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                        << QStringList{QStringLiteral("Testers: sign-off"),
                                       QStringLiteral("Developers: from tasks"),
                                       QStringLiteral("The release team: the dashboard"),
                                       QStringLiteral("What a failure does"),
                                       QStringLiteral("Help → Keyboard shortcuts")};
    QTest::newRow("cy") << QLocale(QLocale::Welsh, QLocale::UnitedKingdom)
                        << QStringList{QStringLiteral("Profwyr: cymeradwyo"),
                                       QStringLiteral("Datblygwyr: o dasgau"),
                                       QStringLiteral("Y tîm rhyddhau: y dangosfwrdd"),
                                       QStringLiteral("Beth mae methiant yn ei wneud"),
                                       QStringLiteral("Cymorth → Llwybrau byr bysellfwrdd")};
}

void tst_HelpDialogs::guideExistsInEachLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QStringList, roleTexts);
    const QString resource = UserGuideWindow::guideResource(locale);
    QVERIFY2(QFile::exists(resource), qPrintable(resource));
    QTextBrowser browser;
    browser.setSource(QUrl(QLatin1String("qrc") + resource));
    const QString text = browser.toPlainText();
    for (const QString &roleText : roleTexts)
        QVERIFY2(text.contains(roleText), qPrintable(roleText));
    // The stylesheet beside the guide is found: headings take its colour.
    QTextBlock block = browser.document()->begin();
    while (block.isValid() && block.blockFormat().headingLevel() != 2)
        block = block.next();
    QVERIFY(block.isValid());
    QCOMPARE(block.begin().fragment().charFormat().foreground().color(), QColor(0x1f4e79));
}

void tst_HelpDialogs::guideLinksResolve_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("en") << QLocale(QLocale::English);
    QTest::newRow("cy") << QLocale(QLocale::Welsh);
}

// Every link within the guide leads to an anchor the guide defines.
void tst_HelpDialogs::guideLinksResolve()
{
    QFETCH(QLocale, locale);
    QTextBrowser browser;
    const QUrl guide(QLatin1String("qrc") + UserGuideWindow::guideResource(locale));
    browser.setSource(guide);
    const DocumentLinks links = linksOf(*browser.document());
    QVERIFY(links.hrefs.size() >= 9);
    for (const QString &href : links.hrefs) {
        const QUrl target = guide.resolved(QUrl(href));
        if (target.scheme() != u"qrc")
            continue;
        QCOMPARE(target.adjusted(QUrl::RemoveFragment), guide);
        QVERIFY2(!target.fragment().isEmpty(), qPrintable(href));
        QVERIFY2(links.anchors.contains(target.fragment()), qPrintable(href));
    }
}

void tst_HelpDialogs::welshLocaleChoosesWelshGuide()
{
    const QString welsh = UserGuideWindow::guideResource(QLocale(QLocale::Welsh));
    const QString english = UserGuideWindow::guideResource(QLocale(QLocale::English));
    QCOMPARE(welsh, QStringLiteral(":/guide/guide.cy.html"));
    QCOMPARE(english, QStringLiteral(":/guide/guide.en.html"));
    QCOMPARE(UserGuideWindow::guideResource(QLocale(QLocale::German)), english);
    QVERIFY(readFile(welsh) != readFile(english));

    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Welsh, QLocale::UnitedKingdom));
    UserGuideWindow window;
    QLocale::setDefault(before);
    const auto *browser = window.findChild<QTextBrowser *>(QStringLiteral("guideBrowser"));
    QVERIFY(browser);
    QCOMPARE(browser->source(), QUrl(QStringLiteral("qrc:/guide/guide.cy.html")));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("Canllaw defnyddiwr ReleaseDesk")));
}

void tst_HelpDialogs::guideWindowFollowsInternalLinks()
{
    UserGuideWindow window;
    auto *browser = window.findChild<QTextBrowser *>(QStringLiteral("guideBrowser"));
    QVERIFY(browser);
    QCOMPARE(browser->source(), QUrl(QStringLiteral("qrc:/guide/guide.en.html")));
    emit browser->anchorClicked(QUrl(QStringLiteral("#tester")));
    QCOMPARE(browser->source(), QUrl(QStringLiteral("qrc:/guide/guide.en.html#tester")));
    QVERIFY(browser->isBackwardAvailable());
    // A link that is not a web address neither loads here nor leaves the app.
    emit browser->anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
    QCOMPARE(browser->source(), QUrl(QStringLiteral("qrc:/guide/guide.en.html#tester")));
    browser->backward();
    QCOMPARE(browser->source(), QUrl(QStringLiteral("qrc:/guide/guide.en.html")));
}

void tst_HelpDialogs::shortcutsListActionsByMenu()
{
    QAction newRelease(QStringLiteral("&New release…"));
    newRelease.setShortcut(QKeySequence::New);
    newRelease.setProperty("menu", QStringLiteral("&File"));
    QAction separator;
    separator.setSeparator(true);
    separator.setProperty("menu", QStringLiteral("&File"));
    QAction sync(QStringLiteral("&Sync now"));
    sync.setShortcuts({QKeySequence(Qt::Key_F6), QKeySequence(Qt::CTRL | Qt::Key_R)});
    sync.setProperty("menu", QStringLiteral("&View"));
    QAction about(QStringLiteral("&About ReleaseDesk"));
    about.setProperty("menu", QStringLiteral("&Help"));

    ShortcutsDialog dialog({&newRelease, &separator, &sync, &about});
    const auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("shortcutsTree"));
    QVERIFY(tree);
    const QString native = QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText);
    const QString syncKeys = QKeySequence(Qt::Key_F6).toString(QKeySequence::NativeText) +
                             QStringLiteral(", ") +
                             QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText);
    QCOMPARE(visibleRows(*tree), (QStringList{QStringLiteral("File / New release… / ") + native,
                                              QStringLiteral("View / Sync now / ") + syncKeys,
                                              QStringLiteral("Help / About ReleaseDesk / ")}));

    // Without a menu the actions make one flat list.
    QAction reload(QStringLiteral("Reload"));
    reload.setShortcut(QKeySequence(Qt::Key_F5));
    ShortcutsDialog flat({&reload});
    const auto *flatTree = flat.findChild<QTreeWidget *>(QStringLiteral("shortcutsTree"));
    QCOMPARE(visibleRows(*flatTree),
             QStringList{QStringLiteral("Reload / ") +
                         QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText)});
}

void tst_HelpDialogs::shortcutsFilterNarrowsTheList()
{
    QAction newRelease(QStringLiteral("&New release…"));
    newRelease.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    newRelease.setProperty("menu", QStringLiteral("&File"));
    QAction quit(QStringLiteral("&Quit"));
    quit.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit.setProperty("menu", QStringLiteral("&File"));
    QAction sync(QStringLiteral("&Sync now"));
    sync.setShortcut(QKeySequence(Qt::Key_F6));
    sync.setProperty("menu", QStringLiteral("&View"));
    ShortcutsDialog dialog({&newRelease, &quit, &sync});
    auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("shortcutsFilter"));
    const auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("shortcutsTree"));
    QVERIFY(filter && tree);
    QCOMPARE(visibleRows(*tree).size(), 3);

    QTest::keyClicks(filter, QStringLiteral("RELEASE"));
    QCOMPARE(visibleRows(*tree).size(), 1);
    QVERIFY(visibleRows(*tree).constFirst().startsWith(QStringLiteral("File / New release…")));
    QVERIFY(tree->topLevelItem(1)->isHidden());

    filter->setText(QStringLiteral("F6"));
    QCOMPARE(visibleRows(*tree).size(), 1);
    QVERIFY(visibleRows(*tree).constFirst().startsWith(QStringLiteral("View / Sync now")));

    filter->setText(QStringLiteral("file"));
    QCOMPARE(visibleRows(*tree).size(), 2);

    filter->setText(QStringLiteral("nothing like it"));
    QVERIFY(visibleRows(*tree).isEmpty());

    filter->clear();
    QCOMPARE(visibleRows(*tree).size(), 3);
}

void tst_HelpDialogs::shortcutsShowMarkupAsText()
{
    QAction marked(QStringLiteral("<b>Bold</b> &&<a href=\"file:///x\">link</a>"));
    ShortcutsDialog dialog({&marked});
    const auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("shortcutsTree"));
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0),
             QStringLiteral("<b>Bold</b> &<a href=\"file:///x\">link</a>"));
}

QTEST_MAIN(tst_HelpDialogs)
#include "tst_helpdialogs.moc"
