# SPDX-License-Identifier: GPL-3.0-or-later
# UI tests: the real widgets, offscreen, driven by objectName against a cupi-sim of their own;
# every edit is checked on the server with a separate client. uitest.h is their shared support.
function(hd_add_ui_test name)
    hd_add_test(${name} SOURCES ${name}.cpp uitest.h LIBS hdui LABEL ui)
    target_include_directories(${name} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../unit)
    add_dependencies(${name} cupi-sim)
endfunction()

hd_add_ui_test(tst_targetpicker)
hd_add_ui_test(tst_mainwindow)
hd_add_ui_test(tst_editortabs)
hd_add_ui_test(tst_save)
hd_add_ui_test(tst_keyboard)
hd_add_ui_test(tst_connectiondialog)
hd_add_ui_test(tst_session)
hd_add_ui_test(tst_unknownvalues)
hd_add_ui_test(tst_passwordprompt)
hd_add_ui_test(tst_lookupmessage)
hd_add_ui_test(tst_flowview)
hd_add_ui_test(tst_helpmenu)

# The call-flow picture (issue 12) on hand-made flows: no simulator.
hd_add_test(tst_flowpicture SOURCES tst_flowpicture.cpp ../unit/tst_flowsample.h LIBS hdui
            LABEL ui)
target_include_directories(tst_flowpicture PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../unit)
# hd-flowdemo: the picture on a hand-made flow, for screenshots (not a test).
add_executable(hd-flowdemo flowdemo.cpp ../unit/tst_flowsample.h)
target_include_directories(hd-flowdemo PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/../unit)
target_link_libraries(hd-flowdemo PRIVATE hdui)
