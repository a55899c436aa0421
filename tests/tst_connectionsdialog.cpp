#include "models/domain/servicenowsecrets.h"
#include "services/connections/connectiondocument.h"
#include "services/connections/connectionsettings.h"
#include "services/connections/profileconnectionsetup.h"
#include "services/credentials/sessioncredentialstore.h"
#include "services/sandbox/concourse/concoursesystem.h"
#include "support/clienttestbench.h"
#include "ui/connections/connectionform.h"
#include "ui/connections/connectionsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace ReleaseDesk;
using namespace ReleaseDesk::Testing;

// The connections dialog driven as a person would: typing into its fields and
// clicking its buttons, against the sandbox.
class TestConnectionsDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ClientTestBench> m_bench;
    std::unique_ptr<QTemporaryDir> m_profile;
    SessionCredentialStore m_credentials;
    std::unique_ptr<ProfileConnectionSetup> m_setup;

    QString settingsPath() const { return m_profile->filePath(ConnectionSettingsFile::fileName()); }
    QString jiraUrl() const
    {
        return m_bench->fixture().connection(QStringLiteral("jira")).value(u"url").toString();
    }

    static void type(ConnectionForm *form, const char *field, const QString &text)
    {
        auto *edit = form->findChild<QLineEdit *>(QLatin1String(field));
        QVERIFY2(edit, field);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    static QString checkText(ConnectionForm *form)
    {
        return form->findChild<QLabel *>(QStringLiteral("checkLabel"))->text();
    }
    static void clickTest(ConnectionForm *form)
    {
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("testButton")),
                          Qt::LeftButton);
    }
    void fillJira(ConnectionForm *form, const QString &token)
    {
        type(form, "urlEdit", jiraUrl());
        type(form, "secretEdit", token);
        type(form, "projectEdit", QStringLiteral("CHS"));
    }

