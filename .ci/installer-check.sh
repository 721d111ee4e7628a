#!/usr/bin/env bash
# Installer check (issue 7): builds the .deb with the README's command, installs it with dpkg -i, checks the menu
# entry, runs the installed launcher (--self-test under Xvfb on a fresh HOME, import + export on seeds/), measures the
# start time, removes the package and checks that the user's database stays.
# Runs as root (CI does); elsewhere it uses sudo for apt-get/dpkg. Debian/Ubuntu only.
# SKIP_BUILD=1 checks the package already in target/installer/; SELF_TEST_RUNS=N sets the number of timed starts;
# NO_BOOST=1 times the starts at normal priority.
# Figures go to stdout and to target/installer/installer-check.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

SELF_TEST_RUNS=${SELF_TEST_RUNS:-5}        # warm start-time samples (the median is reported)
MAX_DEB_MB=60
MAX_START_S=3          # to a painted window, median of the warm starts
MAX_START_S_BUSY_BOOSTED=10   # the same when the machine is busier than it has cores but the runs had priority
MAX_START_S_BUSY=30    # ... and when they could not get it (not root): only a hang or a gross regression fails
SCREEN="-screen 0 1400x900x24"
PKG=eventscope
LAUNCHER=/opt/eventscope/bin/Eventscope

if [ "$(id -u)" -eq 0 ]; then as_root() { "$@"; }; else as_root() { sudo "$@"; }; fi
say() { echo "== installer: $*"; }
fail() { echo "FAILED installer check: $*" >&2; exit 1; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2f", b - a}'; }
installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }

