// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Listing on every list resource: query=(Column is|startswith Value)[&…], sort=(Column
// asc|desc), rowsPerPage, pageNumber (1-based, 0 = count only), the --max-rows-per-page cap.
#include "schema.h"

namespace CupiSim {

struct ListParams
{
    QString query;
    QString sort;
    int rowsPerPage = -1; // -1: not given
    int pageNumber = -1;
};

// Filters, sorts and pages `rows` (already limited to what the caller may see). On a malformed
// query or sort returns false with *error naming the problem.
bool selectRows(KindId id, const QList<const Rec *> &rows, const ListParams &params,
                int maxRowsPerPage, QList<const Rec *> *page, qsizetype *total, QString *error);

} // namespace CupiSim
