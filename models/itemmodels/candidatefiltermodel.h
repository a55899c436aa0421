#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace ReleaseDesk {

// Narrows the candidate tasks the way a developer picks a release's content:
// by fix version, to those whose code reached CI-Dev, by free text, and to the
// keys a JQL search found. The filters combine; sorting is on raw values, so
// CHS-9 comes before CHS-10. Filtering never changes which tasks are chosen.
class CandidateFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CandidateFilterModel(QObject *parent = nullptr);

    QString fixVersion() const { return m_fixVersion; }
    bool reachedCiDevOnly() const { return m_reachedCiDevOnly; }
    QString text() const { return m_text; }
    bool hasJqlKeys() const { return m_jqlKeys.has_value(); }

public slots:
    // Empty: every fix version, and tasks without one.
    void setFixVersion(const QString &fixVersion);
    void setReachedCiDevOnly(bool only);
    // Matches key, summary, assignee or service, ignoring case.
    void setText(const QString &text);
    // Only these tasks, as a JQL search found them.
    void setJqlKeys(const QStringList &keys);
    void clearJqlKeys();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_fixVersion;
    bool m_reachedCiDevOnly = false;
    QString m_text;
    std::optional<QSet<QString>> m_jqlKeys;
};

} // namespace ReleaseDesk
