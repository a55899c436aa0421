#pragma once

#include "models/domain/domain.h"
#include "models/ports/clock.h"
#include "models/ports/releasestore.h"
#include "models/ports/taskquery.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ReleaseDesk {

class CandidateFilterModel;
class CandidateSourceBar;
class CandidateTable;
class CandidateTaskModel;
class MessageBanner;
class ServicesPreview;

// A developer's "New release": name it, choose the Jira tasks it bundles (by
// fix version, code in CI-Dev, free text or a JQL search), see the services
// and versions that follow, and create it in CI-Dev. What is wrong shows next
// to where it is; a failed create keeps everything typed and chosen.
class NewReleaseDialog : public QDialog
{
    Q_OBJECT

public:
    // `store` and `clock` must outlive the dialog. `actor` is who the release
    // is created by; `query` runs the JQL searches (JiraTaskQuery::over in the
    // app); an empty one makes every search fail with a message.
    NewReleaseDialog(ReleaseStore &store, const Clock &clock, const QString &actor, TaskQuery query,
                     QWidget *parent = nullptr);
    ~NewReleaseDialog() override;

    QString releaseName() const;
    QStringList chosenKeys() const;
    QList<ReleaseService> services() const;
    // Why Create is disabled; empty when it is enabled.
    QStringList problems() const;
    // The team's Jira projects, where the release's fix versions are made.
    void setJiraProjects(const QStringList &projects) { m_jiraProjects = projects; }

public slots:
    // Reads the store again (after a sync), keeping the name and the choice.
    void reload();
    void runJql(const QString &jql);
    // Creates the release; on success emits created() and accepts.
    void create();

signals:
    void created(qint64 releaseId);

private:
    QWidget *createNameRow();
    void showSearchResult(const QStringList &keys);
    void updateState();

    ReleaseStore &m_store;
    const Clock &m_clock;
    QString m_actor;
    TaskQuery m_query;
    QStringList m_jiraProjects;
    // Each search is numbered, so that an answer to an older one is ignored.
    int m_search = 0;

    CandidateTaskModel *m_model = nullptr;
    CandidateFilterModel *m_filter = nullptr;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_nameProblemLabel = nullptr;
    CandidateSourceBar *m_sourceBar = nullptr;
    CandidateTable *m_table = nullptr;
    QLabel *m_chosenLabel = nullptr;
    ServicesPreview *m_preview = nullptr;
    QPushButton *m_createButton = nullptr;
};

} // namespace ReleaseDesk