tmp=$(mktemp -d)
cleanup() {
  rm -rf "$tmp"
  # Never leave the package installed by a failed run.
  if installed "$PKG" && [ -n "${INSTALLED_BY_US:-}" ]; then as_root dpkg -r "$PKG" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

# --- tools: install only what is missing (a fresh machine gets them, a prepared one loses no time) ---------------
need=()
for p in xvfb xauth x11-utils imagemagick libgtk-3-0 fakeroot binutils python3; do installed "$p" || need+=("$p"); done
if [ ${#need[@]} -gt 0 ]; then
  say "installing ${need[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# --- build ------------------------------------------------------------------------------------------------------
if [ -n "${SKIP_BUILD:-}" ]; then       # SKIP_BUILD=1: check the package already in target/installer/
  say "SKIP_BUILD set: using the package already built"
  build_s=NA
else
  say "build: ./mvnw -B -ntp -Pinstaller package -DskipTests"
  t0=$(now)
  ./mvnw -B -ntp -Pinstaller package -DskipTests > "$tmp/build.log" 2>&1 || { tail -60 "$tmp/build.log"; fail "installer build"; }
  build_s=$(secs "$t0" "$(now)")
fi
shopt -s nullglob
debs=(target/installer/${PKG}_*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one target/installer/${PKG}_*.deb, found ${#debs[@]}"
deb=${debs[0]}
[ -d target/installer/Eventscope ] || fail "no app-image at target/installer/Eventscope"
deb_bytes=$(stat -c %s "$deb")
deb_mb=$(python3 -c "print(f'{$deb_bytes / 1e6:.1f}')")
say "built $deb ($deb_mb MB) in ${build_s} s"
[ "$deb_bytes" -lt $((MAX_DEB_MB * 1000 * 1000)) ] || fail ".deb is $deb_mb MB, limit $MAX_DEB_MB MB"
dpkg-deb -f "$deb" Depends | grep -q 'libgtk-3-0' || fail ".deb does not depend on libgtk-3-0"
pom_version=$(python3 -c "import xml.etree.ElementTree as E; print(E.parse('pom.xml').getroot().find('{http://maven.apache.org/POM/4.0.0}version').text)")
case "$(dpkg-deb -f "$deb" Version)" in
  "$pom_version"|"$pom_version"-*) ;;
  *) fail ".deb version $(dpkg-deb -f "$deb" Version) is not the pom's $pom_version" ;;
esac

# --- install ----------------------------------------------------------------------------------------------------
if installed "$PKG"; then say "removing a previously installed $PKG"; as_root dpkg -r "$PKG" >/dev/null; fi
# dpkg -i does not fetch dependencies: install the missing ones (xdg-utils, GTK, ...) from the .deb's Depends first.
deps=()
for d in $(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/|.*//; s/(.*)//; s/^ *//; s/ *$//'); do
  installed "$d" || deps+=("$d")
done
if [ ${#deps[@]} -gt 0 ]; then
  say "installing the package's dependencies: ${deps[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${deps[@]}" >/dev/null
fi
say "dpkg -i $deb"
t0=$(now)
INSTALLED_BY_US=1
as_root dpkg -i "$deb" > "$tmp/dpkg.log" 2>&1 || { cat "$tmp/dpkg.log"; fail "dpkg -i"; }
install_s=$(secs "$t0" "$(now)")
installed "$PKG" || fail "dpkg -s $PKG does not say 'install ok installed'"
[ -x "$LAUNCHER" ] || fail "no launcher at $LAUNCHER"
installed_kb=$(du -sk /opt/eventscope | cut -f1)
installed_mb=$(python3 -c "print(f'{$installed_kb * 1024 / 1e6:.1f}')")

# The menu entry, with its icon and a menu group.
desktop=$(ls /usr/share/applications/*eventscope*.desktop 2>/dev/null | head -1 || true)
[ -n "$desktop" ] || { dpkg -L "$PKG" | grep -i desktop || true; fail "no menu entry in /usr/share/applications"; }
grep -qx "Exec=$LAUNCHER" "$desktop" || fail "$desktop does not start $LAUNCHER"
grep -q '^Categories=.\+' "$desktop" || fail "$desktop has no menu group"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -f "$icon" ] || fail "the menu entry's icon $icon is missing"
say "menu entry $desktop (icon $icon, $(grep '^Categories=' "$desktop"))"

# --- the installed launcher: command line ---------------------------------------------------------------------
home="$tmp/home"                       # a fresh, empty, writable HOME
mkdir -p "$home"
# Java takes user.home from the password database, not from $HOME: JAVA_TOOL_OPTIONS points it at the fresh HOME too,
# so the app's per-user data folder (and JavaFX's cache) start empty and root's own are never touched.
export JAVA_TOOL_OPTIONS="-Duser.home=$home"
run_app() { env -u XDG_DATA_HOME -u EVENTSCOPE_DB HOME="$home" "$LAUNCHER" "$@"; }
run_app --version | grep -q "Eventscope" || fail "$LAUNCHER --version"
set +e; run_app frobnicate > /dev/null 2>&1; code=$?; set -e
[ "$code" -eq 2 ] || fail "a usage error should exit 2 through the launcher, got $code"
run_app import seeds --db "$tmp/cli.db" > "$tmp/import.log" || { cat "$tmp/import.log"; fail "installed launcher: import seeds"; }
run_app export --format json --db "$tmp/cli.db" --out "$tmp/export.json" 2> /dev/null || fail "installed launcher: export"
python3 - "$tmp/export.json" <<'PY' || fail "installed launcher: the exported JSON is wrong"
import json, sys
data = json.load(open(sys.argv[1]))
assert data["schema"] == "eventscope/1", data["schema"]
docs = data["documents"]
assert len(docs) == 5, len(docs)
known = [d for d in docs if d["published"]]
assert len(known) == 4, [d["published"] for d in docs]
print("== installer: installed launcher import + export ok:", len(docs), "documents,", len(data["events"]), "events")
PY

# --- the installed launcher: the window, on a fresh HOME ---------------------------------------------------------
# First start: no database yet, so the app makes one in the per-user data folder and imports its sample articles.
cat > "$tmp/in-x.sh" <<'SH'
#!/usr/bin/env bash
# Runs inside one Xvfb: the first (cold) start, then warm starts. For each prints
# "label window shot exit": seconds from launch to the window being mapped, to the screenshot file appearing
# (the self-test writes it 0.6 s after the data has loaded and painted), and to the process exit.
set -uo pipefail
launcher=$1; home=$2; out=$3; runs=$4
one() {
  local label=$1 shot=$2
  local t0 t_win=NA t_shot=NA pid code
  rm -f "$shot"
  t0=$(date +%s%N)
  env -u XDG_DATA_HOME -u EVENTSCOPE_DB HOME="$home" "$launcher" --self-test --screenshot "$shot" > "$out/$label.log" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    # The app's window (not GTK's 10x10 leader window): a title starting "Eventscope", at least 200x200.
    if [ "$t_win" = NA ]; then
      win=$(xwininfo -root -tree 2>/dev/null | grep -E '"Eventscope[^"]*": \("[^"]*" "[^"]*"\) +[0-9]{3,}x[0-9]{3,}' | head -1)
      if [ -n "$win" ]; then
        t_win=$(date +%s%N)
        echo "$win" | sed -E 's/.*: \("[^"]*" "([^"]*)"\).*/\1/' > "$out/$label.wmclass"
      fi
    fi
    if [ "$t_shot" = NA ] && [ -e "$shot" ]; then t_shot=$(date +%s%N); fi
    sleep 0.05
  done
  wait "$pid"; code=$?
  local t1; t1=$(date +%s%N)
  [ "$code" -eq 0 ] || { echo "self-test $label exited $code:"; cat "$out/$label.log"; return 1; }
  [ "$t_shot" != NA ] || t_shot=$t1
  awk -v l="$label" -v t0="$t0" -v w="$t_win" -v s="$t_shot" -v e="$t1" \
    'BEGIN { printf "%s %s %.2f %.2f\n", l, (w == "NA" ? "NA" : sprintf("%.2f", (w - t0) / 1e9)), (s - t0) / 1e9, (e - t0) / 1e9 }'
}
one cold "$out/shot-cold.png" || exit 1
for i in $(seq 1 "$runs"); do one "warm$i" "$out/shot-warm$i.png" || exit 1; done
SH
say "self-test under Xvfb, fresh HOME ($SELF_TEST_RUNS warm runs after the first start)"
# On a shared machine the neighbours' builds, not the app, would decide the timings: as root, the timed runs (a
# minute at most) get a raised priority: their own session (setsid) whose autogroup and processes are at nice -15.
cat > "$tmp/timed.sh" <<'SH'
#!/usr/bin/env bash
if [ -n "$BOOST" ] && echo -15 > /proc/self/autogroup 2>/dev/null; then echo boosted > "$OUT/boost"; fi
if [ -n "$BOOST" ] && renice -n -15 -p $$ > /dev/null 2>&1; then :; fi
exec xvfb-run -a -s "$SCREEN" bash "$OUT/in-x.sh" "$@"
SH
boost=; [ "$(id -u)" -eq 0 ] && [ -z "${NO_BOOST:-}" ] && boost=1
BOOST=$boost OUT="$tmp" SCREEN="$SCREEN" setsid -w bash "$tmp/timed.sh" "$LAUNCHER" "$home" "$tmp" "$SELF_TEST_RUNS" > "$tmp/times.txt" \
  || { cat "$tmp/times.txt"; fail "self-test of the installed app"; }
boosted=no; [ -f "$tmp/boost" ] && boosted=yes
cat "$tmp/cold.log"
grep -q "self-test passed: 5 documents" "$tmp/cold.log" || fail "first start did not open the 5 sample articles"
userdb="$home/.local/share/eventscope/eventscope.db"
[ -f "$userdb" ] || fail "no database in the per-user data folder ($userdb)"
say "first start made $userdb"
# The menu entry's StartupWMClass must be the window's WM_CLASS, or docks show the running app without its icon.
wm_class=$(cat "$tmp/cold.wmclass" 2>/dev/null || true)
[ -n "$wm_class" ] || fail "could not read the window's WM_CLASS"
grep -qx "StartupWMClass=$wm_class" "$desktop" \
  || fail "the window's WM_CLASS is '$wm_class' but $desktop says '$(grep '^StartupWMClass' "$desktop")': update packaging/linux/Eventscope.desktop"
say "window WM_CLASS $wm_class matches the menu entry"

# The screenshot is a real picture, not a blank window.
shot="$tmp/shot-cold.png"
read -r w h < <(identify -format '%w %h\n' "$shot")
colours=$(convert "$shot" -format '%k' info:)
stddev=$(convert "$shot" -colorspace Gray -format '%[fx:standard_deviation]' info:)
say "screenshot ${w}x${h}, $colours colours, grey standard deviation $stddev"
[ "$w" -ge 400 ] && [ "$h" -ge 300 ] || fail "screenshot is only ${w}x${h}"
[ "$colours" -gt 10 ] || fail "screenshot looks blank ($colours colours)"
python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) > 0.02 else 1)" "$stddev" || fail "screenshot looks blank (stddev $stddev)"
mkdir -p target/installer
cp "$shot" target/installer/self-test-screenshot.png

# Start time to a painted window ~ (screenshot written) - 0.6 s settle pause of the self-test.
median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "NA"; else if (NR%2) printf "%.2f\n", a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }
read -r cold_win cold_shot cold_exit < <(awk '$1=="cold"{print $2, $3, $4}' "$tmp/times.txt")
cold_painted=$(awk -v s="$cold_shot" 'BEGIN{printf "%.2f", s - 0.6}')
warm_win=$(awk '$1 ~ /^warm/ && $2 != "NA" {print $2}' "$tmp/times.txt" | median)
warm_painted=$(awk '$1 ~ /^warm/ {printf "%.2f\n", $3 - 0.6}' "$tmp/times.txt" | median)
warm_exit=$(awk '$1 ~ /^warm/ {print $4}' "$tmp/times.txt" | median)
load=$(cut -d' ' -f1 /proc/loadavg)
say "start times (label window screenshot exit, s): $(tr '\n' ';' < "$tmp/times.txt") load $load"

# --- uninstall: the program goes, the user's data stays --------------------------------------------------------------
say "dpkg -r $PKG"
as_root dpkg -r "$PKG" > "$tmp/dpkg-r.log" 2>&1 || { cat "$tmp/dpkg-r.log"; fail "dpkg -r"; }
INSTALLED_BY_US=
[ ! -e /opt/eventscope ] || fail "/opt/eventscope is still there after dpkg -r"
[ ! -e "$desktop" ] || fail "the menu entry $desktop is still there after dpkg -r"
installed "$PKG" && fail "$PKG still installed"
[ -f "$userdb" ] || fail "dpkg -r removed the user's database"

report=target/installer/installer-check.txt
cat > "$report" <<EOF
installer check, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(. /etc/os-release && echo "$PRETTY_NAME"), build JDK $(env -u JAVA_TOOL_OPTIONS java -version 2>&1 | head -1 | cut -d'"' -f2), load average $load
package:            $(basename "$deb")
.deb size:          $deb_mb MB ($deb_bytes bytes)
installed size:     $installed_mb MB (/opt/eventscope)
build (-Pinstaller package -DskipTests): $build_s s
dpkg -i:            $install_s s
first start (fresh HOME: makes the database, imports the 5 samples): window mapped $cold_win s, painted $cold_painted s, exited $cold_exit s
later starts, median of $SELF_TEST_RUNS:  window mapped $warm_win s, painted $warm_painted s, exited $warm_exit s
  (painted = screenshot written - the self-test's 0.6 s settle pause; all from launching $LAUNCHER; timed runs at raised priority: $boosted)
EOF
cat "$report"
# The target is < $MAX_START_S s to a painted window. The machine may be shared (2 cores): when it is busier than it
# has cores, timings say more about the neighbours than about the app, so only a clear regression fails then.
limit=$MAX_START_S
if awk -v l="$load" -v n="$(nproc)" 'BEGIN{exit !(l > n)}'; then
  if [ "$boosted" = yes ]; then limit=$MAX_START_S_BUSY_BOOSTED; else limit=$MAX_START_S_BUSY; fi
  say "machine busy (load $load on $(nproc) cores, raised priority: $boosted): start-time limit relaxed to $limit s"
fi
awk -v t="$warm_painted" -v l="$limit" 'BEGIN{exit !(t < l)}' \
  || fail "start to a painted window took $warm_painted s (limit $limit s)"
say "ok"
