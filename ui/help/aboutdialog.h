#pragma once

#include <QDialog>

namespace ReleaseDesk {

// Help → About: what ReleaseDesk is, its version and the Qt it runs on, its
// own licence (MIT, embedded as :/legal/LICENSE) and the third-party
// components it is built on with theirs (ThirdPartyComponents).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

private:
    QWidget *createAboutTab();
    QWidget *createLicenceTab();
    QWidget *createThirdPartyTab();
};

} // namespace ReleaseDesk
