// SPDX-License-Identifier: GPL-3.0-or-later
#include "childprocess.h"

#include <QTemporaryFile>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <ctime>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

namespace HandlerDesk::Bench {

using namespace Qt::Literals::StringLiterals;

namespace {

double now()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double seconds(const timeval &tv)
{
    return double(tv.tv_sec) + double(tv.tv_usec) / 1e6;
}

// Only async-signal-safe calls between fork() and exec().
[[noreturn]] void execChild(int inFd, int outFd, int errFd, char *const *argv)
{
    dup2(inFd, STDIN_FILENO);
    dup2(outFd, STDOUT_FILENO);
    dup2(errFd, STDERR_FILENO);
    execvp(argv[0], argv);
    _exit(127);
}

} // namespace

QString ChildRun::failure() const
{
    if (!started)
        return u"did not start"_s;
    const QString first = QString::fromLocal8Bit(err.trimmed()).section(u'\n', 0, 0);
    return exitCode < 0 ? u"killed: %1"_s.arg(first) : u"exit %1: %2"_s.arg(exitCode).arg(first);
}

ChildRun runChild(const ChildSpec &spec)
{
    ChildRun run;
    QTemporaryFile errFile;
    if (!errFile.open())
        return run;
    int inPipe[2];
    if (pipe2(inPipe, O_CLOEXEC) != 0)
        return run;
    const QByteArray outPath =
        spec.outputFile.isEmpty() ? QByteArray("/dev/null") : spec.outputFile.toLocal8Bit();
    const int outFd = open(outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (outFd < 0) {
        close(inPipe[0]);
        close(inPipe[1]);
        return run;
    }

    // Everything the child needs is prepared before fork().
    std::vector<QByteArray> args;
    args.push_back(spec.program.toLocal8Bit());
    for (const QString &a : spec.arguments)
        args.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    for (const QString &e : spec.extraEnv) {
        const QByteArray name = e.section(u'=', 0, 0).toLocal8Bit();
        setenv(name.constData(), e.section(u'=', 1).toLocal8Bit().constData(), 1);
    }

    const double start = now();
    const pid_t pid = fork();
    if (pid == 0)
        execChild(inPipe[0], outFd, errFile.handle(), argv.data());
    for (const QString &e : spec.extraEnv)
        unsetenv(e.section(u'=', 0, 0).toLocal8Bit().constData());
    close(inPipe[0]);
    close(outFd);
    if (pid < 0) {
        close(inPipe[1]);
        return run;
    }
    run.started = true;
    // The input is a password line: far below the pipe buffer, so this cannot block.
    const auto old = std::signal(SIGPIPE, SIG_IGN);
    if (!spec.input.isEmpty())
        (void)!write(inPipe[1], spec.input.constData(), size_t(spec.input.size()));
    close(inPipe[1]);
    std::signal(SIGPIPE, old);

    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    run.wallSeconds = now() - start;
    run.cpuSeconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    run.peakRssMb = double(usage.ru_maxrss) / 1024.0; // KiB on Linux
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (run.exitCode == 127)
        run.started = false;
    errFile.seek(0);
    run.err = errFile.readAll();
    return run;
}

} // namespace HandlerDesk::Bench
