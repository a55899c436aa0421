#include "services/sandbox/simulation/catalogue.h"
#include "services/sandbox/slack/slackworkspace.h"

#include <algorithm>
#include <numeric>

// The CHS workspace as the catalogue's history left it: the bot, the people,
// the release team's user group, a few channels, and in the release channel
// every staging and live request with the release manager's answer in its
// thread.

namespace ReleaseDesk::Sandbox::Slack {
namespace {

QString slackId(QChar kind, int number)
{
    return kind + QStringLiteral("0CHS%1").arg(number, 5, 10, QChar(u'0'));
}

// "alice.khan" -> "Alice Khan"
QString realName(const QString &name)
{
    QStringList parts = name.split(u'.');
    for (QString &part : parts) {
        if (!part.isEmpty())
            part[0] = part[0].toUpper();
    }
    return parts.join(u' ');
}

qint64 micros(const QDateTime &time)
{
    return time.toMSecsSinceEpoch() * 1000;
}

QString servicesLine(const CatalogueRelease &release)
{
    QStringList services;
    for (const auto &[service, version] : release.services)
        services << service + u' ' + version;
    return services.join(QStringLiteral(", "));
}

struct Seed
{
    QDateTime at;
    QString channelId;
    QString user;
    QString text;
    int threadOf = -1; // index of the parent seed
};

} // namespace

Workspace Workspace::seed(const Catalogue &catalogue)
{
    Workspace workspace;
    workspace.teamId = QStringLiteral("T0CHS00001");
    workspace.teamName = catalogue.projectKey;
    workspace.domain = catalogue.team + QStringLiteral("-releases");

    int userNumber = 0;
    const auto addUser = [&](const QString &name, bool bot) {
        User user{slackId(u'U', ++userNumber), name, realName(name), {}, {}};
        if (bot) {
            user.realName = QStringLiteral("ReleaseDesk");
            user.botId = slackId(u'B', 1);
            user.appId = slackId(u'A', 1);
        }
        workspace.users.append(user);
        return user.id;
    };
    workspace.botUserId = addUser(QStringLiteral("releasedesk"), true);
    for (const QString &person : catalogue.people)
        addUser(person, false);
    workspace.releaseManagerId = addUser(catalogue.releaseManager, false);

    const qint64 founded = catalogue.now.addDays(-400).toSecsSinceEpoch();
    // Who may say that a release was applied, backed out or cancelled.
    workspace.userGroups.append({slackId(u'S', 1),
                                 QStringLiteral("release-team"),
                                 QStringLiteral("Release team"),
                                 QStringLiteral("Applies releases to staging and live"),
                                 workspace.releaseManagerId,
                                 founded,
                                 {workspace.releaseManagerId}});
    const int everyone = int(workspace.users.size());
    int channelNumber = 0;
    const auto addChannel = [&](const QString &name, const QString &purpose) {
        Channel channel;
        channel.id = slackId(u'C', ++channelNumber);
        channel.name = name;
        channel.created = founded + channelNumber * 3600;
        channel.creator = workspace.releaseManagerId;
        channel.purpose = purpose;
        channel.memberCount = everyone;
        workspace.channels.append(channel);
        return &workspace.channels.last(); // valid until the next append
    };
    addChannel(QStringLiteral("general"), QStringLiteral("Announcements for everyone at CHS"))
        ->isGeneral = true;
    Channel *channel = addChannel(catalogue.releaseChannel,
                                  QStringLiteral("Staging and live deployment requests"));
    channel->topic = QStringLiteral("Ask here for staging and live; include the CHG number");
    const QString releaseId = workspace.releaseChannelId = channel->id;
    // A public channel the bot never joined: posting there is not_in_channel.
    channel = addChannel(QStringLiteral("chs-dev"), QStringLiteral("Developer chat"));
    channel->botIsMember = false;
    channel->memberCount = everyone - 1;
    const QString devId = channel->id;
    channel = addChannel(QStringLiteral("random-archived"), QStringLiteral("Old chatter"));
    channel->isArchived = true;
    const QString archivedId = channel->id;
    // A private channel without the bot: invisible to it, as in Slack.
    channel = addChannel(QStringLiteral("private-ops"), QStringLiteral("Operations only"));
    channel->isPrivate = true;
    channel->botIsMember = false;
    channel->memberCount = 2;
    const QString opsId = channel->id;
    // Where a team that keeps its release channel for releases tells the
    // developers of failed tests.
    addChannel(QStringLiteral("chs-dev-alerts"),
               QStringLiteral("Failed tests, for the developers"));

    QList<Seed> seeds;
    const QString manager = workspace.releaseManagerId;
    const QString someone =
        catalogue.people.isEmpty() ? manager : workspace.userByName(catalogue.people.first())->id;
    // The hours after a release's start match the ServiceNow sandbox's timeline.
    for (const CatalogueRelease &entry : catalogue.releases) {
        const auto at = [&](int hours) {
            return qMin(entry.started.addSecs(hours * 3600), catalogue.now);
        };
        if (entry.stage >= HistoryStage::StagingRequested) {
            seeds.append({at(5), releaseId, workspace.botUserId,
                          QStringLiteral("Staging request for release %1: please deploy to "
                                         "staging.\nChange: %2\nServices: %3")
                              .arg(entry.name, entry.changeNumber, servicesLine(entry))});
            const int request = int(seeds.size()) - 1;
            if (entry.stage >= HistoryStage::InStaging) {
                seeds.append({at(6), releaseId, manager,
                              QStringLiteral("Applied to staging: %1. ServiceNow test task %2.")
                                  .arg(entry.name, entry.testTaskNumber),
                              request});
            }
        }
        if (entry.stage >= HistoryStage::LiveRequested) {
            seeds.append({at(24), releaseId, workspace.botUserId,
                          QStringLiteral("Live request for release %1: please deploy to live.\n"
                                         "Change: %2\nServices: %3")
                              .arg(entry.name, entry.changeNumber, servicesLine(entry))});
            const int request = int(seeds.size()) - 1;
            if (entry.stage >= HistoryStage::Live) {
                seeds.append({at(26), releaseId, manager,
                              QStringLiteral("Applied to live: %1.").arg(entry.name), request});
            }
            if (entry.stage == HistoryStage::BackedOut) {
                seeds.append({at(29), releaseId, manager,
                              QStringLiteral("Backed out of live: %1. The previous versions "
                                             "are running again.")
                                  .arg(entry.name),
                              request});
            }
        }
    }
    const QDateTime recently = catalogue.now.addDays(-1);
    seeds.append(
        {recently, devId, someone, QStringLiteral("Anyone else seeing slow CI-Dev builds?")});
    seeds.append({recently.addSecs(60), opsId, manager,
                  QStringLiteral("Patching the bastion hosts tonight.")});
    seeds.append({catalogue.now.addDays(-300), archivedId, someone,
                  QStringLiteral("Last one out, switch off the lights.")});

    // Posting in time order gives every seed its own increasing ts.
    QList<int> order(seeds.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return seeds.at(a).at < seeds.at(b).at; });
    QHash<int, qint64> tsOf;
    for (const int index : std::as_const(order)) {
        const Seed &seed = seeds.at(index);
        Message message;
        message.user = seed.user;
        message.text = seed.text;
        if (seed.user == workspace.botUserId)
            message.botId = workspace.bot()->botId;
        if (seed.threadOf >= 0)
            message.threadTs = tsOf.value(seed.threadOf);
        tsOf.insert(index, workspace.post(seed.channelId, message, micros(seed.at)).ts);
    }
    return workspace;
}

} // namespace ReleaseDesk::Sandbox::Slack
