#include "services/sandbox/confluence/confluenceseed.h"

#include "services/sandbox/simulation/catalogue.h"

namespace ReleaseDesk::Sandbox::Confluence {
namespace {

// Confluence numbers spaces and content from separate sequences.
constexpr qint64 releaseSpaceId = 98305;
constexpr qint64 firstContentId = 163841;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString listItem(const QString &text)
{
    return QStringLiteral("<li>") + escaped(text) + QStringLiteral("</li>");
}

QString tableRow(const QString &first, const QString &second, const QString &cell)
{
    return QStringLiteral("<tr><%1>%2</%1><%1>%3</%1></tr>")
        .arg(cell, escaped(first), escaped(second));
}

// The version a service ran before its first release in the history: the
// catalogue bumps the patch number, rolling 10 over into the minor number.
QString versionBefore(const QString &version)
{
    QStringList parts = version.split(u'.');
    if (parts.size() != 3)
        return version;
    int minor = parts[1].toInt();
    int patch = parts[2].toInt();
    if (patch > 0) {
        --patch;
    } else if (minor > 0) {
        --minor;
        patch = 9;
    }
    return QStringLiteral("%1.%2.%3").arg(parts[0]).arg(minor).arg(patch);
}

QString taskSummary(const Catalogue &catalogue, const QString &key)
{
    for (const CatalogueTask &task : catalogue.tasks) {
        if (task.key == key)
            return task.summary;
    }
    return {};
}

Page makePage(Store &store, const QString &title, const QString &parentId, const QString &body,
              const QString &author, const QDateTime &when)
{
    Page page;
    page.id = store.takeId();
    page.title = title;
    page.spaceKey = store.spaces.constFirst().key;
    page.parentId = parentId;
    page.body = body;
    page.created = page.updated = when;
    page.createdBy = page.updatedBy = author;
    return page;
}

} // namespace

PageConventions PageConventions::from(const QJsonObject &conventions)
{
    PageConventions read;
    const QString pattern = conventions.value(QLatin1String("titlePattern")).toString();
    if (pattern.contains(QLatin1String("{release}")))
        read.titlePattern = pattern;
    const QJsonObject headings = conventions.value(QLatin1String("sectionHeadings")).toObject();
    for (auto it = headings.begin(); it != headings.end(); ++it)
        read.headings.insert(it.key(), it.value().toString());
    return read;
}

QString PageConventions::heading(const QString &field, const QString &fallback) const
{
    const QString heading = headings.value(field);
    return QStringLiteral("<h2>") + escaped(heading.isEmpty() ? fallback : heading) +
           QStringLiteral("</h2>");
}

QString releaseNotesTitle(const QString &releaseName, const PageConventions &conventions)
{
    QString title = conventions.titlePattern;
    return title.replace(QLatin1String("{release}"), releaseName);
}

QString releaseNotesBody(const Catalogue &catalogue, const CatalogueRelease &release,
                         const QHash<QString, QString> &previousVersions,
                         const PageConventions &conventions)
{
    QString changes, deployment, backout, versions;
    for (const QString &key : release.taskKeys)
        changes += listItem(key + QStringLiteral(": ") + taskSummary(catalogue, key));
    for (const auto &[service, version] : release.services) {
        const CatalogueService *known = catalogue.service(service);
        deployment += listItem(service + QStringLiteral(": ") +
                               (known ? known->deploymentType : QStringLiteral("ECS")));
        backout += listItem(service + QStringLiteral(": redeploy ") +
                            previousVersions.value(service, versionBefore(version)));
        versions += tableRow(service, version, QStringLiteral("td"));
    }
    const auto heading = [&](const char *field, const char *fallback) {
        return conventions.heading(QLatin1String(field), QLatin1String(fallback));
    };
    return heading("description", "Description of changes") + QStringLiteral("<ul>") + changes +
           QStringLiteral("</ul>") + heading("deployment", "Deployment type") +
           QStringLiteral("<ul>") + deployment + QStringLiteral("</ul>") +
           heading("backout", "Backout plan") +
           QStringLiteral("<p>Redeploy the previous version of each service:</p><ul>") + backout +
           QStringLiteral("</ul>") + heading("versions", "Service versions") +
           QStringLiteral("<table><tbody>") +
           tableRow(QStringLiteral("Service"), QStringLiteral("Version"), QStringLiteral("th")) +
           versions + QStringLiteral("</tbody></table>") + heading("config", "Config changes") +
           QStringLiteral("<p>None</p>");
}

Store seededStore(const Catalogue &catalogue, const PageConventions &conventions)
{
    Store store;
    store.nextId = firstContentId;
    store.spaces.append({releaseSpaceId, catalogue.confluenceSpace, releaseSpaceName, {}});

    // The space and its parent page predate the first release of the history.
    const QDateTime opened = catalogue.releases.isEmpty()
                                 ? catalogue.now.addDays(-30)
                                 : catalogue.releases.constFirst().started.addDays(-1);
    const QString owner = catalogue.releaseManager.isEmpty() ? QStringLiteral("release.bot")
                                                             : catalogue.releaseManager;
    const Page home = makePage(store, releaseSpaceName + QStringLiteral(" Home"), {},
                               QStringLiteral("<p>Release notes and runbooks of the ") +
                                   escaped(catalogue.projectName) + QStringLiteral(" team.</p>"),
                               owner, opened);
    store.spaces.first().homePageId = home.id;
    store.pages.append(home);
    const Page parent = makePage(
        store, notesParentTitle, home.id,
        QStringLiteral("<p>One page per release, written from the team&rsquo;s template.</p>"
                       "<ac:structured-macro ac:name=\"children\" ac:schema-version=\"2\" />"),
        owner, opened);
    store.pages.append(parent);

    QHash<QString, QString> lastVersion; // what each service ran after the releases so far
    for (int r = 0; r < catalogue.releases.size(); ++r) {
        const CatalogueRelease &release = catalogue.releases.at(r);
        const QString title = releaseNotesTitle(release.name, conventions);
        if (release.stage >= HistoryStage::NotesPublished &&
            !store.pageTitled(store.spaces.constFirst().key, title)) {
            const QString author = catalogue.people.isEmpty()
                                       ? owner
                                       : catalogue.people.at(r % catalogue.people.size());
            const QDateTime written = qMin(release.started.addDays(1), catalogue.now);
            store.pages.append(makePage(
                store, title, parent.id,
                releaseNotesBody(catalogue, release, lastVersion, conventions), author, written));
        }
        for (const auto &[service, version] : release.services)
            lastVersion.insert(service, version);
    }
    return store;
}

} // namespace ReleaseDesk::Sandbox::Confluence
