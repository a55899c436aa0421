#include "connectionform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ReleaseDesk {

namespace {

QString joined(const QStringList &values)
{
    return values.join(QLatin1String(", "));
}

QStringList split(const QString &text)
{
    QStringList values;
    for (const QString &value : text.split(u',', Qt::SkipEmptyParts))
        if (!value.trimmed().isEmpty())
            values << value.trimmed();
    return values;
}

// Section headings as one line a person can edit: "backout=Rollback plan; ...".
QString headingsText(const QMap<QString, QString> &headings)
{
    QStringList pairs;
    for (auto it = headings.cbegin(); it != headings.cend(); ++it)
        pairs << it.key() + u'=' + it.value();
    return pairs.join(QLatin1String("; "));
}

// Fields not named keep their default; a part without "=" stays as a field of
// that name, which ConnectionSettings::problems() then names.
QMap<QString, QString> headingsFromText(const QString &text)
{
    QMap<QString, QString> headings = NotesSections::defaultHeadings();
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const qsizetype equals = part.indexOf(u'=');
        headings.insert(part.left(equals).trimmed(),
                        equals < 0 ? QString() : part.mid(equals + 1).trimmed());
    }
    return headings;
}

} // namespace

ConnectionForm::ConnectionForm(RemoteSystem system, QWidget *parent)
    : QWidget(parent), m_system(system)
{
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    buildFields();

    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    connect(m_testButton, &QPushButton::clicked, this, [this] { emit testRequested(m_system); });
    m_checkLabel = new QLabel(this);
    m_checkLabel->setTextFormat(Qt::PlainText);
    m_checkLabel->setObjectName(QStringLiteral("checkLabel"));
    m_checkLabel->setWordWrap(true);
    m_checkLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch();
    layout->addLayout(testRow);
    layout->addWidget(m_checkLabel);
    layout->addStretch();
}

QLineEdit *ConnectionForm::addField(const QString &label, const QString &objectName, Read read,
                                    Write write, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    m_form->addRow(label, edit);
    m_bindings.append({edit, std::move(read), std::move(write)});
    return edit;
}

void ConnectionForm::addKindChoice(const QString &label, const QString &first,
                                   const QString &second,
                                   std::function<bool(const ConnectionSettings &)> read,
                                   std::function<void(ConnectionSettings &, bool)> write)
{
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    m_kindCombo->addItems({first, second});
    m_form->addRow(label, m_kindCombo);
    m_readKind = std::move(read);
    m_writeKind = std::move(write);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this,
            &ConnectionForm::updateKindDependentFields);
}

