#include "contractfixture.h"

#include "memoryreleasestore.h"
#include "services/store/sqlitestore.h"
#include "storefixtures.h"

#include <QTemporaryDir>
#include <QTest>

namespace ReleaseDesk::Testing {

namespace {

const char *const sqliteKind = "sqlite";

} // namespace

ContractFixture::ContractFixture() = default;
ContractFixture::~ContractFixture() = default;

void ContractFixture::addStoreKinds()
{
    QTest::addColumn<QString>("store");
    QTest::newRow("memory") << QStringLiteral("memory");
    QTest::newRow(sqliteKind) << QString::fromLatin1(sqliteKind);
}

bool ContractFixture::isSqlite() const
{
    QFETCH_GLOBAL(QString, store);
    return store == QLatin1String(sqliteKind);
}

Status ContractFixture::openStore()
{
    if (!isSqlite()) {
        m_store = std::make_unique<MemoryReleaseStore>();
        return success();
    }
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return Status::failure(m_dir->errorString());
    return reopenStore();
}

Status ContractFixture::reopenStore()
{
    if (!isSqlite())
        return success();
    m_store.reset();
    Result<std::unique_ptr<SqliteStore>> opened =
        SqliteStore::open(m_dir->filePath(QStringLiteral("releasedesk.db")));
    if (!opened)
        return Status::failure(opened.error());
    m_store = std::move(opened).value();
    return success();
}

void ContractFixture::closeStore()
{
    m_store.reset();
    m_dir.reset();
}

qint64 ContractFixture::createSampleRelease(Release &release)
{
    const Result<qint64> id = m_store->createRelease(release, sampleEvent(AuditAction::Created));
    if (!id) {
        QTest::qFail(qPrintable(id.error()), __FILE__, __LINE__);
        return 0;
    }
    release.id = id.value();
    return release.id;
}

} // namespace ReleaseDesk::Testing