private slots:
    void theTeamsConventionsStandApartFromTheConnection()
    {
        const auto inConventions = [](const ConnectionForm &form, const char *field) {
            const auto *group = form.findChild<QGroupBox *>(QStringLiteral("conventionsGroup"));
            const auto *edit = form.findChild<QLineEdit *>(QLatin1String(field));
            return group && edit && group->isAncestorOf(edit);
        };
        const ConnectionForm concourse(RemoteSystem::Concourse);
        QVERIFY(inConventions(concourse, "buildJobEdit"));
        QVERIFY(inConventions(concourse, "pipelineServicesEdit"));
        QVERIFY(!inConventions(concourse, "urlEdit"));
        QVERIFY(!inConventions(concourse, "secretEdit"));
        // The way through the network is this desk's, not a convention.
        QVERIFY(!inConventions(concourse, "proxyEdit"));
        const ConnectionForm slack(RemoteSystem::Slack);
        QVERIFY(inConventions(slack, "replyPatternsEdit"));
        QVERIFY(!inConventions(slack, "channelEdit"));
        // GitHub has none: no empty box.
        const ConnectionForm gitHub(RemoteSystem::GitHub);
        QVERIFY(gitHub.findChild<QGroupBox *>(QStringLiteral("conventionsGroup"))->isHidden());
        QVERIFY(!slack.findChild<QGroupBox *>(QStringLiteral("conventionsGroup"))->isHidden());
    }

    void init()
    {
        m_bench = std::make_unique<ClientTestBench>();
        m_profile = std::make_unique<QTemporaryDir>();
        m_setup = std::make_unique<ProfileConnectionSetup>(m_credentials, m_bench->clock(),
                                                           settingsPath());
        QVERIFY(m_bench->isListening());
    }
    void cleanup()
    {
        m_setup.reset();
        m_bench.reset();
        m_profile.reset();
    }

    void theSlackFormEditsTheReleaseTeam()
    {
        ConnectionForm form(RemoteSystem::Slack);
        form.load(ConnectionSettings(), false);
        // Unsaid, the team is the user group @release-team.
        QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("releaseTeamGroupEdit"))->text(),
                 u"release-team");
        type(&form, "releaseTeamGroupEdit", QStringLiteral("S0CHS00001"));
        type(&form, "releaseTeamUsersEdit", QStringLiteral("U0CHS00005, U0CHS00002"));
        ConnectionSettings settings;
        form.apply(settings);
        QCOMPARE(settings.slack.releaseTeamGroup, u"S0CHS00001");
        QCOMPARE(settings.slack.releaseTeamUsers,
                 QStringList({QStringLiteral("U0CHS00005"), QStringLiteral("U0CHS00002")}));
    }

    void theSlackFormEditsTheTeamsWording()
    {
        ConnectionForm form(RemoteSystem::Slack);
        form.load(ConnectionSettings(), false);
        // Unsaid, the built-in wording and the default words.
        QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("replyPatternsEdit"))->text(),
                 QString());
        QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("stagingWordsEdit"))->text(),
                 u"staging, stage, stg");
        type(&form, "replyPatternsEdit",
             QStringLiteral("applied: shipped {release}, into {environment} | cancelled: dropped "
                            "{release}"));
        type(&form, "requestPatternsEdit", QStringLiteral("ship {release} => {environment}"));
        type(&form, "stagingWordsEdit", QStringLiteral("preprod, uat"));
        type(&form, "liveWordsEdit", QStringLiteral("prd"));
        ConnectionSettings settings;
        form.apply(settings);
        QCOMPARE(settings.slack.replyPatterns,
                 QStringList({QStringLiteral("applied: shipped {release}, into {environment}"),
                              QStringLiteral("cancelled: dropped {release}")}));
        QCOMPARE(settings.slack.requestPatterns,
                 QStringList{QStringLiteral("ship {release} => {environment}")});
        QCOMPARE(settings.slack.stagingWords,
                 QStringList({QStringLiteral("preprod"), QStringLiteral("uat")}));
        QCOMPARE(settings.slack.liveWords, QStringList{QStringLiteral("prd")});
    }

    void theConcourseFormEditsTheTeamsConventions()
    {
        ConnectionForm form(RemoteSystem::Concourse);
        form.load(ConnectionSettings(), false);
        // Unsaid, today's names.
        QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("buildJobEdit"))->text(),
                 u"docker-build-ecr");
        QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("versionResourceEdit"))->text(),
                 u"version");
        QVERIFY(
            form.findChild<QLineEdit *>(QStringLiteral("pipelineServicesEdit"))->text().isEmpty());
        type(&form, "pipelineServicesEdit", QStringLiteral("payments-ci=payments, ledger-ci"));
        type(&form, "buildJobEdit", QStringLiteral("build-image"));
        type(&form, "planJobEdit", QStringLiteral(" tf-plan "));
        type(&form, "applyJobEdit", QStringLiteral("tf-apply"));
        type(&form, "versionResourceEdit", QStringLiteral("semver"));
        ConnectionSettings settings;
        form.apply(settings);
        QCOMPARE(settings.concourse.serviceOf(QStringLiteral("payments-ci")), u"payments");
        QCOMPARE(settings.concourse.jobName(PipelineJob::DockerBuildEcr), u"build-image");
        QCOMPARE(settings.concourse.planJob, u"tf-plan");
        QCOMPARE(settings.concourse.applyJob, u"tf-apply");
        QCOMPARE(settings.concourse.versionResource, u"semver");
        // The pipeline typed without its service is kept, for problems() to name.
        settings.concourse.url = QUrl(QStringLiteral("https://ci.example.com"));
        settings.concourse.team = QStringLiteral("payments");
        settings.concourse.username = QStringLiteral("releasedesk");
        const QStringList problems = settings.problems(RemoteSystem::Concourse);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"ledger-ci="), qPrintable(problems.first()));
        // Loaded back, the form shows what was applied.
        ConnectionForm again(RemoteSystem::Concourse);
        again.load(settings, false);
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("pipelineServicesEdit"))->text(),
                 u"ledger-ci=, payments-ci=payments");
    }

    void theServiceNowFormEditsTheTeamsConventions()
    {
        ConnectionForm form(RemoteSystem::ServiceNow);
        form.load(ConnectionSettings(), false);
        // Unsaid, the change is raised as it always was.
        QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("testTaskTypeEdit"))->text(),
                 u"testing");
        type(&form, "categoryEdit", QStringLiteral("Software"));
        type(&form, "riskEdit", QStringLiteral("2"));
        type(&form, "plannedDurationHoursEdit", QStringLiteral("4"));
        type(&form, "extraFieldsEdit",
             QStringLiteral("u_business_service = Pay=ments; u_team=<b>CHS</b>"));
        ConnectionSettings settings;
        form.apply(settings);
        QCOMPARE(settings.serviceNow.category, u"Software");
        QCOMPARE(settings.serviceNow.risk, u"2");
        QCOMPARE(settings.serviceNow.plannedDurationHours, 4);
        QCOMPARE(settings.serviceNow.extraFields,
                 (QMap<QString, QString>{
                     {QStringLiteral("u_business_service"), QStringLiteral("Pay=ments")},
                     {QStringLiteral("u_team"), QStringLiteral("<b>CHS</b>")}}));
        // Hours that are not a number are reported, not taken as none.
        type(&form, "plannedDurationHoursEdit", QStringLiteral("four"));
        type(&form, "urlEdit", QStringLiteral("https://example.service-now.com"));
        type(&form, "accountEdit", QStringLiteral("releasedesk.integration"));
        type(&form, "groupEdit", QStringLiteral("CHS"));
        form.apply(settings);
        QVERIFY(settings.problems(RemoteSystem::ServiceNow)
                    .join(u' ')
                    .contains(u"planned start and duration are hours"));
    }

    // Signing in through an OAuth client keeps both secrets in one entry.
    void theServiceNowFormTakesTheOAuthClientsSecret()
    {
        ConnectionForm form(RemoteSystem::ServiceNow);
        form.load(ConnectionSettings(), false);
        form.findChild<QComboBox *>(QStringLiteral("kindCombo"))->setCurrentIndex(1);
        QVERIFY(!form.findChild<QLineEdit *>(QStringLiteral("accountEdit"))->isEnabled());
        type(&form, "clientIdEdit", QStringLiteral("desk-client"));
        QVERIFY(form.findChild<QLineEdit *>(QStringLiteral("accountEdit"))->isEnabled());
        type(&form, "secretEdit", QStringLiteral("pw"));
        type(&form, "clientSecretEdit", QStringLiteral("client-secret"));
        const auto both = ServiceNowSecrets::fromSecret(form.typedSecret());
        QVERIFY(both);
        QCOMPARE(both->password, u"pw");
        QCOMPARE(both->clientSecret, u"client-secret");
        // Without a client id, the field holds a pasted token as before.
        type(&form, "clientIdEdit", QString());
        type(&form, "secretEdit", QStringLiteral("pasted-token"));
        QCOMPARE(form.typedSecret(), u"pasted-token");
    }

    void everyFormEditsTheWayThroughTheNetwork()
    {
        for (RemoteSystem system : allRemoteSystems()) {
            ConnectionForm form(system);
            form.load(ConnectionSettings(), false);
            QVERIFY(form.findChild<QLineEdit *>(QStringLiteral("proxyEdit"))->text().isEmpty());
            type(&form, "proxyEdit", QStringLiteral("http://proxy.corp:3128"));
            type(&form, "caBundleEdit", QStringLiteral("/etc/corp/ca.pem"));
            ConnectionSettings settings;
            form.apply(settings);
            QCOMPARE(settings.route(system), (NetworkRoute{QStringLiteral("http://proxy.corp:3128"),
                                                           QStringLiteral("/etc/corp/ca.pem")}));
            // The other systems keep the computer's way.
            const RemoteSystem other =
                system == RemoteSystem::Slack ? RemoteSystem::Jira : RemoteSystem::Slack;
            QVERIFY(settings.route(other) == NetworkRoute());
        }
    }

    void testConnectionGoesByTheProxyAndBundleTyped()
    {
        ConnectionsDialog dialog(m_credentials, *m_setup, {});
        dialog.show();
        ConnectionForm *jira = dialog.form(RemoteSystem::Jira);
        fillJira(jira, QStringLiteral("sandbox-jira-pat"));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        type(jira, "proxyEdit", QStringLiteral("http://127.0.0.1:%1").arg(port));
        clickTest(jira);
        QTRY_VERIFY_WITH_TIMEOUT(checkText(jira).startsWith(u'✘'), 10000);
        QVERIFY2(checkText(jira).contains(
                     QStringLiteral("the proxy 127.0.0.1:%1 refused the connection").arg(port)),
                 qPrintable(checkText(jira)));

        // A bundle that cannot be read is named before anything is sent.
        type(jira, "proxyEdit", QStringLiteral("none"));
        type(jira, "caBundleEdit", m_profile->filePath(QStringLiteral("corp-ca.pem")));
        clickTest(jira);
        QTRY_VERIFY(checkText(jira).contains(u"cannot be read"));
        QVERIFY2(checkText(jira).startsWith(u'✘') && checkText(jira).contains(u"the CA bundle") &&
                     checkText(jira).contains(u"cannot be read"),
                 qPrintable(checkText(jira)));
    }

    void theJiraFormEditsTheTeamsConventions()
    {
        ConnectionForm form(RemoteSystem::Jira);
        form.load(ConnectionSettings(), false);
        // Unsaid, the service is the first component and a failure goes to In Progress.
        QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("serviceFieldEdit"))->text(),
                 u"components");
        QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("reworkStatusEdit"))->text(),
                 u"In Progress");
        type(&form, "projectEdit", QStringLiteral("CHS, PAY"));
        type(&form, "serviceFieldEdit", QStringLiteral("labels"));
        type(&form, "serviceLabelPrefixEdit", QStringLiteral("service:"));
        type(&form, "reworkStatusEdit", QStringLiteral("Rework"));
        type(&form, "passTransitionEdit", QStringLiteral("Approve"));
        type(&form, "failTransitionEdit", QStringLiteral("Send back"));
        ConnectionSettings settings;
        form.apply(settings);
        QCOMPARE(settings.jira.projects(),
                 QStringList({QStringLiteral("CHS"), QStringLiteral("PAY")}));
        QCOMPARE(settings.jira.serviceField, u"labels");
        QCOMPARE(settings.jira.serviceLabelPrefix, u"service:");
        QCOMPARE(settings.jira.verdictStatuses.ciDevFailed, u"Rework");
        QCOMPARE(settings.jira.verdictStatuses.stagingFailed, u"Rework");
        QCOMPARE(settings.jira.verdictStatuses.passTransition, u"Approve");
        QCOMPARE(settings.jira.verdictStatuses.failTransition, u"Send back");
    }

    void theConfluenceFormEditsTheTeamsConventions()
    {
        ConnectionForm form(RemoteSystem::Confluence);
        form.load(ConnectionSettings(), false);
        QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("titlePatternEdit"))->text(),
                 NotesTitle::defaultPattern());
        type(&form, "titlePatternEdit", QStringLiteral("Release notes {release}"));
        type(&form, "sectionHeadingsEdit", QStringLiteral("backout = Rollback ; config=Config"));
        ConnectionSettings settings;
        form.apply(settings);
        QCOMPARE(settings.confluence.titlePattern, u"Release notes {release}");
        QCOMPARE(settings.confluence.sectionHeadings.value(QStringLiteral("backout")), u"Rollback");
        QCOMPARE(settings.confluence.sectionHeadings.value(QStringLiteral("description")),
                 u"Description of changes");
        // A part that names no section is reported, not dropped.
        type(&form, "sectionHeadingsEdit", QStringLiteral("Rollback"));
        form.apply(settings);
        settings.confluence.url = QUrl(QStringLiteral("https://wiki.example.com"));
        settings.confluence.space = QStringLiteral("REL");
        QVERIFY(settings.problems(RemoteSystem::Confluence).join(u' ').contains(u"Rollback"));
    }

    void teamSettingsTravelThroughTheWindow()
    {
        const QString file = m_profile->filePath(QStringLiteral("team.ini"));
        ConnectionSettings alice;
        alice.serviceNow.url = QUrl(QStringLiteral("https://example.service-now.com"));
        alice.serviceNow.username = QStringLiteral("alice.khan");
        alice.serviceNow.assignmentGroup = QStringLiteral("CHS Release Management");
        alice.confluence.url = QUrl(QStringLiteral("https://wiki.example.com"));
        alice.confluence.space = QStringLiteral("REL");
        alice.confluence.titlePattern = QStringLiteral("Release notes {release}");
        QList<ConnectionsDialog::FileUse> asked;
        const auto chooser = [&](ConnectionsDialog::FileUse use) {
            asked << use;
            return file;
        };
        {
            ConnectionsDialog dialog(m_credentials, *m_setup, alice);
            dialog.setFileChooser(chooser);
            QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportTeamButton")),
                              Qt::LeftButton);
        }
        QCOMPARE(asked, QList{ConnectionsDialog::FileUse::Export});
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(bytes.contains("Release notes {release}"));
        QVERIFY(!bytes.contains("alice"));

        ConnectionSettings ben;
        ben.serviceNow.username = QStringLiteral("ben.jones");
        ConnectionsDialog dialog(m_credentials, *m_setup, ben);
        dialog.setFileChooser(chooser);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importTeamButton")),
                          Qt::LeftButton);
        QCOMPARE(asked.last(), ConnectionsDialog::FileUse::Import);
        const QString notice = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
        QVERIFY2(notice.contains(u"confluence/titlePattern"), qPrintable(notice));
        ConnectionForm *confluence = dialog.form(RemoteSystem::Confluence);
        QCOMPARE(confluence->findChild<QLineEdit *>(QStringLiteral("titlePatternEdit"))->text(),
                 u"Release notes {release}");
        ConnectionForm *serviceNow = dialog.form(RemoteSystem::ServiceNow);
        QCOMPARE(serviceNow->findChild<QLineEdit *>(QStringLiteral("accountEdit"))->text(),
                 u"ben.jones");
        QCOMPARE(serviceNow->findChild<QLineEdit *>(QStringLiteral("groupEdit"))->text(),
                 u"CHS Release Management");
    }

    void aForeignFileChangesNothingInTheWindow()
    {
        const QString file = m_profile->filePath(QStringLiteral("notes.txt"));
        QFile foreign(file);
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write("[confluence]\ntitlePattern=Other {release}\n");
        foreign.close();
        ConnectionsDialog dialog(m_credentials, *m_setup, {});
        dialog.setFileChooser([&](ConnectionsDialog::FileUse) { return file; });
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importTeamButton")),
                          Qt::LeftButton);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))
                    ->text()
                    .contains(u"Nothing was changed"));
        QCOMPARE(dialog.form(RemoteSystem::Confluence)
                     ->findChild<QLineEdit *>(QStringLiteral("titlePatternEdit"))
                     ->text(),
                 NotesTitle::defaultPattern());
        // A cancelled file dialog does nothing at all.
        dialog.setFileChooser([](ConnectionsDialog::FileUse) { return QString(); });
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportTeamButton")),
                          Qt::LeftButton);
    }

    void testConnectionSaysWhatItFound()
    {
        ConnectionsDialog dialog(m_credentials, *m_setup, {});
        dialog.show();
        ConnectionForm *jira = dialog.form(RemoteSystem::Jira);
        fillJira(jira, QStringLiteral("sandbox-jira-pat"));
        clickTest(jira);
        QTRY_VERIFY_WITH_TIMEOUT(checkText(jira).startsWith(u'✔'), 10000);
        QVERIFY2(checkText(jira).contains(u"project CHS found"), qPrintable(checkText(jira)));

        type(jira, "secretEdit", QStringLiteral("a-wrong-token"));
        clickTest(jira);
        QTRY_VERIFY_WITH_TIMEOUT(checkText(jira).startsWith(u'✘'), 10000);
        QVERIFY2(checkText(jira).contains(u"credentials"), qPrintable(checkText(jira)));
        QVERIFY(!checkText(jira).contains(u"a-wrong-token"));
    }

    // Behind single sign-on: a token pasted as the password, or fly's own,
    // which needs nothing typed.
    void theConcourseFormSignsInWithAPastedTokenOrFly()
    {
        auto &concourse = *static_cast<Sandbox::ConcourseSystem *>(
            m_bench->fixture().sandbox().system(QStringLiteral("concourse")));
        const QString url =
            m_bench->fixture().connection(QStringLiteral("concourse")).value(u"url").toString();
        const QString token = concourse.issueToken(QDateTime::currentDateTimeUtc().addSecs(600));
        ConnectionsDialog dialog(m_credentials, *m_setup, {});
        dialog.show();
        ConnectionForm *form = dialog.form(RemoteSystem::Concourse);
        type(form, "urlEdit", url);
        type(form, "teamEdit", QStringLiteral("chs"));
        type(form, "signInEdit", QStringLiteral("token"));
        type(form, "secretEdit", token);
        clickTest(form);
        QTRY_VERIFY_WITH_TIMEOUT(checkText(form).startsWith(u'✔'), 10000);

        QTemporaryDir home;
        const QByteArray realHome = qgetenv("HOME");
        qputenv("HOME", home.path().toUtf8());
        type(form, "secretEdit", QString());
        type(form, "signInEdit", QStringLiteral("fly"));
        type(form, "flyTargetEdit", QStringLiteral("ci"));
        clickTest(form);
        QTRY_VERIFY_WITH_TIMEOUT(checkText(form).startsWith(u'✘'), 10000);
        const QString missing = checkText(form);
        QFile flyrc(home.filePath(QStringLiteral(".flyrc")));
        QVERIFY(flyrc.open(QIODevice::WriteOnly));
        flyrc.write("targets:\n  ci:\n    api: " + url.toUtf8() +
                    "\n    team: chs\n    token:\n      type: bearer\n      value: " +
                    token.toUtf8() + "\n");
        flyrc.close();
        clickTest(form);
        QTRY_VERIFY_WITH_TIMEOUT(checkText(form).startsWith(u'✔'), 10000);
        qputenv("HOME", realHome);
        QVERIFY2(missing.contains(u"there is no ") && missing.contains(u".flyrc"),
                 qPrintable(missing));
        QVERIFY(!checkText(form).contains(token));
    }

    void savingKeepsTheSecretInTheKeychainOnly()
    {
        ConnectionsDialog dialog(m_credentials, *m_setup, {});
        QSignalSpy saved(&dialog, &ConnectionsDialog::saved);
        dialog.show();
        fillJira(dialog.form(RemoteSystem::Jira), QStringLiteral("sandbox-jira-pat"));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const auto loaded = ConnectionSettingsFile::load(settingsPath());
        QVERIFY(loaded);
        QCOMPARE(loaded->jira.url, QUrl(jiraUrl()));
        QCOMPARE(loaded->jira.project, QStringLiteral("CHS"));
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("sandbox-jira-pat"));

        const auto secret = await<Result<std::optional<QString>>>([&](QObject *context, auto done) {
            m_credentials.readSecret(loaded->secretKey(RemoteSystem::Jira), context, done);
        });
        QVERIFY(secret && secret->ok() && secret->value().has_value());
        QCOMPARE(*secret->value(), QStringLiteral("sandbox-jira-pat"));

        // Opened again, the stored secret is used for a test without being typed.
        ConnectionsDialog again(m_credentials, *m_setup, loaded.value());
        again.show();
        ConnectionForm *jira = again.form(RemoteSystem::Jira);
        QTRY_VERIFY(jira->findChild<QLineEdit *>(QStringLiteral("secretEdit"))
                        ->placeholderText()
                        .contains(u"keychain"));
        clickTest(jira);
        QTRY_VERIFY_WITH_TIMEOUT(checkText(jira).startsWith(u'✔'), 10000);
    }

    void aHalfFilledFormIsNotSavedAndNothingTypedIsLost()
    {
        ConnectionsDialog dialog(m_credentials, *m_setup, {});
        dialog.show();
        ConnectionForm *jira = dialog.form(RemoteSystem::Jira);
        type(jira, "urlEdit", jiraUrl());
        type(jira, "secretEdit", QStringLiteral("sandbox-jira-pat"));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"Jira: the project is missing."),
                 qPrintable(error->text()));
        QVERIFY(dialog.isVisible());
        QVERIFY(!QFile::exists(settingsPath()));
        QCOMPARE(jira->findChild<QLineEdit *>(QStringLiteral("urlEdit"))->text(), jiraUrl());
        QCOMPARE(jira->typedSecret(), QStringLiteral("sandbox-jira-pat"));
    }
};

QTEST_MAIN(TestConnectionsDialog)
#include "tst_connectionsdialog.moc"
