#include "models/formats/displaytext.h"
#include "services/store/notesdraftfolder.h"
#include "support/memoryreleasestore.h"
#include "ui/dashboard/releasedetailpane.h"
#include "ui/mainwindow.h"
#include "ui/newrelease/newreleasedialog.h"
#include "ui/traynotifier.h"
#include "ui/weblinks.h"

#include <QAbstractItemView>
#include <QFrame>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <memory>

using namespace ReleaseDesk;
using ReleaseDesk::Testing::MemoryReleaseStore;

namespace {

// What a server could send in any text field: an image that reads a local
// file, a heading and a link to a local file.
const QString markup =
    QStringLiteral("<h1>big</h1><img src=file:///etc/passwd><a href=\"file:///x\">x</a>");

QString marked(const char *plain)
{
    return QString::fromLatin1(plain) + markup;
}

const QDateTime when = QDateTime(QDate(2026, 11, 4), QTime(9, 0), Qt::UTC);

// How Qt lays out `text` in a label or tooltip of `format`: AutoText is
// taken for markup when Qt::mightBeRichText says so, as QLabel and QToolTip do.
std::unique_ptr<QTextDocument> rendered(const QString &text, Qt::TextFormat format)
{
    auto document = std::make_unique<QTextDocument>();
    if (format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text)))
        document->setHtml(text);
    else
        document->setPlainText(text);
    return document;
}

// What markup in remote text turned into when rendered: headings, images and
// links that are not web links. Empty when the text shows as text.
QStringList injected(const QString &text, Qt::TextFormat format)
{
    const auto document = rendered(text, format);
    QStringList found;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0)
            found << QStringLiteral("a heading");
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                found << QStringLiteral("an image of ") + format.toImageFormat().name();
            if (format.isAnchor() && !isWebLink(QUrl(format.anchorHref())))
                found << QStringLiteral("a link to ") + format.anchorHref();
        }
    }
    return found;
}

QString plainTextOf(const QString &text, Qt::TextFormat format)
{
    return rendered(text, format)->toPlainText();
}

} // namespace

// Text that comes from the five systems (a release's name, Jira summaries,
// pipeline and build names, ServiceNow numbers, Slack messages) is shown as
// text in every label and tooltip, and only web links open.
class TestRemoteText : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MemoryReleaseStore> m_store;
    QTemporaryDir m_profile;
    NotesDraftFolder m_drafts{m_profile.path()};
    SystemClock m_clock;
    qint64 m_releaseId = 0;

    const QString m_releaseName = marked("2026.11.3");
    const QString m_service = marked("chs-orders-api");
    const QString m_summary = marked("Fix the checkout");
    const QString m_unreleasedSummary = marked("Speed up the search");
    const QString m_reply = marked("The release team answered: ");

    void seed()
    {
        Change change;
        change.key = QStringLiteral("CHS-1");
        change.summary = m_summary;
        change.status = marked("In Progress");
        change.assignee = marked("Alice Khan");
        change.service = m_service;
        change.fixVersion = m_releaseName;
        change.updated = when;
        Change unreleased = change;
        unreleased.key = QStringLiteral("CHS-2");
        unreleased.summary = m_unreleasedSummary;
        QVERIFY(m_store->saveChanges({change, unreleased}).ok());

        PipelineBuild build;
        build.id = 7;
        build.service = m_service;
        build.job = PipelineJob::CidevApply;
        build.name = marked("7");
        build.status = BuildStatus::Failed;
        build.version = marked("1.4.2");
        build.started = when;
        build.finished = when;
        QVERIFY(m_store->saveBuilds({build}).ok());

        Release release;
        release.name = m_releaseName;
        release.stage = Stage::InStaging;
        release.services = {{m_service, build.version, marked("ECS")}};
        release.taskKeys = {change.key};
        release.changeTicket = marked("CHG0030001");
        release.changeTicketUrl = QStringLiteral("file:///etc/passwd");
        release.notes.pageUrl = QStringLiteral("file:///x");
        release.testTaskNumber = marked("CTASK0010002");
        release.created = when;
        release.stageChanged = when;
        release.updated = when;
        AuditEvent created;
        created.actor = marked("alice.khan");
        created.at = when;
        created.action = AuditAction::Created;
        created.why = marked("because");
        const auto id = m_store->createRelease(release, created);
        QVERIFY(id.ok());
        m_releaseId = id.value();

        TestResult verdict;
        verdict.taskKey = change.key;
        verdict.environment = Environment::Staging;
        verdict.outcome = TestOutcome::Failed;
        verdict.tester = marked("Ben Jones");
        verdict.note = marked("Broke the basket");
        verdict.at = when.addSecs(60);
        QVERIFY(m_store->recordTestResult(verdict, {}).ok());

        ChannelMessage message;
        message.ts = QStringLiteral("1762246800.000100");
        message.author = marked("Rita Release");
        message.text = marked("Applied to staging");
        message.posted = when.addSecs(120);
        message.releaseName = m_releaseName;
        message.kind = ChannelMessageKind::Unrecognised;
        QVERIFY(m_store->saveChannelMessages({message}).ok());
    }

    // Every label, tooltip and item tooltip under `root` that rendered any
    // of the markup, with what it rendered.
    static QStringList problemsUnder(const QWidget &root)
    {
        QStringList problems;
        const auto check = [&](const QString &where, const QString &text, Qt::TextFormat format) {
            const QStringList found = injected(text, format);
            if (!found.isEmpty())
                problems << where + u": " + found.join(u", ") + u" in " + text;
        };
        for (const QLabel *label : root.findChildren<QLabel *>()) {
            check(u"label " + label->objectName(), label->text(), label->textFormat());
            if (label->openExternalLinks())
                problems << u"label " + label->objectName() + u" opens links by itself";
        }
        for (const QWidget *widget : root.findChildren<QWidget *>())
            check(u"tooltip of " + widget->objectName(), widget->toolTip(), Qt::AutoText);
        for (const QAbstractItemView *view : root.findChildren<QAbstractItemView *>()) {
            const QAbstractItemModel *model = view->model();
            if (!model)
                continue;
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    check(QStringLiteral("%1 cell %2,%3")
                              .arg(view->objectName())
                              .arg(row)
                              .arg(column),
                          model->index(row, column).data(Qt::ToolTipRole).toString(), Qt::AutoText);
                }
            }
        }
        return problems;
    }

    // How many labels and tooltips under `root` show `text` as it is.
    static int showingAsText(const QWidget &root, const QString &text)
    {
        int count = 0;
        for (const QLabel *label : root.findChildren<QLabel *>())
            count += plainTextOf(label->text(), label->textFormat()).contains(text);
        for (const QAbstractItemView *view : root.findChildren<QAbstractItemView *>()) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; model && row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QString tip = model->index(row, column).data(Qt::ToolTipRole).toString();
                    count += plainTextOf(tip, Qt::AutoText).contains(text);
                }
            }
        }
        return count;
    }

