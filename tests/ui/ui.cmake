# SPDX-License-Identifier: GPL-3.0-or-later
# UI tests: the real widgets, offscreen, driven by objectName against a cupi-sim of their own;
# every edit is checked on the server with a separate client.
hd_add_test(tst_mainwindow SOURCES tst_mainwindow.cpp LIBS hdui LABEL ui)
target_include_directories(tst_mainwindow PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../unit)
add_dependencies(tst_mainwindow cupi-sim)
