#include "models/formats/csvtable.h"
#include "models/itemmodels/dashboardmodel.h"
#include "support/memoryreleasestore.h"
#include "ui/dashboard/dashboardpage.h"

#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ReleaseDesk;
using ReleaseDesk::Testing::MemoryReleaseStore;
using Column = DashboardModel::Column;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString awkwardName = s("2026.11.2, \"big\"\nweek");
const QString formulaName = s("=cmd|' /C calc'!A0");

qint64 addRelease(MemoryReleaseStore &store, const QString &name, Stage stage, const char *service,
                  const char *when)
{
    Release release;
    release.name = name;
    release.stage = stage;
    release.services = {{QString::fromLatin1(service), s("1.4.2"), s("ECS")}};
    release.taskKeys = {s("CHS-1")};
    release.created = QDateTime::fromString(QString::fromLatin1(when), Qt::ISODate);
    release.stageChanged = release.created;
    release.updated = release.created;
    AuditEvent created;
    created.actor = s("dev.one");
    created.at = release.created;
    created.action = AuditAction::Created;
    const auto id = store.createRelease(release, created);
    return id ? id.value() : 0;
}

// RFC 4180 read back: fields split at commas outside quotes, records at CRLF
// outside quotes, "" inside quotes a quote.
QList<QStringList> parseCsv(const QString &csv)
{
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    const auto next = [&csv](qsizetype i) { return i + 1 < csv.size() ? csv.at(i + 1) : QChar(); };
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == u'"' && next(i) == u'"')
                field += csv.at(++i);
            else if (c == u'"')
                quoted = false;
            else
                field += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << std::exchange(field, {});
        } else if (c == u'\r' && next(i) == u'\n') {
            ++i;
            fields << std::exchange(field, {});
            records << std::exchange(fields, {});
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace

// The dashboard's table exported as CSV: what is on screen, as a spreadsheet
// should read it, and never a formula.
class TestDashboardCsv : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MemoryReleaseStore> m_store;
    std::unique_ptr<DashboardPage> m_page;
    std::unique_ptr<QTemporaryDir> m_out;

    QTableView *view() const { return m_page->findChild<QTableView *>(s("dashboardView")); }
    QString out(const char *name) const { return m_out->filePath(QString::fromLatin1(name)); }
    QByteArray exported(const char *name)
    {
        const Status written = m_page->exportTableTo(out(name));
        if (!written)
            qWarning("%s", qPrintable(written.error()));
        QFile file(out(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    // What the view shows: the titles and display text of its shown columns.
    QList<QStringList> shown() const
    {
        const QAbstractItemModel *model = view()->model();
        const QHeaderView *header = view()->horizontalHeader();
        QList<QStringList> table{{}};
        for (int visual = 0; visual < header->count(); ++visual) {
            const int column = header->logicalIndex(visual);
            if (!header->isSectionHidden(column))
                table[0] << model->headerData(column, Qt::Horizontal).toString();
        }
        for (int row = 0; row < model->rowCount(); ++row) {
            QStringList cells;
            for (int visual = 0; visual < header->count(); ++visual) {
                const int column = header->logicalIndex(visual);
                if (!header->isSectionHidden(column))
                    cells << model->index(row, column).data().toString();
            }
            table << cells;
        }
        return table;
    }
    // What the file should hold: the view's text, but the formula kept as text.
    QList<QStringList> shownAsCsv() const
    {
        QList<QStringList> expected = shown();
        for (QStringList &row : expected)
            row.replaceInStrings(QRegularExpression(s("^=cmd")), s("'=cmd"));
        return expected;
    }
    QStringList names(const QList<QStringList> &records) const
    {
        QStringList found;
        for (const QStringList &record : records.mid(1))
            found << record.value(0);
        return found;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_store = std::make_unique<MemoryReleaseStore>();
        m_out = std::make_unique<QTemporaryDir>();
        QVERIFY(addRelease(*m_store, s("2026.11.1"), Stage::CiDev, "chs-orders-api",
                           "2026-11-02T09:00:00Z"));
        QVERIFY(addRelease(*m_store, awkwardName, Stage::CiDev, "chs-payments-web",
                           "2026-11-03T09:00:00Z"));
        QVERIFY(addRelease(*m_store, formulaName, Stage::CiDev, "chs-search-api",
                           "2026-10-20T09:00:00Z"));
        m_page = std::make_unique<DashboardPage>(*m_store);
        QSignalSpy loaded(m_page.get(), &DashboardPage::loaded);
        m_page->reload();
        QVERIFY(loaded.count() == 1 || loaded.wait());
        QCOMPARE(view()->model()->rowCount(), 3);
    }
    void cleanup()
    {
        m_page.reset();
        m_out.reset();
        m_store.reset();
    }

    void fieldsFollowRfc4180AndOwasp_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << s("2026.11.1") << s("2026.11.1");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << s("a, b") << s("\"a, b\"");
        QTest::newRow("quote") << s("say \"hi\"") << s("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << s("a\nb") << s("\"a\nb\"");
        QTest::newRow("formula") << formulaName << s("'=cmd|' /C calc'!A0");
        QTest::newRow("plus") << s("+1") << s("'+1");
        QTest::newRow("minus") << s("-1") << s("'-1");
        QTest::newRow("at") << s("@SUM(A1)") << s("'@SUM(A1)");
        QTest::newRow("tab") << s("\t=1") << s("'\t=1");
        QTest::newRow("carriage return") << s("\r=1") << s("\"'\r=1\"");
        QTest::newRow("formula with comma") << s("=A1,B1") << s("\"'=A1,B1\"");
        QTest::newRow("equals inside") << s("a=b") << s("a=b");
        QTest::newRow("dash") << s("\u2014") << s("\u2014");
    }
    void fieldsFollowRfc4180AndOwasp()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(CsvTable::field(text), field);
    }

    void anyModelWithABomAndCrlf()
    {
        QStandardItemModel model(2, 3);
        model.setHorizontalHeaderLabels({s("A"), s("B"), s("C")});
        model.setItem(0, 0, new QStandardItem(s("a1")));
        model.setItem(0, 2, new QStandardItem(s("c1 ✓")));
        model.setItem(1, 1, new QStandardItem(s("b2")));
        QCOMPARE(CsvTable::fromModel(model, {2, 0}),
                 QByteArray("\xEF\xBB\xBF"
                            "C,A\r\nc1 \xE2\x9C\x93,a1\r\n,\r\n"));
    }

    void exportsTheTableAsShown()
    {
        const QByteArray bytes = exported("releases.csv");
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(records, shownAsCsv());
        QVERIFY(names(records).contains(awkwardName));
        QVERIFY(names(records).contains(u'\'' + formulaName));
        QVERIFY(bytes.contains("\"2026.11.2, \"\"big\"\"\nweek\""));
        // Hidden columns stay out; a column shown by hand comes in.
        QVERIFY(!records.first().contains(
            view()->model()->headerData(int(Column::LastActivity), Qt::Horizontal).toString()));
        QCOMPARE(records.first().first(), s("Release"));
    }

    void exportsOnlyTheColumnsShownInTheirOrder()
    {
        view()->setColumnHidden(int(Column::Services), true);
        view()->setColumnHidden(int(Column::LastActivity), false);
        view()->horizontalHeader()->moveSection(
            view()->horizontalHeader()->visualIndex(int(Column::Stage)), 0);
        const QList<QStringList> records =
            parseCsv(QString::fromUtf8(exported("columns.csv").mid(3)));
        const QAbstractItemModel *model = view()->model();
        const auto title = [model](Column column) {
            return model->headerData(int(column), Qt::Horizontal).toString();
        };
        QCOMPARE(records.first().value(0), title(Column::Stage));
        QCOMPARE(records.first().value(1), title(Column::Name));
        QVERIFY(!records.first().contains(title(Column::Services)));
        QVERIFY(records.first().contains(title(Column::LastActivity)));
        QCOMPARE(records, shownAsCsv());
    }

    void exportsTheRowsFilteredAndSorted()
    {
        m_page->findChild<QLineEdit *>(s("searchEdit"))->setText(s("2026.11"));
        view()->sortByColumn(int(Column::Name), Qt::AscendingOrder);
        QCOMPARE(names(parseCsv(QString::fromUtf8(exported("ascending.csv").mid(3)))),
                 (QStringList{s("2026.11.1"), awkwardName}));
        view()->sortByColumn(int(Column::Name), Qt::DescendingOrder);
        QCOMPARE(names(parseCsv(QString::fromUtf8(exported("descending.csv").mid(3)))),
                 (QStringList{awkwardName, s("2026.11.1")}));
    }

    void anUnwritablePathSaysWhy()
    {
        const QString path = out("no-such-folder/releases.csv");
        const Status written = m_page->exportTableTo(path);
        QVERIFY(!written);
        QVERIFY2(written.error().contains(path), qPrintable(written.error()));
        QVERIFY(!QFile::exists(path));

        QSignalSpy failed(m_page.get(), &DashboardPage::exportFailed);
        QString suggested;
        m_page->setExportFileChooser([&](const QString &offered) {
            suggested = offered;
            return path;
        });
        m_page->exportTable();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(path));
        QVERIFY(suggested.endsWith(s(".csv")));
    }

    void exportAsksWhere()
    {
        m_page->setExportFileChooser([this](const QString &) { return out("chosen.csv"); });
        QSignalSpy failed(m_page.get(), &DashboardPage::exportFailed);
        m_page->exportTable();
        QCOMPARE(failed.count(), 0);
        QVERIFY(QFile::exists(out("chosen.csv")));
    }
};

QTEST_MAIN(TestDashboardCsv)
#include "tst_dashboardcsv.moc"
