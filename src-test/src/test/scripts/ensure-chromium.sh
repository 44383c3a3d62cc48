#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through ChromeDriver. Install both when they are
# missing and this build may install packages (root with apt-get); otherwise say what to install.
set -u
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing chromium and chromium-driver for the browser tests..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  exit $?
fi
echo "WARNING: /usr/bin/chromium or /usr/bin/chromedriver is missing; the browser tests will fail." >&2
echo "Install them with: sudo apt-get install chromium chromium-driver" >&2
exit 0
