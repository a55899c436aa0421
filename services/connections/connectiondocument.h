#pragma once

#include "connectionsettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace ReleaseDesk {

// Connections written down as one JSON document, in the shape the sandbox
// prints when it starts: an object per system with its URL, account, settings
// and secret, e.g. {"jira": {"url": ..., "email": ..., "token": ..., "pat": ...,
// "project": "CHS"}, "slack": {"url": ..., "token": ..., "channel": ...}}.
// `releasedesk-cli connect` and the demo read it; the settings go to the
// profile, the secrets to the keychain.
struct ConnectionDocument
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionDocument)

public:
    // Where a document offers both kinds of account (as the sandbox does), which
    // to use. A system's own "flavour" ("cloud", "datacenter") or "auth"
    // ("oauth", "basic") field wins over these.
    struct Choices
    {
        bool atlassianCloud = false;
        bool serviceNowOAuth = false;
    };

    ConnectionSettings settings;
    QHash<RemoteSystem, QString> secrets;

    // Systems absent from the document stay unconfigured; a system that is
    // present but lacks its URL or secret, or has a field of the wrong JSON
    // type, is an error naming the field. Messages never repeat a secret.
    static Result<ConnectionDocument> parse(const QJsonObject &document, Choices choices);
    static Result<ConnectionDocument> parse(const QByteArray &json, Choices choices);
};

} // namespace ReleaseDesk
