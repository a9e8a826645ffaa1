// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/serverprofile.h"

#include "core/operations/passwordsource.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace HandlerDesk::Ui {

Core::ConnectionSettings ServerProfile::settings() const
{
    Core::ConnectionSettings s;
    s.serverUrl = url;
    s.user = user;
    s.wire = wire;
    s.pinnedSha256 = pinnedSha256;
    return s;
}

QString ServerProfile::secretKey() const
{
    return Core::PasswordSource::keychainKey(settings());
}

QString ServerProfile::displayName() const
{
    return name.isEmpty() ? u"%1 @ %2"_s.arg(user, url.host()) : name;
}

QList<ServerProfile> ServerProfile::loadAll()
{
    QSettings settings;
    QList<ServerProfile> result;
    const int count = settings.beginReadArray(u"profiles"_s);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ServerProfile p;
        p.name = settings.value(u"name"_s).toString();
        p.url = QUrl(settings.value(u"url"_s).toString());
        p.user = settings.value(u"user"_s).toString();
        p.wire = Core::parseWireFormat(settings.value(u"wire"_s).toString())
                     .value_or(Core::WireFormat::Json);
        p.pinnedSha256 = settings.value(u"pinnedSha256"_s).toString();
        p.rememberPassword = settings.value(u"rememberPassword"_s).toBool();
        result.append(p);
    }
    settings.endArray();
    return result;
}

static void writeAll(const QList<ServerProfile> &profiles)
{
    QSettings settings;
    settings.remove(u"profiles"_s);
    settings.beginWriteArray(u"profiles"_s, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ServerProfile &p = profiles.at(i);
        settings.setArrayIndex(i);
        settings.setValue(u"name"_s, p.name);
        settings.setValue(u"url"_s, p.url.toString());
        settings.setValue(u"user"_s, p.user);
        settings.setValue(u"wire"_s, Core::wireFormatName(p.wire));
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
    QSettings().setValue(u"lastProfile"_s, name);
}

void ServerProfile::remove(const QString &name)
{
    QList<ServerProfile> all = loadAll();
    all.removeIf([&](const ServerProfile &p) { return p.displayName() == name; });
    writeAll(all);
    if (lastUsed() == name)
        QSettings().remove(u"lastProfile"_s);
}

QString ServerProfile::lastUsed()
{
    return QSettings().value(u"lastProfile"_s).toString();
}

} // namespace HandlerDesk::Ui
