#pragma once

// What the ServiceNow sandbox suites share: a fresh sandbox per test and a
// client that speaks the Table API to it as the integration user.

#include "support/sandboxfixture.h"

#include "services/sandbox/servicenow/servicenowsystem.h"
#include "services/sandbox/simulation/catalogue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <memory>

namespace ReleaseDesk::Testing {

// The change_request table below the prefix.
inline QString changes()
{
    return QStringLiteral("/api/now/table/change_request");
}

class ServiceNowClient
{
public:
    ServiceNowClient() : m_fixture(std::make_unique<SandboxFixture>()) {}

    SandboxFixture &fixture() { return *m_fixture; }
    static QString user() { return QStringLiteral("releasedesk.integration"); }
    static QString password() { return QStringLiteral("sandbox-servicenow"); }
    static QString token() { return QStringLiteral("sandbox-servicenow-oauth"); }
    static SandboxFixture::Headers auth()
    {
        return {SandboxFixture::basicAuth(user(), password())};
    }

    // The catalogue the fixture's sandbox was seeded from.
    static const Sandbox::Catalogue &catalogue() { return SandboxFixture::smallCatalogue(); }
    // The number the next change request gets: after the catalogue's last one.
    static QString nextChangeNumber()
    {
        int last = 0;
        for (const auto &release : catalogue().releases)
            last = qMax(last, release.changeNumber.mid(3).toInt());
        return QStringLiteral("CHG%1").arg(last + 1, 7, 10, QChar(u'0'));
    }

    Sandbox::ServiceNowSystem &system()
    {
        return *static_cast<Sandbox::ServiceNowSystem *>(
            m_fixture->sandbox().system(QStringLiteral("servicenow")));
    }
    // The sys_id of the assignment group the sandbox is seeded with.
    QString groupId() const
    {
        return m_fixture->connection(QStringLiteral("servicenow"))
            .value(u"assignmentGroupSysId")
            .toString();
    }

    // A path below the prefix with its parameters percent-encoded as a client would.
    QUrl url(const QString &path, const QList<std::pair<QString, QString>> &parameters = {}) const
    {
        QStringList pairs;
        for (const auto &[name, value] : parameters)
            pairs << name + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
        QUrl url = m_fixture->url(QStringLiteral("servicenow"), path);
        if (!pairs.isEmpty())
            url.setQuery(pairs.join(u'&'), QUrl::StrictMode);
        return url;
    }

    SandboxFixture::Reply list(const QString &table,
                               const QList<std::pair<QString, QString>> &parameters = {})
    {
        return m_fixture->get(url(QStringLiteral("/api/now/table/") + table, parameters), auth());
    }

    SandboxFixture::Reply send(const QByteArray &method, const QString &path,
                               const QJsonObject &body = {},
                               const QList<std::pair<QString, QString>> &parameters = {})
    {
        return m_fixture->sendJson(method, url(path, parameters), QJsonDocument(body), auth());
    }

    // POSTs a record and returns its "result" (raw values, no links).
    QJsonObject create(const QString &table, const QJsonObject &fields)
    {
        const auto reply =
            send("POST", QStringLiteral("/api/now/table/") + table, fields,
                 {{QStringLiteral("sysparm_exclude_reference_link"), QStringLiteral("true")}});
        if (reply.status != 201)
            qWarning("create in %s answered %d: %s", qPrintable(table), reply.status,
                     reply.body.constData());
        return reply.object().value(u"result").toObject();
    }

    // The values of one field over a list reply's records.
    static QStringList column(const SandboxFixture::Reply &reply, const QString &field)
    {
        QStringList values;
        for (const QJsonValue &record : reply.object().value(u"result").toArray())
            values << record.toObject().value(field).toString();
        return values;
    }

    // {"first": url, "next": url, ...} from a Link header.
    static QHash<QString, QString> links(const SandboxFixture::Reply &reply)
    {
        static const QRegularExpression entry(QStringLiteral("<([^>]*)>;rel=\"([a-z]+)\""));
        QHash<QString, QString> found;
        for (auto it = entry.globalMatch(QString::fromUtf8(reply.header("Link"))); it.hasNext();) {
            const auto match = it.next();
            found.insert(match.captured(2), match.captured(1));
        }
        return found;
    }

    // The platform's error body.
    static QJsonObject failure(const QString &message, const QJsonValue &detail)
    {
        return {{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message},
                                                      {QStringLiteral("detail"), detail}}},
                {QStringLiteral("status"), QStringLiteral("failure")}};
    }

private:
    std::unique_ptr<SandboxFixture> m_fixture;
};

} // namespace ReleaseDesk::Testing
