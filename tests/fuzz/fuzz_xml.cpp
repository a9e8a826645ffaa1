// SPDX-License-Identifier: GPL-3.0-or-later
// The XML decoders on any bytes: the plain-XML fast path (core/codec/xmlfastreader.cpp) and the
// full QXmlStreamReader reader (xmlcodec.cpp), for a list page and one object. Never a crash, a
// hang or a leak; when the fast path accepts a body the full reader accepts it too and reads the
// same rows (differential check); an object that decodes encodes to XML that decodes to the same
// fields.
#include "fuzzcheck.h"

#include "core/codec.h"
#include "core/codec/codec_p.h"

using namespace HandlerDesk;
using namespace Qt::Literals::StringLiterals;
using namespace HandlerDesk::Core;
using namespace HandlerDesk::Core::Codec;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);

    // List pages: the fast path against the full reader.
    const std::optional<ListPage> plainPage = Detail::readPlainXmlPage(body, u"Callhandler");
    const Result<ListPage> fullPage = Detail::readXmlPage(body, u"Callhandler");
    if (plainPage) {
        if (!fullPage)
            std::fprintf(stderr, "full reader: %s\n", qPrintable(fullPage.error().message()));
        FUZZ_CHECK(fullPage.ok(), "a body the fast path reads as a list is well-formed XML");
        FUZZ_CHECK(Fuzz::samePage(*plainPage, *fullPage), "both XML readers read the same list");
    }
    if (fullPage)
        FUZZ_CHECK(fullPage->total() >= 0, "a list's total is a count");
    const Result<ListPage> page = decodeListPage(body, WireFormat::Xml, u"Callhandler");
    FUZZ_CHECK(page.ok() == fullPage.ok(), "the list decoder decides as the full reader");

    // Objects: the same, then encode + decode.
    const std::optional<ListPage> plainObject = Detail::readPlainXmlObject(body);
    const Result<ListPage> fullObject = Detail::readXmlObject(body);
    if (plainObject) {
        if (!fullObject)
            std::fprintf(stderr, "full reader: %s\n", qPrintable(fullObject.error().message()));
        FUZZ_CHECK(fullObject.ok(), "a body the fast path reads as an object is well-formed XML");
        FUZZ_CHECK(Fuzz::samePage(*plainObject, *fullObject),
                   "both XML readers read the same object");
    }
    const Result<CupiObject> object = decodeObject(body, WireFormat::Xml);
    FUZZ_CHECK(object.ok() == fullObject.ok(), "the object decoder decides as the full reader");
    if (object && Fuzz::isEncodable(*object, true)) {
        const QByteArray again = encodeObject(*object, WireFormat::Xml, u"Callhandler"_s);
        const Result<CupiObject> decoded = decodeObject(again, WireFormat::Xml);
        FUZZ_CHECK(decoded.ok(), "an encoded object decodes");
        FUZZ_CHECK(*decoded == *object, "an object survives encode + decode");
    }
    return 0;
}
