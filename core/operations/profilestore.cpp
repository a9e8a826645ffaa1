// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/operations/profilestore.h"

#include "core/operations/passwordsource.h"

#include <QCoreApplication>
#include <QSettings>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Core {

namespace {
// The GUI's settings: its own application's QSettings (organisation "HandlerDesk", application
// "handlerdesk", or what its tests set); in a program that names no organisation (handlerctl),
// the GUI's file explicitly.
std::unique_ptr<QSettings> profileSettings()
{
    if (QCoreApplication::organizationName().isEmpty())
        return std::make_unique<QSettings>(u"HandlerDesk"_s, u"handlerdesk"_s);
    return std::make_unique<QSettings>();
}
} // namespace

ConnectionSettings ServerProfile::settings() const
{
    ConnectionSettings s;
    s.serverUrl = url;
    s.user = user;
    s.wire = wire;
    s.pinnedSha256 = pinnedSha256;
    return s;
}

QString ServerProfile::secretKey() const
{
    return PasswordSource::keychainKey(settings());
}

QString ServerProfile::displayName() const
{
    return name.isEmpty() ? u"%1 @ %2"_s.arg(user, url.host()) : name;
}

QList<ServerProfile> ServerProfile::loadAll()
{
    const std::unique_ptr<QSettings> store = profileSettings();
    QSettings &settings = *store;
    QList<ServerProfile> result;
    const int count = settings.beginReadArray(u"profiles"_s);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ServerProfile p;
        p.name = settings.value(u"name"_s).toString();
        p.url = QUrl(settings.value(u"url"_s).toString());
        p.user = settings.value(u"user"_s).toString();
        p.wire = parseWireFormat(settings.value(u"wire"_s).toString()).value_or(WireFormat::Json);
        p.pinnedSha256 = settings.value(u"pinnedSha256"_s).toString();
        p.rememberPassword = settings.value(u"rememberPassword"_s).toBool();
        result.append(p);
    }
    settings.endArray();
    return result;
}

static void writeAll(const QList<ServerProfile> &profiles)
{
    const std::unique_ptr<QSettings> store = profileSettings();
    QSettings &settings = *store;
    settings.remove(u"profiles"_s);
    settings.beginWriteArray(u"profiles"_s, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ServerProfile &p = profiles.at(i);
        settings.setArrayIndex(i);
        settings.setValue(u"name"_s, p.name);
        settings.setValue(u"url"_s, p.url.toString());
        settings.setValue(u"user"_s, p.user);
        settings.setValue(u"wire"_s, wireFormatName(p.wire));
        settings.setValue(u"pinnedSha256"_s, p.pinnedSha256);
        settings.setValue(u"rememberPassword"_s, p.rememberPassword);
    }
    settings.endArray();
}

void ServerProfile::save(const ServerProfile &profile)
{
    QList<ServerProfile> all = loadAll();
    const QString name = profile.displayName();
    auto it = std::find_if(all.begin(), all.end(),
                           [&](const ServerProfile &p) { return p.displayName() == name; });
    ServerProfile stored = profile;
    stored.name = name;
    if (it != all.end())
        *it = stored;
    else
        all.append(stored);
    writeAll(all);
    profileSettings()->setValue(u"lastProfile"_s, name);
}

void ServerProfile::remove(const QString &name)
{
    QList<ServerProfile> all = loadAll();
    all.removeIf([&](const ServerProfile &p) { return p.displayName() == name; });
    writeAll(all);
    if (lastUsed() == name)
        profileSettings()->remove(u"lastProfile"_s);
}

std::optional<ServerProfile> ServerProfile::find(const QString &name)
{
    for (const ServerProfile &profile : loadAll()) {
        if (profile.displayName() == name)
            return profile;
    }
    return std::nullopt;
}

QString ServerProfile::lastUsed()
{
    return profileSettings()->value(u"lastProfile"_s).toString();
}

} // namespace HandlerDesk::Core
