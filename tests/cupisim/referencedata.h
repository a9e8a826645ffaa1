// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fixed reference data of the simulated server: the language map, installed languages and the
// time-zone table (Microsoft "Time Zone Index Values", [INF] PROTOCOL.md §7).

namespace CupiSim {

struct LanguageRow
{
    int lcid;
    const char *abbreviation;
    const char *tag;
};

struct TimeZoneRow
{
    int id;
    const char *displayName; // "(GMT+05:30) Asia/Kolkata"
    int bias;                // minutes, Microsoft convention: UTC = local + bias
    bool daylight;           // observes daylight saving (US or EU rule, by bias sign)
};

class Store;
// Fills the language map, installed languages and time zones of `store`.
void addReferenceData(Store &store);

extern const LanguageRow languageMap[];
extern const int languageMapCount;
// Installed (TUI) languages; the rest of the map is available but not installed.
extern const int installedLanguages[];
extern const int installedLanguageCount;
extern const TimeZoneRow timeZones[];
extern const int timeZoneCount;

} // namespace CupiSim
