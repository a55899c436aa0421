#include "models/formats/outboxpayload.h"

#include "models/formats/verdictcomment.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ReleaseDesk {

namespace {

template <typename> inline constexpr bool unhandled = false;

// Reads the text fields of one payload and keeps the first problem, so that a
// payload is read whole or not at all.
class FieldReader
{
public:
    FieldReader(OutboxKind kind, QJsonObject object)
        : m_kind(toKey(kind)), m_object(std::move(object))
    {}

    // A field that must be present as non-empty text.
    QString required(const char *name) { return read(name, true); }
    // A field that may be missing or empty, but is text when it is there.
    QString optional(const char *name) { return read(name, false); }

    void fail(const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = OutboxPayloads::tr("The %1 payload cannot be read: %2").arg(m_kind, problem);
    }
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

private:
    QString read(const char *name, bool required)
    {
        const QString field = QString::fromLatin1(name);
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(OutboxPayloads::tr("“%1” is missing.").arg(field));
            return {};
        }
        if (!value.isString()) {
            fail(OutboxPayloads::tr("“%1” is not text.").arg(field));
            return {};
        }
        if (required && value.toString().trimmed().isEmpty())
            fail(OutboxPayloads::tr("“%1” is empty.").arg(field));
        return value.toString();
    }

    QString m_kind;
    QJsonObject m_object;
    QString m_error;
};

QJsonObject toObject(const PublishPagePayload &page)
{
    return {{QStringLiteral("title"), page.title}, {QStringLiteral("storage"), page.storage}};
}

QJsonObject toObject(const RaiseChangePayload &change)
{
    return {{QStringLiteral("correlationId"), change.correlationId},
            {QStringLiteral("shortDescription"), change.shortDescription},
            {QStringLiteral("description"), change.description},
            {QStringLiteral("backoutPlan"), change.backoutPlan},
            {QStringLiteral("implementationPlan"), change.implementationPlan},
            {QStringLiteral("testPlan"), change.testPlan}};
}

// The ref only when there is one, so that a payload without it is stored as
// before refs were.
QJsonObject withRef(QJsonObject object, const QString &ref)
{
    if (!ref.isEmpty())
        object.insert(QStringLiteral("ref"), ref);
    return object;
}

QJsonObject toObject(const SlackPostPayload &post)
{
    QJsonObject object{{QStringLiteral("text"), post.text},
                       {QStringLiteral("threadTs"), post.threadTs},
                       {QStringLiteral("purpose"), OutboxPayloads::toKey(post.purpose)}};
    if (!post.taskKey.isEmpty())
        object.insert(QStringLiteral("taskKey"), post.taskKey);
    return withRef(object, post.ref);
}

QJsonObject toObject(const JiraCommentPayload &comment)
{
    return withRef({{QStringLiteral("key"), comment.key}, {QStringLiteral("text"), comment.text}},
                   comment.ref);
}

// The last line of a Jira comment with a ref.
QString commentMarker(const QString &ref)
{
    return QStringLiteral("(ReleaseDesk ref %1)").arg(ref);
}

// A move by a named transition says so; a move by status stays as it was written before names.
QJsonObject withTransition(QJsonObject object, const QString &transition)
{
    if (!transition.isEmpty())
        object.insert(QStringLiteral("transition"), transition);
    return object;
}

QJsonObject toObject(const JiraTransitionPayload &transition)
{
    return withTransition({{QStringLiteral("key"), transition.key},
                           {QStringLiteral("toStatus"), transition.toStatus}},
                          transition.transition);
}

QJsonObject toObject(const JiraVerdictPayload &verdict)
{
    return withTransition({{QStringLiteral("key"), verdict.key},
                           {QStringLiteral("ref"), verdict.ref},
                           {QStringLiteral("text"), verdict.text},
                           {QStringLiteral("toStatus"), verdict.toStatus}},
                          verdict.transition);
}