void ConnectionForm::buildFields()
{
    using S = ConnectionSettings;
    switch (m_system) {
    case RemoteSystem::Concourse:
        addField(
            tr("Address:"), QStringLiteral("urlEdit"),
            [](const S &s) { return s.concourse.url.toString(); },
            [](S &s, const QString &v) { s.concourse.url = QUrl(v); },
            QStringLiteral("https://ci.example.com"));
        addField(
            tr("Team:"), QStringLiteral("teamEdit"), [](const S &s) { return s.concourse.team; },
            [](S &s, const QString &v) { s.concourse.team = v; });
        m_accountEdit = addField(
            tr("User:"), QStringLiteral("accountEdit"),
            [](const S &s) { return s.concourse.username; },
            [](S &s, const QString &v) { s.concourse.username = v; });
        m_secretEdit = addField(tr("Password:"), QStringLiteral("secretEdit"), {}, {});
        addField(
            tr("Pipelines:"), QStringLiteral("pipelinesEdit"),
            [](const S &s) { return joined(s.concourse.pipelines); },
            [](S &s, const QString &v) { s.concourse.pipelines = split(v); },
            tr("all of the team's, or a comma-separated list"));
        break;
    case RemoteSystem::Jira:
        addField(
            tr("Address:"), QStringLiteral("urlEdit"),
            [](const S &s) { return s.jira.url.toString(); },
            [](S &s, const QString &v) { s.jira.url = QUrl(v); },
            QStringLiteral("https://jira.example.com"));
        addKindChoice(
            tr("Deployment:"), tr("Data Center (personal access token)"),
            tr("Cloud (email and API token)"), [](const S &s) { return s.jira.cloud; },
            [](S &s, bool cloud) { s.jira.cloud = cloud; });
        m_accountEdit = addField(
            tr("Email:"), QStringLiteral("accountEdit"), [](const S &s) { return s.jira.email; },
            [](S &s, const QString &v) { s.jira.email = v; });
        m_secretEdit = addField(tr("Token:"), QStringLiteral("secretEdit"), {}, {});
        addField(
            tr("Project:"), QStringLiteral("projectEdit"),
            [](const S &s) { return s.jira.project; },
            [](S &s, const QString &v) { s.jira.project = v; }, QStringLiteral("CHS"));
        addField(
            tr("Extra JQL:"), QStringLiteral("jqlEdit"), [](const S &s) { return s.jira.jql; },
            [](S &s, const QString &v) { s.jira.jql = v; }, tr("optional, e.g. labels = release"));
        break;
    case RemoteSystem::Confluence:
        addField(
            tr("Address:"), QStringLiteral("urlEdit"),
            [](const S &s) { return s.confluence.url.toString(); },
            [](S &s, const QString &v) { s.confluence.url = QUrl(v); },
            QStringLiteral("https://wiki.example.com"));
        addKindChoice(
            tr("Deployment:"), tr("Data Center (personal access token)"),
            tr("Cloud (email and API token)"), [](const S &s) { return s.confluence.cloud; },
            [](S &s, bool cloud) { s.confluence.cloud = cloud; });
        m_accountEdit = addField(
            tr("Email:"), QStringLiteral("accountEdit"),
            [](const S &s) { return s.confluence.email; },
            [](S &s, const QString &v) { s.confluence.email = v; });
        m_secretEdit = addField(tr("Token:"), QStringLiteral("secretEdit"), {}, {});
        addField(
            tr("Space:"), QStringLiteral("spaceEdit"),
            [](const S &s) { return s.confluence.space; },
            [](S &s, const QString &v) { s.confluence.space = v; }, QStringLiteral("REL"));
        addField(
            tr("Parent page id:"), QStringLiteral("parentEdit"),
            [](const S &s) { return s.confluence.parentPageId; },
            [](S &s, const QString &v) { s.confluence.parentPageId = v; }, tr("optional"));
        // The team's conventions.
        addField(
            tr("Page title:"), QStringLiteral("titlePatternEdit"),
            [](const S &s) { return s.confluence.titlePattern; },
            [](S &s, const QString &v) { s.confluence.titlePattern = v.trimmed(); },
            NotesTitle::defaultPattern());
        addField(
            tr("Section headings:"), QStringLiteral("sectionHeadingsEdit"),
            [](const S &s) { return headingsText(s.confluence.sectionHeadings); },
            [](S &s, const QString &v) { s.confluence.sectionHeadings = headingsFromText(v); },
            tr("backout=Rollback plan; config=Configuration"));
        break;
    case RemoteSystem::ServiceNow:
        addField(
            tr("Address:"), QStringLiteral("urlEdit"),
            [](const S &s) { return s.serviceNow.url.toString(); },
            [](S &s, const QString &v) { s.serviceNow.url = QUrl(v); },
            QStringLiteral("https://example.service-now.com"));
        addKindChoice(
            tr("Sign-in:"), tr("User and password"), tr("OAuth token"),
            [](const S &s) { return s.serviceNow.oauth; },
            [](S &s, bool oauth) { s.serviceNow.oauth = oauth; });
        m_accountEdit = addField(
            tr("User:"), QStringLiteral("accountEdit"),
            [](const S &s) { return s.serviceNow.username; },
            [](S &s, const QString &v) { s.serviceNow.username = v; });
        m_secretEdit = addField(tr("Password:"), QStringLiteral("secretEdit"), {}, {});
        addField(
            tr("Assignment group:"), QStringLiteral("groupEdit"),
            [](const S &s) { return s.serviceNow.assignmentGroup; },
            [](S &s, const QString &v) { s.serviceNow.assignmentGroup = v; });
        break;
    case RemoteSystem::Slack:
        addField(
            tr("Address:"), QStringLiteral("urlEdit"),
            [](const S &s) { return s.slack.url.toString(); },
            [](S &s, const QString &v) { s.slack.url = QUrl(v); },
            QStringLiteral("https://slack.com"));
        // Your own user token signs what this desk posts with your name, so
        // that the other desks know who acted; a bot token posts as the app.
        m_secretEdit = addField(tr("Your token:"), QStringLiteral("secretEdit"), {}, {},
                                QStringLiteral("xoxp-… (or a bot's xoxb-…)"));
        addField(
            tr("Channel:"), QStringLiteral("channelEdit"),
            [](const S &s) { return s.slack.channel; },
            [](S &s, const QString &v) { s.slack.channel = v; }, QStringLiteral("release_chs"));
        // Whose word moves a release: a user group, people by id, or both.
        addField(
            tr("Release team group:"), QStringLiteral("releaseTeamGroupEdit"),
            [](const S &s) { return s.slack.releaseTeamGroup; },
            [](S &s, const QString &v) { s.slack.releaseTeamGroup = v.trimmed(); },
            tr("a user group's handle or id, e.g. release-team"));
        addField(
            tr("Release team members:"), QStringLiteral("releaseTeamUsersEdit"),
            [](const S &s) { return joined(s.slack.releaseTeamUsers); },
            [](S &s, const QString &v) { s.slack.releaseTeamUsers = split(v); },
            tr("optional: Slack user ids (U…), comma-separated"));
        break;
    }
    m_secretEdit->setEchoMode(QLineEdit::Password);
}

