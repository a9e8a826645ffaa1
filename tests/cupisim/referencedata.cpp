// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencedata.h"

#include "constants.h"
#include "store.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace CupiSim {
namespace {

// Installed (TUI) languages; the rest of the map is available but not installed ([INF]).
const int installedLanguages[] = {1033, 2057, 1036, 1031, 3082};

// One row per line after a header naming the fields; '#' lines are comments; columns that are
// not fields of `id` (sources, notes) are skipped. Values contain no commas.
void loadCsv(Store &store, KindId id, const QString &path,
             const QList<QPair<QString, QString>> &constants = {})
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) // compiled into the resources
        qFatal("cupi-sim: %s is missing from the resources", qPrintable(path));
    const Kind &k = kind(id);
    QList<int> columns;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList values = line.split(u',');
        if (columns.isEmpty()) {
            for (const QString &name : values)
                columns.append(k.field(name));
            continue;
        }
        Rec rec = newRec(id);
        for (qsizetype i = 0; i < values.size() && i < columns.size(); ++i) {
            if (columns.at(i) >= 0)
                rec[columns.at(i)] = values.at(i);
        }
        for (const auto &[field, value] : constants)
            Store::set(id, rec, field, value);
        store.table(id).append(rec);
    }
}

} // namespace

void addReferenceData(Store &store)
{
    loadCsv(store, KindId::LanguageMapping, u":/cupisim/data/languagemap.csv"_s);
    for (int code : installedLanguages) {
        Rec r = newRec(KindId::InstalledLanguage);
        Store::set(KindId::InstalledLanguage, r, u"LanguageCode"_s, QString::number(code));
        Store::set(KindId::InstalledLanguage, r, u"LanguageType"_s, u"0"_s);
        Store::set(KindId::InstalledLanguage, r, u"Loaded"_s, u"true"_s);
        Store::set(KindId::InstalledLanguage, r, u"IsLicensed"_s, u"true"_s);
        store.table(KindId::InstalledLanguage).append(r);
    }
    loadCsv(store, KindId::TimeZone, u":/cupisim/data/timezones.csv"_s,
            {{u"LanguageCode"_s, QString::number(SystemLanguage)}});
}

} // namespace CupiSim
