// SPDX-License-Identifier: GPL-3.0-or-later
// CUPI's times (core/cupitime.h) and the on/off state of greetings and transfer rules built on
// them (core/activation.h), with the PUT body that state makes (core/handleredit.h). Runs in
// Europe/Berlin with English month names, so local times are known.
#include "core/activation.h"
#include "core/cupiobject.h"
#include "core/cupitime.h"
#include "core/handleredit.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>

#include <ctime>

using namespace HandlerDesk::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

CupiObject greeting(const QString &type, const QString &enabled, const QString &expires)
{
    CupiObject o;
    o.set(u"GreetingType"_s, type);
    o.set(u"Enabled"_s, enabled);
    if (!expires.isNull())
        o.set(u"TimeExpires"_s, expires);
    o.set(u"PlayWhat"_s, u"0"_s);
    return o;
}

QStringList keys(const CupiObject &o)
{
    QStringList k;
    for (const auto &[key, value] : o.fields())
        k << key;
    return k;
}

} // namespace

class TestCupiTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("cupi, .0") << u"1972-01-01 00:00:00.0"_s << utc(1972, 1, 1, 0, 0);
        QTest::newRow("cupi, .5") << u"2026-12-24 17:00:30.5"_s
                                  << utc(2026, 12, 24, 17, 0, 30, 500);
        QTest::newRow("cupi, .123")
            << u"2026-12-24 17:00:30.123"_s << utc(2026, 12, 24, 17, 0, 30, 123);
        QTest::newRow("cupi, no ms") << u"2026-12-24 17:00:30"_s << utc(2026, 12, 24, 17, 0, 30);
        QTest::newRow("iso Z") << u"2013-01-02T15:42:48Z"_s << utc(2013, 1, 2, 15, 42, 48);
        QTest::newRow("iso no zone = GMT")
            << u"2013-01-02T15:42:48"_s << utc(2013, 1, 2, 15, 42, 48);
        QTest::newRow("iso offset")
            << u"2013-01-02T15:42:48+02:00"_s << utc(2013, 1, 2, 13, 42, 48);
        // 02:30 does not exist in Berlin on that night: GMT text must not go through local time.
        QTest::newRow("berlin dst gap") << u"2026-03-29 02:30:00.0"_s << utc(2026, 3, 29, 2, 30);
        QTest::newRow("empty") << QString() << QDateTime();
        QTest::newRow("blank") << u""_s << QDateTime();
        QTest::newRow("words") << u"tomorrow"_s << QDateTime();
        QTest::newRow("no time") << u"2026-12-24"_s << QDateTime();
        QTest::newRow("bad month") << u"2026-13-24 17:00:00.0"_s << QDateTime();
        QTest::newRow("bad separator") << u"2026-12-24_17:00:00.0"_s << QDateTime();
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = CupiTime::parse(text);
        QCOMPARE(parsed.isValid(), expected.isValid());
        QCOMPARE(CupiTime::isValid(text), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
    }

    void format()
    {
        QCOMPARE(CupiTime::format(utc(1972, 1, 1, 0, 0)), u"1972-01-01 00:00:00.0"_s);
        QCOMPARE(CupiTime::format(utc(2026, 12, 24, 17, 5, 9, 120)), u"2026-12-24 17:05:09.12"_s);
        // A local time is written in GMT: 18:00 in Berlin in winter is 17:00 GMT.
        const QDateTime berlin(QDate(2026, 12, 24), QTime(18, 0), Qt::LocalTime);
        QCOMPARE(CupiTime::format(berlin), u"2026-12-24 17:00:00.0"_s);
        QCOMPARE(CupiTime::format(QDateTime()), QString());
        // Round trip.
        const QString text = u"2031-06-30 23:59:00.0"_s;
        QCOMPARE(CupiTime::format(CupiTime::parse(text)), text);
    }

    void shortLocalText()
    {
        const QDateTime now = utc(2026, 6, 1, 12, 0);
        QCOMPARE(CupiTime::shortLocalText(utc(2026, 12, 24, 17, 0), now), u"24 Dec 18:00"_s);
        QCOMPARE(CupiTime::shortLocalText(utc(2026, 7, 1, 7, 30), now), u"1 Jul 09:30"_s); // CEST
        QCOMPARE(CupiTime::shortLocalText(utc(2027, 1, 3, 8, 30), now), u"3 Jan 2027 09:30"_s);
        QCOMPARE(CupiTime::shortLocalText(QDateTime(), now), QString());
    }

    void activationOf_data()
    {
        QTest::addColumn<QString>("enabled");
        QTest::addColumn<QString>("expires");
        QTest::addColumn<int>("state");
        using S = Activation::State;
        QTest::newRow("disabled, 1972") << u"false"_s << u"1972-01-01 00:00:00.0"_s << int(S::Off);
        QTest::newRow("disabled, no time") << u"false"_s << QString() << int(S::Off);
        QTest::newRow("disabled, future")
            << u"false"_s << u"2030-01-01 00:00:00.0"_s << int(S::Off);
        QTest::newRow("enabled, absent") << u"true"_s << QString() << int(S::On);
        QTest::newRow("enabled, empty") << u"true"_s << u""_s << int(S::On);
        QTest::newRow("enabled, past = off")
            << u"true"_s << u"2026-01-01 00:00:00.0"_s << int(S::Off);
        QTest::newRow("enabled, future")
            << u"true"_s << u"2026-12-24 17:00:00.0"_s << int(S::OnUntil);
        QTest::newRow("1 means true") << u"1"_s << u""_s << int(S::On);
        QTest::newRow("0 means false") << u"0"_s << u""_s << int(S::Off);
    }
    void activationOf()
    {
        QFETCH(QString, enabled);
        QFETCH(QString, expires);
        QFETCH(int, state);
        const QDateTime now = utc(2026, 6, 1, 12, 0);
        const Activation a =
            HandlerDesk::Core::activationOf(greeting(u"Alternate"_s, enabled, expires), now);
        QCOMPARE(int(a.state), state);
        if (a.state == Activation::State::OnUntil)
            QCOMPARE(a.until, CupiTime::parse(expires));
        else
            QVERIFY(!a.until.isValid());
    }

    void applyActivationWritesBothFields()
    {
        CupiObject o = greeting(u"Alternate"_s, u"true"_s, QString());
        applyActivation(o, Activation::off());
        QCOMPARE(o.value(u"Enabled"), u"false"_s);
        QCOMPARE(o.value(u"TimeExpires"), u"1972-01-01 00:00:00.0"_s);
        QCOMPARE(HandlerDesk::Core::activationOf(o).state, Activation::State::Off);

        applyActivation(o, Activation::on());
        QCOMPARE(o.value(u"Enabled"), u"true"_s);
        QVERIFY(o.contains(u"TimeExpires"));
        QVERIFY(o.value(u"TimeExpires").isEmpty());

        const QDateTime until(QDate(2026, 12, 24), QTime(18, 0), Qt::LocalTime);
        applyActivation(o, Activation::onUntil(until));
        QCOMPARE(o.value(u"Enabled"), u"true"_s);
        QCOMPARE(o.value(u"TimeExpires"), u"2026-12-24 17:00:00.0"_s);
        const Activation back = HandlerDesk::Core::activationOf(o, utc(2026, 6, 1, 12, 0));
        QCOMPARE(back.state, Activation::State::OnUntil);
        QCOMPARE(back.until, until.toUTC());
    }

    void canTurnOff()
    {
        using K = HandlerPart;
        QVERIFY(!HandlerDesk::Core::canTurnOff(K::Greeting, u"Standard"_s));
        QVERIFY(!HandlerDesk::Core::canTurnOff(K::Greeting, u"Error"_s));
        for (const QString &type :
             {u"Off Hours"_s, u"Alternate"_s, u"Busy"_s, u"Internal"_s, u"Holiday"_s})
            QVERIFY2(HandlerDesk::Core::canTurnOff(K::Greeting, type), qPrintable(type));
        QVERIFY(!HandlerDesk::Core::canTurnOff(K::TransferOption, u"Standard"_s));
        QVERIFY(HandlerDesk::Core::canTurnOff(K::TransferOption, u"Off Hours"_s));
        QVERIFY(HandlerDesk::Core::canTurnOff(K::TransferOption, u"Alternate"_s));
    }

    void activationText()
    {
        QCOMPARE(HandlerDesk::Core::activationText(Activation::off()), u"off"_s);
        QCOMPARE(HandlerDesk::Core::activationText(Activation::on()), u"on"_s);
        const QString text =
            HandlerDesk::Core::activationText(Activation::onUntil(utc(2026, 12, 24, 17, 0)));
        QVERIFY2(text.startsWith(u"on until 24 Dec"_s) && text.endsWith(u"18:00"_s),
                 qPrintable(text));
    }

    // Turning on sends Enabled together with an EMPTY TimeExpires, even when the server had
    // left TimeExpires out (PROTOCOL §10); the other states send both fields too.
    void putBodySendsBothFields_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("enabled");
        QTest::addColumn<QString>("expires"); // null: the field is absent
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("sentEnabled");
        QTest::addColumn<QString>("sentExpires");
        using S = Activation::State;
        QTest::newRow("off → on") << u"Alternate"_s << u"false"_s << u"1972-01-01 00:00:00.0"_s
                                  << int(S::On) << u"true"_s << u""_s;
        QTest::newRow("off, no time → on")
            << u"Holiday"_s << u"false"_s << QString() << int(S::On) << u"true"_s << u""_s;
        QTest::newRow("expired → on") << u"Busy"_s << u"true"_s << u"2001-01-01 00:00:00.0"_s
                                      << int(S::On) << u"true"_s << u""_s;
        QTest::newRow("on → off") << u"Alternate"_s << u"true"_s << QString() << int(S::Off)
                                  << u"false"_s << u"1972-01-01 00:00:00.0"_s;
        QTest::newRow("off → on until")
            << u"Holiday"_s << u"false"_s << u"1972-01-01 00:00:00.0"_s << int(S::OnUntil)
            << u"true"_s << u"2026-12-24 17:00:00.0"_s;
        QTest::newRow("on → on until") << u"Holiday"_s << u"true"_s << QString() << int(S::OnUntil)
                                       << u"true"_s << u"2026-12-24 17:00:00.0"_s;
    }
    void putBodySendsBothFields()
    {
        QFETCH(QString, type);
        QFETCH(QString, enabled);
        QFETCH(QString, expires);
        QFETCH(int, target);
        QFETCH(QString, sentEnabled);
        QFETCH(QString, sentExpires);
        for (const FieldTable *table : {&GreetingFields::table(), &TransferOptionFields::table()}) {
            CupiObject loaded = greeting(type, enabled, expires);
            if (table->part() == HandlerPart::TransferOption) {
                loaded = CupiObject();
                loaded.set(u"TransferOptionType"_s, u"Off Hours"_s);
                loaded.set(u"Enabled"_s, enabled);
                if (!expires.isNull())
                    loaded.set(u"TimeExpires"_s, expires);
            }
            ObjectEdit edit(*table, loaded);
            Activation a{Activation::State(target), {}};
            if (a.state == Activation::State::OnUntil)
                a = Activation::onUntil(utc(2026, 12, 24, 17, 0));
            applyActivation(edit.edited(), a);
            const CupiObject body = edit.putBody();
            QCOMPARE(keys(body), (QStringList{u"Enabled"_s, u"TimeExpires"_s}));
            QCOMPARE(body.value(u"Enabled"), sentEnabled);
            QCOMPARE(body.value(u"TimeExpires"), sentExpires);
            QVERIFY(!body.value(u"TimeExpires").isNull()); // present, even when empty
        }
    }

    // Other edits of a greeting do not drag the pair along.
    void putBodyLeavesStateAloneOtherwise()
    {
        ObjectEdit edit(GreetingFields::table(), greeting(u"Alternate"_s, u"true"_s, QString()));
        edit.setValue(u"PlayWhat"_s, u"1"_s);
        QCOMPARE(keys(edit.putBody()), QStringList{u"PlayWhat"_s});
        // Choosing On for a greeting that is on changes nothing.
        edit.setValue(u"PlayWhat"_s, u"0"_s);
        applyActivation(edit.edited(), Activation::on());
        QVERIFY(!edit.isModified());
        QVERIFY(edit.putBody().isEmpty());
    }
};

int main(int argc, char **argv)
{
    qputenv("TZ", "Europe/Berlin");
    tzset();
    QCoreApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    TestCupiTime test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cupitime.moc"
