// SPDX-License-Identifier: GPL-3.0-or-later
// TenantChoiceModel: the schedule sets / distribution lists a handler of one tenant may choose,
// its current value always kept, owners named where it matters; and fieldValueText(), which
// names values by meaning for the conflict dialog.
#include "core/fieldtable.h"
#include "core/models/fieldvaluetext.h"
#include "core/models/lookupcache.h"
#include "core/models/tenantchoicemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace HandlerDesk::Core;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString Acme = u"A1C3E000-0000-0000-0000-000000000001"_s;
const QString Globex = u"610BE000-0000-0000-0000-000000000002"_s;

LookupEntry entry(const QString &id, const QString &name, const QString &tenant)
{
    LookupEntry e;
    e.id = id;
    e.display = name;
    e.tenantId = tenant;
    return e;
}

QList<LookupEntry> sets()
{
    return {entry(u"sys-all"_s, u"All Hours"_s, {}), entry(u"sys-week"_s, u"Weekdays"_s, {}),
            entry(u"acme-all"_s, u"Acme All Hours"_s, Acme),
            entry(u"acme-week"_s, u"Weekdays"_s, Acme), // the same name as the system's
            entry(u"globex-week"_s, u"Globex Weekdays"_s, Globex)};
}

QStringList shown(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows << model.index(row, 0).data().toString();
    return rows;
}

QStringList ids(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows << model.index(row, 0).data(LookupModel::IdRole).toString();
    return rows;
}

} // namespace

class TestTenantChoiceModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_source = std::make_unique<LookupModel>();
        m_tenants = std::make_unique<LookupModel>();
        m_source->setEntries(sets());
        m_tenants->setEntries({entry(Acme, u"Acme"_s, {}), entry(Globex, u"Globex"_s, {})});
        m_model = std::make_unique<TenantChoiceModel>(m_source.get(), m_tenants.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void systemHandlerGetsSystemObjects()
    {
        m_model->setScope({}, u"sys-week"_s);
        QCOMPARE(ids(*m_model), (QStringList{u"sys-all"_s, u"sys-week"_s}));
        QCOMPARE(shown(*m_model), (QStringList{u"All Hours"_s, u"Weekdays"_s}));
    }

    void tenantHandlerGetsItsTenantsObjects()
    {
        m_model->setScope(Acme, u"acme-all"_s);
        QCOMPARE(ids(*m_model), (QStringList{u"acme-all"_s, u"acme-week"_s}));
        QCOMPARE(shown(*m_model), (QStringList{u"Acme All Hours"_s, u"Weekdays"_s}));
        // GUIDs in another case are the same tenant.
        m_model->setScope(Acme.toLower(), u"acme-all"_s);
        QCOMPARE(ids(*m_model), (QStringList{u"acme-all"_s, u"acme-week"_s}));
    }

    // The current value stays, named with its owner; names that became ambiguous say theirs.
    void currentValueFromElsewhereIsKeptAndNamed()
    {
        m_model->setScope(Acme, u"sys-week"_s);
        QCOMPARE(ids(*m_model), (QStringList{u"sys-week"_s, u"acme-all"_s, u"acme-week"_s}));
        QCOMPARE(shown(*m_model),
                 (QStringList{u"Weekdays — System"_s, u"Acme All Hours"_s, u"Weekdays — Acme"_s}));
        QCOMPARE(m_model->index(0, 0).data(LookupModel::TenantIdRole).toString(), QString());

        m_model->setScope({}, u"globex-week"_s);
        QCOMPARE(shown(*m_model),
                 (QStringList{u"All Hours"_s, u"Weekdays"_s, u"Globex Weekdays — Globex"_s}));
    }

    void unknownCurrentValueIsListed()
    {
        m_model->setScope(Acme, u"gone"_s);
        QCOMPARE(ids(*m_model), (QStringList{u"acme-all"_s, u"acme-week"_s, u"gone"_s}));
        QCOMPARE(shown(*m_model).last(), u"Unknown (gone)"_s);
        // Nothing loaded yet: nothing to choose from, not even an unknown.
        m_source->setEntries({});
        QCOMPARE(m_model->rowCount(), 0);
    }

    void sameScopeChangesNothing()
    {
        m_model->setScope(Acme, u"acme-all"_s);
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setScope(Acme, u"acme-all"_s);
        m_model->setScope(Acme.toLower(), u"acme-all"_s);
        // Another current value that changes no entry: no reset either.
        m_model->setScope(Acme, u"acme-week"_s);
        QCOMPARE(resets.size(), 0);
        m_model->setScope(Globex, u"acme-week"_s);
        QCOMPARE(resets.size(), 1);
    }

    void followsSourceAndTenantNames()
    {
        m_model->setScope(Globex, u"globex-week"_s);
        QCOMPARE(m_model->rowCount(), 1);
        m_source->mergeEntries({entry(u"globex-all"_s, u"Globex All Hours"_s, Globex)});
        QCOMPARE(ids(*m_model), (QStringList{u"globex-week"_s, u"globex-all"_s}));

        // The owner's name follows the tenants' list (here: not loaded yet, then loaded).
        m_tenants->setEntries({});
        m_model->setScope(Globex, u"acme-week"_s);
        QCOMPARE(shown(*m_model).first(), u"Weekdays — another tenant"_s);
        m_tenants->setEntries({entry(Acme, u"Acme"_s, {})});
        QCOMPARE(shown(*m_model).first(), u"Weekdays — Acme"_s);
    }

    void valueTextByMeaning()
    {
        LookupCache lookups(nullptr);
        lookups.scheduleSets()->setEntries(sets());
        lookups.languages()->setEntries({entry(u"1033"_s, u"English (United States) — ENU"_s, {})});
        lookups.timeZones()->setEntries({entry(u"35"_s, u"(GMT-05:00) America/New_York"_s, {})});
        const auto text = [&](HandlerPart part, const char *field, const QString &value) {
            const FieldSpec *spec = fieldTable(part).find(QString::fromLatin1(field));
            return spec ? fieldValueText(*spec, value, &lookups, nullptr) : u"(no field)"_s;
        };
        using K = HandlerPart;
        QCOMPARE(text(K::MenuEntry, "Action", u"1"_s), u"Hang up"_s);
        QCOMPARE(text(K::MenuEntry, "Action", u"2"_s), u"Go to"_s);
        // A value the table does not know: said so, with the value itself (issue 8).
        QCOMPARE(text(K::MenuEntry, "Action", u"42"_s), u"Unknown (42)"_s);
        QCOMPARE(text(K::MenuEntry, "TargetConversation", u"EasySignIn"_s), u"Easy sign-in"_s);
        QCOMPARE(text(K::Greeting, "PlayWhat", u"2"_s), u"Nothing"_s);
        QCOMPARE(text(K::MenuEntry, "Locked", u"true"_s), u"Yes"_s);
        QCOMPARE(text(K::MenuEntry, "Locked", u"0"_s), u"No"_s);
        QCOMPARE(text(K::Handler, "ScheduleSetObjectId", u"sys-week"_s), u"Weekdays"_s);
        QCOMPARE(text(K::Handler, "ScheduleSetObjectId", u"nope"_s), u"nope"_s);
        QCOMPARE(text(K::Handler, "Language", u"1033"_s), u"English (United States) — ENU"_s);
        QCOMPARE(text(K::Handler, "TimeZone", u"35"_s), u"(GMT-05:00) America/New_York"_s);
        QCOMPARE(text(K::Handler, "DisplayName", u"Sales"_s), u"Sales"_s);
        QCOMPARE(text(K::Handler, "DisplayName", u""_s), u""_s);
        // A call handler without the list: its id.
        QCOMPARE(text(K::MenuEntry, "TargetHandlerObjectId", u"abc"_s), u"abc"_s);
    }

private:
    std::unique_ptr<LookupModel> m_source;
    std::unique_ptr<LookupModel> m_tenants;
    std::unique_ptr<TenantChoiceModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestTenantChoiceModel)
#include "tst_tenantchoicemodel.moc"
