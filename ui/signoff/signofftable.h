#pragma once

#include <QStringList>
#include <QTableView>

namespace ReleaseDesk {

class SignOffFilterModel;
class SignOffModel;

// The sign-off view's table of tasks, which speaks of its selection in task
// keys: the rows move as the filter and the sort change, the keys do not.
class SignOffTable : public QTableView
{
    Q_OBJECT

public:
    // Shows `proxy`, whose source is `model`.
    SignOffTable(SignOffModel *model, SignOffFilterModel *proxy, QWidget *parent = nullptr);

    // In the order shown.
    QStringList selectedKeys() const;
    // The task below `key` as shown, else the one above it; empty when none.
    QString neighbourOf(const QString &key) const;
    // Selects the rows of `keys` that are shown, the first one current.
    void selectKeys(const QStringList &keys);

private:
    QModelIndex shownIndexOf(const QString &key) const;

    SignOffModel *m_model = nullptr;
    SignOffFilterModel *m_proxy = nullptr;
};

} // namespace ReleaseDesk
