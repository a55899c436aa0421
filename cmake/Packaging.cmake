# `cpack -G DEB` in a build folder makes releasedesk_<version>_<arch>.deb from
# what `cmake --install` puts in place (scripts/package.sh builds it optimised,
# scripts/check-package.sh installs it on a fresh Debian 12 and starts it).
#
# dpkg-shlibdeps (dpkg-dev) works out the libraries the binaries link. What it
# cannot see is what Qt and QtKeychain load at run time: the SQLite driver, the
# platform plugins (xcb and the rest), libsecret for the Secret Service, and a
# keyring that provides that service. Those are named here.
set(CPACK_PACKAGE_NAME releasedesk)
set(CPACK_PACKAGE_VENDOR "The ReleaseDesk developers")
set(CPACK_PACKAGE_CONTACT "The ReleaseDesk developers <releasedesk@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines of the length Debian's control file wants; CPack indents them.
set(CPACK_PACKAGE_DESCRIPTION "ReleaseDesk takes a software team's releases through CI-Dev,
Staging and Live. It reads the team's record from Concourse, Jira,
Confluence, ServiceNow, Slack and GitHub, shows every release's stage and
what blocks it, and writes each step back through an outbox that keeps
working offline. Includes releasedesk-cli for scripts and
releasedesk-sandbox, a stand-in for the systems that the demo runs on.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/releasedesk/releasedesk")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/resources/legal/LICENSE")
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_INSTALL_DIRECTORY ReleaseDesk) # outside Debian: NSIS, WiX

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # releasedesk_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager | keepassxc, qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
