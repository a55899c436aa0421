#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>

namespace ReleaseDesk {

// Reads typed values out of a client's JSON answer and keeps the first
// problem, named by the field's path ("issues[3].fields.status.name"), so a
// parser can read everything and check once instead of after every field.
// Each reader answers an empty value once something failed.
class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(JsonFields)

public:
    enum Presence { Required, Optional };

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    // Keeps `message` unless an earlier problem is already kept.
    void fail(const QString &message);

    // The answer's top level, when it must be an object or a list.
    QJsonObject root(const QJsonDocument &answer);
    QJsonArray rootList(const QJsonDocument &answer);

    QString string(const QJsonObject &object, const QString &path, QLatin1String name,
                   Presence presence = Required);
    // Some servers send ids as numbers and others as strings; both are read as text.
    QString id(const QJsonObject &object, const QString &path, QLatin1String name);
    QJsonObject object(const QJsonObject &object, const QString &path, QLatin1String name,
                       Presence presence = Required);
    QJsonArray array(const QJsonObject &object, const QString &path, QLatin1String name,
                     Presence presence = Required);
    // A whole number; JSON has only doubles, so 1.5 is refused rather than cut.
    qint64 integer(const QJsonObject &object, const QString &path, QLatin1String name,
                   Presence presence = Required);
    // A whole number from 0 that fits an int: totals and offsets.
    int count(const QJsonObject &object, const QString &path, QLatin1String name);
    // Absent or null reads as false.
    bool boolean(const QJsonObject &object, const QString &path, QLatin1String name);
    // An element of a list of objects; `path` names the list.
    QJsonObject element(const QJsonArray &array, qsizetype index, const QString &path);

    static QString join(const QString &path, QLatin1String name);
    static QString at(const QString &path, qsizetype index);

private:
    // The value, or Undefined after reporting it missing when it is required.
    QJsonValue present(const QJsonObject &object, const QString &path, QLatin1String name,
                       Presence presence);

    QString m_error;
};

} // namespace ReleaseDesk
