// ConnectionForm's fields, system by system: the connection first (address,
// account, secret, what it reads), then the team's conventions.

#include "connectionform.h"

#include <QLineEdit>

namespace ReleaseDesk {

namespace {

QString joined(const QStringList &values)
{
    return values.join(QLatin1String(", "));
}

QStringList split(const QString &text, QChar separator = u',')
{
    QStringList values;
    for (const QString &value : text.split(separator, Qt::SkipEmptyParts))
        if (!value.trimmed().isEmpty())
            values << value.trimmed();
    return values;
}

// A number of hours; text that is not a whole number reads as -1, which the
// settings' problems() report.
int hours(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().isEmpty() ? 0 : text.trimmed().toInt(&ok);
    return ok || text.trimmed().isEmpty() ? value : -1;
}

QString pairs(const QMap<QString, QString> &fields)
{
    QStringList written;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        written << it.key() + u'=' + it.value();
    return written.join(QLatin1String("; "));
}

// "column=value; column=value"; a part without '=' is kept as a column with
// no value, so that problems() names it rather than it vanishing.
QMap<QString, QString> fromPairs(const QString &text)
{
    QMap<QString, QString> fields;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const qsizetype equals = part.indexOf(u'=');
        fields.insert(part.left(equals).trimmed(),
                      equals < 0 ? QString() : part.mid(equals + 1).trimmed());
    }
    return fields;
}

} // namespace

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
        beginConventions();
        addField(
            tr("Services of pipelines:"), QStringLiteral("pipelineServicesEdit"),
            [](const S &s) { return joined(s.concourse.pipelineServiceEntries()); },
            [](S &s, const QString &v) { s.concourse.setPipelineServiceEntries(split(v)); },
            tr("optional: pipeline=service, comma-separated; else a pipeline is named after its "
               "service"));
        addField(
            tr("Build job:"), QStringLiteral("buildJobEdit"),
            [](const S &s) { return s.concourse.buildJob; },
            [](S &s, const QString &v) { s.concourse.buildJob = v; });
        addField(
            tr("Plan job:"), QStringLiteral("planJobEdit"),
            [](const S &s) { return s.concourse.planJob; },
            [](S &s, const QString &v) { s.concourse.planJob = v; });
        addField(
            tr("Apply job:"), QStringLiteral("applyJobEdit"),
            [](const S &s) { return s.concourse.applyJob; },
            [](S &s, const QString &v) { s.concourse.applyJob = v; });
        addField(
            tr("Version resource:"), QStringLiteral("versionResourceEdit"),
            [](const S &s) { return s.concourse.versionResource; },
            [](S &s, const QString &v) { s.concourse.versionResource = v; },
            tr("the get step whose number is the version"));
        // Behind single sign-on a desk cannot log in itself: it takes a token
        // pasted in the password field, or the one `fly login` saved.
        addField(
            tr("Sign-in:"), QStringLiteral("signInEdit"),
            [](const S &s) { return s.concourse.signIn; },
            [](S &s, const QString &v) {
                s.concourse.signIn = v.isEmpty() ? QStringLiteral("password") : v.toLower();
            },
            tr("password, token (pasted as the password) or fly"));
        addField(
            tr("Fly target:"), QStringLiteral("flyTargetEdit"),
            [](const S &s) { return s.concourse.flyTarget; },
            [](S &s, const QString &v) { s.concourse.flyTarget = v; },
            tr("with the fly sign-in: the target of fly -t <target> login"));
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
            [](S &s, const QString &v) { s.jira.project = v; }, tr("CHS, or several: CHS, PAY"));
        addField(
            tr("Extra JQL:"), QStringLiteral("jqlEdit"), [](const S &s) { return s.jira.jql; },
            [](S &s, const QString &v) { s.jira.jql = v; }, tr("optional, e.g. labels = release"));
        beginConventions();
        addField(
            tr("Service field:"), QStringLiteral("serviceFieldEdit"),
            [](const S &s) { return s.jira.serviceField; },
            [](S &s, const QString &v) { s.jira.serviceField = v.trimmed(); },
            tr("components, labels, or a custom field's name or id"));
        addField(
            tr("Service label prefix:"), QStringLiteral("serviceLabelPrefixEdit"),
            [](const S &s) { return s.jira.serviceLabelPrefix; },
            [](S &s, const QString &v) { s.jira.serviceLabelPrefix = v.trimmed(); },
            tr("labels only, e.g. service:"));
        addField(
            tr("Rework status:"), QStringLiteral("reworkStatusEdit"),
            [](const S &s) { return s.jira.verdictStatuses.ciDevFailed; },
            [](S &s, const QString &v) {
                s.jira.verdictStatuses.ciDevFailed = s.jira.verdictStatuses.stagingFailed =
                    v.trimmed();
            },
            tr("where a failed task goes back to"));
        addField(
            tr("Pass transition:"), QStringLiteral("passTransitionEdit"),
            [](const S &s) { return s.jira.verdictStatuses.passTransition; },
            [](S &s, const QString &v) { s.jira.verdictStatuses.passTransition = v.trimmed(); },
            tr("optional: by name, else the one to the status"));
        addField(
            tr("Fail transition:"), QStringLiteral("failTransitionEdit"),
            [](const S &s) { return s.jira.verdictStatuses.failTransition; },
            [](S &s, const QString &v) { s.jira.verdictStatuses.failTransition = v.trimmed(); },
            tr("optional: by name, else the one to the status"));
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
        beginConventions();
        addField(
            tr("Page title:"), QStringLiteral("titlePatternEdit"),
            [](const S &s) { return s.confluence.titlePattern; },
            [](S &s, const QString &v) { s.confluence.titlePattern = v.trimmed(); },
            NotesTitle::defaultPattern());
        addField(
            tr("Section headings:"), QStringLiteral("sectionHeadingsEdit"),
            [](const S &s) { return pairs(s.confluence.sectionHeadings); },
            [](S &s, const QString &v) {
                // Sections not named keep their heading; a part that names
                // none stays, for problems() to name.
                s.confluence.sectionHeadings = NotesSections::defaultHeadings();
                s.confluence.sectionHeadings.insert(fromPairs(v));
            },
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
        // With OAuth, an OAuth client signs the user in with the password
        // above; without one, the password field takes a pasted token.
        m_clientIdEdit = addField(
            tr("OAuth client id:"), QStringLiteral("clientIdEdit"),
            [](const S &s) { return s.serviceNow.clientId; },
            [](S &s, const QString &v) { s.serviceNow.clientId = v; },
            tr("optional: sign in with the password instead of a pasted token"));
        m_clientSecretEdit =
            addField(tr("OAuth client secret:"), QStringLiteral("clientSecretEdit"), {}, {});
        m_clientSecretEdit->setEchoMode(QLineEdit::Password);
        connect(m_clientIdEdit, &QLineEdit::textChanged, this,
                &ConnectionForm::updateKindDependentFields);
        beginConventions();
        addField(
            tr("Change model:"), QStringLiteral("changeModelEdit"),
            [](const S &s) { return s.serviceNow.changeModel; },
            [](S &s, const QString &v) { s.serviceNow.changeModel = v; },
            tr("optional: the model's sys_id"));
        addField(
            tr("Standard change template:"), QStringLiteral("templateEdit"),
            [](const S &s) { return s.serviceNow.changeTemplate; },
            [](S &s, const QString &v) { s.serviceNow.changeTemplate = v; },
            tr("optional: the template's sys_id"));
        addField(
            tr("Category:"), QStringLiteral("categoryEdit"),
            [](const S &s) { return s.serviceNow.category; },
            [](S &s, const QString &v) { s.serviceNow.category = v; }, tr("optional"));
        addField(
            tr("Configuration item:"), QStringLiteral("configurationItemEdit"),
            [](const S &s) { return s.serviceNow.configurationItem; },
            [](S &s, const QString &v) { s.serviceNow.configurationItem = v; },
            tr("optional: the CI's sys_id"));
        addField(
            tr("Risk:"), QStringLiteral("riskEdit"), [](const S &s) { return s.serviceNow.risk; },
            [](S &s, const QString &v) { s.serviceNow.risk = v; },
            tr("optional: 2 High, 3 Moderate, 4 Low"));
        addField(
            tr("Impact:"), QStringLiteral("impactEdit"),
            [](const S &s) { return s.serviceNow.impact; },
            [](S &s, const QString &v) { s.serviceNow.impact = v; },
            tr("optional: 1 High, 2 Medium, 3 Low"));
        addField(
            tr("Planned start (hours after raising):"),
            QStringLiteral("plannedStartOffsetHoursEdit"),
            [](const S &s) { return QString::number(s.serviceNow.plannedStartOffsetHours); },
            [](S &s, const QString &v) { s.serviceNow.plannedStartOffsetHours = hours(v); });
        addField(
            tr("Planned duration (hours):"), QStringLiteral("plannedDurationHoursEdit"),
            [](const S &s) { return QString::number(s.serviceNow.plannedDurationHours); },
            [](S &s, const QString &v) { s.serviceNow.plannedDurationHours = hours(v); },
            tr("0: no planned window"));
        addField(
            tr("Extra fields:"), QStringLiteral("extraFieldsEdit"),
            [](const S &s) { return pairs(s.serviceNow.extraFields); },
            [](S &s, const QString &v) { s.serviceNow.extraFields = fromPairs(v); },
            tr("optional: u_business_service=Payments; column=value"));
        addField(
            tr("Test task type:"), QStringLiteral("testTaskTypeEdit"),
            [](const S &s) { return s.serviceNow.testTaskType; },
            [](S &s, const QString &v) { s.serviceNow.testTaskType = v; });
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
        beginConventions();
        addField(
            tr("Developers' channel:"), QStringLiteral("developersChannelEdit"),
            [](const S &s) { return s.slack.developersChannel; },
            [](S &s, const QString &v) { s.slack.developersChannel = v; },
            tr("optional: failed tests go here, to the assignee; else to the release channel"));
        // Patterns hold commas, so the fields list them split by "|".
        addField(
            tr("Reply wording:"), QStringLiteral("replyPatternsEdit"),
            [](const S &s) { return s.slack.replyPatterns.join(QLatin1String(" | ")); },
            [](S &s, const QString &v) { s.slack.replyPatterns = split(v, u'|'); },
            tr("optional, |-separated: applied: shipped {release} to {environment}"));
        addField(
            tr("Request wording:"), QStringLiteral("requestPatternsEdit"),
            [](const S &s) { return s.slack.requestPatterns.join(QLatin1String(" | ")); },
            [](S &s, const QString &v) { s.slack.requestPatterns = split(v, u'|'); },
            tr("optional, |-separated: ship {release} to {environment}"));
        addField(
            tr("Words for staging:"), QStringLiteral("stagingWordsEdit"),
            [](const S &s) { return joined(s.slack.stagingWords); },
            [](S &s, const QString &v) { s.slack.stagingWords = split(v); },
            tr("comma-separated, e.g. staging, stage, stg"));
        addField(
            tr("Words for live:"), QStringLiteral("liveWordsEdit"),
            [](const S &s) { return joined(s.slack.liveWords); },
            [](S &s, const QString &v) { s.slack.liveWords = split(v); },
            tr("comma-separated, e.g. live, production, prod"));
        break;
    case RemoteSystem::GitHub:
        addField(
            tr("API address:"), QStringLiteral("urlEdit"),
            [](const S &s) { return s.gitHub.url.toString(); },
            [](S &s, const QString &v) { s.gitHub.url = QUrl(v); },
            tr("https://api.github.com, or https://github.example.com/api/v3"));
        m_secretEdit = addField(tr("Token:"), QStringLiteral("secretEdit"), {}, {},
                                tr("a token that may read the pull requests"));
        addField(
            tr("Organisation:"), QStringLiteral("ownerEdit"),
            [](const S &s) { return s.gitHub.owner; },
            [](S &s, const QString &v) { s.gitHub.owner = v; }, QStringLiteral("acme"));
        addField(
            tr("Repositories:"), QStringLiteral("repositoriesEdit"),
            [](const S &s) { return joined(s.gitHub.repositories); },
            [](S &s, const QString &v) { s.gitHub.repositories = split(v); },
            tr("all of the organisation's, or a comma-separated list"));
        break;
    }
    // The way through the company's network, the same two fields for every
    // system, with the connection's own.
    m_rows = m_form;
    const RemoteSystem system = m_system;
    addField(
        tr("Proxy:"), QStringLiteral("proxyEdit"),
        [system](const S &s) { return s.route(system).proxy; },
        [system](S &s, const QString &v) { s.route(system).proxy = v; },
        tr("the computer's; or http://proxy.example.com:3128, or none"));
    addField(
        tr("CA bundle:"), QStringLiteral("caBundleEdit"),
        [system](const S &s) { return s.route(system).caBundle; },
        [system](S &s, const QString &v) { s.route(system).caBundle = v; },
        tr("optional: a PEM file of the company's CA certificates"));
    m_secretEdit->setEchoMode(QLineEdit::Password);
}

} // namespace ReleaseDesk
