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

QString releaseNotesTitle(const QString &releaseName)
{
    return QStringLiteral("Release notes \u2013 ") + releaseName;
}

QString releaseNotesBody(const Catalogue &catalogue, const CatalogueRelease &release,
                         const QHash<QString, QString> &previousVersions)
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
    return QStringLiteral("<h2>Description of changes</h2><ul>") + changes +
           QStringLiteral("</ul><h2>Deployment type</h2><ul>") + deployment +
           QStringLiteral("</ul><h2>Backout plan</h2>"
                          "<p>Redeploy the previous version of each service:</p><ul>") +
           backout + QStringLiteral("</ul><h2>Service versions</h2><table><tbody>") +
           tableRow(QStringLiteral("Service"), QStringLiteral("Version"), QStringLiteral("th")) +
           versions + QStringLiteral("</tbody></table><h2>Config changes</h2><p>None</p>");
}

Store seededStore(const Catalogue &catalogue)
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
        const QString title = releaseNotesTitle(release.name);
        if (release.stage >= HistoryStage::NotesPublished &&
            !store.pageTitled(store.spaces.constFirst().key, title)) {
            const QString author = catalogue.people.isEmpty()
                                       ? owner
                                       : catalogue.people.at(r % catalogue.people.size());
            const QDateTime written = qMin(release.started.addDays(1), catalogue.now);
            store.pages.append(makePage(store, title, parent.id,
                                        releaseNotesBody(catalogue, release, lastVersion), author,
                                        written));
        }
        for (const auto &[service, version] : release.services)
            lastVersion.insert(service, version);
    }
    return store;
}

} // namespace ReleaseDesk::Sandbox::Confluence