// The project only when there is one, so that an entry for the team's first
// project is stored as before releases spanned projects.
QJsonObject withProject(QJsonObject object, const QString &project)
{
    if (!project.isEmpty())
        object.insert(QStringLiteral("project"), project);
    return object;
}

QJsonObject toObject(const JiraVersionPayload &version)
{
    return withProject({{QStringLiteral("name"), version.name}}, version.project);
}

QJsonObject toObject(const JiraFixVersionPayload &edit)
{
    return withProject(
        {{QStringLiteral("key"), edit.key},
         {QStringLiteral("version"), edit.version},
         {QStringLiteral("edit"), edit.add ? QStringLiteral("add") : QStringLiteral("remove")}},
        edit.project);
}

QJsonObject toObject(const JiraVersionReleasedPayload &released)
{
    return withProject(
        {{QStringLiteral("name"), released.name},
         {QStringLiteral("releaseDate"), released.releaseDate.toString(Qt::ISODate)}},
        released.project);
}

QJsonObject toObject(const JiraVersionArchivedPayload &archived)
{
    return withProject({{QStringLiteral("name"), archived.name}}, archived.project);
}

// The fix-version kinds read back; nullopt for any other kind.
std::optional<OutboxPayload> parseFixVersionKind(OutboxKind kind, FieldReader &fields)
{
    if (kind == OutboxKind::JiraVersion)
        return JiraVersionPayload{fields.required("name"), fields.optional("project")};
    if (kind == OutboxKind::JiraFixVersion) {
        JiraFixVersionPayload edit;
        edit.key = fields.required("key");
        edit.version = fields.required("version");
        const QString how = fields.required("edit");
        if (!fields.failed() && how != QLatin1String("add") && how != QLatin1String("remove"))
            fields.fail(OutboxPayloads::tr("“edit” is “%1”, not add or remove.").arg(how));
        edit.add = how == QLatin1String("add");
        edit.project = fields.optional("project");
        return edit;
    }
    if (kind == OutboxKind::JiraVersionReleased) {
        JiraVersionReleasedPayload released;
        released.name = fields.required("name");
        const QString date = fields.required("releaseDate");
        released.releaseDate = QDate::fromString(date, Qt::ISODate);
        if (!fields.failed() && !released.releaseDate.isValid())
            fields.fail(OutboxPayloads::tr("“releaseDate” is “%1”, not a date.").arg(date));
        released.project = fields.optional("project");
        return released;
    }
    if (kind == OutboxKind::JiraVersionArchived)
        return JiraVersionArchivedPayload{fields.required("name"), fields.optional("project")};
    return std::nullopt;
}

QJsonObject toObject(const WorkNotePayload &note)
{
    return {{QStringLiteral("correlationId"), note.correlationId},
            {QStringLiteral("text"), note.text}};
}

} // namespace

OutboxKind OutboxPayloads::kind(const OutboxPayload &payload)
{
    return std::visit(
        [](const auto &value) -> OutboxKind {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, PublishPagePayload>)
                return OutboxKind::ConfluencePublish;
            else if constexpr (std::is_same_v<T, RaiseChangePayload>)
                return OutboxKind::ServiceNowChange;
            else if constexpr (std::is_same_v<T, SlackPostPayload>)
                return OutboxKind::SlackPost;
            else if constexpr (std::is_same_v<T, JiraCommentPayload>)
                return OutboxKind::JiraComment;
            else if constexpr (std::is_same_v<T, JiraTransitionPayload>)
                return OutboxKind::JiraTransition;
            else if constexpr (std::is_same_v<T, JiraVerdictPayload>)
                return OutboxKind::JiraVerdict;
            else if constexpr (std::is_same_v<T, JiraVersionPayload>)
                return OutboxKind::JiraVersion;
            else if constexpr (std::is_same_v<T, JiraFixVersionPayload>)
                return OutboxKind::JiraFixVersion;
            else if constexpr (std::is_same_v<T, JiraVersionReleasedPayload>)
                return OutboxKind::JiraVersionReleased;
            else if constexpr (std::is_same_v<T, JiraVersionArchivedPayload>)
                return OutboxKind::JiraVersionArchived;
            else if constexpr (std::is_same_v<T, WorkNotePayload>)
                return OutboxKind::ServiceNowWorkNote;
            else
                static_assert(unhandled<T>, "every payload has a kind");
        },
        payload);
}

