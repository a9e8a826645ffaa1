// SPDX-License-Identifier: GPL-3.0-or-later
#include "childprocess.h"

#include <QDataStream>
#include <QFile>
#include <QTemporaryFile>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <ctime>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <type_traits>
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

namespace {

// Runs `spec` with its standard error into `errPath`.
ChildRun spawn(const ChildSpec &spec, const QByteArray &errPath)
{
    ChildRun run;
    const int errFd = open(errPath.constData(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (errFd < 0)
        return run;
    int inPipe[2];
    if (pipe2(inPipe, O_CLOEXEC) != 0) {
        close(errFd);
        return run;
    }
    const QByteArray outPath =
        spec.outputFile.isEmpty() ? QByteArray("/dev/null") : spec.outputFile.toLocal8Bit();
    const int outFd = open(outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (outFd < 0) {
        close(errFd);
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
        execChild(inPipe[0], outFd, errFd, argv.data());
    for (const QString &e : spec.extraEnv)
        unsetenv(e.section(u'=', 0, 0).toLocal8Bit().constData());
    close(inPipe[0]);
    close(outFd);
    close(errFd);
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
    return run;
}

// The launcher's end of the pipes; -1 when children are forked from this process.
int g_requests = -1;
int g_answers = -1;
pid_t g_launcher = -1;

// All of `size` bytes through read() or write(), across short transfers and EINTR.
template <typename Buffer, typename Io> bool transferAll(int fd, Buffer *data, size_t size, Io io)
{
    auto *p =
        reinterpret_cast<std::conditional_t<std::is_const_v<Buffer>, const char, char> *>(data);
    while (size > 0) {
        const ssize_t n = io(fd, p, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        p += n;
        size -= size_t(n);
    }
    return true;
}

bool readAll(int fd, void *data, size_t size)
{
    return transferAll(fd, data, size, ::read);
}

bool writeAll(int fd, const void *data, size_t size)
{
    return transferAll(fd, data, size, ::write);
}

struct Answer
{
    int started;
    int exitCode;
    double wall;
    double cpu;
    double rss;
};

[[noreturn]] void serve(int requests, int answers)
{
    for (;;) {
        quint32 size = 0;
        if (!readAll(requests, &size, sizeof size))
            _exit(0); // the benchmark ended
        QByteArray data(qsizetype(size), Qt::Uninitialized);
        if (!readAll(requests, data.data(), size))
            _exit(0);
        QDataStream in(data);
        ChildSpec spec;
        QByteArray errPath;
        in >> spec.program >> spec.arguments >> spec.input >> spec.outputFile >> spec.extraEnv >>
            errPath;
        const ChildRun r = spawn(spec, errPath);
        const Answer answer{r.started, r.exitCode, r.wallSeconds, r.cpuSeconds, r.peakRssMb};
        if (!writeAll(answers, &answer, sizeof answer))
            _exit(0);
    }
}

} // namespace

void startLauncher()
{
    int requests[2], answers[2];
    if (pipe2(requests, O_CLOEXEC) != 0 || pipe2(answers, O_CLOEXEC) != 0)
        return;
    const pid_t pid = fork();
    if (pid == 0) {
        close(requests[1]);
        close(answers[0]);
        serve(requests[0], answers[1]);
    }
    close(requests[0]);
    close(answers[1]);
    if (pid < 0) {
        close(requests[1]);
        close(answers[0]);
        return;
    }
    g_launcher = pid;
    g_requests = requests[1];
    g_answers = answers[0];
}

double launcherRssMb()
{
    QFile status(u"/proc/%1/status"_s.arg(g_launcher));
    if (g_launcher < 0 || !status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024;
    }
    return 0;
}

ChildRun runChild(const ChildSpec &spec)
{
    QTemporaryFile errFile;
    if (!errFile.open())
        return {};
    ChildRun run;
    if (g_requests < 0) {
        run = spawn(spec, errFile.fileName().toLocal8Bit());
    } else {
        QByteArray data;
        QDataStream out(&data, QIODevice::WriteOnly);
        out << spec.program << spec.arguments << spec.input << spec.outputFile << spec.extraEnv
            << errFile.fileName().toLocal8Bit();
        const quint32 size = quint32(data.size());
        Answer answer{};
        if (!writeAll(g_requests, &size, sizeof size) ||
            !writeAll(g_requests, data.constData(), size) ||
            !readAll(g_answers, &answer, sizeof answer))
            return {};
        run.started = answer.started;
        run.exitCode = answer.exitCode;
        run.wallSeconds = answer.wall;
        run.cpuSeconds = answer.cpu;
        run.peakRssMb = answer.rss;
    }
    errFile.seek(0);
    run.err = errFile.readAll();
    return run;
}

} // namespace HandlerDesk::Bench
