#include "services/sandbox/slack/slackdirectory.h"

#include "services/sandbox/slack/slackprotocol.h"
#include "services/sandbox/slack/slackworkspace.h"

#include "services/sandbox/simulation/catalogue.h"

#include <QJsonArray>

namespace ReleaseDesk::Sandbox::Slack {
namespace {

QJsonObject success(QJsonObject body)
{
    body.insert(QLatin1String("ok"), true);
    return body;
}

QJsonObject userJson(const Workspace &workspace, const User &user)
{
    // People show under their real name; Slack's display name is theirs to set.
    QJsonObject profile{
        {QLatin1String("real_name"), user.realName},
        {QLatin1String("real_name_normalized"), user.realName},
        {QLatin1String("display_name"), user.isBot() ? QString() : user.realName},
        {QLatin1String("display_name_normalized"), user.isBot() ? QString() : user.realName},
        {QLatin1String("team"), workspace.teamId}};
    if (user.isBot())
        profile.insert(QLatin1String("bot_id"), user.botId);
    else
        profile.insert(QLatin1String("email"), Catalogue::emailOf(user.name));
    return {{QLatin1String("id"), user.id},
            {QLatin1String("team_id"), workspace.teamId},
            {QLatin1String("name"), user.name},
            {QLatin1String("deleted"), false},
            {QLatin1String("real_name"), user.realName},
            {QLatin1String("tz"), QStringLiteral("Europe/London")},
            {QLatin1String("is_admin"), false},
            {QLatin1String("is_owner"), false},
            {QLatin1String("is_bot"), user.isBot()},
            {QLatin1String("is_app_user"), false},
            {QLatin1String("profile"), profile}};
}

QJsonObject userGroupJson(const Workspace &workspace, const UserGroup &group, bool withUsers)
{
    QJsonObject object{
        {QLatin1String("id"), group.id},
        {QLatin1String("team_id"), workspace.teamId},
        {QLatin1String("is_usergroup"), true},
        {QLatin1String("is_subteam"), true},
        {QLatin1String("name"), group.name},
        {QLatin1String("description"), group.description},
        {QLatin1String("handle"), group.handle},
        {QLatin1String("is_external"), false},
        {QLatin1String("date_create"), group.created},
        {QLatin1String("date_update"), group.created},
        {QLatin1String("date_delete"), 0},
        {QLatin1String("auto_type"), QJsonValue::Null},
        {QLatin1String("created_by"), group.createdBy},
        {QLatin1String("updated_by"), group.createdBy},
        {QLatin1String("deleted_by"), QJsonValue::Null},
        {QLatin1String("prefs"), QJsonObject{{QLatin1String("channels"), QJsonArray()},
                                             {QLatin1String("groups"), QJsonArray()}}},
        {QLatin1String("user_count"), int(group.users.size())}};
    if (withUsers)
        object.insert(QLatin1String("users"), QJsonArray::fromStringList(group.users));
    return object;
}

} // namespace

QJsonObject usersInfo(const Workspace &workspace, const Arguments &args)
{
    const User *user = workspace.userById(args.value(QStringLiteral("user")).trimmed());
    if (!user)
        return failure(QStringLiteral("user_not_found"));
    return success({{QLatin1String("user"), userJson(workspace, *user)}});
}

QJsonObject usersLookupByEmail(const Workspace &workspace, const Arguments &args)
{
    const QString email = args.value(QStringLiteral("email")).trimmed();
    if (email.isEmpty())
        return failure(QStringLiteral("invalid_arguments"));
    for (const User &user : workspace.users) {
        if (!user.isBot() && Catalogue::emailOf(user.name).compare(email, Qt::CaseInsensitive) == 0)
            return success({{QLatin1String("user"), userJson(workspace, user)}});
    }
    return failure(QStringLiteral("users_not_found"));
}

QJsonObject userGroupsList(const Workspace &workspace, const Arguments &args)
{
    const bool withUsers = isTrue(args.value(QStringLiteral("include_users")));
    QJsonArray groups;
    for (const UserGroup &group : workspace.userGroups)
        groups.append(userGroupJson(workspace, group, withUsers));
    return success({{QLatin1String("usergroups"), groups}});
}

QJsonObject userGroupUsers(const Workspace &workspace, const Arguments &args)
{
    const QString id = args.value(QStringLiteral("usergroup")).trimmed();
    if (id.isEmpty())
        return failure(QStringLiteral("invalid_arguments"));
    const UserGroup *group = workspace.userGroupById(id);
    if (!group)
        return failure(QStringLiteral("no_such_subteam"));
    return success({{QLatin1String("users"), QJsonArray::fromStringList(group->users)}});
}

} // namespace ReleaseDesk::Sandbox::Slack
