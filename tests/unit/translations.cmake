# SPDX-License-Identifier: GPL-3.0-or-later
# The German translation is complete, and both programs speak it (translations/README.md).
hd_add_test(tst_translations LABEL unit)
target_compile_definitions(tst_translations PRIVATE
    HD_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    HD_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
    HD_HANDLERDESK="$<$<TARGET_EXISTS:handlerdesk>:$<TARGET_FILE:handlerdesk>>")
