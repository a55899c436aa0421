#pragma once

#include "models/domain/enums.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ReleaseDesk {

// One pull request that names a Jira task in its title or branch, and where
// its peer review stands: what the release's gate asks of each task's change.
// A pull request naming two tasks is kept once for each.
struct PeerReview
{
    QString taskKey;    // "CHS-12"
    QString repository; // "acme/payments"
    int number = 0;     // 45
    QString url;        // the pull request's page, for a person to open
    QString title;
    QString branch; // the head ref, "feature/CHS-12-refunds"
    ReviewState state = ReviewState::Open;
    QStringList reviewers;          // logins whose latest review counts, in order
    QStringList changesRequestedBy; // among them, those whose latest review asks for changes
    QDateTime updated;

    // "acme/payments#45"
    QString reference() const;
    friend bool operator==(const PeerReview &, const PeerReview &) = default;
};

// One submitted review of a pull request, as GitHub lists them (oldest first).
struct ReviewVote
{
    QString reviewer; // the login
    QString state;    // APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED, PENDING
};

// How GitHub's review rules decide a pull request's state, kept apart from
// the wire so that the gate and the tests share one reading.
class PeerReviews
{
    Q_DECLARE_TR_FUNCTIONS(PeerReviews)

public:
    // Merged when it was merged; Closed when closed without merge; else, by
    // each reviewer's latest deciding review (a comment after an approval
    // leaves the approval standing; a dismissal withdraws it):
    // ChangesRequested if anyone's asks for changes, Approved if someone
    // approved, otherwise Open.
    static ReviewState stateOf(bool merged, bool closed, const QList<ReviewVote> &votes);
    // Fills `review`'s state, reviewers and changesRequestedBy from the votes.
    static void decide(PeerReview &review, bool merged, bool closed,
                       const QList<ReviewVote> &votes);

    // The sync cursor that says this desk follows peer review in GitHub: a
    // value while GitHub is connected and read, empty once it is not.
    static QString cursorSource() { return QStringLiteral("github:pull-requests"); }

    // For a table cell: "acme/payments#45: Merged", several joined by "; ".
    static QString summary(const QList<PeerReview> &reviews);
    // For a tooltip: each pull request with its title, state, reviewers and
    // address, a paragraph each.
    static QString details(const QList<PeerReview> &reviews);
    // The pull requests' addresses, for a view to open.
    static QStringList urls(const QList<PeerReview> &reviews);
    // Merged before approved before open before changes requested before
    // closed: how far the least advanced pull request is, for sorting.
    static int progress(const QList<PeerReview> &reviews);

    // "changes requested by bob", "approved by ann, not merged", ... : why a
    // pull request does not let its task go to staging; empty when merged.
    static QString whyNotMerged(const PeerReview &review);
};

} // namespace ReleaseDesk
