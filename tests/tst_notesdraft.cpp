#include "models/domain/notesdraft.h"
#include "models/usecases/releaserequests.h"

#include <QTest>

#include <functional>
#include <optional>

using namespace ReleaseDesk;

namespace {

using Edit = std::function<void(NotesDraft &)>;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

PipelineBuild build(qint64 id, const char *service, PipelineJob job, BuildStatus status,
                    const char *version)
{
    return PipelineBuild{id, s(service), job, QString::number(id), status, s(version), {}, {}};
}

PipelineBuild applied(qint64 id, const char *version, const char *service = "chs-orders-api")
{
    return build(id, service, PipelineJob::CidevApply, BuildStatus::Succeeded, version);
}

Change task(const char *key, const char *summary, const char *service, const char *fixVersion)
{
    Change change;
    change.key = s(key);
    change.summary = s(summary);
    change.service = s(service);
    change.fixVersion = s(fixVersion);
    return change;
}

// Release 2026.11.3 of chs-orders-api 1.2.0 on ECS and chs-search-api 4.0.0 on Mesos.
Release twoServices()
{
    Release release;
    release.id = 7;
    release.name = s("2026.11.3");
    release.stage = Stage::ReadyForStaging;
    release.services = {{s("chs-orders-api"), s("1.2.0"), s("ECS")},
                        {s("chs-search-api"), s("4.0.0"), s("Mesos")}};
    release.taskKeys = {s("CHS-1201"), s("CHS-1202")};
    return release;
}

// The two services' history: orders went 1.0.0 → 1.1.0 → 1.2.0, search 3.9.0 → 4.0.0.
QList<PipelineBuild> history()
{
    return {
        applied(10, "1.0.0"),
        applied(20, "1.1.0"),
        applied(25, "3.9.0", "chs-search-api"),
        build(30, "chs-orders-api", PipelineJob::DockerBuildEcr, BuildStatus::Succeeded, "1.2.0"),
        build(31, "chs-orders-api", PipelineJob::CidevPlan, BuildStatus::Succeeded, "1.2.0"),
        applied(32, "1.2.0"),
        build(35, "chs-search-api", PipelineJob::DockerBuildEcr, BuildStatus::Succeeded, "4.0.0"),
    };
}

NotesDraft complete()
{
    NotesDraft draft = NotesTemplate::draftOf(twoServices());
    draft.notes.description = s("Paginate the filing history.");
    draft.notes.backoutPlan = s("Roll back chs-orders-api to 1.1.0");
    draft.notes.noConfigChanges = true;
    return draft;
}

} // namespace

Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(std::optional<QString>)

// The release-notes template's rules: where the form's fields start from, what
// is still missing field by field, and the versions checked against the
// pipelines and Jira.
class TestNotesDraft : public QObject
{
    Q_OBJECT

private slots:
    void taskLines_data()
    {
        QTest::addColumn<QList<Change>>("tasks");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << QList<Change>{} << QString();
        QTest::newRow("one") << QList<Change>{task("CHS-1201", "Paginate filing history", "", "")}
                             << s("CHS-1201 Paginate filing history");
        QTest::newRow("in the release's order")
            << QList<Change>{task("CHS-1205", "Fix the search box", "", ""),
                             task("CHS-1201", "Paginate filing history", "", "")}
            << s("CHS-1205 Fix the search box\nCHS-1201 Paginate filing history");
        QTest::newRow("no summary") << QList<Change>{task("CHS-1201", "", "", "")} << s("CHS-1201");
    }
    void taskLines()
    {
        QFETCH(QList<Change>, tasks);
        QFETCH(QString, expected);
        QCOMPARE(NotesTemplate::taskLines(tasks), expected);
    }

