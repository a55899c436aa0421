#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

// The content the sandbox's Confluence holds, and how it looks on the wire.

namespace ReleaseDesk::Sandbox::Confluence {

// Which deployment a request addressed: Cloud serves below /wiki, Data Center
// below the context path. The two differ in links, user fields and auth.
enum class Flavour { Cloud, DataCenter };

// Where the answering Confluence lives, as the client reached it.
struct Site
{
    Flavour flavour = Flavour::DataCenter;
    QString origin; // "http://127.0.0.1:PORT"

    // The servlet context path: "/confluence/wiki" (Cloud) or "/confluence". The
    // sandbox's prefix is part of it, so that base == origin + context as in Confluence
    // and links relative to base resolve below the prefix.
    QString context() const;
    QString base() const { return origin + context(); }
    bool isCloud() const { return flavour == Flavour::Cloud; }
};

struct Space
{
    qint64 id = 0;
    QString key;
    QString name;
    QString homePageId;
};

struct Page
{
    QString id;
    QString title;
    QString spaceKey;
    QString parentId; // empty: a top-level page of its space
    QString body;     // storage format, exactly as sent
    int version = 1;
    QString versionMessage;
    bool minorEdit = false;
    QDateTime created;
    QString createdBy; // a username
    QDateTime updated;
    QString updatedBy;
};

// Every space and page; pages in creation order, which is id order.
struct Store
{
    QList<Space> spaces;
    QList<Page> pages;
    qint64 nextId = 1;

    const Space *space(const QString &key) const;
    const Page *page(const QString &id) const;
    Page *page(const QString &id);
    // Titles are unique per space regardless of case, as in Confluence.
    const Page *pageTitled(const QString &spaceKey, const QString &title) const;
    // Root first, the direct parent last.
    QList<const Page *> ancestors(const Page &page) const;
    bool isDescendant(const QString &candidateId, const QString &ofId) const;
    QString takeId() { return QString::number(nextId++); }

    QJsonObject toJson() const;
    static Store fromJson(const QJsonObject &object);
};

// The "expand" query parameter: "body.storage,version,ancestors".
class Expansions
{
public:
    Expansions() = default;
    explicit Expansions(const QString &parameter);
    static Expansions all();
    bool has(const QString &name) const { return m_names.contains(name); }

private:
    QSet<QString> m_names;
};

// Users are named by their username ("alice.khan"); the rest derives from it.
QString displayName(const QString &username);
QString userKey(const QString &username);
QString accountId(const QString &username);

QString timestamp(const QDateTime &when);
QString tinyUi(const QString &id);

QJsonObject userJson(const QString &username, const Site &site);
QJsonObject spaceJson(const Space &space, const Site &site);
// A page as GET /rest/api/content/{id} shows it; topLevel adds _links.base and
// _links.context, which Confluence gives only on the outermost object.
QJsonObject contentJson(const Store &store, const Page &page, const Site &site,
                        const Expansions &expand, bool topLevel);

} // namespace ReleaseDesk::Sandbox::Confluence
