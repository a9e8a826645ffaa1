// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencedata.h"

#include "constants.h"
#include "store.h"

#include <iterator>

using namespace Qt::Literals::StringLiterals;

namespace CupiSim {
namespace {

Rec rec(KindId id, std::initializer_list<std::pair<const char *, QString>> values)
{
    Rec r = newRec(id);
    for (const auto &[f, v] : values)
        Store::set(id, r, QString::fromLatin1(f), v);
    return r;
}

QString L(const char *s)
{
    return QString::fromLatin1(s);
}

} // namespace

const LanguageRow languageMap[] = {
    {1025, "ARA", "ar-SA"},  {1026, "BGR", "bg-BG"}, {1027, "CAT", "ca-ES"}, {1028, "CHT", "zh-TW"},
    {1029, "CSY", "cs-CZ"},  {1030, "DAN", "da-DK"}, {1031, "DEU", "de-DE"}, {1032, "ELL", "el-GR"},
    {1033, "ENU", "en-US"},  {1035, "FIN", "fi-FI"}, {1036, "FRA", "fr-FR"}, {1037, "HEB", "he-IL"},
    {1038, "HUN", "hu-HU"},  {1039, "ISL", "is-IS"}, {1040, "ITA", "it-IT"}, {1041, "JPN", "ja-JP"},
    {1042, "KOR", "ko-KR"},  {1043, "NLD", "nl-NL"}, {1044, "NOR", "nb-NO"}, {1045, "PLK", "pl-PL"},
    {1046, "PTB", "pt-BR"},  {1048, "ROM", "ro-RO"}, {1049, "RUS", "ru-RU"}, {1050, "HRV", "hr-HR"},
    {1051, "SKY", "sk-SK"},  {1053, "SVE", "sv-SE"}, {1054, "THA", "th-TH"}, {1055, "TRK", "tr-TR"},
    {1057, "IND", "id-ID"},  {1058, "UKR", "uk-UA"}, {1060, "SLV", "sl-SI"}, {1061, "ETI", "et-EE"},
    {1062, "LVI", "lv-LV"},  {1063, "LTH", "lt-LT"}, {1066, "VIT", "vi-VN"}, {1081, "HIN", "hi-IN"},
    {1086, "MSL", "ms-MY"},  {2052, "CHS", "zh-CN"}, {2057, "ENG", "en-GB"}, {2058, "ESM", "es-MX"},
    {2067, "NLB", "nl-BE"},  {2070, "PTG", "pt-PT"}, {3076, "ZHH", "zh-HK"}, {3079, "DEA", "de-AT"},
    {3081, "ENA", "en-AU"},  {3082, "ESO", "es-ES"}, {3084, "FRC", "fr-CA"}, {4100, "ZHI", "zh-SG"},
    {4105, "ENC", "en-CA"},  {4108, "FRS", "fr-CH"}, {5129, "ENZ", "en-NZ"}, {6153, "ENI", "en-IE"},
    {16393, "ENN", "en-IN"},
};
const int languageMapCount = int(std::size(languageMap));

const int installedLanguages[] = {1033, 2057, 1036, 1031, 3082};
const int installedLanguageCount = int(std::size(installedLanguages));

const TimeZoneRow timeZones[] = {
    {0, "(GMT-12:00) Etc/GMT+12", 720, false},
    {1, "(GMT-11:00) Pacific/Pago_Pago", 660, false},
    {2, "(GMT-10:00) Pacific/Honolulu", 600, false},
    {3, "(GMT-09:00) America/Anchorage", 540, true},
    {4, "(GMT-08:00) America/Los_Angeles", 480, true},
    {10, "(GMT-07:00) America/Denver", 420, true},
    {15, "(GMT-07:00) America/Phoenix", 420, false},
    {20, "(GMT-06:00) America/Chicago", 360, true},
    {25, "(GMT-06:00) America/Regina", 360, false},
    {30, "(GMT-06:00) America/Mexico_City", 360, false},
    {33, "(GMT-06:00) America/Guatemala", 360, false},
    {35, "(GMT-05:00) America/New_York", 300, true},
    {40, "(GMT-05:00) America/Indiana/Indianapolis", 300, true},
    {45, "(GMT-05:00) America/Bogota", 300, false},
    {50, "(GMT-04:00) America/Halifax", 240, true},
    {55, "(GMT-04:00) America/Caracas", 240, false},
    {56, "(GMT-04:00) America/Santiago", 240, false},
    {60, "(GMT-03:30) America/St_Johns", 210, true},
    {65, "(GMT-03:00) America/Sao_Paulo", 180, false},
    {70, "(GMT-03:00) America/Argentina/Buenos_Aires", 180, false},
    {73, "(GMT-03:00) America/Nuuk", 180, false},
    {75, "(GMT-02:00) Atlantic/South_Georgia", 120, false},
    {80, "(GMT-01:00) Atlantic/Azores", 60, true},
    {83, "(GMT-01:00) Atlantic/Cape_Verde", 60, false},
    {85, "(GMT+00:00) Europe/London", 0, true},
    {90, "(GMT+00:00) Africa/Casablanca", 0, false},
    {95, "(GMT+01:00) Europe/Belgrade", -60, true},
    {100, "(GMT+01:00) Europe/Warsaw", -60, true},
    {105, "(GMT+01:00) Europe/Paris", -60, true},
    {110, "(GMT+01:00) Europe/Berlin", -60, true},
    {113, "(GMT+01:00) Africa/Lagos", -60, false},
    {115, "(GMT+02:00) Europe/Bucharest", -120, true},
    {120, "(GMT+02:00) Africa/Cairo", -120, false},
    {125, "(GMT+02:00) Europe/Helsinki", -120, true},
    {130, "(GMT+02:00) Europe/Athens", -120, true},
    {135, "(GMT+02:00) Asia/Jerusalem", -120, true},
    {140, "(GMT+02:00) Africa/Johannesburg", -120, false},
    {145, "(GMT+03:00) Europe/Moscow", -180, false},
    {150, "(GMT+03:00) Asia/Riyadh", -180, false},
    {155, "(GMT+03:00) Africa/Nairobi", -180, false},
    {158, "(GMT+03:00) Asia/Baghdad", -180, false},
    {160, "(GMT+03:30) Asia/Tehran", -210, false},
    {165, "(GMT+04:00) Asia/Dubai", -240, false},
    {170, "(GMT+04:00) Asia/Baku", -240, false},
    {175, "(GMT+04:30) Asia/Kabul", -270, false},
    {180, "(GMT+05:00) Asia/Yekaterinburg", -300, false},
    {185, "(GMT+05:00) Asia/Karachi", -300, false},
    {190, "(GMT+05:30) Asia/Kolkata", -330, false},
    {193, "(GMT+05:45) Asia/Kathmandu", -345, false},
    {195, "(GMT+06:00) Asia/Dhaka", -360, false},
    {200, "(GMT+05:30) Asia/Colombo", -330, false},
    {203, "(GMT+06:30) Asia/Yangon", -390, false},
    {205, "(GMT+07:00) Asia/Bangkok", -420, false},
    {210, "(GMT+08:00) Asia/Shanghai", -480, false},
    {215, "(GMT+08:00) Asia/Singapore", -480, false},
    {220, "(GMT+08:00) Asia/Taipei", -480, false},
    {225, "(GMT+08:00) Australia/Perth", -480, false},
    {230, "(GMT+09:00) Asia/Seoul", -540, false},
    {235, "(GMT+09:00) Asia/Tokyo", -540, false},
    {245, "(GMT+09:30) Australia/Darwin", -570, false},
    {250, "(GMT+09:30) Australia/Adelaide", -570, true},
    {255, "(GMT+10:00) Australia/Sydney", -600, true},
    {260, "(GMT+10:00) Australia/Brisbane", -600, false},
    {265, "(GMT+10:00) Australia/Hobart", -600, true},
    {275, "(GMT+10:00) Pacific/Guam", -600, false},
    {280, "(GMT+11:00) Asia/Magadan", -660, false},
    {285, "(GMT+12:00) Pacific/Fiji", -720, false},
    {290, "(GMT+12:00) Pacific/Auckland", -720, true},
    {300, "(GMT+13:00) Pacific/Tongatapu", -780, false},
};
const int timeZoneCount = int(std::size(timeZones));

void addReferenceData(Store &store)
{
    const QString T = u"true"_s;
    for (int i = 0; i < languageMapCount; ++i)
        store.table(KindId::LanguageMapping)
            .append(rec(KindId::LanguageMapping,
                        {{"LanguageCode", QString::number(languageMap[i].lcid)},
                         {"LanguageAbbreviation", L(languageMap[i].abbreviation)},
                         {"LanguageTag", L(languageMap[i].tag)}}));
    for (int i = 0; i < installedLanguageCount; ++i)
        store.table(KindId::InstalledLanguage)
            .append(rec(KindId::InstalledLanguage,
                        {{"LanguageCode", QString::number(installedLanguages[i])},
                         {"LanguageType", u"0"_s},
                         {"Loaded", T},
                         {"IsLicensed", T}}));
    for (int i = 0; i < timeZoneCount; ++i) {
        const TimeZoneRow &z = timeZones[i];
        const bool north = z.bias >= 0; // the Americas: US rule; elsewhere the EU rule
        store.table(KindId::TimeZone)
            .append(rec(KindId::TimeZone,
                        {{"TimeZoneId", QString::number(z.id)},
                         {"DisplayName", L(z.displayName)},
                         {"Bias", QString::number(z.bias)},
                         {"DaylightBias", z.daylight ? u"-60"_s : u"0"_s},
                         {"DaylightStartMonth", z.daylight ? u"3"_s : u"0"_s},
                         {"DaylightStartDayOfWeek", u"0"_s},
                         {"DaylightStartWeek", z.daylight ? (north ? u"2"_s : u"5"_s) : u"0"_s},
                         {"DaylightStartHour", z.daylight ? u"2"_s : u"0"_s},
                         {"DaylightEndMonth", z.daylight ? (north ? u"11"_s : u"10"_s) : u"0"_s},
                         {"DaylightEndDayOfWeek", u"0"_s},
                         {"DaylightEndWeek", z.daylight ? (north ? u"1"_s : u"5"_s) : u"0"_s},
                         {"DaylightEndHour", z.daylight ? u"2"_s : u"0"_s},
                         {"LanguageCode", QString::number(SystemLanguage)}}));
    }
}

} // namespace CupiSim
