#include "slackclient.h"

#include "models/ports/answerlater.h"

#include <QRegularExpression>

// SlackClient's view of the release team: a user group and user ids, as the
// Slack connection settings name them, resolved to the people in them.

namespace ReleaseDesk {

namespace {

template <typename T> Result<T> failed(const QString &message)
{
    return Result<T>::failure(message);
}

// "S0CHS00001" is a group's id; anything else is its handle, '@' or not.
bool isGroupId(const QString &group)
{
    static const QRegularExpression id(QStringLiteral("^S[A-Z0-9]{6,}$"));
    return id.match(group).hasMatch();
}

} // namespace

void SlackClient::releaseTeam(const QStringList &userIds, const QString &group, QObject *context,
                              Callback<QList<SlackUser>> done)
{
    const StatePtr state = m_state;
    QStringList ids;
    for (const QString &id : userIds) {
        if (!id.trimmed().isEmpty() && !ids.contains(id.trimmed()))
            ids << id.trimmed();
    }
    if (group.trimmed().isEmpty())
        return describeUsers(state, ids, {}, context, std::move(done));
    findGroup(state, group.trimmed(), context,
              [state, ids, context, done](const Result<QString> &groupId) {
                  if (!groupId)
                      return done(groupId.failure());
                  groupMembers(state, groupId.value(), context,
                               [state, ids, context, done](const Result<QStringList> &members) {
                                   if (!members)
                                       return done(members.failure());
                                   QStringList all = ids;
                                   for (const QString &member : members.value()) {
                                       if (!all.contains(member))
                                           all << member;
                                   }
                                   describeUsers(state, all, {}, context, done);
                               });
              });
}

void SlackClient::findGroup(const StatePtr &state, const QString &group, QObject *context,
                            Callback<QString> done)
{
    if (isGroupId(group))
        return answerLater(context, std::move(done), Result<QString>(group));
    const QString handle = group.startsWith(u'@') ? group.mid(1) : group;
    const QString endpoint = tr("user groups");
    state->api.read(QStringLiteral("usergroups.list"), endpoint, {}, context,
                    [endpoint, handle, done](const Result<QJsonDocument> &answer) {
                        if (!answer)
                            return done(answer.failure());
                        const auto groups = SlackParse::userGroups(answer.value());
                        if (!groups)
                            return done(
                                failed<QString>(SlackWebApi::unreadable(endpoint, groups.error())));
                        for (const SlackUserGroup &found : groups.value()) {
                            if (found.handle.compare(handle, Qt::CaseInsensitive) == 0)
                                return done(found.id);
                        }
                        done(failed<QString>(SlackWebApi::failure(
                            endpoint, tr("there is no user group @%1; check the release team "
                                         "in the Slack connection settings.")
                                          .arg(handle))));
                    });
}

void SlackClient::groupMembers(const StatePtr &state, const QString &groupId, QObject *context,
                               Callback<QStringList> done)
{
    const QString endpoint = tr("release team members");
    state->api.read(QStringLiteral("usergroups.users.list"), endpoint,
                    {{QStringLiteral("usergroup"), groupId}}, context,
                    [endpoint, done](const Result<QJsonDocument> &answer) {
                        if (!answer)
                            return done(answer.failure());
                        const auto members = SlackParse::userGroupMembers(answer.value());
                        if (!members)
                            return done(failed<QStringList>(
                                SlackWebApi::unreadable(endpoint, members.error())));
                        done(members);
                    });
}

void SlackClient::userIdByEmail(const QString &email, QObject *context, Callback<QString> done)
{
    if (email.trimmed().isEmpty())
        return answerLater(context, std::move(done), Result<QString>(QString()));
    const QString endpoint = tr("user by email");
    m_state->api.read(QStringLiteral("users.lookupByEmail"), endpoint,
                      {{QStringLiteral("email"), email.trimmed()}}, context,
                      [endpoint, done](const Result<QJsonDocument> &answer) {
                          if (!answer) {
                              if (answer.failure().kind == ErrorKind::NotFound)
                                  return done(QString());
                              return done(answer.failure());
                          }
                          const auto user = SlackParse::user(answer.value());
                          if (!user)
                              return done(
                                  failed<QString>(SlackWebApi::unreadable(endpoint, user.error())));
                          done(user->id);
                      });
}

void SlackClient::describeUsers(const StatePtr &state, QStringList ids, QList<SlackUser> found,
                                QObject *context, Callback<QList<SlackUser>> done)
{
    // One users.info each, in turn: a release team is a handful of people.
    if (ids.isEmpty())
        return answerLater(context, std::move(done), Result<QList<SlackUser>>(found));
    const QString id = ids.takeFirst();
    const QString endpoint = tr("user %1").arg(id);
    state->api.read(
        QStringLiteral("users.info"), endpoint, {{QStringLiteral("user"), id}}, context,
        [state, ids, found, context, endpoint, done](const Result<QJsonDocument> &answer) mutable {
            if (!answer)
                return done(answer.failure());
            const auto user = SlackParse::user(answer.value());
            if (!user)
                return done(
                    failed<QList<SlackUser>>(SlackWebApi::unreadable(endpoint, user.error())));
            found << user.value();
            describeUsers(state, ids, found, context, done);
        });
}

} // namespace ReleaseDesk
