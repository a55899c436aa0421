#include "models/formats/flyrc.h"

#include <QTest>

using namespace ReleaseDesk;

namespace {

const QByteArray token = "eyJhbGciOiJSUzI1NiJ9.c2VjcmV0LXBheWxvYWQ.c2lnbmF0dXJl";

// Two targets as fly's writeTargets() marshals them: keys sorted, two spaces
// of indentation, a certificate as a literal block, quotes where YAML needs them.
QByteArray asFlyWritesIt()
{
    return "targets:\n"
           "  ci:\n"
           "    api: https://ci.example.com\n"
           "    ca_cert: |\n"
           "      -----BEGIN CERTIFICATE-----\n"
           "      MIIBszCCAVmgAwIBAgIU\n"
           "      -----END CERTIFICATE-----\n"
           "    insecure: true\n"
           "    team: \"123\"\n"
           "    token:\n"
           "      type: bearer\n"
           "      value: " +
           token +
           "\n"
           "  old:\n"
           "    api: 'https://old.example.com'\n"
           "    token:\n"
           "      type: \"\"\n"
           "      value: \"\"\n";
}

} // namespace

class TestFlyrc : public QObject
{
    Q_OBJECT

private slots:
    void readsTheTargetsAsFlyWritesThem()
    {
        const auto targets = Flyrc::parse(asFlyWritesIt());
        QVERIFY2(targets, qPrintable(targets.ok() ? QString() : targets.error()));
        QCOMPARE(targets->keys(), QStringList({QStringLiteral("ci"), QStringLiteral("old")}));
        const FlyTarget ci = targets->value(QStringLiteral("ci"));
        QCOMPARE(ci.api, QStringLiteral("https://ci.example.com"));
        QCOMPARE(ci.team, QStringLiteral("123"));
        QCOMPARE(ci.tokenType, QStringLiteral("bearer"));
        QCOMPARE(ci.tokenValue, QString::fromLatin1(token));
        QVERIFY(ci.insecure);
        QCOMPARE(ci.caCert, QStringLiteral("-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n"
                                           "-----END CERTIFICATE-----\n"));
        // Signed out: fly empties the token. A target without a team is main's.
        const FlyTarget old = targets->value(QStringLiteral("old"));
        QCOMPARE(old.api, QStringLiteral("https://old.example.com"));
        QCOMPARE(old.team, QStringLiteral("main"));
        QVERIFY(old.tokenValue.isEmpty());
        QVERIFY(!old.insecure);
    }

    void readsCommentsQuotesAndWindowsLineEnds()
    {
        const auto targets = Flyrc::parse("# written by hand\r\n"
                                          "---\r\n"
                                          "targets:\r\n"
                                          "\r\n"
                                          "    'it''s': # the team's own\r\n"
                                          "        api: \"https://ci.example.com/\\u0063\" # c\r\n"
                                          "        team: main # plain, then a comment\r\n");
        QVERIFY2(targets, qPrintable(targets.ok() ? QString() : targets.error()));
        const FlyTarget target = targets->value(QStringLiteral("it's"));
        QCOMPARE(target.api, QStringLiteral("https://ci.example.com/c"));
        QCOMPARE(target.team, QStringLiteral("main"));
    }

    void anEmptyFileOrEmptyTargetsHoldNone()
    {
        for (const QByteArray &text : {QByteArray(), QByteArray("targets: {}\n"),
                                       QByteArray("targets:\n"), QByteArray("# nothing\n")}) {
            const auto targets = Flyrc::parse(text);
            QVERIFY2(targets, text.constData());
            QVERIFY(targets->isEmpty());
        }
    }

    void refusesWhatFlyDoesNotWrite_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("flow mapping") << QByteArray("targets:\n  ci: {api: x}\n")
                                      << QStringLiteral("line 2: the value starts with \"{\"");
        QTest::newRow("list") << QByteArray("targets:\n  - ci\n")
                              << QStringLiteral("line 2: fly writes no lists");
        QTest::newRow("tab") << QByteArray("targets:\n\tci:\n") << QStringLiteral("line 2: a tab");
        QTest::newRow("anchor") << QByteArray("targets:\n  ci: &a\n")
                                << QStringLiteral("line 2: the value starts with \"&\"");
        QTest::newRow("twice") << QByteArray("targets:\n  ci:\n    api: a\n    api: b\n")
                               << QStringLiteral("line 4: the key \"api\" is given twice");
        QTest::newRow("unended quote")
            << QByteArray("targets:\n  ci:\n    token:\n      value: \"" + token + "\n")
            << QStringLiteral("line 4: a quoted value does not end on its line");
        QTest::newRow("folded") << QByteArray("targets:\n  ci:\n    ca_cert: >\n      x\n")
                                << QStringLiteral("line 3: the value starts with \">\"");
        QTest::newRow("value over lines")
            << QByteArray("targets:\n  ci:\n    api: https://ci\n      .example.com\n")
            << QStringLiteral("line 4: a value goes on over several lines");
        QTest::newRow("not a mapping")
            << QByteArray("targets: ci\n") << QStringLiteral("line 1: targets must be a mapping");
        QTest::newRow("no colon") << QByteArray("targets:\n  ci\n")
                                  << QStringLiteral("line 2: a line of a mapping must be");
        QTest::newRow("insecure") << QByteArray("targets:\n  ci:\n    insecure: maybe\n")
                                  << QStringLiteral("line 3: the target ci insecure must be");
        QTest::newRow("dedent") << QByteArray("targets:\n    ci:\n      api: a\n  old:\n")
                                << QStringLiteral(
                                       "line 4: the indentation does not match the lines above");
        QTest::newRow("bad escape") << QByteArray("targets:\n  ci:\n    api: \"\\q\"\n")
                                    << QStringLiteral("line 3: a quoted value holds an escape");
    }

    void refusesWhatFlyDoesNotWrite()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, says);
        const auto targets = Flyrc::parse(text);
        QVERIFY(!targets);
        QVERIFY2(targets.error().startsWith(says), qPrintable(targets.error()));
        // The token is never repeated, even from the line at fault.
        QVERIFY(!targets.error().contains(QString::fromLatin1(token)));
    }
};

QTEST_GUILESS_MAIN(TestFlyrc)
#include "tst_flyrc.moc"
