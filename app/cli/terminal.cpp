#include "terminal.h"

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace ReleaseDesk::Cli {
namespace {

// POSIX and the Windows C runtime name the same test differently; Qt has none.
bool isTerminal(std::FILE *stream)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stream)) != 0;
#else
    return isatty(fileno(stream)) != 0;
#endif
}

} // namespace

Terminal::Terminal() : m_interactive(isTerminal(stderr)) {}

void Terminal::print(const QString &line)
{
    endProgress();
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

void Terminal::error(const QString &line)
{
    endProgress();
    std::fprintf(stderr, "releasedesk-cli: %s\n", qPrintable(line));
}

void Terminal::progress(const QString &line)
{
    if (!m_interactive)
        return;
    // \33[K clears what a longer previous line left behind.
    std::fprintf(stderr, "\r%s\33[K", qPrintable(line));
    std::fflush(stderr);
    m_progressShown = true;
}

void Terminal::endProgress()
{
    if (!m_progressShown)
        return;
    std::fprintf(stderr, "\n");
    m_progressShown = false;
}

} // namespace ReleaseDesk::Cli