QString OutboxPayloads::systemTitle(OutboxKind kind)
{
    switch (kind) {
    case OutboxKind::ConfluencePublish:
        return QStringLiteral("Confluence");
    case OutboxKind::ServiceNowChange:
    case OutboxKind::ServiceNowWorkNote:
        return QStringLiteral("ServiceNow");
    case OutboxKind::SlackPost:
        return QStringLiteral("Slack");
    case OutboxKind::JiraComment:
    case OutboxKind::JiraTransition:
    case OutboxKind::JiraVerdict:
    case OutboxKind::JiraVersion:
    case OutboxKind::JiraFixVersion:
    case OutboxKind::JiraVersionReleased:
    case OutboxKind::JiraVersionArchived:
        return QStringLiteral("Jira");
    case OutboxKind::Unknown:
        break;
    }
    return {};
}

bool OutboxPayloads::isFixVersionKind(OutboxKind kind)
{
    return kind == OutboxKind::JiraVersion || kind == OutboxKind::JiraFixVersion ||
           kind == OutboxKind::JiraVersionReleased || kind == OutboxKind::JiraVersionArchived;
}

QString OutboxPayloads::toKey(SlackPurpose purpose)
{
    switch (purpose) {
    case SlackPurpose::StagingRequest:
        return QStringLiteral("staging-request");
    case SlackPurpose::LiveRequest:
        return QStringLiteral("live-request");
    case SlackPurpose::TestFailure:
        return QStringLiteral("test-failure");
    case SlackPurpose::ReleaseTeamAction:
        return QStringLiteral("release-team-action");
    }
    return {};
}

std::optional<SlackPurpose> OutboxPayloads::purposeFromKey(const QString &key)
{
    for (SlackPurpose purpose : {SlackPurpose::StagingRequest, SlackPurpose::LiveRequest,
                                 SlackPurpose::TestFailure, SlackPurpose::ReleaseTeamAction}) {
        if (toKey(purpose) == key)
            return purpose;
    }
    return std::nullopt;
}

