// SPDX-License-Identifier: GPL-3.0-or-later
// CallFlowCache (core/flow/callflowcachefile.h): a graph saved per server and user comes back
// with its read time; a damaged file, one of another version or of another server is ignored
// with a reason, never a crash; a save leaves one complete file and no temporary ones.
#include "core/flow/callflowcachefile.h"
#include "core/flow/callflowgraph.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace HandlerDesk::Core::Flow;
using namespace Qt::Literals::StringLiterals;

namespace {

Graph sample()
{
    Graph graph;
    Node opening;
    opening.objectId = u"opening"_s;
    opening.name = u"Opening Greeting"_s;
    opening.kind = NodeKind::CallHandler;
    opening.detailsRead = true;
    graph.addNode(opening);
    Node op = opening;
    op.objectId = u"operator"_s;
    op.name = u"Operator"_s;
    op.extension = u"0"_s;
    graph.addNode(op);
    EdgeSpec key0;
    key0.targetId = u"operator"_s;
    key0.detail = u"0"_s;
    key0.conversation = u"PHTransfer"_s;
    EdgeSpec gone = key0;
    gone.targetId = u"deleted-handler"_s;
    gone.detail = u"5"_s;
    graph.setEdgesFrom(u"opening"_s, {key0, gone});
    graph.setExtraRoots({u"opening"_s});
    graph.setReadAt(QDateTime(QDate(2026, 12, 3), QTime(1, 30), Qt::UTC));
    return graph;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

class TestFlowCacheFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    CallFlowCache cache() const { return CallFlowCache(m_dir.filePath(u"callflow"_s)); }

private Q_SLOTS:
    void init() { QDir(m_dir.filePath(u"callflow"_s)).removeRecursively(); }

    void roundTrip()
    {
        const CallFlowCache c = cache();
        QString problem = u"x"_s;
        QVERIFY(!c.load(u"cuc.example.com"_s, u"admin"_s, &problem));
        QVERIFY(problem.isEmpty()); // none yet is not a problem
        QString error;
        QVERIFY2(c.save(u"cuc.example.com"_s, u"admin"_s, sample(), &error), qPrintable(error));
        const std::optional<Graph> loaded = c.load(u"CUC.example.com"_s, u"admin"_s, &problem);
        QVERIFY(loaded);
        QVERIFY(problem.isEmpty());
        QCOMPARE(loaded->readAt(), sample().readAt());
        QCOMPARE(loaded->nodeCount(), sample().nodeCount());
        QCOMPARE(loaded->edgeCount(), 2);
        const int opening = loaded->indexOf(u"opening"_s);
        QVERIFY(opening >= 0);
        QVERIFY(loaded->roots().contains(opening));
        const int missing = loaded->indexOf(u"deleted-handler"_s);
        QVERIFY(missing >= 0);
        QCOMPARE(loaded->node(missing).kind, NodeKind::Missing);
        QVERIFY(loaded->node(missing).name.isEmpty());
        // Another user of the same server has a file of its own.
        QVERIFY(!c.load(u"cuc.example.com"_s, u"other"_s));
        QVERIFY(c.filePath(u"cuc.example.com"_s, u"admin"_s) !=
                c.filePath(u"cuc.example.com"_s, u"other"_s));
    }

    // Neither server nor user appears in the file name; the save leaves one file, no temporary.
    void fileNameAndAtomicWrite()
    {
        const CallFlowCache c = cache();
        const QString path = c.filePath(u"cuc.example.com"_s, u"admin"_s);
        QVERIFY(!path.contains(u"cuc"_s));
        QVERIFY(!path.contains(u"admin"_s));
        QVERIFY(path.startsWith(c.directory() + u'/'));
        QVERIFY(c.save(u"cuc.example.com"_s, u"admin"_s, sample()));
        QVERIFY(c.save(u"cuc.example.com"_s, u"admin"_s, sample()));
        QCOMPARE(QDir(c.directory()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QFileInfo(path).fileName()});
        QVERIFY(c.remove(u"cuc.example.com"_s, u"admin"_s));
        QVERIFY(!QFile::exists(path));
    }

    // One place for both programs: the desktop and handlerctl (different application names)
    // find the same file for the same server and user.
    void defaultDirectoryIsTheXdgCache()
    {
        const CallFlowCache c;
        QVERIFY(c.directory().endsWith(u"/handlerdesk/callflow"_s));
        QVERIFY(!c.directory().startsWith(u"/handlerdesk"_s));
        const QString before = QCoreApplication::applicationName();
        QCoreApplication::setApplicationName(u"handlerctl"_s);
        QCOMPARE(CallFlowCache().directory(), c.directory());
        QCoreApplication::setApplicationName(before);
        QCOMPARE(CallFlowCache::serverKey(QUrl(u"https://cuc.example.com"_s)),
                 u"cuc.example.com:443"_s);
        QCOMPARE(CallFlowCache::serverKey(QUrl(u"https://cuc.example.com:8443/"_s)),
                 u"cuc.example.com:8443"_s);
    }

    void unwritableDirectory()
    {
        // The cache directory's place is taken by a file: no save, a reason, no crash.
        const QString blocked = m_dir.filePath(u"blocked"_s);
        writeFile(blocked, "not a directory");
        const CallFlowCache c(blocked);
        QString error;
        QVERIFY(!c.save(u"cuc.example.com"_s, u"admin"_s, sample(), &error));
        QVERIFY(!error.isEmpty());
    }

    void unusableFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason"); // a word of the reason
        QByteArray good;
        {
            const CallFlowCache c = cache();
            QVERIFY(c.save(u"cuc.example.com"_s, u"admin"_s, sample()));
            QFile file(c.filePath(u"cuc.example.com"_s, u"admin"_s));
            QVERIFY(file.open(QIODevice::ReadOnly));
            good = file.readAll();
        }
        const auto withHeader = [](quint16 version, const QString &server, const QByteArray &g) {
            QByteArray bytes;
            QDataStream out(&bytes, QIODevice::WriteOnly);
            out.setVersion(QDataStream::Qt_6_4);
            out << quint32(0x48444643) << version << server << u"admin"_s << g;
            return bytes;
        };
        const QByteArray graph = sample().serialize();
        QTest::newRow("empty") << QByteArray() << u"damaged"_s;
        QTest::newRow("garbage") << QByteArray("\x01\x02garbage", 9) << u"damaged"_s;
        QTest::newRow("truncated") << good.left(good.size() - 7) << u"damaged"_s;
        QTest::newRow("trailing bytes") << good + "x" << u"damaged"_s;
        QByteArray flipped = good;
        flipped[flipped.size() - 20] = char(flipped.at(flipped.size() - 20) ^ 0x7f);
        QTest::newRow("bit flip in the graph") << flipped << u"damaged"_s;
        QTest::newRow("old version") << withHeader(0, u"cuc.example.com"_s, graph) << u"version"_s;
        QTest::newRow("newer version")
            << withHeader(CallFlowCache::FileVersion + 1, u"cuc.example.com"_s, graph)
            << u"version"_s;
        QTest::newRow("graph of another version")
            << withHeader(CallFlowCache::FileVersion, u"cuc.example.com"_s,
                          QByteArray("HDCF\x00\x63", 6))
            << u"damaged"_s;
        QTest::newRow("another server's file")
            << withHeader(CallFlowCache::FileVersion, u"other.example.com"_s, graph)
            << u"another server"_s;
    }

    void unusableFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const CallFlowCache c = cache();
        QVERIFY(QDir().mkpath(c.directory()));
        writeFile(c.filePath(u"cuc.example.com"_s, u"admin"_s), bytes);
        QString problem;
        QVERIFY(!c.load(u"cuc.example.com"_s, u"admin"_s, &problem));
        QVERIFY2(problem.contains(reason), qPrintable(problem));
        // A good save replaces it.
        QVERIFY(c.save(u"cuc.example.com"_s, u"admin"_s, sample()));
        QVERIFY(c.load(u"cuc.example.com"_s, u"admin"_s, &problem));
    }
};

QTEST_GUILESS_MAIN(TestFlowCacheFile)
#include "tst_flowcachefile.moc"
