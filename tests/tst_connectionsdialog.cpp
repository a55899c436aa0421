#include "services/connections/connectiondocument.h"
#include "services/connections/connectionsettings.h"
#include "services/connections/profileconnectionsetup.h"
#include "services/credentials/sessioncredentialstore.h"
#include "support/clienttestbench.h"
#include "ui/connections/connectionform.h"
#include "ui/connections/connectionsdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
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
    void init()
    {
        m_bench = std::make_unique<ClientTestBench>();
        m_profile = std::make_unique<QTemporaryDir>();
        m_setup = std::make_unique<ProfileConnectionSetup>(m_credentials, m_bench->network(),
                                                           m_bench->clock(), settingsPath());
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