QByteArray OutboxPayloads::toJson(const OutboxPayload &payload)
{
    const QJsonObject object =
        std::visit([](const auto &value) { return toObject(value); }, payload);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<OutboxPayload> OutboxPayloads::parse(const OutboxEntry &entry)
{
    if (entry.kind == OutboxKind::Unknown)
        return Result<OutboxPayload>::failure(
            tr("Unknown kind of outbox entry “%1”.").arg(entry.kindKey()));
    return parse(entry.kind, entry.payload);
}

Result<OutboxPayload> OutboxPayloads::parse(OutboxKind kind, const QByteArray &json)
{
    using Parsed = Result<OutboxPayload>;
    if (systemTitle(kind).isEmpty())
        return Parsed::failure(
            tr("Unknown kind of outbox entry “%1”.").arg(ReleaseDesk::toKey(kind)));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    FieldReader fields(kind, document.object());
    if (error.error != QJsonParseError::NoError)
        fields.fail(error.errorString());
    else if (!document.isObject())
        fields.fail(tr("it is not a JSON object."));
    if (fields.failed())
        return Parsed::failure(fields.error());

    OutboxPayload payload;
    if (kind == OutboxKind::ConfluencePublish) {
        PublishPagePayload page;
        page.title = fields.required("title");
        page.storage = fields.required("storage");
        payload = page;
    } else if (kind == OutboxKind::ServiceNowChange) {
        RaiseChangePayload change;
        change.correlationId = fields.required("correlationId");
        change.shortDescription = fields.required("shortDescription");
        change.description = fields.optional("description");
        change.backoutPlan = fields.required("backoutPlan");
        change.implementationPlan = fields.optional("implementationPlan");
        change.testPlan = fields.optional("testPlan");
        payload = change;
    } else if (kind == OutboxKind::SlackPost) {
        SlackPostPayload post;
        post.text = fields.required("text");
        post.threadTs = fields.optional("threadTs");
        const QString purpose = fields.required("purpose");
        const auto known = purposeFromKey(purpose);
        if (!fields.failed() && !known)
            fields.fail(tr("“purpose” is “%1”, not one of staging-request, live-request, "
                           "test-failure, release-team-action.")
                            .arg(purpose));
        post.purpose = known.value_or(SlackPurpose::StagingRequest);
        post.ref = fields.optional("ref");
        post.taskKey = fields.optional("taskKey");
        payload = post;
    } else if (const auto fixVersion = parseFixVersionKind(kind, fields)) {
        payload = *fixVersion;
    } else if (kind == OutboxKind::JiraComment) {
        JiraCommentPayload comment;
        comment.key = fields.required("key");
        comment.text = fields.required("text");
        comment.ref = fields.optional("ref");
        payload = comment;
    } else if (kind == OutboxKind::JiraVerdict) {
        JiraVerdictPayload verdict;
        verdict.key = fields.required("key");
        verdict.ref = fields.required("ref");
        verdict.text = fields.required("text");
        verdict.toStatus = fields.optional("toStatus");
        verdict.transition = fields.optional("transition");
        payload = verdict;
    } else if (kind == OutboxKind::ServiceNowWorkNote) {
        WorkNotePayload note;
        note.correlationId = fields.required("correlationId");
        note.text = fields.required("text");
        payload = note;
    } else {
        JiraTransitionPayload transition;
        transition.key = fields.required("key");
        transition.toStatus = fields.required("toStatus");
        transition.transition = fields.optional("transition");
        payload = transition;
    }
    if (fields.failed())
        return Parsed::failure(fields.error());
    return payload;
}

QString OutboxPayloads::keyPrefix(OutboxKind kind, const QString &subject, const QString &purpose)
{
    return ReleaseDesk::toKey(kind) + u':' + subject + u':' + purpose + u':';
}

QString OutboxPayloads::idempotencyKey(OutboxKind kind, const QString &subject,
                                       const QString &purpose, int n)
{
    return keyPrefix(kind, subject, purpose) + QString::number(n);
}

QString OutboxPayloads::commentText(const JiraCommentPayload &comment)
{
    if (comment.ref.isEmpty())
        return comment.text;
    return comment.text + QStringLiteral("\n\n") + commentMarker(comment.ref);
}

bool OutboxPayloads::isCommentOf(const QString &text, const QString &ref)
{
    // The last line: Jira Cloud rebuilds the text's paragraphs, never the words.
    return !ref.isEmpty() && text.trimmed().endsWith(commentMarker(ref));
}

OutboxEntry OutboxPayloads::entry(const OutboxPayload &payload, qint64 releaseId,
                                  const QString &idempotencyKey, const QDateTime &created)
{
    OutboxPayload named = payload;
    // A ref made as a verdict's is: unique across desks.
    if (auto *post = std::get_if<SlackPostPayload>(&named); post && post->ref.isEmpty())
        post->ref = VerdictComment::newRef();
    if (auto *comment = std::get_if<JiraCommentPayload>(&named); comment && comment->ref.isEmpty())
        comment->ref = VerdictComment::newRef();
    OutboxEntry entry;
    entry.releaseId = releaseId;
    entry.kind = kind(payload);
    entry.payload = toJson(named);
    entry.idempotencyKey = idempotencyKey;
    entry.state = OutboxState::Pending;
    entry.created = created;
    return entry;
}

} // namespace ReleaseDesk
