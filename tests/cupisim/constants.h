// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every number and choice of cupi-sim that no source settles ([INF] in PROTOCOL.md) lives here,
// so that a real server's answer can correct it in one place. README.md lists them.

namespace CupiSim {

// Throttling (PROTOCOL.md §4): at most this many requests are processed at once.
inline constexpr int MaxConcurrentRequests = 5;
// Requests beyond the concurrent ones wait in a queue of at most this length ([DOC] "~255").
inline constexpr int MaxQueuedRequests = 255;
// A request that waited in the queue this long gets 503 "server busy" ([INF]; --queue-timeout-ms).
inline constexpr int DefaultQueueTimeoutMs = 10000;
// Strict sessions (on unless --lenient-sessions): this many Basic-authenticated requests without
// a session cookie within StrictWindowMs answer 503, as 10.x servers do ([OBS] the .NET SDK's
// developer guide, "HTTP Communication Changes in 10.x": "3 times in a second").
inline constexpr int StrictBasicLimit = 3;
inline constexpr int StrictWindowMs = 1000;

// Sessions: REQUEST_TOKEN_KEY is rotated when it is older than this ([INF] "some minutes";
// --token-rotation-s); a session idle this long is forgotten ([INF]).
inline constexpr int DefaultTokenRotationSeconds = 300;
inline constexpr int SessionIdleSeconds = 30 * 60;

// Account lockout: CUPI "Authentication Rules", the default web application rule: MaxHacks 7,
// LockoutDuration 30, HackResetTime 30 minutes ([DOC] by example). --lockout-after,
// --lockout-minutes, --hack-reset-minutes.
inline constexpr int DefaultLockoutAfter = 7;
inline constexpr int DefaultLockoutMinutes = 30;
inline constexpr int DefaultHackResetMinutes = 30;
// The system administrator's extension when it is free in the system partition ([INF]).
inline constexpr int AdministratorExtension = 1000;

// Tenant administrators: password of every tenant account ([INF]).
inline constexpr char TenantPassword[] = "tenant";

// Listing: a sort with a query must name a column of the query ([DOC]); enforced.
inline constexpr bool SortColumnMustBeInQuery = true;
// At most this many clauses joined by '&' ([INF]: no public source gives a number).
inline constexpr int MaxQueryClauses = 5;

// Data generation defaults.
inline constexpr int DefaultHandlers = 300;
inline constexpr int DefaultTenants = 2;
inline constexpr int DefaultSeed = 1;
inline constexpr int UsersPerTenant = 6;
inline constexpr int SystemUsers = 8;
// The generated application handlers cycle through 24 departments and 12 purposes
// (generator.cpp's name tables); generatorflow.cpp finds a handler's purpose from its index.
inline constexpr int GeneratedDepartments = 24;
inline constexpr int GeneratedPurposes = 12;
// System default language (LCID) and time zone (Microsoft index) of the simulated server.
inline constexpr int SystemLanguage = 1033;
inline constexpr int SystemTimeZone = 190;

// Connections ([INF]; acceptor.h): a TLS handshake must finish within this (hidden option
// --handshake-timeout-ms); a connection with no request in progress is closed after this long
// without traffic (hidden --idle-timeout-ms; Tomcat's default connectionTimeout, 20 s).
inline constexpr int DefaultHandshakeTimeoutMs = 10000;
inline constexpr int DefaultIdleTimeoutMs = 20000;
// A request body larger than this gets 413 before it is read ([INF]; --max-body-kb).
inline constexpr int DefaultMaxBodyKb = 8 * 1024;
// --stall-ms without --stall-rate stalls this share of the replies.
inline constexpr double DefaultStallRate = 0.01;

// The state file is written this long after the last change (debounce).
inline constexpr int StateSaveDelayMs = 500;

inline constexpr char ServerVersion[] = "14.0.1.14900-11";

} // namespace CupiSim
