#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

// Who is in the workspace the sandbox emulates: users.info, usergroups.list
// and usergroups.users.list, with Slack's answers and errors.

namespace ReleaseDesk::Sandbox::Slack {

class Workspace;
using Arguments = QHash<QString, QString>;

// `user`: {"user":{id, name, real_name, is_bot, deleted, profile:{...}}};
// user_not_found for an id the workspace does not have.
QJsonObject usersInfo(const Workspace &workspace, const Arguments &args);
// users.lookupByEmail: a person by the email of their profile.
QJsonObject usersLookupByEmail(const Workspace &workspace, const Arguments &args);
// Every user group, with user_count, and with `users` when include_users is set.
QJsonObject userGroupsList(const Workspace &workspace, const Arguments &args);
// `usergroup`: {"users":[ids]}; no_such_subteam for an id that is not a group.
QJsonObject userGroupUsers(const Workspace &workspace, const Arguments &args);

} // namespace ReleaseDesk::Sandbox::Slack
