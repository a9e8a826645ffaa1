// SPDX-License-Identifier: GPL-3.0-or-later
// Where a front end started with a server and a user takes the password from — the same order for
// handlerctl and handlerdesk, and never from an argument: standard input when the user asked for
// it (handlerctl --password-stdin), else $HANDLERDESK_PASSWORD when it is set and not empty, else
// the desktop keychain under keychainKey(), where the GUI remembers it (so handlerctl finds it).
#pragma once

#include "core/secretstore.h"

class QObject;

namespace HandlerDesk::Core {

struct ConnectionSettings;

namespace PasswordSource {

enum class Source { StandardInput, Environment, Keychain };

Source choose(bool standardInputAsked);
QString fromEnvironment(); // $HANDLERDESK_PASSWORD; empty when unset
// "user@host:port" (port 443 when the URL names none), SecretStore::keyFor().
QString keychainKey(const ConnectionSettings &settings);

// Reads the password from `source` and answers once through `done`, never synchronously:
// found == false when the environment variable is empty or the keychain has no entry, error set
// when the keychain cannot be read. Standard input gives its first line (without the line end);
// at a terminal it prompts "Password for KEY: " on stderr with echo off (restored afterwards, also
// on Ctrl+C). The caller refuses an empty password.
void read(Source source, const QString &keychainKey, SecretStore *keychain, QObject *context,
          SecretStore::Callback done);

} // namespace PasswordSource
} // namespace HandlerDesk::Core
