#pragma once

#include "models/lifecycle/releaseboard.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QVBoxLayout;

namespace ReleaseDesk {

// The right-hand side of the dashboard: one release's stage, services, links,
// the gates still ahead with what blocks each, and its history. It only shows
// what it is given; the main window decides which release that is.
class ReleaseDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit ReleaseDetailPane(QWidget *parent = nullptr);

    void setDetail(const ReleaseDetail &detail);
    // Shows the hint to pick a release.
    void clear();
    // Shows why the selected release could not be read, in place of its detail.
    void showError(const QString &message);

    qint64 releaseId() const { return m_releaseId; }

private:
    QLabel *addSection(QVBoxLayout *layout, const QString &title, const QString &name);
    static QString linksHtml(const Release &release);
    static QString tasksHtml(const ReleaseSummary &summary);
    static QString gatesHtml(const QList<Gate> &gates);

    qint64 m_releaseId = 0;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholderLabel = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_stageLabel = nullptr;
    QLabel *m_servicesLabel = nullptr;
    QLabel *m_linksLabel = nullptr;
    QLabel *m_tasksLabel = nullptr;
    QLabel *m_gatesLabel = nullptr;
    QLabel *m_auditLabel = nullptr;
};

} // namespace ReleaseDesk
