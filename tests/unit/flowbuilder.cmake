# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of core/flow's builder side (label unit): what plays when, the graph's cache file.
hd_add_test(tst_flowschedule LIBS hdcore LABEL unit)
hd_add_test(tst_flowcachefile LIBS hdcore LABEL unit)
