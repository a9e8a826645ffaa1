# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of core/models (label unit); the network ones start their own cupi-sim.
hd_add_test(tst_filterproxymodel LIBS hdcore LABEL unit)
hd_add_test(tst_listmodel LIBS hdcore LABEL unit)
hd_add_test(tst_connection LIBS hdcore LABEL unit)
hd_add_test(tst_targets LIBS hdcore LABEL unit)
hd_add_test(tst_handlereditor LIBS hdcore LABEL unit)
hd_add_test(tst_tenantchoicemodel LIBS hdcore LABEL unit)
hd_add_test(tst_enabling SOURCES tst_enabling.cpp tst_models_sim.h tst_recordingnam.h
            LIBS hdcore LABEL unit)
hd_add_test(tst_serversession SOURCES tst_serversession.cpp tst_models_sim.h tst_breakingnam.h
            LIBS hdcore LABEL unit)
