#pragma once

#include "models/lifecycle/lifecycle.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ReleaseDesk {

// What a person can do with one release from the dashboard, and why not when
// they cannot: each action is offered with the sentence its button shows as
// a tooltip. The checks are the ones the use cases themselves run
// (Lifecycle, ReleaseRequests), so a button is enabled exactly when its
// click can succeed.
class ReleaseActions
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseActions)

public:
    enum class Action {
        MarkReadyForStaging,  // developers: every task passed in CI-Dev, pipelines green
        RaiseChange,          // developers: the ServiceNow change, once the notes are published
        RequestStaging,       // developers: the request in the release channel
        MarkAppliedToStaging, // release team, when their reply was not recognised
        MarkAppliedToLive,
        BackOut,
        Cancel,
    };
    static constexpr Action all[] = {Action::MarkReadyForStaging,
                                     Action::RaiseChange,
                                     Action::RequestStaging,
                                     Action::MarkAppliedToStaging,
                                     Action::MarkAppliedToLive,
                                     Action::BackOut,
                                     Action::Cancel};

    struct State
    {
        Action action = Action::MarkReadyForStaging;
        bool enabled = false;
        // What the action does when enabled; what keeps it shut otherwise.
        QString explanation;
    };

    // `outbox` is the release's outbox entries (any state): a request whose
    // write is still waiting is not offered twice.
    static State state(Action action, const ReleaseFacts &facts, const QList<OutboxEntry> &outbox);
    static QString title(Action action);
};

} // namespace ReleaseDesk
