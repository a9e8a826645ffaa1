// SPDX-License-Identifier: GPL-3.0-or-later
// Core::safeText: server text made safe for a terminal (issue 11); displayWidth and
// truncateToWidth: terminal columns for handlerctl's tables (issue 13).
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
    void widths_data();
    void widths();
    void truncationKeepsCharacters();
    void padding();
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

void TestDisplayText::widths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("columns");
    QTest::newRow("ascii") << u"Sales"_s << qsizetype(5);
    QTest::newRow("latin accents precomposed") << u"Zürich"_s << qsizetype(6);
    // e + COMBINING ACUTE ACCENT, twice: the marks take no column.
    QTest::newRow("combining accents") << u"Cafe\u0301 e\u0301\u0323"_s << qsizetype(6);
    QTest::newRow("CJK") << u"営業部"_s << qsizetype(6);
    QTest::newRow("CJK and ascii") << u"東京 Sales"_s << qsizetype(10);
    QTest::newRow("hangul") << u"영업"_s << qsizetype(4);
    QTest::newRow("fullwidth") << u"ＡＢ"_s << qsizetype(4);
    QTest::newRow("halfwidth katakana") << u"ｶﾀｶﾅ"_s << qsizetype(4);
    QTest::newRow("emoji (astral)") << QString::fromUcs4(U"\U0001F600 ok", 4) << qsizetype(5);
    QTest::newRow("emoji VS16") << u"\u2764\uFE0F"_s << qsizetype(2);
    QTest::newRow("emoji ZWJ sequence")
        << QString::fromUcs4(U"\U0001F469\u200D\U0001F4BB", 3) << qsizetype(2);
    QTest::newRow("zero width space") << u"a\u200Bb"_s << qsizetype(2);
    QTest::newRow("CJK extension B") << QString::fromUcs4(U"\U00020BB7", 1) << qsizetype(2);
}

void TestDisplayText::widths()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, columns);
    QCOMPARE(displayWidth(text), columns);
}

void TestDisplayText::truncationKeepsCharacters()
{
    QCOMPARE(truncateToWidth(u"営業部"_s, 5), u"営業"_s); // not half a character
    QCOMPARE(truncateToWidth(u"営業部"_s, 6), u"営業部"_s);
    QCOMPARE(truncateToWidth(u"abc"_s, 0), QString());
    // The accent stays with its letter.
    QCOMPARE(truncateToWidth(u"e\u0301e\u0301"_s, 1), u"e\u0301"_s);
    const QString smile = QString::fromUcs4(U"\U0001F600", 1);
    QCOMPARE(truncateToWidth(u"a"_s + smile, 2), u"a"_s); // never half a surrogate pair
    QCOMPARE(truncateToWidth(u"a"_s + smile, 3), u"a"_s + smile);
    const QString coder = QString::fromUcs4(U"\U0001F469\u200D\U0001F4BB", 3);
    QCOMPARE(truncateToWidth(coder + u"x"_s, 2), coder);
}

void TestDisplayText::padding()
{
    QCOMPARE(padToWidth(u"営業"_s, 6), u"営業  "_s);
    QCOMPARE(padToWidth(u"Cafe\u0301"_s, 5), u"Cafe\u0301 "_s);
    QCOMPARE(padToWidth(u"toolong"_s, 3), u"toolong"_s);
}

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
