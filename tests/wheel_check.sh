#!/bin/sh
# The installed product, not the checkout: build the wheel, install it (not editable) in a fresh venv and run
# `kg ingest`, `kg search` and `kg serve` from a temporary folder, so nothing can come from the source tree.
set -eu
ROOT=$(pwd)
PY=${PY:-$ROOT/.venv/bin/python}
WORK=$(mktemp -d)
SERVER=""
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT INT TERM
step() { echo "wheel check: $*"; }

step "building the wheel"
"$PY" -m pip wheel --quiet --no-deps --wheel-dir "$WORK/dist" "$ROOT"
rm -rf "$ROOT/build"
WHEEL=$(ls "$WORK"/dist/nzkg-*.whl)

python3 -m venv "$WORK/venv"
VPY="$WORK/venv/bin/python"
if [ "${WHEEL_CHECK_FULL:-0}" = 1 ]; then
    # Everything from the registry, as a user would (~8 min on 2 busy cores).
    step "installing $(basename "$WHEEL") and its dependencies in a fresh venv (torch pinned first)"
    "$VPY" -m pip install --quiet torch==2.13.0
    "$VPY" -m pip install --quiet "$WHEEL"
else
    # The dependencies are borrowed from .venv (a .pth line appends its site-packages; its own .pth files, and
    # so its editable nzkg, stay inactive); the wheel itself is installed normally and `pip check` confirms
    # that its declared dependencies are all met.
    step "installing $(basename "$WHEEL") in a fresh venv (dependencies borrowed from .venv)"
    BORROWED=$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
    echo "$BORROWED" > "$("$VPY" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/borrowed.pth"
    "$VPY" -m pip uninstall --quiet --yes setuptools  # venv's old copy would shadow the one torch needs
    "$VPY" -m pip install --quiet --no-deps "$WHEEL"
    "$VPY" -m pip check
fi
KG="$WORK/venv/bin/kg"

cd "$WORK"
"$VPY" - "$WORK" <<'PYEOF'
import sys

import ingest, kg, nzkg, webui
outside = [m.__name__ for m in (nzkg, kg, ingest, webui) if not m.__file__.startswith(sys.argv[1])]
assert not outside, f"imported from outside the fresh venv: {outside}"
PYEOF
mkdir docs
cp "$ROOT"/examples/*.txt docs/
cp "$ROOT"/tests/data/layout/borderless-libreoffice.pdf docs/  # the PDF worker runs from the wheel too
step "kg ingest"
"$KG" ingest docs --store "$WORK/store" --quiet
test "$("$KG" stats --json --store "$WORK/store" | "$VPY" -c 'import json, sys; print(json.load(sys.stdin)["documents"])')" = 2
step "kg search"
"$KG" search "Wie is trekker?" -k 3 --store "$WORK/store" > search.txt
test -s search.txt
step "kg serve (start, GET /, stop)"
PORT=$("$VPY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$KG" serve --store "$WORK/store" --host 127.0.0.1 --port "$PORT" > serve.log 2>&1 &
SERVER=$!
"$VPY" - "$PORT" <<'PYEOF'
import sys, time, urllib.parse, urllib.request
url = f"http://127.0.0.1:{sys.argv[1]}/"
for _ in range(120):
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            assert r.status == 200 and b"<html" in r.read().lower()
            break
    except OSError:
        time.sleep(0.5)
else:
    sys.exit(f"kg serve did not answer on {url}")
# The SPARQL endpoint runs its queries in a worker process: it too must find the installed package.
ask = url + "sparql?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
request = urllib.request.Request(ask, headers={"Accept": "application/sparql-results+json"})
with urllib.request.urlopen(request, timeout=60) as r:
    assert b"true" in r.read(), "the SPARQL worker answered no"
PYEOF
step "ok: the installed wheel ingests, searches and serves"
