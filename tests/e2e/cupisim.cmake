# SPDX-License-Identifier: GPL-3.0-or-later
# Conformance of cupi-sim with the CUPI documentation; Qt only (no Handler Desk library). Each
# test starts its own cupi-sim processes on free ports, so they run in parallel.
set(_cupisim_support tst_cupisim_support.cpp tst_cupisim_support.h tst_cupisim_fixture.h)
foreach(_test conformance resources sessions targets realdata refdata protocol accounts
              concurrency faults routingrules)
    hd_add_test(tst_cupisim_${_test}
        SOURCES tst_cupisim_${_test}.cpp ${_cupisim_support}
        LIBS Qt6::Network
        LABEL e2e)
    add_dependencies(tst_cupisim_${_test} cupi-sim)
endforeach()
