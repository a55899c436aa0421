#include "githubparse.h"

#include "jsonfields.h"

#include <algorithm>

namespace ReleaseDesk {

namespace {

QByteArray headerOf(const GitHubParse::Headers &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// GitHub's times are ISO 8601 in UTC, "2026-11-20T12:00:00Z"; null when unset.
QDateTime timeOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

} // namespace

Result<QList<GitHubPull>> GitHubParse::pulls(const QJsonDocument &answer)
{
    JsonFields in;
    const QJsonArray list = in.rootList(answer);
    QList<GitHubPull> found;
    for (qsizetype i = 0; i < list.size() && !in.failed(); ++i) {
        const QString path = JsonFields::at(QStringLiteral("pulls"), i);
        const QJsonObject pull = in.element(list, i, QStringLiteral("pulls"));
        const QJsonObject head = in.object(pull, path, QLatin1String("head"));
        const QJsonObject base = in.object(pull, path, QLatin1String("base"));
        const QJsonObject repo =
            in.object(base, JsonFields::join(path, QLatin1String("base")), QLatin1String("repo"));
        GitHubPull read;
        read.number = int(in.integer(pull, path, QLatin1String("number")));
        read.url = in.string(pull, path, QLatin1String("html_url"));
        read.title = in.string(pull, path, QLatin1String("title"), JsonFields::Optional);
        read.branch = in.string(head, JsonFields::join(path, QLatin1String("head")),
                                QLatin1String("ref"), JsonFields::Optional);
        read.repository = in.string(repo, JsonFields::join(path, QLatin1String("base.repo")),
                                    QLatin1String("full_name"));
        read.closed = in.string(pull, path, QLatin1String("state")) == QLatin1String("closed");
        read.merged = !timeOf(pull.value(QLatin1String("merged_at"))).isNull();
        read.updated = timeOf(pull.value(QLatin1String("updated_at")));
        found << read;
    }
    if (in.failed())
        return Result<QList<GitHubPull>>::failure(in.error());
    return found;
}

Result<QList<ReviewVote>> GitHubParse::reviews(const QJsonDocument &answer)
{
    JsonFields in;
    const QJsonArray list = in.rootList(answer);
    QList<ReviewVote> votes;
    for (qsizetype i = 0; i < list.size() && !in.failed(); ++i) {
        const QString path = JsonFields::at(QStringLiteral("reviews"), i);
        const QJsonObject review = in.element(list, i, QStringLiteral("reviews"));
        // A deleted account's reviews have no user ("ghost").
        const QJsonObject user =
            in.object(review, path, QLatin1String("user"), JsonFields::Optional);
        votes << ReviewVote{user.value(QLatin1String("login")).toString(),
                            in.string(review, path, QLatin1String("state"))};
    }
    if (in.failed())
        return Result<QList<ReviewVote>>::failure(in.error());
    return votes;
}

Result<QStringList> GitHubParse::repositories(const QJsonDocument &answer)
{
    JsonFields in;
    const QJsonArray list = in.rootList(answer);
    QStringList names;
    for (qsizetype i = 0; i < list.size() && !in.failed(); ++i) {
        const QString path = JsonFields::at(QStringLiteral("repositories"), i);
        const QJsonObject repository = in.element(list, i, QStringLiteral("repositories"));
        const QString name = in.string(repository, path, QLatin1String("full_name"));
        // An archived repository takes no more changes.
        if (!in.boolean(repository, path, QLatin1String("archived")))
            names << name;
    }
    if (in.failed())
        return Result<QStringList>::failure(in.error());
    return names;
}

Result<QString> GitHubParse::login(const QJsonDocument &answer)
{
    JsonFields in;
    const QString login =
        in.string(in.root(answer), QStringLiteral("user"), QLatin1String("login"));
    if (in.failed())
        return Result<QString>::failure(in.error());
    return login;
}

QString GitHubParse::serverErrorText(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.object().value(QLatin1String("message")).toString().trimmed();
}

std::optional<std::chrono::milliseconds>
GitHubParse::rateLimitWait(int status, const Headers &headers, const QDateTime &now)
{
    if (status != 403 && status != 429)
        return std::nullopt;
    bool numeric = false;
    const qint64 retryAfter = headerOf(headers, "retry-after").trimmed().toLongLong(&numeric);
    if (numeric && retryAfter >= 0)
        return std::chrono::seconds(retryAfter);
    if (headerOf(headers, "x-ratelimit-remaining").trimmed() != "0")
        return status == 429 ? std::optional(std::chrono::milliseconds(0)) : std::nullopt;
    const qint64 reset = headerOf(headers, "x-ratelimit-reset").trimmed().toLongLong(&numeric);
    if (!numeric)
        return std::chrono::milliseconds(0);
    return std::chrono::seconds(std::max<qint64>(0, reset - now.toSecsSinceEpoch()));
}

} // namespace ReleaseDesk
