#!/bin/sh
# Write holdout-lo-limburg.pdf from the .html beside this script with LibreOffice Writer (Debian: libreoffice-writer-nogui).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A private profile so a running LibreOffice of someone else is not disturbed.
soffice -env:UserInstallation="file://$tmp/profile" --headless --infilter="HTML (StarWriter)" \
  --convert-to pdf:writer_pdf_Export --outdir "$tmp" "$here/holdout-lo-limburg.html" >/dev/null
mv "$tmp/holdout-lo-limburg.pdf" "$here/../holdout-lo-limburg.pdf"
echo "$here/../holdout-lo-limburg.pdf"
