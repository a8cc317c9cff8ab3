#!/bin/sh
# Install Debian's chromium (and its driver) for tests/test_browser.py when missing and we may (root).
set -e
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi
if [ "$(id -u)" != "0" ]; then
    echo "browser_setup: chromium missing and not root; tests/test_browser.py will be skipped" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends chromium chromium-driver >/dev/null 2>&1 \
    || { apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends chromium chromium-driver >/dev/null; } \
    || echo "browser_setup: could not install chromium; tests/test_browser.py will be skipped" >&2
