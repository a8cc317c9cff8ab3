#!/bin/sh
# Install Debian's chromium (and its driver) for tests/test_browser.py when missing and we may (root).
# apt-get's own lines are shown (quiet level 1: one line per package), so a slow download is visibly moving.
set -e
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi
if [ "$(id -u)" != "0" ]; then
    echo "browser_setup: chromium missing and not root; tests/test_browser.py will be skipped" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
echo "browser_setup: installing chromium and chromium-driver for the browser test (apt-get, about a minute)" >&2
install() { apt-get install -q -y --no-install-recommends chromium chromium-driver; }
install || { echo "browser_setup: updating the package lists first" >&2; apt-get update -q && install; } \
    || echo "browser_setup: could not install chromium; tests/test_browser.py will be skipped" >&2
echo "browser_setup: done" >&2
