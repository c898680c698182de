#!/bin/sh
# Makes the app's class-data-sharing archive (AppCDS) where the app is installed: the classes the
# start screen needs, read once from the jars and stored ready to map, so later starts skip most class
# loading. Run by the package's install script (and by packaging/check-deb.sh); the launcher uses the
# archive when it is there and starts normally when it is not. The class list is recorded at build time.
set -e
app=$(cd "$(dirname "$0")" && pwd)
runtime="$app/../runtime"
[ -f "$app/retrotread.classlist" ] || exit 0
# The class path exactly as the launcher builds it from its configuration, in the same order.
cp=$(sed -n 's|^app.classpath=\$APPDIR/|'"$app"'/|p' "$app/Retrotread.cfg" | paste -sd: -)
"$runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/retrotread.classlist" \
  -XX:SharedArchiveFile="$app/retrotread.jsa" -cp "$cp" >/dev/null 2>&1 || rm -f "$app/retrotread.jsa"
