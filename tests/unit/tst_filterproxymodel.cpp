// SPDX-License-Identifier: GPL-3.0-or-later
// HandlerFilterProxyModel over a CallHandlerListModel filled without a server (addHandler), and
// the list model's row maintenance (add/update/remove).
#include "core/models/callhandlerlistmodel.h"
#include "core/models/handlerfilterproxymodel.h"
#include "core/models/handlersort.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace HandlerDesk::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

CupiObject handler(const QString &id, const QString &name, const QString &extension,
                   bool undeletable = false)
{
    CupiObject o;
    o.set(u"ObjectId"_s, id);
    o.set(u"DisplayName"_s, name);
    if (!extension.isNull())
        o.set(u"DtmfAccessId"_s, extension);
    o.set(u"Undeletable"_s, undeletable ? u"true"_s : u"false"_s);
    return o;
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

} // namespace

class TestFilterProxyModel : public QObject
{
    Q_OBJECT

private:
    CallHandlerListModel *m_source = nullptr;
    HandlerFilterProxyModel *m_proxy = nullptr;

private Q_SLOTS:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        m_source = new CallHandlerListModel(nullptr, nullptr, this);
        m_proxy = new HandlerFilterProxyModel(this);
        m_proxy->setSourceModel(m_source);
        for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_source),
                                          static_cast<QAbstractItemModel *>(m_proxy)}) {
            auto *tester = new QAbstractItemModelTester(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_proxy);
            tester->setUseFetchMore(false);
        }
        m_source->addHandler(handler(u"a"_s, u"Handler 10"_s, u"2010"_s));
        m_source->addHandler(handler(u"b"_s, u"handler 2"_s, u"202"_s));
        m_source->addHandler(handler(u"c"_s, u"Billing After Hours"_s, QString()));
        m_source->addHandler(handler(u"d"_s, u"Opening Greeting"_s, u"100"_s, true));
        m_source->addHandler(handler(u"e"_s, u"Handler 1"_s, u"9"_s));
    }
    void cleanup()
    {
        delete m_proxy;
        delete m_source;
    }

    void naturalCompare_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("sign");
        QTest::newRow("numbers by value") << u"a2"_s << u"a10"_s << -1;
        QTest::newRow("case-insensitive") << u"ABC"_s << u"abd"_s << -1;
        QTest::newRow("equal ignoring case") << u"Abc 7"_s << u"aBC 7"_s << 0;
        QTest::newRow("leading zeros") << u"x007"_s << u"x7"_s << 0;
        QTest::newRow("prefix first") << u"Sales"_s << u"Sales 1"_s << -1;
        QTest::newRow("long numbers")
            << u"99999999999999999999"_s << u"100000000000000000000"_s << -1;
        QTest::newRow("digits before letters") << u"1abc"_s << u"abc"_s << -1;
    }
    void naturalCompare()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, sign);
        const auto normal = [](int v) { return v < 0 ? -1 : (v > 0 ? 1 : 0); };
        QCOMPARE(normal(HandlerSort::naturalCompare(a, b)), sign);
        QCOMPARE(normal(HandlerSort::naturalCompare(b, a)), -sign);
    }

    // The packed prefix the list keeps per row must never contradict naturalCompare().
    void naturalPrefixAgreesWithNaturalCompare()
    {
        const QString alphabet = u"aAbBzZ _-.\u00e9\u00c9\u0416\u04361209"_s;
        QRandomGenerator random(4711);
        QStringList words;
        for (int i = 0; i < 400; ++i) {
            QString word;
            const int length = random.bounded(0, 9);
            for (int c = 0; c < length; ++c)
                word += alphabet.at(random.bounded(alphabet.size()));
            words << word;
        }
        int decided = 0;
        for (const QString &a : std::as_const(words)) {
            for (const QString &b : std::as_const(words)) {
                quint64 pa = 0;
                quint64 pb = 0;
                if (!HandlerSort::naturalPrefix(a, &pa) || !HandlerSort::naturalPrefix(b, &pb) ||
                    pa == pb)
                    continue;
                ++decided;
                const int natural = HandlerSort::naturalCompare(a, b);
                QVERIFY2((pa < pb) == (natural < 0) && natural != 0,
                         qPrintable(u"'%1' vs '%2'"_s.arg(a, b)));
            }
        }
        QVERIFY(decided > 10000);
        quint64 p = 0;
        QVERIFY(!HandlerSort::naturalPrefix(u"ab1"_s, &p));
        QVERIFY(HandlerSort::naturalPrefix(u"abcd1"_s, &p));
    }

    void naturalSortCaseInsensitive()
    {
        m_proxy->sort(CallHandlerListModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(column(*m_proxy, CallHandlerListModel::NameColumn),
                 (QStringList{u"Billing After Hours"_s, u"Handler 1"_s, u"handler 2"_s,
                              u"Handler 10"_s, u"Opening Greeting"_s}));
        m_proxy->sort(CallHandlerListModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(column(*m_proxy, CallHandlerListModel::NameColumn).constFirst(),
                 u"Opening Greeting"_s);
    }

    void emptyValuesLastBothWays()
    {
        m_proxy->sort(CallHandlerListModel::ExtensionColumn, Qt::AscendingOrder);
        QCOMPARE(column(*m_proxy, CallHandlerListModel::ExtensionColumn),
                 (QStringList{u"9"_s, u"100"_s, u"202"_s, u"2010"_s, QString()}));
        m_proxy->sort(CallHandlerListModel::ExtensionColumn, Qt::DescendingOrder);
        QCOMPARE(column(*m_proxy, CallHandlerListModel::ExtensionColumn),
                 (QStringList{u"2010"_s, u"202"_s, u"100"_s, u"9"_s, QString()}));
    }

    void filterOnNameAndExtension_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("empty") << QString()
                               << QStringList{u"Handler 10"_s, u"handler 2"_s,
                                              u"Billing After Hours"_s, u"Opening Greeting"_s,
                                              u"Handler 1"_s};
        QTest::newRow("case-insensitive name")
            << u"HANDLER 1"_s << QStringList{u"Handler 10"_s, u"Handler 1"_s};
        QTest::newRow("inner text") << u"after"_s << QStringList{u"Billing After Hours"_s};
        QTest::newRow("extension") << u"20"_s << QStringList{u"Handler 10"_s, u"handler 2"_s};
        QTest::newRow("spaces trimmed") << u"  greeting "_s << QStringList{u"Opening Greeting"_s};
        QTest::newRow("nothing") << u"zzz"_s << QStringList{};
    }
    void filterOnNameAndExtension()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        m_proxy->setFilterText(text);
        QCOMPARE(m_proxy->filterText(), text);
        QCOMPARE(column(*m_proxy, CallHandlerListModel::NameColumn), names);
    }

    void unchangedFilterDoesNothing()
    {
        m_proxy->setFilterText(u"handler"_s);
        QSignalSpy removed(m_proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(m_proxy, &QAbstractItemModel::modelReset);
        m_proxy->setFilterText(u"HANDLER"_s); // same after folding
        QCOMPARE(removed.count() + inserted.count() + reset.count(), 0);
        QCOMPARE(m_proxy->rowCount(), 3);
    }

    void filterFollowsSourceChanges()
    {
        m_proxy->setFilterText(u"billing"_s);
        QCOMPARE(m_proxy->rowCount(), 1);
        m_source->addHandler(handler(u"f"_s, u"Billing Main"_s, u"300"_s));
        QCOMPARE(m_proxy->rowCount(), 2);
        m_source->updateHandler(handler(u"c"_s, u"Support After Hours"_s, u"400"_s));
        QCOMPARE(column(*m_proxy, CallHandlerListModel::NameColumn),
                 QStringList{u"Billing Main"_s});
        m_source->removeHandler(u"f"_s);
        QCOMPARE(m_proxy->rowCount(), 0);
    }

    void rowMaintenance()
    {
        QCOMPARE(m_source->rowCount(), 5);
        QCOMPARE(m_source->rowOf(u"d"_s), 3);
        QVERIFY(m_source->index(3, 0).data(CallHandlerListModel::UndeletableRole).toBool());
        QCOMPARE(m_source->index(3, CallHandlerListModel::FlagsColumn).data().toString(),
                 u"Undeletable"_s);
        m_source->removeHandler(u"b"_s);
        QCOMPARE(m_source->rowCount(), 4);
        QCOMPARE(m_source->rowOf(u"b"_s), -1);
        QCOMPARE(m_source->rowOf(u"d"_s), 2); // index rebuilt after the removed row
        QCOMPARE(m_source->objectIdAt(2), u"d"_s);
        QSignalSpy changed(m_source, &QAbstractItemModel::dataChanged);
        m_source->addHandler(handler(u"d"_s, u"Opening Greeting 2"_s, u"100"_s, true)); // known id
        QCOMPARE(m_source->rowCount(), 4);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_source->index(2, 0).data().toString(), u"Opening Greeting 2"_s);
        m_source->removeHandler(u"unknown"_s);
        QCOMPARE(m_source->rowCount(), 4);
    }
};

QTEST_GUILESS_MAIN(TestFilterProxyModel)
#include "tst_filterproxymodel.moc"
