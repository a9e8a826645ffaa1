# SPDX-License-Identifier: GPL-3.0-or-later
# handlerctl end to end: the real binary against a real cupi-sim process over HTTPS.
if(TARGET handlerctl)
    hd_add_test(tst_handlerctl SOURCES tst_handlerctl.cpp LIBS hdcore Qt6::Network LABEL e2e)
    add_dependencies(tst_handlerctl handlerctl cupi-sim)
endif()
# Issue 8: a handler with values the client does not know, renamed with the editor model and
# with handlerctl: only DisplayName is sent (needs core and the seeding support of tests/unit).
if(TARGET handlerctl)
    hd_add_test(tst_unknownvalues_e2e SOURCES tst_unknownvalues_e2e.cpp
                ../unit/tst_unknownseed.h ../unit/tst_models_sim.h ../unit/tst_recordingnam.h
                LIBS hdcore LABEL e2e)
    target_include_directories(tst_unknownvalues_e2e PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../unit)
    add_dependencies(tst_unknownvalues_e2e handlerctl cupi-sim)
endif()
# Issue 9: handlerctl and the GUI's core objects send the same requests (create, delete, list).
if(TARGET handlerctl)
    hd_add_test(tst_frontends SOURCES tst_frontends.cpp ../unit/tst_models_sim.h
                ../unit/tst_recordingnam.h LIBS hdcore LABEL e2e)
    target_include_directories(tst_frontends PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../unit)
    add_dependencies(tst_frontends handlerctl cupi-sim)
endif()
