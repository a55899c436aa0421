#include "newreleasedialog.h"

#include "candidatesourcebar.h"
#include "candidatetable.h"
#include "servicespreview.h"

#include "models/formats/displaytext.h"
#include "models/itemmodels/candidatefiltermodel.h"
#include "models/itemmodels/candidatetaskmodel.h"
#include "models/usecases/releaseworkflow.h"
#include "ui/messagebanner.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace ReleaseDesk {

NewReleaseDialog::NewReleaseDialog(ReleaseStore &store, const Clock &clock, const QString &actor,
                                   TaskQuery query, QWidget *parent)
    : QDialog(parent), m_store(store), m_clock(clock), m_actor(actor), m_query(std::move(query))
{
    setObjectName(QStringLiteral("newReleaseDialog"));
    setWindowTitle(tr("New release"));
    m_model = new CandidateTaskModel(this);
    m_filter = new CandidateFilterModel(this);
    m_filter->setSourceModel(m_model);

    m_banner = new MessageBanner(this);
    m_sourceBar = new CandidateSourceBar(this);
    m_table = new CandidateTable(this);
    m_table->setModel(m_filter);
    // Newest tasks first: they are the ones not yet released.
    m_table->sortByColumn(int(CandidateTaskModel::Column::Key), Qt::DescendingOrder);
    m_table->setColumnWidth(int(CandidateTaskModel::Column::Summary), 260);
    m_chosenLabel = new QLabel(this);
    m_chosenLabel->setTextFormat(Qt::PlainText);
    m_chosenLabel->setObjectName(QStringLiteral("chosenLabel"));
    m_preview = new ServicesPreview(this);

    auto *buttons = new QDialogButtonBox(this);
    // An action, not the accept button: the box would make that the default,
    // and Enter in the JQL or filter field would create the release.
    m_createButton = buttons->addButton(tr("&Create release"), QDialogButtonBox::ActionRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    QPushButton *cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    for (QPushButton *button : {m_createButton, cancelButton})
        button->setAutoDefault(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("candidateSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(createNameRow());
    layout->addWidget(m_sourceBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_chosenLabel);
    layout->addWidget(buttons);
    resize(1100, 680);

    connect(m_sourceBar, &CandidateSourceBar::fixVersionChanged, m_filter,
            &CandidateFilterModel::setFixVersion);
    connect(m_sourceBar, &CandidateSourceBar::reachedCiDevOnlyChanged, m_filter,
            &CandidateFilterModel::setReachedCiDevOnly);
    connect(m_sourceBar, &CandidateSourceBar::filterTextChanged, m_filter,
            &CandidateFilterModel::setText);
    connect(m_sourceBar, &CandidateSourceBar::jqlRequested, this, &NewReleaseDialog::runJql);
    connect(m_model, &CandidateTaskModel::checkedKeysChanged, this, &NewReleaseDialog::updateState);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &NewReleaseDialog::updateState);
    connect(m_createButton, &QPushButton::clicked, this, &NewReleaseDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    reload();
    m_nameEdit->setText(ReleaseCandidates::suggestName(m_model->candidates().releaseNames(),
                                                       m_clock.now().toLocalTime().date()));
    m_nameEdit->selectAll();
    m_table->resizeColumnToContents(int(CandidateTaskModel::Column::Key));
}

NewReleaseDialog::~NewReleaseDialog() = default;

QWidget *NewReleaseDialog::createNameRow()
{
    auto *row = new QWidget(this);
    m_nameEdit = new QLineEdit(row);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameProblemLabel = new QLabel(row);
    m_nameProblemLabel->setTextFormat(Qt::PlainText);
    m_nameProblemLabel->setObjectName(QStringLiteral("nameProblemLabel"));
    m_nameProblemLabel->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    auto *label = new QLabel(tr("&Name:"), row);
    label->setBuddy(m_nameEdit);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_nameEdit);
    layout->addWidget(m_nameProblemLabel, 1);
    return row;
}

QString NewReleaseDialog::releaseName() const
{
    return m_nameEdit->text().trimmed();
}

QStringList NewReleaseDialog::chosenKeys() const
{
    return m_model->checkedKeys();
}

QList<ReleaseService> NewReleaseDialog::services() const
{
    return m_model->plan().services;
}

QStringList NewReleaseDialog::problems() const
{
    return m_model->candidates().problems(releaseName(), chosenKeys());
}

void NewReleaseDialog::reload()
{
    auto candidates = ReleaseCandidates::read(m_store);
    if (!candidates) {
        m_banner->showMessage(tr("Could not read the tasks: %1").arg(candidates.error()));
        return;
    }
    m_model->setCandidates(std::move(candidates).value());
    m_sourceBar->setFixVersions(m_model->candidates().fixVersions());
    updateState();
}

void NewReleaseDialog::runJql(const QString &jql)
{
    const int search = ++m_search;
    if (jql.trimmed().isEmpty()) {
        m_filter->clearJqlKeys();
        m_sourceBar->setSearching(false);
        m_sourceBar->showJqlResult({});
        return;
    }
    if (!m_query) {
        m_sourceBar->showJqlError(tr("Searching Jira is not available here."));
        return;
    }
    m_sourceBar->setSearching(true);
    // The dialog is the context: an answer that comes after it closed is dropped.
    m_query(jql, this, [this, search](const Result<QStringList> &keys) {
        if (search != m_search)
            return; // a newer search or a cleared one replaced it
        m_sourceBar->setSearching(false);
        if (!keys) {
            // The list and the choice stay as they were, so nothing is lost.
            m_sourceBar->showJqlError(tr("The JQL search failed: %1").arg(keys.error()));
            return;
        }
        showSearchResult(keys.value());
    });
}

void NewReleaseDialog::showSearchResult(const QStringList &keys)
{
    QStringList known;
    QStringList unknown;
    for (const QString &key : keys)
        (m_model->candidates().task(key) ? known : unknown) << key;
    m_filter->setJqlKeys(known);
    // No %n: these read right without a plural form filed in the translations.
    QString message = tr("Tasks Jira found: %1; in ReleaseDesk: %2.")
                          .arg(localNumber(keys.size()), localNumber(known.size()));
    if (!unknown.isEmpty()) {
        message +=
            u' ' +
            tr("Not in ReleaseDesk yet, sync first: %1.").arg(unknown.join(QStringLiteral(", ")));
    }
    m_sourceBar->showJqlResult(message);
}

void NewReleaseDialog::create()
{
    if (!problems().isEmpty())
        return;
    ReleaseWorkflow workflow(m_store, m_clock);
    workflow.setJiraProjects(m_jiraProjects);
    const auto release = workflow.createRelease(releaseName(), services(), chosenKeys(), m_actor);
    if (!release) {
        // Name, choice and filters stay as they are, to be fixed and tried again.
        m_banner->showMessage(release.error());
        return;
    }
    m_banner->hide();
    emit created(release.value());
    accept();
}

void NewReleaseDialog::updateState()
{
    const QString nameProblem = m_model->candidates().nameProblem(releaseName());
    m_nameProblemLabel->setText(nameProblem);

    const QStringList keys = chosenKeys();
    m_chosenLabel->setText(keys.isEmpty()
                               ? tr("Choose at least one task.")
                               : tr("Tasks chosen: %1").arg(keys.join(QStringLiteral(", "))));
    m_preview->showPlan(m_model->plan());

    const QStringList why = problems();
    m_createButton->setEnabled(why.isEmpty());
    m_createButton->setToolTip(
        plainForDisplay(why.isEmpty() ? tr("Create release %1 in CI-Dev with tasks %2.")
                                            .arg(releaseName(), keys.join(QStringLiteral(", ")))
                                      : why.join(u'\n')));
}

} // namespace ReleaseDesk
