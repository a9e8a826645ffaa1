// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fields a --state file gives that a kind does not have. A real server has fields and values no
// client knows; so that clients can be tested against them, the loader keeps them — after the
// kind's own values in the Rec, as name/value pairs — and the writers serve them as they are,
// after the known fields. Requests cannot set them: unknown names in a body are ignored.
#include "schema.h"

namespace CupiSim {

inline void addExtraField(KindId id, Rec &rec, const QString &name, const QString &value)
{
    if (rec.size() < kind(id).fields.size())
        rec.resize(kind(id).fields.size());
    rec.append(name);
    rec.append(value);
}

template <typename Visit> void forEachExtraField(KindId id, const Rec &rec, Visit visit)
{
    for (qsizetype i = kind(id).fields.size(); i + 1 < rec.size(); i += 2)
        visit(rec.at(i), rec.at(i + 1));
}

} // namespace CupiSim
