# SPDX-License-Identifier: GPL-3.0-or-later
# handlerctl end to end: the real binary against a real cupi-sim process over HTTPS.
if(TARGET handlerctl)
    hd_add_test(tst_handlerctl SOURCES tst_handlerctl.cpp LIBS Qt6::Core LABEL e2e)
    add_dependencies(tst_handlerctl handlerctl cupi-sim)
endif()