void ConnectionForm::updateKindDependentFields()
{
    if (!m_kindCombo || !m_accountEdit)
        return;
    const bool second = m_kindCombo->currentIndex() == 1;
    // Data Center signs in by token alone; ServiceNow's OAuth token needs no user.
    const bool needsAccount = m_system == RemoteSystem::ServiceNow ? !second : second;
    m_accountEdit->setEnabled(needsAccount);
}

void ConnectionForm::load(const ConnectionSettings &settings, bool secretStored)
{
    for (const Binding &binding : std::as_const(m_bindings)) {
        if (binding.read)
            binding.edit->setText(binding.read(settings));
    }
    if (m_kindCombo)
        m_kindCombo->setCurrentIndex(m_readKind(settings) ? 1 : 0);
    updateKindDependentFields();
    m_secretEdit->clear();
    m_secretEdit->setPlaceholderText(secretStored ? tr("stored in the keychain; type to replace")
                                                  : tr("not stored yet"));
}

void ConnectionForm::apply(ConnectionSettings &settings) const
{
    for (const Binding &binding : m_bindings) {
        if (binding.write)
            binding.write(settings, binding.edit->text().trimmed());
    }
    if (m_kindCombo)
        m_writeKind(settings, m_kindCombo->currentIndex() == 1);
}

QString ConnectionForm::typedSecret() const
{
    return m_secretEdit->text();
}

void ConnectionForm::showCheckRunning()
{
    m_testButton->setEnabled(false);
    m_checkLabel->setText(tr("Testing…"));
}

void ConnectionForm::showCheckResult(bool ok, const QString &message)
{
    m_testButton->setEnabled(true);
    m_checkLabel->setText((ok ? tr("✔ %1") : tr("✘ %1")).arg(message));
}

} // namespace ReleaseDesk
