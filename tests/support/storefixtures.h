#pragma once

#include "services/store/sqlitestore.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

class QTemporaryDir;

// Shared by the SQLite store's suites: sample rows of every domain type, a
// scratch database per test, and a raw connection to look behind the store.
namespace ReleaseDesk::Testing {

// A plain Qt Sql connection beside the store's, to look at the stored text
// and to try what the store itself never does.
class RawConnection
{
public:
    explicit RawConnection(const QString &path);
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const;
    // An empty string on success, SQLite's words otherwise.
    QString exec(const QString &sql, const QVariantList &values = {}) const;
    QVariantList column(const QString &sql, const QVariantList &values = {}) const;
    // The column as text.
    QStringList strings(const QString &sql) const;
    int userVersion() const;
    // The whole schema, to compare two files' structure.
    QStringList schema() const;

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_open = false;
};

QDateTime utc(const char *iso);

// Rows with every field set, non-ASCII text and millisecond timestamps, so
// that a round trip that loses anything shows.
Service sampleService(const QString &name);
Change sampleChange(const QString &key);
PipelineBuild sampleBuild(qint64 id);
Release sampleRelease(const QString &name);
AuditEvent sampleEvent(AuditAction action);
OutboxEntry sampleOutbox(const QString &key);
TestResult sampleResult(const QString &taskKey);
// A message in the release channel about `releaseName`, posted at `ts`
// (Slack's "seconds.micros", which orders them).
ChannelMessage sampleMessage(const QString &ts, const QString &releaseName);
SyncCursor sampleCursor(const QString &source, const QString &value);

// A fresh store on a file in a temporary folder, for each test: call
// openStore() from init() and closeStore() from cleanup().
class StoreFixture
{
protected:
    StoreFixture();
    ~StoreFixture();

    Status openStore();
    void closeStore();

    QString path() const;
    // A stored release and its id; fails the test if it cannot be created.
    qint64 createSampleRelease(Release &release);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStore> m_store;
};

} // namespace ReleaseDesk::Testing
