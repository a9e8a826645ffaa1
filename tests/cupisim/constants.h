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
// --strict-sessions: this many Basic-authenticated requests without a session cookie within
// StrictWindowMs answer 503 ([OBS] "3 times a second").
inline constexpr int StrictBasicLimit = 3;
inline constexpr int StrictWindowMs = 1000;

// Sessions: REQUEST_TOKEN_KEY is rotated when it is older than this ([INF] "some minutes";
// --token-rotation-s); a session idle this long is forgotten ([INF]).
inline constexpr int DefaultTokenRotationSeconds = 300;
inline constexpr int SessionIdleSeconds = 30 * 60;

// Tenant administrators: password of every tenant account ([INF]).
inline constexpr char TenantPassword[] = "tenant";

// Listing: a sort with a query must name a column of the query ([DOC]); enforced.
inline constexpr bool SortColumnMustBeInQuery = true;
// At most this many clauses joined by " & " ([OBS] "up to 5").
inline constexpr int MaxQueryClauses = 5;

// Data generation defaults.
inline constexpr int DefaultHandlers = 300;
inline constexpr int DefaultTenants = 2;
inline constexpr int DefaultSeed = 1;
inline constexpr int UsersPerTenant = 6;
inline constexpr int SystemUsers = 8;
// System default language (LCID) and time zone (Microsoft index) of the simulated server.
inline constexpr int SystemLanguage = 1033;
inline constexpr int SystemTimeZone = 190;

// The state file is written this long after the last change (debounce).
inline constexpr int StateSaveDelayMs = 500;

inline constexpr char ServerVersion[] = "14.0.1.14900-11";

} // namespace CupiSim
