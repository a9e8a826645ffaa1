# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of core/flow (issue 12): the call-flow graph, its cache form and lint (no network).
hd_add_test(tst_flowgraph SOURCES tst_flowgraph.cpp tst_flowfixture.h LIBS hdcore LABEL unit)
hd_add_test(tst_flowedges LIBS hdcore LABEL unit)
hd_add_test(tst_flowlint SOURCES tst_flowlint.cpp tst_flowfixture.h LIBS hdcore LABEL unit)
