#include "services/sandbox/core/faults.h"

#include <QJsonValue>

#include <array>

namespace ReleaseDesk::Sandbox {
namespace {

constexpr std::array<std::pair<FaultKind, const char *>, 11> kindNames{{
    {FaultKind::Status, "status"},
    {FaultKind::RateLimit, "ratelimit"},
    {FaultKind::Unavailable, "unavailable"},
    {FaultKind::Delay, "delay"},
    {FaultKind::Hang, "hang"},
    {FaultKind::Reset, "reset"},
    {FaultKind::MalformedJson, "malformed-json"},
    {FaultKind::TruncatedBody, "truncated"},
    {FaultKind::WrongContentType, "wrong-content-type"},
    {FaultKind::Oversized, "oversized"},
    {FaultKind::Drop, "drop"},
}};

std::optional<FaultKind> kindFromName(const QString &name)
{
    for (const auto &[kind, text] : kindNames) {
        if (name == QLatin1String(text))
            return kind;
    }
    return std::nullopt;
}

QString nameOf(FaultKind kind)
{
    for (const auto &[value, text] : kindNames) {
        if (value == kind)
            return QString::fromLatin1(text);
    }
    return {};
}

QString knownKinds()
{
    QStringList names;
    for (const auto &entry : kindNames)
        names << QString::fromLatin1(entry.second);
    return names.join(QLatin1String(", "));
}

} // namespace

Result<FaultRule> FaultRule::fromJson(const QJsonObject &object)
{
    FaultRule rule;
    rule.system = object.value(QLatin1String("system")).toString();
    rule.path = object.value(QLatin1String("path")).toString();
    rule.method = object.value(QLatin1String("method")).toString().toUpper().toLatin1();
    const QString kindName = object.value(QLatin1String("kind")).toString();
    const auto kind = kindFromName(kindName);
    if (!kind) {
        return Result<FaultRule>::failure(
            QStringLiteral("Unknown fault kind \"%1\"; known: %2").arg(kindName, knownKinds()));
    }
    rule.kind = *kind;
    rule.status = object.value(QLatin1String("status"))
                      .toInt(rule.kind == FaultKind::RateLimit ? 429 : rule.status);
    rule.retryAfterSeconds =
        object.value(QLatin1String("retryAfter")).toInt(rule.retryAfterSeconds);
    rule.delayMs = object.value(QLatin1String("delayMs")).toInt(rule.delayMs);
    rule.bytes = object.value(QLatin1String("bytes")).toInteger(rule.bytes);
    rule.times = object.value(QLatin1String("times")).toInt(rule.times);
    if (rule.status < 100 || rule.status > 599)
        return Result<FaultRule>::failure(QStringLiteral("A fault's status must be 100 to 599."));
    if (rule.times == 0 || rule.delayMs < 0 || rule.retryAfterSeconds < 0 || rule.bytes < 0)
        return Result<FaultRule>::failure(
            QStringLiteral("A fault's times must be positive (or -1), and its delay, "
                           "retry-after and bytes not negative."));
    return rule;
}

Result<FaultRule> FaultRule::parse(const QString &spec)
{
    const qsizetype equals = spec.indexOf(u'=');
    if (equals < 0) {
        return Result<FaultRule>::failure(
            QStringLiteral("A fault reads SYSTEM[:PATH]=KIND[,OPTION=VALUE...], "
                           "for example jira=status,status=503; got \"%1\"")
                .arg(spec));
    }
    const QString target = spec.left(equals);
    const QStringList parts = spec.mid(equals + 1).split(u',');
    QJsonObject object;
    const qsizetype colon = target.indexOf(u':');
    object.insert(QLatin1String("system"), colon < 0 ? target : target.left(colon));
    if (colon >= 0)
        object.insert(QLatin1String("path"), target.mid(colon + 1));
    object.insert(QLatin1String("kind"), parts.value(0));
    static const QHash<QString, QString> optionKeys{
        {QStringLiteral("status"), QStringLiteral("status")},
        {QStringLiteral("retry-after"), QStringLiteral("retryAfter")},
        {QStringLiteral("delay-ms"), QStringLiteral("delayMs")},
        {QStringLiteral("bytes"), QStringLiteral("bytes")},
        {QStringLiteral("times"), QStringLiteral("times")},
    };
    for (const QString &option : parts.mid(1)) {
        const QString name = option.section(u'=', 0, 0);
        const QString value = option.section(u'=', 1);
        if (name == QLatin1String("method")) {
            object.insert(QLatin1String("method"), value);
            continue;
        }
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (!optionKeys.contains(name) || !ok) {
            return Result<FaultRule>::failure(
                QStringLiteral("Unknown fault option \"%1\"; known: status, retry-after, "
                               "delay-ms, bytes, times (numbers) and method")
                    .arg(option));
        }
        object.insert(optionKeys.value(name), number);
    }
    return fromJson(object);
}

QJsonObject FaultRule::toJson() const
{
    return {{QLatin1String("id"), id},
            {QLatin1String("system"), system},
            {QLatin1String("path"), path},
            {QLatin1String("method"), QString::fromLatin1(method)},
            {QLatin1String("kind"), nameOf(kind)},
            {QLatin1String("status"), status},
            {QLatin1String("retryAfter"), retryAfterSeconds},
            {QLatin1String("delayMs"), delayMs},
            {QLatin1String("bytes"), bytes},
            {QLatin1String("times"), times}};
}

int FaultInjector::add(FaultRule rule)
{
    rule.id = ++m_lastId;
    m_rules.append(rule);
    return rule.id;
}

bool FaultInjector::remove(int id)
{
    return m_rules.removeIf([id](const FaultRule &rule) { return rule.id == id; }) > 0;
}

std::optional<FaultRule> FaultInjector::take(const QString &system, const QByteArray &method,
                                             const QString &path)
{
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        if ((!it->system.isEmpty() && it->system != system) ||
            (!it->method.isEmpty() && it->method != method) ||
            (!it->path.isEmpty() && !path.contains(it->path)))
            continue;
        const FaultRule hit = *it;
        if (it->times > 0 && --it->times == 0)
            m_rules.erase(it);
        return hit;
    }
    return std::nullopt;
}

} // namespace ReleaseDesk::Sandbox
