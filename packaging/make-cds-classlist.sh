#!/usr/bin/env bash
# Regenerates packaging/cds-classlist.txt: the JDK and JavaFX classes the app loads from start to a painted window.
# The installer build (profile "installer") archives them into the bundled runtime's default CDS archive, which makes
# the installed app start ~0.5 s sooner. Entries that no longer exist are skipped at build time, so a stale list only
# costs speed; regenerate it after upgrading the JDK or JavaFX or after large UI changes.
# Needs: an app-image (./mvnw -Pinstaller package -DskipTests) and xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/.."
app=target/installer/Eventscope/bin/Eventscope
[ -x "$app" ] || { echo "no $app: run ./mvnw -Pinstaller package -DskipTests first" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A fresh home: the first start (new database, sample import) loads the most classes.
JAVA_TOOL_OPTIONS="-Duser.home=$tmp -XX:DumpLoadedClassList=$tmp/all.classlist" HOME="$tmp" \
  xvfb-run -a -s "-screen 0 1400x900x24" "$app" --self-test --screenshot "$tmp/shot.png"
{
  echo "# JDK and JavaFX classes loaded by Eventscope from start to a painted window (packaging/make-cds-classlist.sh)."
  # Only classes of the runtime image's modules: the app's own jars are on the class path and not archived.
  # Kept: their class lines, the lambda proxies they define, and the JDK's pre-generated lambda forms.
  awk '/^#/ { next }
       $1 == "@lambda-form-invoker" { print; next }
       $1 == "@lambda-proxy" { if ($2 ~ /^(java|javax|jdk|sun|com\/sun|javafx)\//) print; next }
       /^(java|javax|jdk|sun|com\/sun|javafx)\// { print }' "$tmp/all.classlist" | awk '!seen[$0]++'
} > packaging/cds-classlist.txt
echo "wrote packaging/cds-classlist.txt ($(grep -vc '^#' packaging/cds-classlist.txt) classes)"
