// The layers of design.md, checked on the sources: what each folder may
// include, of the project and of Qt. The build already refuses a header of a
// library a target does not link (cmake/Layers.cmake); this suite also sees
// what linking cannot, such as a Qt Gui header in the core or the sandbox
// borrowing a client's parser, and names every offending line at once.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

namespace {

struct Layer
{
    QString folder;
    QStringList mayInclude; // project folders, besides its own
    QStringList qtModules;  // QtCore, QtNetwork, ...; "qt6keychain" for QtKeychain
};

const QStringList core{QStringLiteral("models")};
const QStringList remote{QStringLiteral("models"), QStringLiteral("services/http"),
                         QStringLiteral("services/clients"),
                         QStringLiteral("services/connections")};

// Arrows point inward: ui and the services know the core, never each other;
// the sandbox stands in for the remote systems, so it shares nothing with the
// clients that talk to them. app/ wires everything and may include anything.
const QList<Layer> layers{
    {QStringLiteral("models"), {}, {QStringLiteral("QtCore")}},
    {QStringLiteral("services/http"),
     core,
     {QStringLiteral("QtCore"), QStringLiteral("QtNetwork")}},
    {QStringLiteral("services/clients"),
     core + QStringList{QStringLiteral("services/http")},
     {QStringLiteral("QtCore"), QStringLiteral("QtNetwork")}},
    {QStringLiteral("services/connections"),
     remote,
     {QStringLiteral("QtCore"), QStringLiteral("QtNetwork")}},
    {QStringLiteral("services/taskquery"),
     remote,
     {QStringLiteral("QtCore"), QStringLiteral("QtNetwork")}},
    {QStringLiteral("services/sync"),
     remote,
     {QStringLiteral("QtCore"), QStringLiteral("QtNetwork")}},
    {QStringLiteral("services/outbox"),
     remote,
     {QStringLiteral("QtCore"), QStringLiteral("QtNetwork")}},
    {QStringLiteral("services/store"), core, {QStringLiteral("QtCore"), QStringLiteral("QtSql")}},
    {QStringLiteral("services/credentials"),
     core,
     {QStringLiteral("QtCore"), QStringLiteral("qt6keychain")}},
    {QStringLiteral("services/sandbox"),
     core,
     {QStringLiteral("QtCore"), QStringLiteral("QtNetwork"), QStringLiteral("QtHttpServer")}},
    {QStringLiteral("ui"),
     core,
     {QStringLiteral("QtCore"), QStringLiteral("QtGui"), QStringLiteral("QtWidgets"),
      QStringLiteral("QtPrintSupport")}},
    {QStringLiteral("app"), {}, {}},
};

const Layer *layerOf(const QString &path)
{
    const Layer *best = nullptr;
    for (const Layer &layer : layers) {
        if (path.startsWith(layer.folder + QLatin1Char('/')) &&
            (!best || layer.folder.size() > best->folder.size()))
            best = &layer;
    }
    return best;
}

// The Qt module a header such as <QJsonObject> or <QtSql/QSqlQuery> comes
// from, by where the installed headers are; empty for the standard library.
QString qtModuleOf(const QString &header)
{
    if (header.contains(QLatin1Char('/'))) {
        const QString folder = header.section(QLatin1Char('/'), 0, 0);
        return folder.startsWith(QLatin1String("Qt")) || folder.startsWith(QLatin1String("qt6"))
                   ? folder
                   : QString();
    }
    if (!header.startsWith(QLatin1Char('Q')))
        return {};
    const QDir headers(QStringLiteral(QT_HEADERS_DIR));
    for (const QString &module : headers.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (QFileInfo::exists(headers.filePath(module + QLatin1Char('/') + header)))
            return module;
    }
    return QStringLiteral("unknown Qt header");
}

// What `file` (a path from the project root) may not include, one line each.
QStringList violations(const QString &file, const QString &text)
{
    const Layer *layer = layerOf(file);
    if (!layer)
        return {file + QStringLiteral(": in no layer of tst_layers.cpp")};
    if (layer->folder == QLatin1String("app"))
        return {};
    static const QRegularExpression include(
        QStringLiteral(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"),
        QRegularExpression::MultilineOption);
    QStringList found;
    for (const QRegularExpressionMatch &match : include.globalMatch(text)) {
        const QString header = match.captured(2);
        if (match.captured(1) == QLatin1String("\"")) {
            if (header.endsWith(QLatin1String(".moc")) || header.startsWith(QLatin1String("moc_")))
                continue;
            const QString local =
                QDir::cleanPath(QFileInfo(file).path() + QLatin1Char('/') + header);
            const QString target =
                QFileInfo::exists(QStringLiteral(RELEASEDESK_SOURCE_DIR "/") + local) ? local
                                                                                      : header;
            const Layer *to = layerOf(target);
            if (to != layer && !(to && layer->mayInclude.contains(to->folder)))
                found << file + QStringLiteral(": ") + match.captured(0).trimmed();
        } else {
            const QString module = qtModuleOf(header);
            if (!module.isEmpty() && !layer->qtModules.contains(module))
                found << file + QStringLiteral(": ") + match.captured(0).trimmed() +
                             QStringLiteral(" (") + module + QLatin1Char(')');
        }
    }
    return found;
}

QStringList sourceFiles()
{
    const QDir root(QStringLiteral(RELEASEDESK_SOURCE_DIR));
    QStringList files;
    for (const char *folder : {"models", "services", "ui", "app"}) {
        QDirIterator it(root.filePath(QString::fromLatin1(folder)),
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << root.relativeFilePath(it.next());
    }
    return files;
}

} // namespace

class tst_Layers : public QObject
{
    Q_OBJECT

private slots:
    void rulesCatchACrossing_data();
    void rulesCatchACrossing();
    void qtHeadersAreFound();
    void sourcesKeepTheLayers();
};

void tst_Layers::rulesCatchACrossing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("allowed");
    const auto row = [](const char *name, const char *file, const char *line, bool allowed) {
        QTest::newRow(name) << QString::fromLatin1(file) << QString::fromLatin1(line) << allowed;
    };
    row("ui to the core", "ui/mainwindow.cpp", R"(#include "models/lifecycle/lifecycle.h")", true);
    row("ui to its own folder", "ui/dashboard/x.cpp", R"(#include "ui/messagebanner.h")", true);
    row("ui to an adapter", "ui/x.cpp", R"(#include "services/connections/integrations.h")", false);
    row("ui to SQL", "ui/x.cpp", "#include <QSqlQuery>", false);
    row("core to widgets", "models/usecases/x.cpp", "#include <QWidget>", false);
    row("core to the network", "models/x.h", "#include <QtNetwork/QNetworkReply>", false);
    row("core to a service", "models/x.h", R"(#include "services/store/sqlitestore.h")", false);
    row("core to the standard library", "models/x.h", "#include <optional>", true);
    row("service to the ui", "services/store/x.cpp", R"(#include "ui/mainwindow.h")", false);
    row("store to the clients", "services/store/x.cpp", R"(#include "services/http/httpclient.h")",
        false);
    row("sandbox to a client parser", "services/sandbox/jira/x.cpp",
        R"(#include "services/clients/jiraparse.h")", false);
    row("sandbox to its core", "services/sandbox/jira/x.cpp",
        R"(#include "services/sandbox/core/router.h")", true);
    row("sync to the clients", "services/sync/x.cpp", R"(#include "services/clients/jiraclient.h")",
        true);
    row("app to anything", "app/main.cpp", R"(#include "services/store/sqlitestore.h")", true);
    row("a folder of no layer", "services/unknown/x.cpp", "#include <optional>", false);
}

void tst_Layers::rulesCatchACrossing()
{
    QFETCH(QString, file);
    QFETCH(QString, line);
    QFETCH(bool, allowed);
    const QStringList found = violations(file, line + QLatin1Char('\n'));
    QCOMPARE(found.isEmpty(), allowed);
}

void tst_Layers::qtHeadersAreFound()
{
    QCOMPARE(qtModuleOf(QStringLiteral("QAbstractTableModel")), QStringLiteral("QtCore"));
    QCOMPARE(qtModuleOf(QStringLiteral("QSqlDatabase")), QStringLiteral("QtSql"));
    QCOMPARE(qtModuleOf(QStringLiteral("QWidget")), QStringLiteral("QtWidgets"));
    QCOMPARE(qtModuleOf(QStringLiteral("QtNetwork/QNetworkReply")), QStringLiteral("QtNetwork"));
    QCOMPARE(qtModuleOf(QStringLiteral("vector")), QString());
    QCOMPARE(qtModuleOf(QStringLiteral("sys/socket.h")), QString());
}

void tst_Layers::sourcesKeepTheLayers()
{
    const QDir root(QStringLiteral(RELEASEDESK_SOURCE_DIR));
    const QStringList files = sourceFiles();
    QVERIFY2(files.size() > 100,
             qPrintable(QStringLiteral("only %1 sources found").arg(files.size())));
    QStringList found;
    for (const QString &file : files) {
        QFile source(root.filePath(file));
        QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(file));
        found << violations(file, QString::fromUtf8(source.readAll()));
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QTEST_APPLESS_MAIN(tst_Layers)
#include "tst_layers.moc"
