#pragma once

#include <QFrame>

class QLabel;

namespace ReleaseDesk {

// A recoverable error shown inline above the work it is about, instead of a
// modal box: it stays until dismissed or the next success hides it, and
// showing the same message again does not stack it.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBanner(QWidget *parent = nullptr);

    QString text() const;

public slots:
    void showError(const QString &message);

private:
    QLabel *m_label = nullptr;
};

} // namespace ReleaseDesk
