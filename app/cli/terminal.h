#pragma once

#include <QString>

namespace ReleaseDesk::Cli {

// The command line's output: results on stdout for scripts to read, messages
// and a progress line on stderr. The progress line redraws itself in place
// only on a terminal; elsewhere it prints nothing, so logs stay readable.
class Terminal
{
public:
    Terminal();

    void print(const QString &line);
    void error(const QString &line);
    void progress(const QString &line);
    // Ends a progress line so that the next output starts on a fresh line.
    void endProgress();

private:
    bool m_interactive = false;
    bool m_progressShown = false;
};

} // namespace ReleaseDesk::Cli
