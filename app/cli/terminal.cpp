#include "terminal.h"

#include <cstdio>
#include <unistd.h>

namespace ReleaseDesk::Cli {

Terminal::Terminal() : m_interactive(isatty(fileno(stderr)) != 0) {}

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
