# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the call-flow picture's core side (issue 12): subgraph, DOT, JSON, Graphviz layout.
hd_add_test(tst_flowlayout SOURCES tst_flowlayout.cpp tst_flowsample.h
            LIBS hdflowlayout LABEL unit)
