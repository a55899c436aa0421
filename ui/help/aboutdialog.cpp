#include "aboutdialog.h"

#include "thirdpartycomponents.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ReleaseDesk {

namespace {

const auto licenceResource = QLatin1String(":/legal/LICENSE");

// Text from code or from a file is never read as markup, so a name with a
// "<" in it shows as written.
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About ReleaseDesk"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(createAboutTab(), tr("&About"));
    tabs->addTab(createLicenceTab(), tr("&Licence"));
    tabs->addTab(createThirdPartyTab(), tr("&Third-party components"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(560, 420);
}

QWidget *AboutDialog::createAboutTab()
{
    auto *tab = new QWidget(this);
    auto *icon = new QLabel(tab);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/releasedesk.png")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto *title = plainLabel(tr("ReleaseDesk %1").arg(QCoreApplication::applicationVersion()), tab);
    title->setObjectName(QStringLiteral("aboutVersionLabel"));
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    title->setFont(font);
    auto *description = plainLabel(
        tr("Runs a team's release process from CI-Dev to Live in one window: Concourse, Jira, "
           "Confluence, ServiceNow and Slack."),
        tab);
    // qVersion() is the Qt library loaded now, QT_VERSION_STR the one compiled
    // against; they differ after a distribution updates Qt, which is worth
    // knowing in a bug report.
    auto *qt = plainLabel(tr("Running on Qt %1, built with Qt %2.")
                              .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
                          tab);
    qt->setObjectName(QStringLiteral("aboutQtLabel"));
    auto *licence = plainLabel(
        tr("ReleaseDesk is free software under the MIT licence; see the Licence tab."), tab);
    licence->setObjectName(QStringLiteral("aboutLicenceLabel"));
    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(description);
    text->addWidget(qt);
    text->addWidget(licence);
    text->addStretch(1);
    auto *layout = new QHBoxLayout(tab);
    layout->addWidget(icon);
    layout->addLayout(text, 1);
    return tab;
}

QWidget *AboutDialog::createLicenceTab()
{
    auto *licence = new QPlainTextEdit(this);
    licence->setObjectName(QStringLiteral("licenceText"));
    licence->setReadOnly(true);
    licence->setPlainText(readResource(licenceResource));
    return licence;
}

QWidget *AboutDialog::createThirdPartyTab()
{
    const QList<ThirdPartyComponent> components = ThirdPartyComponents::all();
    auto *table = new QTableWidget(int(components.size()), 3, this);
    table->setObjectName(QStringLiteral("thirdPartyTable"));
    table->setHorizontalHeaderLabels({tr("Component"), tr("Licence"), tr("Used for")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < components.size(); ++row) {
        const ThirdPartyComponent &component = components.at(row);
        // Table items are plain text; the address goes in the tooltip.
        auto *name = new QTableWidgetItem(component.name);
        name->setToolTip(component.homepage.toString());
        table->setItem(row, 0, name);
        table->setItem(row, 1, new QTableWidgetItem(component.licence));
        table->setItem(row, 2, new QTableWidgetItem(component.usedFor));
    }
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
    return table;
}

} // namespace ReleaseDesk
