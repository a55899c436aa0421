#include "connectiondocument.h"

#include "models/domain/servicenowsecrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace ReleaseDesk {

namespace {

// What a JSON value is, as a message names it: "a number", "an object".
QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return ConnectionDocument::tr("text");
    case QJsonValue::Double:
        return ConnectionDocument::tr("a number");
    case QJsonValue::Bool:
        return ConnectionDocument::tr("true or false");
    case QJsonValue::Array:
        return ConnectionDocument::tr("a list");
    case QJsonValue::Object:
        return ConnectionDocument::tr("an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return ConnectionDocument::tr("null");
}

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

// One system's object, read field by field; the first field that is missing
// or of the wrong type is remembered for the error.
class Reader
{
public:
    Reader(RemoteSystem system, QJsonObject object) : m_system(system), m_object(std::move(object))
    {}

    QString text(const char *name)
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (value.isString())
            return value.toString().trimmed();
        if (!isAbsent(value))
            wrongType(name, ConnectionDocument::tr("text"), describe(value));
        return {};
    }
    QString required(const char *name)
    {
        const QString value = text(name);
        if (value.isEmpty())
            fail(ConnectionDocument::tr("%1: the field \"%2\" is missing.")
                     .arg(toTitle(m_system), QLatin1String(name)));
        return value;
    }
    QUrl url(const char *name) { return QUrl(required(name)); }
    // A choice the document states ("flavour": "cloud") or, failing that, the default.
    bool choice(const char *name, const char *yes, bool fallback)
    {
        const QString stated = text(name).toLower();
        return stated.isEmpty() ? fallback : stated == QLatin1String(yes);
    }
    // A whole number of at least `minimum`, or `fallback` when the field is absent.
    int count(const char *name, int fallback, int minimum = 1)
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (isAbsent(value))
            return fallback;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < minimum || number > 100000 || number != int(number)) {
            wrongType(name, ConnectionDocument::tr("a whole number from %1").arg(minimum),
                      value.isDouble() ? QString::number(value.toDouble()) : describe(value));
            return fallback;
        }
        return int(number);
    }
    QStringList list(const char *name)
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (isAbsent(value))
            return {};
        const QString expected = ConnectionDocument::tr("a list of text");
        if (!value.isArray()) {
            wrongType(name, expected, describe(value));
            return {};
        }
        QStringList values;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString()) {
                wrongType(name, expected,
                          ConnectionDocument::tr("a list holding %1").arg(describe(item)));
                return {};
            }
            values << item.toString();
        }
        return values;
    }
    // An object of text by text ({"payments-ci": "payments"}), or `fallback`
    // when the field is absent.
    QMap<QString, QString> textMap(const char *name, const QMap<QString, QString> &fallback = {})
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (isAbsent(value))
            return fallback;
        const QString expected = ConnectionDocument::tr("an object of text");
        if (!value.isObject()) {
            wrongType(name, expected, describe(value));
            return fallback;
        }
        QMap<QString, QString> values;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString()) {
                wrongType(name, expected,
                          ConnectionDocument::tr("an object holding %1").arg(describe(it.value())));
                return fallback;
            }
            values.insert(it.key().trimmed(), it.value().toString().trimmed());
        }
        return values;
    }
    // The text of the field, or `fallback` when the field is absent; stated
    // empty, it stays empty for problems() to report.
    QString textOr(const char *name, const QString &fallback)
    {
        return isAbsent(m_object.value(QLatin1String(name))) ? fallback : text(name);
    }
    Status status() const
    {
        if (m_problem.isEmpty())
            return success();
        return Status::failure(m_problem);
    }

private:
    void wrongType(const char *name, const QString &expected, const QString &found)
    {
        fail(ConnectionDocument::tr("%1: the field \"%2\" must be %3, not %4.")
                 .arg(toTitle(m_system), QLatin1String(name), expected, found));
    }
    void fail(const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
    }

    RemoteSystem m_system;
    QJsonObject m_object;
    QString m_problem;
};

