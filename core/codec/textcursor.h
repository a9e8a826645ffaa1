// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the codec's readers: a body's text, decoded from UTF-8 once (a byte-order mark
// dropped), and the reader's place in it.
#pragma once

#include <QByteArray>
#include <QString>

namespace HandlerDesk::Core::Codec::Detail {

struct TextCursor
{
    explicit TextCursor(const QByteArray &body)
    {
        QByteArrayView utf8(body);
        if (utf8.startsWith("\xEF\xBB\xBF"))
            utf8 = utf8.sliced(3);
        m_source = QString::fromUtf8(utf8);
        m_text = m_source;
    }

    // Skips the white space that JSON and XML both allow between tokens.
    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char16_t c = m_text[m_pos].unicode();
            if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r')
                break;
            ++m_pos;
        }
    }
    bool startsWith(QStringView s) const { return m_text.sliced(m_pos).startsWith(s); }

    QString m_source; // the whole text; a page's values may point into it
    QStringView m_text;
    qsizetype m_pos = 0;
};

} // namespace HandlerDesk::Core::Codec::Detail