    void liveVersion_data()
    {
        QTest::addColumn<QList<PipelineBuild>>("builds");
        QTest::addColumn<QString>("shipped");
        QTest::addColumn<std::optional<QString>>("expected");
        const std::optional<QString> unknown;
        QTest::newRow("newest earlier apply")
            << history() << s("1.2.0") << std::optional(s("1.1.0"));
        QTest::newRow("a failed apply does not count")
            << (history() << build(21, "chs-orders-api", PipelineJob::CidevApply,
                                   BuildStatus::Failed, "1.1.5"))
            << s("1.2.0") << std::optional(s("1.1.0"));
        QTest::newRow("an image that was never applied does not count")
            << (history() << build(22, "chs-orders-api", PipelineJob::DockerBuildEcr,
                                   BuildStatus::Succeeded, "1.1.9"))
            << s("1.2.0") << std::optional(s("1.1.0"));
        QTest::newRow("another service's builds do not count")
            << (history() << applied(23, "9.9.9", "chs-search-api")) << s("1.2.0")
            << std::optional(s("1.1.0"));
        QTest::newRow("builds after the shipped version do not count")
            << (history() << applied(40, "1.3.0")) << s("1.2.0") << std::optional(s("1.1.0"));
        QTest::newRow("shipped version not built yet: the newest apply")
            << history() << s("1.2.1") << std::optional(s("1.2.0"));
        QTest::newRow("first release of a service")
            << QList<PipelineBuild>{applied(32, "1.2.0")} << s("1.2.0") << unknown;
        QTest::newRow("no builds") << QList<PipelineBuild>{} << s("1.2.0") << unknown;
        QTest::newRow("no version shipped") << history() << QString() << unknown;
    }
    void liveVersion()
    {
        QFETCH(QList<PipelineBuild>, builds);
        QFETCH(QString, shipped);
        QFETCH(std::optional<QString>, expected);
        QCOMPARE(NotesTemplate::liveVersion(s("chs-orders-api"), shipped, builds), expected);
    }

    void prefill_data()
    {
        QTest::addColumn<Edit>("stored");
        QTest::addColumn<NotesDraft>("expected");
        const QList<Change> tasks{task("CHS-1201", "Paginate filing history", "", ""),
                                  task("CHS-1202", "Sort filings by date", "", "")};
        NotesDraft filled = NotesTemplate::draftOf(twoServices());
        filled.notes.description =
            s("CHS-1201 Paginate filing history\nCHS-1202 Sort filings by date");
        filled.notes.backoutPlan =
            s("Roll back chs-orders-api to 1.1.0\nRoll back chs-search-api to 3.9.0");
        QTest::newRow("empty notes") << Edit([](NotesDraft &) {}) << filled;

        NotesDraft kept = filled;
        kept.notes.description = s("Hand-written.");
        kept.notes.backoutPlan = s("Redeploy the previous task definition.");
        QTest::newRow("written fields are kept") << Edit([](NotesDraft &d) {
            d.notes.description = s("Hand-written.");
            d.notes.backoutPlan = s("Redeploy the previous task definition.");
        }) << kept;

        NotesDraft blank = filled;
        QTest::newRow("blank counts as empty") << Edit([](NotesDraft &d) {
            d.notes.description = s("  \n");
            d.notes.backoutPlan = s("\t");
        }) << blank;

        NotesDraft typed = filled;
        typed.services[1].deploymentType = s("Kubernetes");
        QTest::newRow("deployment type from the catalogue")
            << Edit([](NotesDraft &d) { d.services[1].deploymentType.clear(); }) << typed;

        NotesDraft firstRelease = filled;
        firstRelease.services[1] = {s("chs-filing-api"), s("0.1.0"), s("Lambda")};
        firstRelease.notes.backoutPlan = s("Roll back chs-orders-api to 1.1.0");
        QTest::newRow("a service with nothing live is left out of the plan")
            << Edit([](NotesDraft &d) {
                   d.services[1] = {s("chs-filing-api"), s("0.1.0"), s("Lambda")};
               })
            << firstRelease;
    }
    void prefill()
    {
        QFETCH(Edit, stored);
        QFETCH(NotesDraft, expected);
        Release release = twoServices();
        NotesDraft draft = NotesTemplate::draftOf(release);
        stored(draft);
        release.notes = draft.notes;
        release.services = draft.services;
        const QList<Change> tasks{task("CHS-1201", "Paginate filing history", "", ""),
                                  task("CHS-1202", "Sort filings by date", "", "")};
        const QList<Service> catalogue{
            {s("chs-orders-api"), s("chs-orders-api"), s("ECS"), s("chs")},
            {s("chs-search-api"), s("chs-search-api"), s("Kubernetes"), s("chs")}};
        QCOMPARE(NotesTemplate::prefill(release, tasks, history(), catalogue), expected);
    }

