# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of core/flow (issue 12): the call-flow graph, its cache form and lint (no network).
hd_add_test(tst_flowgraph LIBS hdcore LABEL unit)
hd_add_test(tst_flowedges LIBS hdcore LABEL unit)
hd_add_test(tst_flowlint LIBS hdcore LABEL unit)
