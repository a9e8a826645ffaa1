// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/displaytext.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace HandlerDesk::Core {

namespace {

bool isUnsafe(QChar c)
{
    switch (c.category()) {
    case QChar::Other_Control: // C0, DEL, C1
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        break;
    }
    const char16_t u = c.unicode();
    return (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069); // bidi embeddings
}

qsizetype utf8Size(QStringView text)
{
    qsizetype bytes = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        bytes += u < 0x80 ? 1 : u < 0x800 || c.isSurrogate() ? 2 : 3; // a pair: 2 + 2
    }
    return bytes;
}

} // namespace

QString safeText(QStringView text, qsizetype max)
{
    qsizetype keep = text.size();
    if (max >= 0 && keep > max) {
        keep = max;
        if (keep > 0 && text.at(keep - 1).isHighSurrogate())
            --keep;
    }
    QString result;
    result.reserve(keep + 32);
    for (const QChar c : text.first(keep))
        result.append(isUnsafe(c) ? QChar(QChar::ReplacementCharacter) : c);
    if (keep < text.size()) {
        // Counted before the call: lupdate 6.4 hangs on a template argument list inside it.
        const qsizetype more = qMin(utf8Size(text.sliced(keep)), qsizetype(INT_MAX));
        result += QCoreApplication::translate("HandlerDesk::Core::DisplayText", "… %n more bytes",
                                              nullptr, int(more));
    }
    return result;
}

} // namespace HandlerDesk::Core

namespace HandlerDesk::Core {

namespace {
struct Range
{
    char32_t first;
    char32_t last;
};

// East Asian Wide (W) and Fullwidth (F) of Unicode 15's EastAsianWidth.txt, with the emoji
// presentation characters (W there too), merged into ranges; sorted.
constexpr Range WideRanges[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},   {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},
    {0x2648, 0x2653},   {0x267F, 0x267F},   {0x2693, 0x2693},   {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},   {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},
    {0x2728, 0x2728},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},
    {0x2757, 0x2757},   {0x2795, 0x2797},   {0x27B0, 0x27B0},   {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
    {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
    {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},
    {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4},
    {0x17000, 0x18CFF}, {0x1AFF0, 0x1B2FF}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF},
    {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F265}, {0x1F300, 0x1F320},
    {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA},
    {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E},
    {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E},
    {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4},
    {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2},
    {0x1F6D5, 0x1F6D7}, {0x1F6DC, 0x1F6DF}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC},
    {0x1F7E0, 0x1F7EB}, {0x1F7F0, 0x1F7F0}, {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945},
    {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
};

bool isWide(char32_t c)
{
    const auto *end = std::end(WideRanges);
    const auto *it = std::lower_bound(std::begin(WideRanges), end, c,
                                      [](const Range &r, char32_t v) { return r.last < v; });
    return it != end && it->first <= c;
}

bool isZeroWidth(char32_t c)
{
    if (c == 0x00AD) // soft hyphen: shown as a hyphen by terminals
        return false;
    if (c < 0x20 || (c >= 0x7F && c < 0xA0) || (c >= 0x1160 && c <= 0x11FF)) // Hangul vowels
        return true;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return true;
    default:
        return false;
    }
}

constexpr char32_t EmojiPresentation = 0xFE0F; // VS16
constexpr char32_t ZeroWidthJoiner = 0x200D;
} // namespace

int displayWidth(char32_t codePoint)
{
    if (isZeroWidth(codePoint))
        return 0;
    return isWide(codePoint) ? 2 : 1;
}

namespace {
// Calls `visit(start, end, width)` for each character of `text` with its combining marks (a
// cluster as a terminal draws it); stops when `visit` returns false.
template <typename Visit> void forEachCluster(QStringView text, Visit visit)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = i;
        const auto next = [&] {
            char32_t c = text.at(i).unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
                text.at(i + 1).isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
                i += 2;
            } else {
                ++i;
            }
            return c;
        };
        qsizetype width = displayWidth(next());
        bool joined = false;
        while (i < text.size()) { // the marks that follow belong to this character
            const qsizetype before = i;
            const char32_t mark = next();
            if (displayWidth(mark) != 0 && !joined) {
                i = before;
                break;
            }
            if (mark == EmojiPresentation && width == 1)
                width = 2;
            joined = mark == ZeroWidthJoiner; // 👩‍💻 is one emoji as wide as the first
        }
        if (!visit(start, i, width))
            return;
    }
}
} // namespace

qsizetype displayWidth(QStringView text)
{
    qsizetype total = 0;
    forEachCluster(text, [&](qsizetype, qsizetype, qsizetype width) {
        total += width;
        return true;
    });
    return total;
}

QString truncateToWidth(QStringView text, qsizetype columns)
{
    qsizetype used = 0;
    qsizetype end = 0;
    forEachCluster(text, [&](qsizetype, qsizetype clusterEnd, qsizetype width) {
        if (used + width > columns)
            return false;
        used += width;
        end = clusterEnd;
        return true;
    });
    return text.left(end).toString();
}

QString padToWidth(QStringView text, qsizetype columns)
{
    const qsizetype width = displayWidth(text);
    return text.toString() + QString(qMax<qsizetype>(0, columns - width), u' ');
}

} // namespace HandlerDesk::Core
