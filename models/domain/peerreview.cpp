#include "models/domain/peerreview.h"

#include <QHash>

#include <algorithm>

namespace ReleaseDesk {

namespace {

const QString approved = QStringLiteral("APPROVED");
const QString changesRequested = QStringLiteral("CHANGES_REQUESTED");
const QString dismissed = QStringLiteral("DISMISSED");

// Each reviewer's latest deciding review, by reviewer in order of first review.
QList<std::pair<QString, QString>> standing(const QList<ReviewVote> &votes)
{
    QList<std::pair<QString, QString>> latest;
    QHash<QString, qsizetype> at;
    for (const ReviewVote &vote : votes) {
        if (vote.reviewer.isEmpty())
            continue;
        if (!at.contains(vote.reviewer)) {
            at.insert(vote.reviewer, latest.size());
            latest.append({vote.reviewer, QString()});
        }
        // A comment neither approves nor withdraws; a pending review is not submitted.
        if (vote.state == approved || vote.state == changesRequested || vote.state == dismissed)
            latest[at.value(vote.reviewer)].second = vote.state;
    }
    return latest;
}

} // namespace

QString PeerReview::reference() const
{
    return QStringLiteral("%1#%2").arg(repository).arg(number);
}

ReviewState PeerReviews::stateOf(bool merged, bool closed, const QList<ReviewVote> &votes)
{
    PeerReview review;
    decide(review, merged, closed, votes);
    return review.state;
}

void PeerReviews::decide(PeerReview &review, bool merged, bool closed,
                         const QList<ReviewVote> &votes)
{
    review.reviewers.clear();
    review.changesRequestedBy.clear();
    bool anyApproval = false;
    for (const auto &[reviewer, state] : standing(votes)) {
        review.reviewers << reviewer;
        if (state == changesRequested)
            review.changesRequestedBy << reviewer;
        anyApproval = anyApproval || state == approved;
    }
    if (merged)
        review.state = ReviewState::Merged;
    else if (closed)
        review.state = ReviewState::Closed;
    else if (!review.changesRequestedBy.isEmpty())
        review.state = ReviewState::ChangesRequested;
    else if (anyApproval)
        review.state = ReviewState::Approved;
    else
        review.state = ReviewState::Open;
}

QString PeerReviews::summary(const QList<PeerReview> &reviews)
{
    QStringList parts;
    for (const PeerReview &review : reviews)
        parts << tr("%1: %2").arg(review.reference(), toTitle(review.state));
    return parts.join(QLatin1String("; "));
}

QString PeerReviews::details(const QList<PeerReview> &reviews)
{
    QStringList paragraphs;
    for (const PeerReview &review : reviews) {
        const QString why = whyNotMerged(review);
        QString text = tr("%1 %2").arg(review.reference(), review.title);
        text += u'\n' + (why.isEmpty() ? toTitle(review.state) : why);
        if (!review.reviewers.isEmpty())
            text += u'\n' + tr("Reviewers: %1").arg(review.reviewers.join(QLatin1String(", ")));
        text += u'\n' + review.url;
        paragraphs << text;
    }
    return paragraphs.join(QLatin1String("\n\n"));
}

QStringList PeerReviews::urls(const QList<PeerReview> &reviews)
{
    QStringList found;
    for (const PeerReview &review : reviews)
        found << review.url;
    return found;
}

int PeerReviews::progress(const QList<PeerReview> &reviews)
{
    const auto rank = [](ReviewState state) {
        switch (state) {
        case ReviewState::Merged:
            return 4;
        case ReviewState::Approved:
            return 3;
        case ReviewState::Open:
            return 2;
        case ReviewState::ChangesRequested:
            return 1;
        case ReviewState::Closed:
        case ReviewState::Unknown:
            break;
        }
        return 0;
    };
    if (reviews.isEmpty())
        return -1;
    int least = 4;
    for (const PeerReview &review : reviews)
        least = std::min(least, rank(review.state));
    return least;
}

QString PeerReviews::whyNotMerged(const PeerReview &review)
{
    const QString reviewers = review.reviewers.join(QLatin1String(", "));
    switch (review.state) {
    case ReviewState::Merged:
        return {};
    case ReviewState::ChangesRequested:
        return tr("changes requested by %1").arg(review.changesRequestedBy.join(u", "));
    case ReviewState::Approved:
        return tr("approved by %1, not merged yet").arg(reviewers);
    case ReviewState::Closed:
        return tr("closed without merge");
    case ReviewState::Open:
    case ReviewState::Unknown:
        break;
    }
    return reviewers.isEmpty() ? tr("waiting for a review") : tr("in review by %1").arg(reviewers);
}

} // namespace ReleaseDesk
