// SqliteStore's peer reviews: what the last GitHub sync read of the pull
// requests that name the tasks, replaced whole by each sync.

#include "services/store/sqlitestore.h"
#include "services/store/sqlsupport.h"

#include <QHash>

#include <algorithm>

namespace ReleaseDesk {

namespace {

const QString columns = QStringLiteral("task_key, repository, number, url, title, branch, state,"
                                       " reviewers, changes_requested_by, updated");

// Logins hold neither commas nor spaces, so a comma joins them safely.
QString joined(const QStringList &logins)
{
    return logins.join(u',');
}

QStringList split(const QString &text)
{
    return text.split(u',', Qt::SkipEmptyParts);
}

PeerReview readRow(Sql::RowReader &row)
{
    PeerReview review;
    review.taskKey = row.text(0);
    review.repository = row.text(1);
    review.number = int(row.integer(2));
    review.url = row.text(3);
    review.title = row.text(4);
    review.branch = row.text(5);
    review.state = row.key<ReviewState>(6, "review state");
    review.reviewers = split(row.text(7));
    review.changesRequestedBy = split(row.text(8));
    review.updated = row.timestamp(9);
    return review;
}

QString selectSql(const QString &where = {})
{
    return QStringLiteral("SELECT %1 FROM peer_reviews %2 ORDER BY task_key, repository, number")
        .arg(columns, where);
}

} // namespace

Result<QStringList> SqliteStore::replacePeerReviews(const QList<PeerReview> &reviews)
{
    QStringList changed;
    const QString problem = Sql::inTransaction(m_db, [&]() -> QString {
        // What each task had, to tell which ones the new set changes.
        auto before = Sql::selectRows(m_db, selectSql(), &readRow);
        if (!before)
            return before.error();
        QHash<QString, QList<PeerReview>> had;
        for (const PeerReview &review : before.value())
            had[review.taskKey] << review;
        QHash<QString, QList<PeerReview>> has;
        for (const PeerReview &review : reviews)
            has[review.taskKey] << review;
        if (const QString error = Sql::execute(m_db, QStringLiteral("DELETE FROM peer_reviews"));
            !error.isEmpty())
            return error;
        Sql::Statement insert(m_db, QStringLiteral("INSERT OR REPLACE INTO peer_reviews (%1)"
                                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                        .arg(columns));
        if (!insert.isPrepared())
            return insert.error();
        for (const PeerReview &review : reviews) {
            if (!insert.exec(review.taskKey, review.repository, review.number, review.url,
                             review.title, review.branch, review.state, joined(review.reviewers),
                             joined(review.changesRequestedBy), review.updated))
                return review.reference() + QLatin1String(": ") + insert.error();
        }
        const auto sorted = [](QList<PeerReview> list) {
            std::sort(list.begin(), list.end(), [](const PeerReview &a, const PeerReview &b) {
                return a.reference() < b.reference();
            });
            return list;
        };
        QStringList keys = had.keys() + has.keys();
        keys.removeDuplicates();
        std::sort(keys.begin(), keys.end());
        for (const QString &key : keys) {
            if (sorted(had.value(key)) != sorted(has.value(key)))
                changed << key;
        }
        return {};
    });
    if (!problem.isEmpty())
        return Result<QStringList>::failure(tr("Could not save the peer reviews: %1").arg(problem));
    return changed;
}

Result<QList<PeerReview>> SqliteStore::peerReviews() const
{
    return Sql::explained(Sql::selectRows(m_db, selectSql(), &readRow),
                          tr("Could not read the peer reviews: %1"));
}

Result<QList<PeerReview>> SqliteStore::peerReviewsOf(const QStringList &keys) const
{
    QList<PeerReview> found;
    QStringList unique = keys;
    unique.removeDuplicates();
    // SQLite binds a limited number of values per statement.
    constexpr qsizetype chunk = 500;
    for (qsizetype from = 0; from < unique.size(); from += chunk) {
        const QStringList part = unique.mid(from, chunk);
        QVariantList bound;
        for (const QString &key : part)
            bound << Sql::toValue(key);
        QStringList marks(part.size(), QStringLiteral("?"));
        auto read = Sql::selectRows(
            m_db, selectSql(QStringLiteral("WHERE task_key IN (%1)").arg(marks.join(u','))),
            &readRow, bound);
        if (!read)
            return Result<QList<PeerReview>>::failure(
                tr("Could not read the peer reviews: %1").arg(read.error()));
        found << std::move(read).value();
    }
    return found;
}

} // namespace ReleaseDesk