// The team's Jira conventions, each optional: absent keeps the default.
void readJiraConventions(Reader &in, JiraSettings &jira)
{
    if (const QString field = in.text("serviceField"); !field.isEmpty())
        jira.serviceField = field;
    jira.serviceLabelPrefix = in.text("serviceLabelPrefix");
    VerdictStatuses &statuses = jira.verdictStatuses;
    if (const QString status = in.text("statusAfterCiDevPass"); !status.isEmpty())
        statuses.ciDevPassed = status;
    if (const QString status = in.text("statusAfterStagingPass"); !status.isEmpty())
        statuses.stagingPassed = status;
    // One status a failure sends a task back to, wherever it failed.
    if (const QString rework = in.text("reworkStatus"); !rework.isEmpty())
        statuses.ciDevFailed = statuses.stagingFailed = rework;
    statuses.passTransition = in.text("passTransition");
    statuses.failTransition = in.text("failTransition");
}

} // namespace

Result<ConnectionDocument> ConnectionDocument::parse(const QByteArray &json, Choices choices)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.trimmed(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Result<ConnectionDocument>::failure(
            tr("The connection document is not a JSON object: %1.")
                .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                             : tr("it holds no object")));
    return parse(document.object(), choices);
}

Result<ConnectionDocument> ConnectionDocument::parse(const QJsonObject &document, Choices choices)
{
    ConnectionDocument result;
    ConnectionSettings &settings = result.settings;
    int named = 0;
    for (RemoteSystem system : allRemoteSystems()) {
        const QJsonValue value = document.value(toKey(system));
        if (value.isUndefined())
            continue;
        if (!value.isObject()) {
            return Result<ConnectionDocument>::failure(
                tr("%1: the entry must be an object with the connection's fields, not %2.")
                    .arg(toTitle(system), describe(value)));
        }
        Reader in(system, value.toObject());
        QString secret;
        switch (system) {
        case RemoteSystem::Concourse: {
            if (const QString signIn = in.text("signIn"); !signIn.isEmpty())
                settings.concourse.signIn = signIn;
            settings.concourse.flyTarget = in.text("flyTarget");
            const auto kind = settings.concourse.signInKind();
            // A fly target may give the address and team.
            const bool fly = kind == ConcourseSignIn::Fly;
            settings.concourse.url = fly ? QUrl(in.text("url")) : in.url("url");
            settings.concourse.team = fly ? in.text("team") : in.required("team");
            settings.concourse.username =
                kind == ConcourseSignIn::Password ? in.required("username") : in.text("username");
            settings.concourse.pipelines = in.list("pipelines");
            settings.concourse.pipelineServices = in.textMap("pipelineServices");
            settings.concourse.buildJob = in.textOr("buildJob", settings.concourse.buildJob);
            settings.concourse.planJob = in.textOr("planJob", settings.concourse.planJob);
            settings.concourse.applyJob = in.textOr("applyJob", settings.concourse.applyJob);
            settings.concourse.versionResource =
                in.textOr("versionResource", settings.concourse.versionResource);
            if (kind == ConcourseSignIn::Token)
                secret = in.required("token");
            else if (kind == ConcourseSignIn::Password)
                secret = in.required("password");
            break;
        }
        case RemoteSystem::Jira:
        case RemoteSystem::Confluence: {
            const bool cloud = in.choice("flavour", "cloud", choices.atlassianCloud);
            const bool isJira = system == RemoteSystem::Jira;
            // The sandbox serves Confluence Cloud below its own /wiki root.
            const char *urlField =
                !isJira && cloud && !in.text("cloudUrl").isEmpty() ? "cloudUrl" : "url";
            const QUrl url = in.url(urlField);
            const QString email = cloud ? in.required("email") : QString();
            secret = cloud ? in.required("token") : in.required("pat");
            if (isJira) {
                settings.jira = JiraSettings();
                settings.jira.url = url;
                settings.jira.cloud = cloud;
                settings.jira.email = email;
                settings.jira.project = in.required("project");
                settings.jira.jql = in.text("jql");
                readJiraConventions(in, settings.jira);
            } else {
                settings.confluence.url = url;
                settings.confluence.cloud = cloud;
                settings.confluence.email = email;
                settings.confluence.space = in.required("space");
                settings.confluence.parentPageId = in.text("parentPageId");
                // The team's conventions.
                if (const QString pattern = in.text("titlePattern"); !pattern.isEmpty())
                    settings.confluence.titlePattern = pattern;
                settings.confluence.sectionHeadings =
                    in.textMap("sectionHeadings", settings.confluence.sectionHeadings);
            }
            break;
        }
        case RemoteSystem::ServiceNow: {
            const bool oauth = in.choice("auth", "oauth", choices.serviceNowOAuth);
            ServiceNowSettings &serviceNow = settings.serviceNow;
            serviceNow.url = in.url("url");
            serviceNow.oauth = oauth;
            // With an OAuth client the user signs in with their password for a
            // token; without one, a token is pasted.
            serviceNow.clientId = oauth ? in.text("clientId") : QString();
            const bool signIn = !serviceNow.clientId.isEmpty();
            serviceNow.username = oauth && !signIn ? in.text("username") : in.required("username");
            serviceNow.assignmentGroup = in.required("assignmentGroup");
            if (signIn)
                secret = ServiceNowSecrets{in.required("password"), in.required("clientSecret")}
                             .toSecret();
            else
                secret = oauth ? in.required("token") : in.required("password");
            // The team's conventions.
            serviceNow.changeModel = in.text("changeModel");
            serviceNow.changeTemplate = in.text("template");
            serviceNow.category = in.text("category");
            serviceNow.configurationItem = in.text("configurationItem");
            serviceNow.risk = in.text("risk");
            serviceNow.impact = in.text("impact");
            serviceNow.plannedStartOffsetHours = in.count("plannedStartOffsetHours", 0, 0);
            serviceNow.plannedDurationHours = in.count("plannedDurationHours", 0, 0);
            serviceNow.extraFields = in.textMap("extraFields");
            if (const QString type = in.text("testTaskType"); !type.isEmpty())
                serviceNow.testTaskType = type;
            break;
        }
        case RemoteSystem::Slack:
            settings.slack.url = in.url("url");
            settings.slack.channel = in.required("channel");
            if (const QString group = in.text("releaseTeamGroup"); !group.isEmpty())
                settings.slack.releaseTeamGroup = group;
            settings.slack.releaseTeamUsers = in.list("releaseTeamUsers");
            settings.slack.historyDays = in.count("historyDays", settings.slack.historyDays);
            settings.slack.developersChannel = in.text("developersChannel");
            settings.slack.replyPatterns = in.list("replyPatterns");
            settings.slack.requestPatterns = in.list("requestPatterns");
            if (const QStringList words = in.list("stagingWords"); !words.isEmpty())
                settings.slack.stagingWords = words;
            if (const QStringList words = in.list("liveWords"); !words.isEmpty())
                settings.slack.liveWords = words;
            secret = in.required("token");
            break;
        case RemoteSystem::GitHub:
            settings.gitHub.url = in.url("url");
            settings.gitHub.owner = in.required("owner");
            settings.gitHub.repositories = in.list("repositories");
            secret = in.required("token");
            break;
        }
        // Optional in every system's object: absent, the system's proxy and CA list.
        settings.route(system) = {in.text("proxy"), in.text("caBundle")};
        if (const Status read = in.status(); !read)
            return read.failure();
        if (const QStringList problems = settings.problems(system); !problems.isEmpty())
            return Result<ConnectionDocument>::failure(problems.constFirst());
        ++named;
        if (settings.needsSecret(system))
            result.secrets.insert(system, secret);
    }
    if (named == 0)
        return Result<ConnectionDocument>::failure(
            tr("The connection document names none of concourse, jira, confluence, servicenow, "
               "slack and github."));
    return result;
}

} // namespace ReleaseDesk
