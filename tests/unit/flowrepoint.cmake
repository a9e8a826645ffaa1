# SPDX-License-Identifier: GPL-3.0-or-later
# Re-pointing's plan on hand-made graphs (issue 12, no network).
hd_add_test(tst_flowrepoint LIBS hdcore LABEL unit)
