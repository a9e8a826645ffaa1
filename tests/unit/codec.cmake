# SPDX-License-Identifier: GPL-3.0-or-later
# Unit tests of the codecs, the field table, the edit logic, CSV and what the front ends share
# (server address, wire-format names, list query, password source; no network).
hd_add_test(tst_codec LIBS hdcore LABEL unit)
hd_add_test(tst_codecerrors LIBS hdcore LABEL unit)
hd_add_test(tst_codecreaders LIBS hdcore LABEL unit)
hd_add_test(tst_fieldtable LIBS hdcore LABEL unit)
hd_add_test(tst_handleredit LIBS hdcore LABEL unit)
hd_add_test(tst_callactions LIBS hdcore LABEL unit)
hd_add_test(tst_csv LIBS hdcore LABEL unit)
hd_add_test(tst_displaytext LIBS hdcore LABEL unit)
hd_add_test(tst_cupitime LIBS hdcore LABEL unit)
hd_add_test(tst_tolerantedit LIBS hdcore LABEL unit)
hd_add_test(tst_fieldrules LIBS hdcore LABEL unit)
hd_add_test(tst_operations LIBS hdcore Qt6::Network LABEL unit)
