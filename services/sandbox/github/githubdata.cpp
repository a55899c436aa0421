#include "services/sandbox/github/githubdata.h"

#include "services/sandbox/core/sandboxsupport.h"
#include "services/sandbox/simulation/catalogue.h"

#include <QCryptographicHash>
#include <QRegularExpression>

// GitHub's repositories, pull requests and reviews as the sandbox keeps
// them, their JSON on the wire, and the seed from the catalogue.

namespace ReleaseDesk::Sandbox::GitHub {

namespace {

QString stamp(const QDateTime &at)
{
    return at.isNull() ? QString() : at.toUTC().toString(Qt::ISODate);
}

QJsonValue stampOrNull(const QDateTime &at)
{
    return at.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(stamp(at));
}

QDateTime timeOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

// A branch name from a summary: "feature/chs-1001-add-refunds".
QString branchFor(const QString &key, const QString &summary)
{
    QString slug = summary.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    return QStringLiteral("feature/%1-%2")
        .arg(key.toLower(), slug.left(30))
        .remove(QRegularExpression(QStringLiteral("-+$")));
}

// Someone of the team other than the author, chosen the same way on every run.
QString reviewerFor(const Catalogue &catalogue, const QString &author, int salt)
{
    const QStringList &people = catalogue.people;
    for (int i = 0; i < people.size(); ++i) {
        const QString &candidate = people.at((salt + i) % people.size());
        if (candidate != author)
            return loginOf(candidate);
    }
    return loginOf(catalogue.releaseManager);
}

} // namespace

QString loginOf(const QString &person)
{
    return QString(person).replace(u'.', u'-');
}

Store Store::seeded(const Catalogue &catalogue, const QString &owner)
{
    Store store;
    store.owner = owner;
    for (const CatalogueService &service : catalogue.services)
        store.repositories << owner + u'/' + service.name;
    int salt = 0;
    for (const CatalogueTask &task : catalogue.tasks) {
        ++salt;
        if (task.status == QLatin1String("To Do"))
            continue; // not started: no branch yet
        const QString repository = owner + u'/' + task.service;
        const QString author = loginOf(task.assignee);
        const QDateTime opened = task.created.addSecs(2 * 3600);
        Pull &pull = store.open(repository, QStringLiteral("%1: %2").arg(task.key, task.summary),
                                branchFor(task.key, task.summary), author, opened);
        const QString reviewer = reviewerFor(catalogue, task.assignee, salt);
        const QDateTime reviewed = opened.addSecs(3600);
        if (task.status == QLatin1String("In Progress"))
            continue; // open, waiting for a review
        if (task.status == QLatin1String("In Review")) {
            // Changes asked for on every other one; the rest approved, not merged.
            store.review(pull, reviewer,
                         salt % 2 ? QStringLiteral("CHANGES_REQUESTED")
                                  : QStringLiteral("APPROVED"),
                         reviewed);
            continue;
        }
        // Shipped, in a release, or ready for test: reviewed and merged, once
        // after a round of changes.
        if (salt % 5 == 0) {
            store.review(pull, reviewer, QStringLiteral("CHANGES_REQUESTED"), reviewed);
            store.review(pull, reviewer, QStringLiteral("APPROVED"), reviewed.addSecs(1800));
        } else {
            store.review(pull, reviewer, QStringLiteral("APPROVED"), reviewed);
        }
        pull.merged = reviewed.addSecs(3600);
        pull.closed = true;
        pull.updated = pull.merged;
    }
    return store;
}

Pull *Store::pull(const QString &repository, int number)
{
    for (Pull &pull : pulls) {
        if (pull.repository == repository && pull.number == number)
            return &pull;
    }
    return nullptr;
}

Pull &Store::open(const QString &repository, const QString &title, const QString &branch,
                  const QString &author, const QDateTime &at)
{
    int last = 0;
    for (const Pull &pull : std::as_const(pulls)) {
        if (pull.repository == repository)
            last = std::max(last, pull.number);
    }
    Pull pull;
    pull.repository = repository;
    pull.number = last + 1;
    pull.title = title;
    pull.branch = branch;
    pull.author = author;
    pull.created = at;
    pull.updated = at;
    pulls << pull;
    return pulls.last();
}

void Store::review(Pull &pull, const QString &reviewer, const QString &state, const QDateTime &at)
{
    pull.reviews << Review{nextReviewId++, reviewer, state, at};
    pull.updated = std::max(pull.updated, at);
}

QJsonObject Store::toJson() const
{
    QJsonArray pullsJson;
    for (const Pull &pull : pulls) {
        QJsonArray reviewsJson;
        for (const Review &review : pull.reviews) {
            reviewsJson << QJsonObject{{QLatin1String("id"), review.id},
                                       {QLatin1String("reviewer"), review.reviewer},
                                       {QLatin1String("state"), review.state},
                                       {QLatin1String("submitted"), stamp(review.submitted)}};
        }
        pullsJson << QJsonObject{{QLatin1String("repository"), pull.repository},
                                 {QLatin1String("number"), pull.number},
                                 {QLatin1String("title"), pull.title},
                                 {QLatin1String("branch"), pull.branch},
                                 {QLatin1String("author"), pull.author},
                                 {QLatin1String("closed"), pull.closed},
                                 {QLatin1String("created"), stamp(pull.created)},
                                 {QLatin1String("updated"), stamp(pull.updated)},
                                 {QLatin1String("merged"), stamp(pull.merged)},
                                 {QLatin1String("reviews"), reviewsJson}};
    }
    return {{QLatin1String("owner"), owner},
            {QLatin1String("repositories"), QJsonArray::fromStringList(repositories)},
            {QLatin1String("pulls"), pullsJson},
            {QLatin1String("nextReviewId"), nextReviewId}};
}

Store Store::fromJson(const QJsonObject &json)
{
    Store store;
    store.owner = json.value(QLatin1String("owner")).toString(store.owner);
    store.repositories = toStringList(json.value(QLatin1String("repositories")));
    store.nextReviewId = json.value(QLatin1String("nextReviewId")).toInteger(store.nextReviewId);
    for (const QJsonValue &value : json.value(QLatin1String("pulls")).toArray()) {
        const QJsonObject object = value.toObject();
        Pull pull;
        pull.repository = object.value(QLatin1String("repository")).toString();
        pull.number = object.value(QLatin1String("number")).toInt();
        pull.title = object.value(QLatin1String("title")).toString();
        pull.branch = object.value(QLatin1String("branch")).toString();
        pull.author = object.value(QLatin1String("author")).toString();
        pull.closed = object.value(QLatin1String("closed")).toBool();
        pull.created = timeOf(object.value(QLatin1String("created")));
        pull.updated = timeOf(object.value(QLatin1String("updated")));
        pull.merged = timeOf(object.value(QLatin1String("merged")));
        for (const QJsonValue &r : object.value(QLatin1String("reviews")).toArray()) {
            const QJsonObject review = r.toObject();
            pull.reviews << Review{review.value(QLatin1String("id")).toInteger(),
                                   review.value(QLatin1String("reviewer")).toString(),
                                   review.value(QLatin1String("state")).toString(),
                                   timeOf(review.value(QLatin1String("submitted")))};
        }
        store.pulls << pull;
    }
    return store;
}

QJsonObject userJson(const QString &login, const QString &apiRoot)
{
    // A stable id per login, as GitHub's never change.
    const qint64 id =
        10000 + QCryptographicHash::hash(login.toUtf8(), QCryptographicHash::Sha1).at(0) % 1000 +
        qint64(login.size()) * 1000;
    return {{QLatin1String("login"), login},
            {QLatin1String("id"), id},
            {QLatin1String("type"), QStringLiteral("User")},
            {QLatin1String("url"), QString(apiRoot + QStringLiteral("/users/") + login)}};
}

QJsonObject repositoryJson(const QString &fullName, const QString &apiRoot)
{
    return {{QLatin1String("name"), fullName.section(u'/', 1)},
            {QLatin1String("full_name"), fullName},
            {QLatin1String("private"), true},
            {QLatin1String("archived"), false},
            {QLatin1String("owner"), userJson(fullName.section(u'/', 0, 0), apiRoot)},
            {QLatin1String("url"), QString(apiRoot + QStringLiteral("/repos/") + fullName)}};
}

QJsonObject pullJson(const Pull &pull, const QString &apiRoot)
{
    const QString api =
        apiRoot + QStringLiteral("/repos/%1/pulls/%2").arg(pull.repository).arg(pull.number);
    const QString html =
        QStringLiteral("https://github.com/%1/pull/%2").arg(pull.repository).arg(pull.number);
    const QJsonObject repository = repositoryJson(pull.repository, apiRoot);
    return {
        {QLatin1String("url"), api},
        {QLatin1String("id"), qint64(pull.number) * 7919 + pull.repository.size()},
        {QLatin1String("html_url"), html},
        {QLatin1String("number"), pull.number},
        {QLatin1String("state"), pull.closed ? QStringLiteral("closed") : QStringLiteral("open")},
        {QLatin1String("title"), pull.title},
        {QLatin1String("user"), userJson(pull.author, apiRoot)},
        {QLatin1String("created_at"), stamp(pull.created)},
        {QLatin1String("updated_at"), stamp(pull.updated)},
        {QLatin1String("closed_at"), pull.closed ? stampOrNull(pull.updated) : QJsonValue()},
        {QLatin1String("merged_at"), stampOrNull(pull.merged)},
        {QLatin1String("draft"), false},
        {QLatin1String("head"),
         QJsonObject{{QLatin1String("ref"), pull.branch}, {QLatin1String("repo"), repository}}},
        {QLatin1String("base"), QJsonObject{{QLatin1String("ref"), QStringLiteral("main")},
                                            {QLatin1String("repo"), repository}}}};
}

QJsonObject reviewJson(const Review &review, const Pull &pull, const QString &apiRoot)
{
    return {{QLatin1String("id"), review.id},
            {QLatin1String("user"), userJson(review.reviewer, apiRoot)},
            {QLatin1String("state"), review.state},
            {QLatin1String("submitted_at"), stamp(review.submitted)},
            {QLatin1String("html_url"),
             QStringLiteral("https://github.com/%1/pull/%2#pullrequestreview-%3")
                 .arg(pull.repository)
                 .arg(pull.number)
                 .arg(review.id)}};
}

} // namespace ReleaseDesk::Sandbox::GitHub
