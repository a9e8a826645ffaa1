#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The scripting baseline of the benchmark: what an administrator would write instead of
handlerctl. Pages through every call handler with requests (one session, so the cookie is
reused), parsing JSON with json or XML with xml.etree, and prints one line per handler:
name, extension, object id, tab-separated."""
import argparse
import getpass
import sys
import xml.etree.ElementTree as ET

import requests
import urllib3

ROWS_PER_PAGE = 100


def handlers_of_page(response, wire):
    """The handlers of one page and the list's total."""
    if wire == "json":
        body = response.json()
        rows = body.get("Callhandler", [])
        if isinstance(rows, dict):  # CUPI sends a lone row as an object, not a list
            rows = [rows]
        return rows, int(body.get("@total", 0))
    root = ET.fromstring(response.content)
    rows = [{child.tag: child.text or "" for child in row} for row in root]
    return rows, int(root.get("total", 0))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--server", required=True, help="https://host:port")
    parser.add_argument("--user", required=True)
    parser.add_argument("--wire", choices=("json", "xml"), default="json")
    parser.add_argument("--password-stdin", action="store_true")
    args = parser.parse_args()
    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass()

    urllib3.disable_warnings()  # the simulator's certificate is self-signed
    session = requests.Session()
    session.auth = (args.user, password)
    session.headers["Accept"] = "application/" + args.wire
    url = args.server.rstrip("/") + "/vmrest/handlers/callhandlers"
    out = sys.stdout
    page, seen = 1, 0
    while True:
        response = session.get(url, params={"rowsPerPage": ROWS_PER_PAGE, "pageNumber": page},
                               verify=False)
        response.raise_for_status()
        rows, total = handlers_of_page(response, args.wire)
        for row in rows:
            out.write("%s\t%s\t%s\n" % (row.get("DisplayName", ""), row.get("DtmfAccessId", ""),
                                        row.get("ObjectId", "")))
        seen += len(rows)
        if not rows or seen >= total:
            break
        page += 1


if __name__ == "__main__":
    main()
