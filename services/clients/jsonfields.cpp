#include "jsonfields.h"

#include <limits>

namespace ReleaseDesk {

void JsonFields::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

QJsonObject JsonFields::root(const QJsonDocument &answer)
{
    if (!answer.isObject())
        fail(tr("the answer is not a JSON object"));
    return answer.object();
}

QJsonArray JsonFields::rootList(const QJsonDocument &answer)
{
    if (!answer.isArray())
        fail(tr("the answer is not a JSON list"));
    return answer.array();
}

QJsonValue JsonFields::present(const QJsonObject &object, const QString &path, QLatin1String name,
                               Presence presence)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull()) {
        if (presence == Required)
            fail(tr("the field '%1' is missing").arg(join(path, name)));
        return QJsonValue(QJsonValue::Undefined);
    }
    return value;
}

QString JsonFields::string(const QJsonObject &object, const QString &path, QLatin1String name,
                           Presence presence)
{
    const QJsonValue value = present(object, path, name, presence);
    if (value.isUndefined())
        return {};
    if (!value.isString()) {
        fail(tr("the field '%1' is not text").arg(join(path, name)));
        return {};
    }
    return value.toString();
}

QString JsonFields::id(const QJsonObject &object, const QString &path, QLatin1String name)
{
    const QJsonValue value = object.value(name);
    if (value.isDouble())
        return QString::number(value.toInteger());
    return string(object, path, name);
}

QJsonObject JsonFields::object(const QJsonObject &object, const QString &path, QLatin1String name,
                               Presence presence)
{
    const QJsonValue value = present(object, path, name, presence);
    if (value.isUndefined())
        return {};
    if (!value.isObject())
        fail(tr("the field '%1' is not an object").arg(join(path, name)));
    return value.toObject();
}

QJsonArray JsonFields::array(const QJsonObject &object, const QString &path, QLatin1String name,
                             Presence presence)
{
    const QJsonValue value = present(object, path, name, presence);
    if (value.isUndefined())
        return {};
    if (!value.isArray())
        fail(tr("the field '%1' is not a list").arg(join(path, name)));
    return value.toArray();
}

qint64 JsonFields::integer(const QJsonObject &object, const QString &path, QLatin1String name,
                           Presence presence)
{
    const QJsonValue value = present(object, path, name, presence);
    if (value.isUndefined())
        return 0;
    const double number = value.toDouble();
    // The bounds keep the cast defined; a double this large is no exact integer anyway.
    if (!value.isDouble() || number < double(std::numeric_limits<qint64>::min()) ||
        number >= double(std::numeric_limits<qint64>::max()) || number != double(qint64(number))) {
        fail(tr("the field '%1' is not a whole number").arg(join(path, name)));
        return 0;
    }
    return qint64(number);
}

int JsonFields::count(const QJsonObject &object, const QString &path, QLatin1String name)
{
    const qint64 number = integer(object, path, name);
    if (failed())
        return 0;
    if (number < 0 || number > std::numeric_limits<int>::max()) {
        fail(tr("the field '%1' is not a count").arg(join(path, name)));
        return 0;
    }
    return int(number);
}

bool JsonFields::boolean(const QJsonObject &object, const QString &path, QLatin1String name)
{
    const QJsonValue value = present(object, path, name, Optional);
    if (value.isUndefined())
        return false;
    if (!value.isBool())
        fail(tr("the field '%1' is not true or false").arg(join(path, name)));
    return value.toBool();
}

QJsonObject JsonFields::element(const QJsonArray &array, qsizetype index, const QString &path)
{
    const QJsonValue value = array.at(index);
    if (!value.isObject())
        fail(tr("the field '%1' is not an object").arg(at(path, index)));
    return value.toObject();
}

QString JsonFields::join(const QString &path, QLatin1String name)
{
    return path.isEmpty() ? QString(name) : path + u'.' + name;
}

QString JsonFields::at(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

} // namespace ReleaseDesk
