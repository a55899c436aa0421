#pragma once

#include <QString>

#include <cstdio>

// How the benchmarks print: figures on standard output as they come, flushed
// so that a slow run shows its progress; errors on standard error.
namespace ReleaseDesk::Bench {

inline void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// Prints "<program>: <why>" and returns the exit code of a failed run.
inline int fail(const char *program, const QString &why)
{
    std::fprintf(stderr, "%s: %s\n", program, qPrintable(why));
    return 1;
}

} // namespace ReleaseDesk::Bench