private slots:
    void init()
    {
        m_store = std::make_unique<MemoryReleaseStore>();
        seed();
    }
    void cleanup() { m_store.reset(); }

    void mainWindowShowsRemoteTextAsText()
    {
        MainWindow window(*m_store, m_drafts, m_clock, QStringLiteral("rita.release"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectRelease(m_releaseId);
        // A Slack reply ReleaseDesk cannot read goes to the banner as it is.
        window.showError(m_reply);
        for (const MainWindow::Page page :
             {MainWindow::Page::Dashboard, MainWindow::Page::SignOff, MainWindow::Page::Notes}) {
            window.showPage(page);
            QTest::qWait(50);
            const QStringList problems = problemsUnder(window);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        }

        // Shown, and shown as the systems sent it.
        const auto *title = window.findChild<ReleaseDetailPane *>(QStringLiteral("detailPane"))
                                ->findChild<QLabel *>(QStringLiteral("titleLabel"));
        QCOMPARE(plainTextOf(title->text(), title->textFormat()), m_releaseName);
        QVERIFY(showingAsText(window, m_reply) >= 1);
        QVERIFY(showingAsText(window, m_summary) >= 1);
        QVERIFY(showingAsText(window, marked("CHG0030001")) >= 1);
        QVERIFY(showingAsText(window, marked("Applied to staging")) >= 1);
    }

    void newReleaseDialogShowsRemoteTextAsText()
    {
        const TaskQuery noSearch = [](const QString &, QObject *,
                                      std::function<void(const Result<QStringList> &)> done) {
            done(QStringList{});
        };
        NewReleaseDialog dialog(*m_store, m_clock, QStringLiteral("alice.khan"), noSearch);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList problems = problemsUnder(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(showingAsText(dialog, m_releaseName) >= 1);
        QVERIFY(showingAsText(dialog, m_unreleasedSummary) >= 1);
    }

    void toolTipsKeepPlainTextAsItIs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("Ready to move to Staging.");
        QTest::newRow("markup") << markup;
        QTest::newRow("escaped markup") << QStringLiteral("say &lt;b&gt; &amp; mean it");
        QTest::newRow("lines and spaces")
            << QStringLiteral("<b>a</b>  is blocked:\n• CHS-1 <i>x</i>\n• CHS-2");
    }
    void toolTipsKeepPlainTextAsItIs()
    {
        QFETCH(QString, text);
        const QString shown = plainForDisplay(text);
        QCOMPARE(plainTextOf(shown, Qt::AutoText), text);
        QVERIFY(injected(shown, Qt::AutoText).isEmpty());
        QVERIFY(!plainForDisplay(QVariant()).isValid());
    }

    // A notification server may read HTML in the body: a Slack reply with
    // markup must not become a link or an image there.
    void notificationsFormNoTags()
    {
        QWidget window; // never shown, so never active: the notifier speaks
        TrayNotifier notifier(&window);
        notifier.notify(m_releaseName, QStringLiteral("Reply: ") + markup);
        for (const QString &shown : {notifier.lastTitle(), notifier.lastMessage()}) {
            QVERIFY2(!shown.contains(u'<') && !shown.contains(u'>'), qPrintable(shown));
            QVERIFY2(shown.contains(QLatin1String("big")), qPrintable(shown));
        }
    }

    void onlyWebLinksOpen_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("web");
        QTest::newRow("https") << QStringLiteral("https://confluence.example.com/x") << true;
        QTest::newRow("http") << QStringLiteral("http://127.0.0.1:8080/x") << true;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("smb") << QStringLiteral("smb://host/share") << false;
        QTest::newRow("no host") << QStringLiteral("https:///x") << false;
        QTest::newRow("relative") << QStringLiteral("/etc/passwd") << false;
    }
    void onlyWebLinksOpen()
    {
        QFETCH(QString, url);
        QFETCH(bool, web);
        QCOMPARE(isWebLink(QUrl(url)), web);
        if (!web)
            QVERIFY(!openWebLink(QUrl(url)));
    }
};

QTEST_MAIN(TestRemoteText)
#include "tst_remotetext.moc"
