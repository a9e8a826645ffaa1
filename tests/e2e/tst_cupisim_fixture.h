// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The shared fixture of the cupi-sim conformance tests: one simulator with default data, the
// system template and handlers, and request helpers in XML or JSON.
#include "tst_cupisim_support.h"

#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace CupiSimTest {

const QString &handlers = handlersPath;

inline QString q(const QString &s)
{
    return percent(s);
}

inline QByteArray body(bool json, const QList<QPair<QString, QString>> &fields,
                       const QString &root = u"Callhandler"_s)
{
    QByteArray out;
    if (json) {
        out = "{";
        for (qsizetype i = 0; i < fields.size(); ++i)
            out += QByteArray(i ? "," : "") +
                   (u'"' + fields[i].first + u"\":\""_s + fields[i].second + u'"').toUtf8();
        return out + '}';
    }
    out = '<' + root.toUtf8() + '>';
    for (const auto &[k, v] : fields)
        out += (u'<' + k + u'>' + v.toHtmlEscaped() + u"</"_s + k + u'>').toUtf8();
    return out + "</" + root.toUtf8() + '>';
}

} // namespace CupiSimTest

using namespace CupiSimTest;

class CupiSimFixture : public QObject
{
protected:
    CupiSimTest::Sim m_sim;
    QString m_template; // "System Call Handler Template"
    QMap<QString, QString> m_goodbye, m_opening, m_operator;
    int m_counter = 0;

    Sim::Options opts(bool json, const QByteArray &type = {}) const
    {
        Sim::Options o;
        o.json = json;
        o.contentType =
            type.isEmpty() ? QByteArray(json ? "application/json" : "application/xml") : type;
        return o;
    }
    QMap<QString, QString> one(const QString &path)
    {
        const Reply r = m_sim.get(path, true);
        return parse(r.body, true).fields;
    }
    QMap<QString, QString> findHandler(const QString &name)
    {
        const Doc d = parse(
            m_sim.get(handlers + u"?query="_s + q(u"(DisplayName is "_s + name + u')'), true).body,
            true);
        return d.items.value(0);
    }
    // Creates a handler from the system template; returns its ObjectId.
    QString create(bool json, QString *name = nullptr)
    {
        const QString n = u"Conformance %1 %2"_s.arg(json ? u"JSON"_s : u"XML"_s).arg(++m_counter);
        if (name)
            *name = n;
        const Reply r =
            m_sim.send("POST", handlers + u"?templateObjectId="_s + m_template,
                       body(json, {{u"DisplayName"_s, n}}, u"CallHandler"_s), opts(json));
        if (r.status != 201)
            return {};
        return QString::fromUtf8(r.body).section(u'/', -1);
    }
    static void addFormats()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("xml") << false;
        QTest::newRow("json") << true;
    }

    // Starts the simulator and finds the objects every test uses.
    void startFixture()
    {
        QString error;
        QVERIFY2(m_sim.start(&error), qPrintable(error));
        const Doc t = parse(m_sim
                                .get(u"/vmrest/callhandlertemplates?query="_s +
                                         q(u"(DisplayName is System Call Handler Template)"_s),
                                     true)
                                .body,
                            true);
        QCOMPARE(t.total, u"1"_s);
        m_template = t.items.at(0).value(u"ObjectId"_s);
        m_goodbye = findHandler(u"Goodbye"_s);
        m_opening = findHandler(u"Opening Greeting"_s);
        m_operator = findHandler(u"Operator"_s);
        QVERIFY(!m_goodbye.isEmpty() && !m_opening.isEmpty() && !m_operator.isEmpty());
    }
};
