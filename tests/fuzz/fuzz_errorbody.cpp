// SPDX-License-Identifier: GPL-3.0-or-later
// The error-body reader (core/codec/errorbody.cpp: ErrorDetails in XML or JSON, HTML pages, plain
// text) on any bytes. The first byte picks the Content-Type the server claimed (XML, JSON, HTML,
// plain text, none), the rest is the body. Never a crash, a leak, or super-linear time (run-fuzz.sh
// gives each input 10 s); the code and the message are capped (100 / 2,000 characters) and a cap
// never leaves half a surrogate pair.
#include "fuzzcheck.h"

#include "core/codec.h"

using namespace HandlerDesk;
using namespace Qt::Literals::StringLiterals;
using namespace HandlerDesk::Core;

namespace {

void checkCapped(const QString &text, qsizetype max, const char *what)
{
    FUZZ_CHECK(text.size() <= max, what);
    FUZZ_CHECK(text.isEmpty() || !text.back().isHighSurrogate(),
               "no half surrogate pair at the end");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QByteArray contentTypes[] = {"application/xml", "application/json",
                                              "text/html; charset=utf-8", "text/plain", ""};
    const QByteArray &contentType = contentTypes[data[0] % std::size(contentTypes)];
    const QByteArray body = Fuzz::bytes(data + 1, size - 1);

    const Codec::ServerMessage message = Codec::decodeError(body, contentType);
    checkCapped(message.code, 100, "the server's code is capped");
    checkCapped(message.message, 2000, "the server's message is capped");
    return 0;
}
