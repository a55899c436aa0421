#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ReleaseDesk::Sandbox {

struct Catalogue;

namespace GitHub {

// A submitted review: APPROVED, CHANGES_REQUESTED, COMMENTED or DISMISSED.
struct Review
{
    qint64 id = 0;
    QString reviewer; // the login
    QString state;
    QDateTime submitted;
};

struct Pull
{
    QString repository; // "acme/chs-orders-api"
    int number = 0;
    QString title;
    QString branch; // head.ref
    QString author;
    bool closed = false;
    QDateTime created;
    QDateTime updated;
    QDateTime merged; // null unless merged
    QList<Review> reviews;
};

// The organisation's repositories (one per service) and their pull requests.
struct Store
{
    QString owner = QStringLiteral("acme");
    QStringList repositories; // full names
    QList<Pull> pulls;
    qint64 nextReviewId = 80000001;

    // The catalogue's tasks as pull requests: a change shipped or in a
    // release is merged; open work is in review in mixed states.
    static Store seeded(const Catalogue &catalogue, const QString &owner);

    Pull *pull(const QString &repository, int number);
    // A new open pull request, numbered after the repository's last one.
    Pull &open(const QString &repository, const QString &title, const QString &branch,
               const QString &author, const QDateTime &at);
    void review(Pull &pull, const QString &reviewer, const QString &state, const QDateTime &at);

    QJsonObject toJson() const;
    static Store fromJson(const QJsonObject &json);
};

// GitHub's login for a person of the catalogue: "alice.khan" signs in as
// "alice-khan", as a login may not hold a dot.
QString loginOf(const QString &person);

// The wire forms: a pull request as the list and the single read give it
// (`apiRoot` is "http://host/github"), a review, a repository.
QJsonObject pullJson(const Pull &pull, const QString &apiRoot);
QJsonObject reviewJson(const Review &review, const Pull &pull, const QString &apiRoot);
QJsonObject repositoryJson(const QString &fullName, const QString &apiRoot);
QJsonObject userJson(const QString &login, const QString &apiRoot);

} // namespace GitHub
} // namespace ReleaseDesk::Sandbox
