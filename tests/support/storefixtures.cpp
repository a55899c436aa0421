#include "storefixtures.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace ReleaseDesk::Testing {

RawConnection::RawConnection(const QString &path)
    : m_name(QStringLiteral("rawconnection-%1").arg(++s_count))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    m_open = db.open();
    exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

RawConnection::~RawConnection()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase RawConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

QString RawConnection::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    query.prepare(sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    return query.exec() ? QString() : query.lastError().databaseText();
}

QVariantList RawConnection::column(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    query.prepare(sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    QVariantList result;
    if (!query.exec())
        return {QVariant(QStringLiteral("error: ") + query.lastError().text())};
    while (query.next())
        result.append(query.value(0));
    return result;
}

QStringList RawConnection::strings(const QString &sql) const
{
    QStringList values;
    for (const QVariant &value : column(sql))
        values.append(value.toString());
    return values;
}

int RawConnection::userVersion() const
{
    return column(QStringLiteral("PRAGMA user_version")).value(0, -1).toInt();
}

QStringList RawConnection::schema() const
{
    return strings(QStringLiteral("SELECT type || ' ' || name || ': ' || sql FROM sqlite_master"
                                  " WHERE name NOT LIKE 'sqlite_%' ORDER BY name"));
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs);
}

Service sampleService(const QString &name)
{
    return {name, name + QLatin1String("-pipeline"), QStringLiteral("ECS"), QStringLiteral("chs")};
}

Change sampleChange(const QString &key)
{
    Change change;
    change.key = key;
    change.summary = QStringLiteral("Zoë’s fix — totals “rounded” ✓ for ") + key;
    change.status = QStringLiteral("Ready for Test");
    change.assignee = QStringLiteral("zoe");
    change.service = QStringLiteral("chs-orders-api");
    change.branch = QStringLiteral("feature/") + key;
    change.commit = QStringLiteral("9f3c2a1b7d");
    change.fixVersion = QStringLiteral("2026.11.3");
    change.review = ReviewState::Approved;
    change.updated = utc("2026-03-01T09:15:42.123Z");
    return change;
}

PipelineBuild sampleBuild(qint64 id)
{
    PipelineBuild build;
    build.id = id;
    build.service = QStringLiteral("chs-orders-api");
    build.job = PipelineJob::CidevApply;
    build.name = QString::number(id % 100);
    build.status = BuildStatus::Errored;
    build.version = QStringLiteral("1.4.2");
    build.started = utc("2026-03-01T09:00:00.001Z");
    build.finished = utc("2026-03-01T09:07:30.999Z");
    return build;
}

Release sampleRelease(const QString &name)
{
    Release release;
    release.name = name;
    release.services = {
        {QStringLiteral("chs-orders-api"), QStringLiteral("1.4.2"), QStringLiteral("ECS")},
        {QStringLiteral("chs-payments"), QStringLiteral("2.0.0"), QStringLiteral("Mesos")}};
    // Not sorted: the user's order must survive.
    release.taskKeys = {QStringLiteral("CHS-7"), QStringLiteral("CHS-1"), QStringLiteral("CHS-3")};
    release.stage = Stage::TicketRaised;
    release.notes = {QStringLiteral("Totals are rounded"),
                     QStringLiteral("Redeploy 1.4.1"),
                     QStringLiteral("ORDERS_LIMIT=5"),
                     false,
                     QStringLiteral("98765"),
                     QStringLiteral("https://wiki.example/pages/98765")};
    release.changeTicket = QStringLiteral("CHG0030001");
    release.changeTicketUrl = QStringLiteral("https://sn.example/CHG0030001");
    release.stagingRequestRef = QStringLiteral("C0REL/1700000000.000100");
    release.testTaskNumber = QStringLiteral("CTASK0010002");
    release.liveRequestRef = QStringLiteral("C0REL/1700000100.000200");
    release.liveConfirmationRef = QStringLiteral("C0REL/1700000200.000300");
    release.created = utc("2026-03-01T08:00:00.000Z");
    release.stageChanged = utc("2026-03-02T10:30:15.500Z");
    release.updated = utc("2026-03-02T10:30:15.501Z");
    return release;
}

AuditEvent sampleEvent(AuditAction action)
{
    AuditEvent event;
    event.actor = QStringLiteral("zoe");
    event.at = utc("2026-03-02T10:30:15.500Z");
    event.action = action;
    event.fromStage = toKey(Stage::NotesPublished);
    event.toStage = toKey(Stage::TicketRaised);
    event.why = QStringLiteral("Ticket CHG0030001 raised");
    return event;
}

OutboxEntry sampleOutbox(const QString &key)
{
    OutboxEntry entry;
    entry.kind = OutboxKind::SlackPost;
    entry.payload = QByteArrayLiteral("{\"text\":\"Please apply 2026.11.3 \xe2\x9c\x93\",\"n\":1}");
    entry.idempotencyKey = key;
    entry.state = OutboxState::Pending;
    entry.attempts = 2;
    entry.nextAttempt = utc("2026-03-02T10:31:00.000Z");
    entry.lastError = QStringLiteral("HTTP 503");
    entry.created = utc("2026-03-02T10:30:15.500Z");
    return entry;
}

TestResult sampleResult(const QString &taskKey)
{
    TestResult result;
    result.taskKey = taskKey;
    result.environment = Environment::Staging;
    result.outcome = TestOutcome::Failed;
    result.tester = QStringLiteral("tess");
    result.note = QStringLiteral("Totals off by one cent");
    result.at = utc("2026-03-03T14:00:00.007Z");
    return result;
}

ChannelMessage sampleMessage(const QString &ts, const QString &releaseName)
{
    ChannelMessage message;
    message.ts = ts;
    message.threadTs = QStringLiteral("1700000000.000100");
    message.author = QStringLiteral("U0RELTEAM");
    message.text = QStringLiteral("Zoë: please apply “%1” to staging ✓").arg(releaseName);
    message.posted = QDateTime::fromMSecsSinceEpoch(qint64(ts.toDouble() * 1000), Qt::UTC);
    message.releaseName = releaseName;
    message.kind = ChannelMessageKind::StagingRequest;
    return message;
}

SyncCursor sampleCursor(const QString &source, const QString &value)
{
    return {source, value, utc("2026-03-02T10:30:15.500Z")};
}

StoreFixture::StoreFixture() = default;
StoreFixture::~StoreFixture() = default;

Status StoreFixture::openStore()
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return Status::failure(m_dir->errorString());
    Result<std::unique_ptr<SqliteStore>> opened = SqliteStore::open(path());
    if (!opened)
        return Status::failure(opened.error());
    m_store = std::move(opened).value();
    return success();
}

void StoreFixture::closeStore()
{
    m_store.reset();
    m_dir.reset();
}

QString StoreFixture::path() const
{
    return m_dir->filePath(QStringLiteral("releasedesk.db"));
}

qint64 StoreFixture::createSampleRelease(Release &release)
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
