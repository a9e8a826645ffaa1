#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes timezones.csv, cupi-sim's /vmrest/timezones table, from the IANA time-zone database.

Run once by hand (python3 make-timezones.py > timezones.csv) and commit the output: cupi-sim reads
the CSV from its resources and never the machine's tzdata. Deterministic for one tzdata version
(written into the file's first line) and the fixed reference year below.

Ids ([DOC]/[OBS], see tests/cupisim/README.md): Microsoft's "Time Zone Index Values" (KB 973627),
the numbering real Unity Connection servers use (190 = (GMT+05:30) Asia/Kolkata in Cisco's
examples, 227 in the .NET SDK's live test). Each index is given one representative IANA zone
(MS_INDEX below, [INF] per row). Every other zone of tzdata's zone.tab gets an id from 1000 on
([INF]: real servers list IANA zones, but no public source gives their ids), in the order of
their standard offset, then name.

Fields as the .NET SDK's ConnectionTimeZone has them: Bias and DaylightBias in minutes with
Microsoft's sign (UTC = local time + bias), the daylight-saving start and end as Windows writes
them (month, day of week 0 = Sunday, week 1-4 or 5 = the last one, hour of local standard
time), all 0 for a zone without daylight saving.
"""
import datetime as dt
import os
import sys
import zoneinfo

YEAR = 2025  # the rules of this year are the ones written
FIRST_INF_ID = 1000

# Microsoft index -> (Microsoft's name, representative IANA zone). The zone is the one
# cupi-sim used before for that index, else Unicode CLDR's windowsZones mapping (territory
# "001") for the Windows zone of that name, else the first city of Microsoft's display text
# whose offset still matches; see the notes at the end of each line that deviates.
MS_INDEX = {
    0: ("Dateline Standard Time", "Etc/GMT+12"),
    1: ("Samoa Standard Time", "Pacific/Pago_Pago"),  # "(GMT-11:00) Midway Island, Samoa"
    2: ("Hawaiian Standard Time", "Pacific/Honolulu"),
    3: ("Alaskan Standard Time", "America/Anchorage"),
    4: ("Pacific Standard Time", "America/Los_Angeles"),
    10: ("Mountain Standard Time", "America/Denver"),
    13: ("Mexico Standard Time 2", "America/Mazatlan"),  # Chihuahua is UTC-6 since 2022
    15: ("U.S. Mountain Standard Time", "America/Phoenix"),
    20: ("Central Standard Time", "America/Chicago"),
    25: ("Canada Central Standard Time", "America/Regina"),
    30: ("Mexico Standard Time", "America/Mexico_City"),
    33: ("Central America Standard Time", "America/Guatemala"),
    35: ("Eastern Standard Time", "America/New_York"),
    40: ("U.S. Eastern Standard Time", "America/Indiana/Indianapolis"),
    45: ("S.A. Pacific Standard Time", "America/Bogota"),
    50: ("Atlantic Standard Time", "America/Halifax"),
    55: ("S.A. Western Standard Time", "America/La_Paz"),  # Caracas is 2147483723
    56: ("Pacific S.A. Standard Time", "America/Santiago"),
    60: ("Newfoundland and Labrador Standard Time", "America/St_Johns"),
    65: ("E. South America Standard Time", "America/Sao_Paulo"),
    70: ("S.A. Eastern Standard Time", "America/Cayenne"),  # Buenos Aires is 2147483724
    73: ("Greenland Standard Time", "America/Nuuk"),
    75: ("Mid-Atlantic Standard Time", "Atlantic/South_Georgia"),
    80: ("Azores Standard Time", "Atlantic/Azores"),
    83: ("Cape Verde Standard Time", "Atlantic/Cape_Verde"),
    85: ("GMT Standard Time", "Europe/London"),
    90: ("Greenwich Standard Time", "Atlantic/Reykjavik"),  # Casablanca is 2147483725
    95: ("Central Europe Standard Time", "Europe/Belgrade"),
    100: ("Central European Standard Time", "Europe/Warsaw"),
    105: ("Romance Standard Time", "Europe/Paris"),
    110: ("W. Europe Standard Time", "Europe/Berlin"),
    113: ("W. Central Africa Standard Time", "Africa/Lagos"),
    115: ("E. Europe Standard Time", "Europe/Chisinau"),  # Minsk is UTC+3 since 2011
    120: ("Egypt Standard Time", "Africa/Cairo"),
    125: ("FLE Standard Time", "Europe/Helsinki"),
    130: ("GTB Standard Time", "Europe/Athens"),
    135: ("Israel Standard Time", "Asia/Jerusalem"),
    140: ("South Africa Standard Time", "Africa/Johannesburg"),
    145: ("Russian Standard Time", "Europe/Moscow"),
    150: ("Arab Standard Time", "Asia/Riyadh"),
    155: ("E. Africa Standard Time", "Africa/Nairobi"),
    158: ("Arabic Standard Time", "Asia/Baghdad"),
    160: ("Iran Standard Time", "Asia/Tehran"),
    165: ("Arabian Standard Time", "Asia/Dubai"),
    170: ("Caucasus Standard Time", "Asia/Baku"),
    175: ("Transitional Islamic State of Afghanistan Standard Time", "Asia/Kabul"),
    180: ("Ekaterinburg Standard Time", "Asia/Yekaterinburg"),
    185: ("West Asia Standard Time", "Asia/Tashkent"),  # Karachi is 2147483726
    190: ("India Standard Time", "Asia/Kolkata"),
    193: ("Nepal Standard Time", "Asia/Kathmandu"),
    195: ("Central Asia Standard Time", "Asia/Dhaka"),
    200: ("Sri Lanka Standard Time", "Asia/Colombo"),
    201: ("N. Central Asia Standard Time", "Asia/Novosibirsk"),
    203: ("Myanmar Standard Time", "Asia/Yangon"),
    205: ("S.E. Asia Standard Time", "Asia/Bangkok"),
    207: ("North Asia Standard Time", "Asia/Krasnoyarsk"),
    210: ("China Standard Time", "Asia/Shanghai"),
    215: ("Singapore Standard Time", "Asia/Singapore"),
    220: ("Taipei Standard Time", "Asia/Taipei"),
    225: ("W. Australia Standard Time", "Australia/Perth"),
    227: ("North Asia East Standard Time", "Asia/Irkutsk"),
    230: ("Korea Standard Time", "Asia/Seoul"),
    235: ("Tokyo Standard Time", "Asia/Tokyo"),
    240: ("Yakutsk Standard Time", "Asia/Yakutsk"),
    245: ("A.U.S. Central Standard Time", "Australia/Darwin"),
    250: ("Cen. Australia Standard Time", "Australia/Adelaide"),
    255: ("A.U.S. Eastern Standard Time", "Australia/Sydney"),
    260: ("E. Australia Standard Time", "Australia/Brisbane"),
    265: ("Tasmania Standard Time", "Australia/Hobart"),
    270: ("Vladivostok Standard Time", "Asia/Vladivostok"),
    275: ("West Pacific Standard Time", "Pacific/Guam"),
    280: ("Central Pacific Standard Time", "Asia/Magadan"),
    285: ("Fiji Islands Standard Time", "Pacific/Fiji"),
    290: ("New Zealand Standard Time", "Pacific/Auckland"),
    300: ("Tonga Standard Time", "Pacific/Tongatapu"),
    # Microsoft's row names Azerbaijan but shows "(GMT-03:00) Buenos Aires", which 2147483724 is:
    # another zone of Argentina keeps every display name unique.
    2147483712: ("Azerbaijan Standard Time", "America/Argentina/Cordoba"),
    2147483713: ("Middle East Standard Time", "Asia/Beirut"),
    2147483714: ("Jordan Standard Time", "Asia/Amman"),
    2147483715: ("Central Standard Time (Mexico)", "America/Monterrey"),
    # "Chihuahua, La Paz, Mazatlan - New": Ciudad Juarez is the part of Chihuahua still at UTC-7.
    2147483716: ("Mountain Standard Time (Mexico)", "America/Ciudad_Juarez"),
    2147483717: ("Pacific Standard Time (Mexico)", "America/Tijuana"),
    2147483718: ("Namibia Standard Time", "Africa/Windhoek"),
    2147483719: ("Georgian Standard Time", "Asia/Tbilisi"),
    2147483720: ("Central Brazilian Standard Time", "America/Manaus"),
    2147483721: ("Montevideo Standard Time", "America/Montevideo"),
    2147483722: ("Armenian Standard Time", "Asia/Yerevan"),
    2147483723: ("Venezuela Standard Time", "America/Caracas"),
    2147483724: ("Argentina Standard Time", "America/Argentina/Buenos_Aires"),
    2147483725: ("Morocco Standard Time", "Africa/Casablanca"),
    2147483726: ("Pakistan Standard Time", "Asia/Karachi"),
    2147483727: ("Mauritius Standard Time", "Indian/Mauritius"),
    2147483728: ("UTC", "Etc/UTC"),
    2147483729: ("Paraguay Standard Time", "America/Asuncion"),
    2147483730: ("Kamchatka Standard Time", "Asia/Kamchatka"),
}


def tzdata_dir():
    for d in zoneinfo.TZPATH:
        if os.path.exists(os.path.join(d, "zone.tab")):
            return d
    sys.exit("no zone.tab in zoneinfo.TZPATH")


def tzdata_version(d):
    try:
        with open(os.path.join(d, "tzdata.zi")) as f:
            return f.readline().split()[-1]
    except OSError:
        return "unknown"


def zone_tab(d):
    with open(os.path.join(d, "zone.tab")) as f:
        return [line.split("\t")[2].strip() for line in f if not line.startswith("#")]


def offset_minutes(zone, instant):
    return int(instant.astimezone(zone).utcoffset().total_seconds() // 60)


def transitions(zone):
    """(UTC instant, old offset, new offset) of every offset change in YEAR, to the minute."""
    start = dt.datetime(YEAR, 1, 1, tzinfo=dt.timezone.utc)
    out = []
    prev = offset_minutes(zone, start)
    for hour in range(1, 366 * 24 + 1):
        t = start + dt.timedelta(hours=hour)
        if t.year != YEAR:
            break
        now = offset_minutes(zone, t)
        if now == prev:
            continue
        t0 = t - dt.timedelta(hours=1)
        for minute in range(1, 61):  # the first minute with the new offset
            m = t0 + dt.timedelta(minutes=minute)
            if offset_minutes(zone, m) == now:
                out.append((m, prev, now))
                break
        prev = now
    return out


def windows_rule(instant, old_offset):
    """Month, day of week (0 = Sunday), week (5 = last) and hour, in the local time before."""
    local = instant + dt.timedelta(minutes=old_offset)
    week = (local.day - 1) // 7 + 1
    next_month = (local.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    if local + dt.timedelta(days=7) >= next_month:
        week = 5
    return [local.month, (local.weekday() + 1) % 7, week, local.hour]


def row(zone_id, name):
    zone = zoneinfo.ZoneInfo(name)
    changes = transitions(zone)
    offsets = {offset_minutes(zone, dt.datetime(YEAR, 1, 1, tzinfo=dt.timezone.utc))}
    offsets.update(new for _, _, new in changes)
    standard, daylight = min(offsets), max(offsets)
    start = next((windows_rule(t, old) for t, old, new in changes if new == daylight), None)
    end = next((windows_rule(t, old) for t, old, new in changes if new == standard), None)
    if standard == daylight or start is None or end is None:
        standard = daylight = offset_minutes(zone, dt.datetime(YEAR, 7, 1, tzinfo=dt.timezone.utc))
        start = end = [0, 0, 0, 0]
    sign = "+" if standard >= 0 else "-"
    display = "(GMT%s%02d:%02d) %s" % (sign, abs(standard) // 60, abs(standard) % 60, name)
    return [zone_id, display, -standard, standard - daylight] + start + end


def main():
    d = tzdata_dir()
    used = {zone for _, zone in MS_INDEX.values()}
    rows = [row(i, zone) + ["MS-TZ " + ms] for i, (ms, zone) in sorted(MS_INDEX.items())]
    others = []
    for name in sorted(set(zone_tab(d)) - used):
        r = row(0, name)
        others.append((-r[2], name, r))
    for n, (_, _, r) in enumerate(sorted(others)):
        r[0] = FIRST_INF_ID + n
        rows.append(r + ["INF"])
    if len({r[1] for r in rows}) != len(rows):
        sys.exit("display names are not unique")
    print("# generated by make-timezones.py from tzdata %s, rules of %d; do not edit"
          % (tzdata_version(d), YEAR))
    print("TimeZoneId,DisplayName,Bias,DaylightBias,DaylightStartMonth,DaylightStartDayOfWeek,"
          "DaylightStartWeek,DaylightStartHour,DaylightEndMonth,DaylightEndDayOfWeek,"
          "DaylightEndWeek,DaylightEndHour,Source")
    for r in rows:
        print(",".join(str(v) for v in r))


if __name__ == "__main__":
    main()
