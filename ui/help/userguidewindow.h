#pragma once

#include <QLocale>
#include <QWidget>

class QLineEdit;
class QTextBrowser;
class QUrl;

namespace ReleaseDesk {

// Help → User guide: the guide bundled in the resources, in the language of
// the window, readable offline. Links within the guide move in it; links to
// the web open in the browser. Back, forward, home and Find (Ctrl+F) work as
// in a browser.
class UserGuideWindow : public QWidget
{
    Q_OBJECT

public:
    explicit UserGuideWindow(QWidget *parent = nullptr);

    // The guide's resource path for `locale`: Welsh for Welsh, else English.
    static QString guideResource(const QLocale &locale);

private:
    void openLink(const QUrl &url);
    void findNext();

    QTextBrowser *m_browser = nullptr;
    QLineEdit *m_findEdit = nullptr;
};

} // namespace ReleaseDesk
