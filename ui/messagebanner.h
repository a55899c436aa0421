#pragma once

#include <QFrame>

class QLabel;

namespace ReleaseDesk {

// A message shown inline above the work it is about, instead of a modal box;
// showing the same message again does not stack it.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind {
        // A recoverable error: it stays until dismissed or the next success
        // hides it.
        Error,
        // The systems cannot be reached: shown for as long as that lasts, so
        // it cannot be dismissed.
        Offline,
    };

    explicit MessageBanner(QWidget *parent = nullptr) : MessageBanner(Kind::Error, parent) {}
    explicit MessageBanner(Kind kind, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QString text() const;

public slots:
    void showMessage(const QString &message);

private:
    Kind m_kind;
    QLabel *m_label = nullptr;
};

} // namespace ReleaseDesk
