// SPDX-License-Identifier: GPL-3.0-or-later
// Core::safeText: server text made safe for a terminal (issue 11).
#include "core/displaytext.h"

#include <QTest>

using namespace HandlerDesk::Core;
using namespace Qt::Literals::StringLiterals;

class TestDisplayText : public QObject
{
    Q_OBJECT

private slots:
    void controlsReplaced_data();
    void controlsReplaced();
    void capped();
    void capKeepsSurrogatePairs();
};

void TestDisplayText::controlsReplaced_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString r(QChar::ReplacementCharacter);
    QTest::newRow("plain") << u"Opening Greeting – Zürich 東京"_s
                           << u"Opening Greeting – Zürich 東京"_s;
    QTest::newRow("clear screen") << u"a\x1b[2Jb"_s << u"a"_s + r + u"[2Jb"_s;
    QTest::newRow("window title") << u"\x1b]0;owned\x07x"_s << r + u"]0;owned"_s + r + u"x"_s;
    QTest::newRow("forged line") << u"bad\rhandlerctl: all good"_s
                                 << u"bad"_s + r + u"handlerctl: all good"_s;
    QTest::newRow("newline and tab") << u"a\nb\tc"_s << u"a"_s + r + u"b"_s + r + u"c"_s;
    QTest::newRow("C1 CSI and DEL") << u"a\u009b2Jb\u007f"_s << u"a"_s + r + u"2Jb"_s + r;
    QTest::newRow("bidi override") << u"abc\u202Efed"_s << u"abc"_s + r + u"fed"_s;
    QTest::newRow("line separator") << u"a\u2028b"_s << u"a"_s + r + u"b"_s;
}

void TestDisplayText::controlsReplaced()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(safeText(text), expected);
    QCOMPARE(safeText(text, 1000), expected);
}

void TestDisplayText::capped()
{
    const QString text = QString(1000, u'x') + QString(10, u'é'); // é: 2 bytes in UTF-8
    QCOMPARE(safeText(text, 1000), QString(1000, u'x') + u"… 20 more bytes"_s);
    QCOMPARE(safeText(QString(20'000'000, u'a'), 1000).size(), 1000 + 21);
    QCOMPARE(safeText(u"short"_s, 1000), u"short"_s);
    QCOMPARE(safeText(u"abc"_s, 0), u"… 3 more bytes"_s);
}

void TestDisplayText::capKeepsSurrogatePairs()
{
    const QString smile = QString::fromUcs4(U"\U0001F600", 1);
    QCOMPARE(safeText(u"ab"_s + smile, 3), u"ab… 4 more bytes"_s);
}

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
