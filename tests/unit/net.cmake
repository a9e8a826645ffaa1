# SPDX-License-Identifier: GPL-3.0-or-later
# The CUPI client: requests, classifier and sessions without a network; behaviour (sessions,
# re-auth, retries, throttling, paging, cancel, TLS) against an in-process QAbstractHttpServer on
# an ephemeral loopback port; the secret store.
hd_add_test(tst_client SOURCES tst_client.cpp LIBS hdcore Qt6::Network LABEL unit)
hd_add_test(tst_client_loopback SOURCES tst_client_loopback.cpp tst_client_fixture.h
            tst_client_server.h LIBS hdcore Qt6::Network Qt6::HttpServer LABEL unit)
hd_add_test(tst_client_tls SOURCES tst_client_tls.cpp tst_client_server.h
            LIBS hdcore Qt6::Network Qt6::HttpServer LABEL unit)
hd_add_test(tst_client_secretstore SOURCES tst_client_secretstore.cpp LIBS hdcore LABEL unit)
hd_add_test(tst_client_realserver SOURCES tst_client_realserver.cpp tst_client_server.h
            tst_models_sim.h LIBS hdcore Qt6::Network Qt6::HttpServer LABEL unit)
hd_add_test(tst_client_auth SOURCES tst_client_auth.cpp tst_client_fixture.h tst_client_server.h
            LIBS hdcore Qt6::Network Qt6::HttpServer LABEL unit)
