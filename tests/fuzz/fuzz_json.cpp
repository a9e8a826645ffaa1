// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON decoders (core/codec/jsonreader.cpp, jsonscanner.h) on any bytes: a list page and one
// object. Never a crash, a hang or a leak; a decoded page is consistent; an object that decodes
// encodes (Codec::encodeObject, the request-body writer) to a body that decodes to the same fields.
#include "fuzzcheck.h"

#include "core/codec.h"

using namespace HandlerDesk;
using namespace Qt::Literals::StringLiterals;
using namespace HandlerDesk::Core;

namespace {

void checkPage(const ListPage &page)
{
    FUZZ_CHECK(page.total() >= 0, "a list's total is a count");
    for (qsizetype row = 0; row < page.rowCount(); ++row) {
        const CupiObject object = page.object(row);
        FUZZ_CHECK(object.size() <= page.fieldCount(row), "a row's object has its fields");
        for (qsizetype field = 0; field < page.fieldCount(row); ++field)
            FUZZ_CHECK(page.contains(row, page.name(row, field)), "a row has its own fields");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);

    if (const Result<ListPage> page = Codec::decodeListPage(body, WireFormat::Json, u"Callhandler"))
        checkPage(*page);

    const Result<CupiObject> object = Codec::decodeObject(body, WireFormat::Json);
    if (object && Fuzz::isEncodable(*object, false)) {
        const QByteArray again = Codec::encodeObject(*object, WireFormat::Json, u"Callhandler"_s);
        const Result<CupiObject> decoded = Codec::decodeObject(again, WireFormat::Json);
        FUZZ_CHECK(decoded.ok(), "an encoded object decodes");
        FUZZ_CHECK(*decoded == *object, "an object survives encode + decode");
    }
    return 0;
}
