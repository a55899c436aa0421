#pragma once

// What the sign-off view suites share: a release of three tasks over the
// workflow's in-memory store, the view on it with a scripted note prompt, and
// ways to read the view as a tester sees it and the store as it was left.

#include "models/formats/outboxpayload.h"
#include "models/itemmodels/signoffmodel.h"
#include "support/workflowfixture.h"
#include "ui/signoff/failurenoteprompt.h"
#include "ui/signoff/signoffview.h"

#include <QAbstractButton>
#include <QLabel>
#include <QTableView>
#include <QTest>

#include <memory>

namespace ReleaseDesk::Testing {

using Column = SignOffModel::Column;

inline const QString filingNote = QStringLiteral("500 on the filing history page");

// Answers the view's question for a failure's note as the test scripted it,
// and remembers what it was asked.
class ScriptedNotePrompt final : public FailureNotePrompt
{
public:
    struct Question
    {
        QStringList taskKeys;
        QString draft;
    };

    std::optional<QString> askNote(QWidget *, const QStringList &taskKeys,
                                   const QString &draft) override
    {
        questions << Question{taskKeys, draft};
        return answers.isEmpty() ? std::nullopt : answers.takeFirst();
    }

    QList<std::optional<QString>> answers;
    QList<Question> questions;
};

// The view under test and the reading of it; the suites derive from it as
// the workflow suites derive from WorkflowFixture.
class SignOffViewFixture : protected WorkflowFixture
{
protected:
    // Call from init() and cleanup(): a fresh store with release 2026.11.3 of
    // CHS-1201, CHS-1202 and CHS-1203 in CI-Dev, and no view yet.
    void setUpRelease()
    {
        const Status ready = setUpWorkflow();
        QVERIFY2(ready.ok(), qPrintable(ready.error()));
        m_release = create(s("2026.11.3"), {s("CHS-1201"), s("CHS-1202"), s("CHS-1203")});
        QVERIFY(m_release != 0);
    }
    void tearDownRelease()
    {
        m_view.reset();
        m_prompt = nullptr;
        tearDownWorkflow();
    }

    std::unique_ptr<SignOffView> m_view;
    ScriptedNotePrompt *m_prompt = nullptr;
    qint64 m_release = 0;

    QTableView *table() const { return m_view->findChild<QTableView *>(s("signOffTable")); }
    template <typename Widget = QAbstractButton> Widget *child(const char *name) const
    {
        Widget *widget = m_view->findChild<Widget *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    QString text(const char *label) const { return child<QLabel>(label)->text(); }
    bool bannerShown() const { return child<QWidget>("signOffBanner")->isVisible(); }
    QString bannerText() const { return child<QLabel>("bannerLabel")->text(); }

    // The table's rows as shown, top to bottom.
    QStringList shownKeys() const
    {
        QStringList keys;
        const QAbstractItemModel *model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            keys << model->index(row, 0).data(TaskKeyRole).toString();
        return keys;
    }
    QString shown(const QString &key, Column column) const
    {
        const QAbstractItemModel *model = table()->model();
        const int row = int(shownKeys().indexOf(key));
        return row < 0 ? QString() : model->index(row, int(column)).data().toString();
    }
    QStringList selectedKeys() const
    {
        QStringList keys;
        for (const QModelIndex &row : table()->selectionModel()->selectedRows())
            keys << row.data(TaskKeyRole).toString();
        keys.sort();
        return keys;
    }
    void clickRow(const QString &key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        const int row = int(shownKeys().indexOf(key));
        QVERIFY2(row >= 0, qPrintable(key));
        const QRect cell = table()->visualRect(table()->model()->index(row, int(Column::Summary)));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, modifiers, cell.center());
    }
    // Every verdict in the store, oldest first.
    QList<TestResult> verdicts() const { return m_store->testResults().value(); }
    QList<OutboxEntry> outboxOf(OutboxKind kind) const
    {
        QList<OutboxEntry> entries;
        for (const OutboxEntry &entry : m_store->outbox(OutboxState::Pending).value()) {
            if (entry.kind == kind)
                entries << entry;
        }
        return entries;
    }
    template <typename Payload> Payload payloadOf(const OutboxEntry &entry) const
    {
        const auto parsed = OutboxPayloads::parse(entry.kind, entry.payload);
        if (!parsed || !std::holds_alternative<Payload>(parsed.value()))
            qFatal("unexpected payload of kind %s", qPrintable(entry.kindKey()));
        return std::get<Payload>(parsed.value());
    }

    // Shows the view on `release`, active and with the table focused, as a
    // tester signed in as `tester` finds it.
    void openView(qint64 release, Environment environment = Environment::CiDev)
    {
        auto prompt = std::make_unique<ScriptedNotePrompt>();
        m_prompt = prompt.get();
        m_view = std::make_unique<SignOffView>(*m_store, *m_clock, std::move(prompt));
        m_view->setTester(tester);
        m_view->setRelease(release);
        m_view->setEnvironment(environment);
        m_view->resize(1200, 500);
        m_view->show();
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        table()->setFocus();
    }
};

} // namespace ReleaseDesk::Testing
