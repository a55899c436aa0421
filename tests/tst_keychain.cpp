#include "services/credentials/keychaincredentialstore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

using namespace ReleaseDesk;

// Runs against the real Secret Service that scripts/test.sh starts on a private
// D-Bus session; each run uses its own service name, so runs never collide.
class TestKeychain : public QObject
{
    Q_OBJECT

    KeychainCredentialStore m_store{QStringLiteral("ReleaseDesk-test-") +
                                    QUuid::createUuid().toString(QUuid::WithoutBraces)};

    Result<std::optional<QString>> read(const QString &key)
    {
        std::optional<Result<std::optional<QString>>> outcome;
        m_store.readSecret(key, this, [&](const auto &result) { outcome = result; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
            return Result<std::optional<QString>>::failure(QStringLiteral("timed out"));
        return *outcome;
    }

    Status write(const QString &key, const QString &secret)
    {
        std::optional<Status> outcome;
        m_store.writeSecret(key, secret, this, [&](const Status &s) { outcome = s; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
            return Status::failure(QStringLiteral("timed out"));
        return *outcome;
    }

    Status remove(const QString &key)
    {
        std::optional<Status> outcome;
        m_store.removeSecret(key, this, [&](const Status &s) { outcome = s; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
            return Status::failure(QStringLiteral("timed out"));
        return *outcome;
    }

private slots:
    void writeReadOverwriteRemove()
    {
        const QString key = QStringLiteral("jira/alice@example.com");
        const Status written = write(key, QStringLiteral("first-token"));
        QVERIFY2(written.ok(), qPrintable(written.error()));
        auto secret = read(key);
        QVERIFY2(secret.ok(), qPrintable(secret.error()));
        QCOMPARE(secret.value(), std::optional<QString>(QStringLiteral("first-token")));

        QVERIFY(write(key, QStringLiteral("second-tökén")).ok());
        QCOMPARE(read(key).value(), std::optional<QString>(QStringLiteral("second-tökén")));

        QVERIFY(remove(key).ok());
        secret = read(key);
        QVERIFY2(secret.ok(), qPrintable(secret.error()));
        QCOMPARE(secret.value(), std::optional<QString>());
    }

    void missingEntryIsNotAnError()
    {
        const auto secret = read(QStringLiteral("never-written"));
        QVERIFY2(secret.ok(), qPrintable(secret.error()));
        QVERIFY(!secret.value().has_value());
        QVERIFY(remove(QStringLiteral("never-written")).ok());
    }

    void callbackDoesNotOutliveItsContext()
    {
        bool called = false;
        {
            QObject context;
            m_store.readSecret(QStringLiteral("never-written"), &context,
                               [&](const auto &) { called = true; });
        }
        QTest::qWait(300);
        QVERIFY(!called);
    }

    void errorMessages_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no bus") << int(QKeychain::OtherError)
                                << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
                                << QStringLiteral("No keychain available");
        QTest::newRow("no secret service")
            << int(QKeychain::OtherError)
            << QStringLiteral("The name org.freedesktop.secrets was not provided")
            << QStringLiteral("No keychain available");
        QTest::newRow("locked collection")
            << int(QKeychain::OtherError)
            << QStringLiteral("Object does not exist at path /org/freedesktop/secrets/"
                              "collection/login")
            << QStringLiteral("No keychain available");
        QTest::newRow("wrong password") << int(QKeychain::AccessDenied) << QStringLiteral("denied")
                                        << QStringLiteral("may be locked");
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QStringLiteral("none")
                                    << QStringLiteral("No keychain available");
        QTest::newRow("other") << int(QKeychain::OtherError) << QStringLiteral("disk on fire")
                               << QStringLiteral("The keychain failed: disk on fire");
    }

    void errorMessages()
    {
        QFETCH(int, code);
        QFETCH(QString, detail);
        QFETCH(QString, expected);
        const QString message = KeychainCredentialStore::describeError(code, detail);
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(message.contains(detail), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