    void backoutFlags_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QStringList>("expected");
        const auto unknown = [](const char *service) {
            return s("The version of %1 that is live now is not known (no earlier successful "
                     "cidev-apply build): say which version to roll back to.")
                .arg(s(service));
        };
        const QString searchUnknown = unknown("chs-search-api");
        QTest::newRow("both live versions known") << Edit([](NotesDraft &) {}) << QStringList();
        QTest::newRow("unknown and not in the plan")
            << Edit([](NotesDraft &d) { d.services[1].service = s("chs-filing-api"); })
            << QStringList{unknown("chs-filing-api")};
        QTest::newRow("unknown but the plan says what to do") << Edit([](NotesDraft &d) {
            d.services[1].service = s("chs-filing-api");
            d.notes.backoutPlan += s("\nScale CHS-FILING-API down to zero");
        }) << QStringList();
        QTest::newRow("no version typed yet")
            << Edit([](NotesDraft &d) { d.services[1].version.clear(); })
            << QStringList{searchUnknown};
    }
    void backoutFlags()
    {
        QFETCH(Edit, edit);
        QFETCH(QStringList, expected);
        NotesDraft draft = complete();
        edit(draft);
        QCOMPARE(NotesTemplate::backoutFlags(draft, history()), expected);
    }

    void gaps_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QList<NotesGap>>("expected");
        QTest::newRow("complete") << Edit([](NotesDraft &) {}) << QList<NotesGap>{};
        QTest::newRow("description")
            << Edit([](NotesDraft &d) { d.notes.description = s(" "); })
            << QList<NotesGap>{{NotesField::Description,
                                {},
                                s("Release notes: the description of changes is "
                                  "missing.")}};
        QTest::newRow("config changes not stated")
            << Edit([](NotesDraft &d) { d.notes.noConfigChanges = false; })
            << QList<NotesGap>{{NotesField::ConfigChanges,
                                {},
                                s("Release notes: config changes are not stated (describe them, "
                                  "or mark that there are none).")}};
        QTest::newRow("version of one service, blank")
            << Edit([](NotesDraft &d) { d.services[1].version = s("  "); })
            << QList<NotesGap>{{NotesField::Version, s("chs-search-api"),
                                s("Release notes: chs-search-api has no version to release.")}};
        QTest::newRow("deployment type and backout plan")
            << Edit([](NotesDraft &d) {
                   d.services[0].deploymentType.clear();
                   d.notes.backoutPlan.clear();
               })
            << QList<NotesGap>{
                   {NotesField::BackoutPlan, {}, s("Release notes: the backout plan is missing.")},
                   {NotesField::DeploymentType, s("chs-orders-api"),
                    s("Release notes: chs-orders-api has no deployment type.")}};
    }
    void gaps()
    {
        QFETCH(Edit, edit);
        QFETCH(QList<NotesGap>, expected);
        NotesDraft draft = complete();
        edit(draft);
        // Unpublished, yet the page is not the form's to fill: it is never a gap here.
        QCOMPARE(NotesTemplate::gaps(twoServices(), draft), expected);
        QStringList messages;
        for (const NotesGap &gap : expected)
            messages << gap.message;
        Release release = NotesTemplate::applied(twoServices(), draft);
        QCOMPARE(ReleaseRequests::notesPublishBlockers(release), messages);
    }

    void publishWaitsForReadyForStaging()
    {
        Release release = NotesTemplate::applied(twoServices(), complete());
        release.stage = Stage::CiDev;
        QCOMPARE(ReleaseRequests::notesPublishBlockers(release),
                 QStringList{s("Release 2026.11.3 is in CI-Dev: its notes are published once it "
                               "is ready for staging.")});
    }

    void appliedKeepsThePageAndTrims()
    {
        Release release = twoServices();
        release.notes.pageId = s("2293761");
        release.notes.pageUrl = s("https://confluence.example/2293761");
        NotesDraft draft = complete();
        draft.services[0].version = s(" 1.2.1 ");
        draft.services[1].deploymentType = s("Lambda\t");
        const Release result = NotesTemplate::applied(release, draft);
        QCOMPARE(result.notes.pageId, s("2293761"));
        QCOMPARE(result.notes.pageUrl, s("https://confluence.example/2293761"));
        QCOMPARE(result.notes.description, draft.notes.description);
        QCOMPARE(result.services[0].version, s("1.2.1"));
        QCOMPARE(result.services[1].deploymentType, s("Lambda"));
        QCOMPARE(NotesTemplate::draftOf(result).notes.pageId, QString());
    }

    void versionMismatches_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QList<Change>>("tasks");
        QTest::addColumn<QStringList>("expected");
        const QList<Change> agreeing{
            task("CHS-1201", "Paginate", "chs-orders-api", "1.2.0"),
            task("CHS-1202", "Sort", "chs-orders-api", "2026.11.3"),
            task("CHS-1203", "Search", "chs-search-api", "chs-search-api 4.0.0"),
            task("CHS-1204", "Tidy", "chs-search-api", ""),
        };
        QTest::newRow("all agree") << Edit([](NotesDraft &) {}) << agreeing << QStringList();
        QTest::newRow("a version the pipelines never built")
            << Edit([](NotesDraft &d) { d.services[0].version = s("1.2.1"); }) << QList<Change>{}
            << QStringList{s("chs-orders-api 1.2.1 does not match the pipelines: their latest "
                             "successful build is 1.2.0 (cidev-apply #32).")};
        QTest::newRow("a service the pipelines never built")
            << Edit([](NotesDraft &d) { d.services[1].service = s("chs-filing-api"); })
            << QList<Change>{}
            << QStringList{s("chs-filing-api 4.0.0: the pipelines have no successful build of "
                             "chs-filing-api at all.")};
        QTest::newRow("fix versions that disagree, by version")
            << Edit([](NotesDraft &) {})
            << QList<Change>{task("CHS-1201", "Paginate", "chs-orders-api", "1.1.0"),
                             task("CHS-1202", "Sort", "chs-orders-api", "1.2.0"),
                             task("CHS-1203", "Filter", "chs-orders-api", "1.1.0"),
                             task("CHS-1204", "Search", "chs-search-api", "2026.11.2")}
            << QStringList{s("chs-orders-api 1.2.0 does not match the Jira fix version 1.1.0 of "
                             "CHS-1201, CHS-1203."),
                           s("chs-search-api 4.0.0 does not match the Jira fix version "
                             "2026.11.2 of CHS-1204.")};
        QTest::newRow("both checks, for one service")
            << Edit([](NotesDraft &d) { d.services[0].version = s("1.3.0"); })
            << QList<Change>{task("CHS-1201", "Paginate", "chs-orders-api", "1.2.0")}
            << QStringList{s("chs-orders-api 1.3.0 does not match the pipelines: their latest "
                             "successful build is 1.2.0 (cidev-apply #32)."),
                           s("chs-orders-api 1.3.0 does not match the Jira fix version 1.2.0 of "
                             "CHS-1201.")};
        QTest::newRow("a version not typed yet is a gap, not a mismatch")
            << Edit([](NotesDraft &d) { d.services[0].version.clear(); })
            << QList<Change>{task("CHS-1201", "Paginate", "chs-orders-api", "1.1.0")}
            << QStringList();
        QTest::newRow("typed with spaces")
            << Edit([](NotesDraft &d) { d.services[0].version = s(" 1.2.0 "); }) << agreeing
            << QStringList();
    }
    void versionMismatches()
    {
        QFETCH(Edit, edit);
        QFETCH(QList<Change>, tasks);
        QFETCH(QStringList, expected);
        NotesDraft draft = complete();
        edit(draft);
        QCOMPARE(NotesTemplate::versionMismatches(twoServices(), draft, tasks, history()),
                 expected);
    }

    void tasksOfFollowsTheRelease()
    {
        const QList<Change> cache{task("CHS-1202", "Sort", "", ""),
                                  task("CHS-1999", "Other", "", ""),
                                  task("CHS-1201", "Paginate", "", "")};
        Release release = twoServices();
        release.taskKeys << s("CHS-1300"); // not synced yet
        const QList<Change> tasks = ReleaseRequests::tasksOf(release, cache);
        QCOMPARE(tasks.size(), 2);
        QCOMPARE(tasks[0].key, s("CHS-1201"));
        QCOMPARE(tasks[1].key, s("CHS-1202"));
    }
};

QTEST_GUILESS_MAIN(TestNotesDraft)
#include "tst_notesdraft.moc"
