#!/usr/bin/env bash
# Runs a local Keycloak with the Momentum dev realm (deploy/keycloak/momentum-realm.json), for SSO development.
#
#   deploy/keycloak/run-keycloak.sh               # foreground; Ctrl+C stops it
#   deploy/keycloak/run-keycloak.sh --background  # detached; waits until ready, prints the issuer URL
#   deploy/keycloak/run-keycloak.sh --stop        # stops a Keycloak started with --background
#
# Environment (all optional):
#   KEYCLOAK_HOME              where Keycloak is unpacked (default: <project>/target/keycloak; note that
#                              `mvn clean` deletes target/, so the next run unpacks it again from ~/.m2)
#   KEYCLOAK_PORT              HTTP port (default 8180) -> issuer http://localhost:8180/realms/momentum
#   KEYCLOAK_MANAGEMENT_PORT   management port with /health/ready (default 9180)
#   KEYCLOAK_HTTP_HOST         bind address (default: Keycloak's dev default, localhost)
#   KEYCLOAK_START_TIMEOUT     seconds --background waits for /health/ready (default 180)
#   KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD
#                              master-realm admin (default admin/admin: DEV ONLY)
#   JAVA_HOME                  a Java 21+; if unset or older, a 21+ JDK under /usr/lib/jvm is used
#
# The database is in memory (--db=dev-mem): every start imports the realm afresh and forgets all changes.
set -euo pipefail

KEYCLOAK_VERSION=26.7.3
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT_DIR=$(cd "$SCRIPT_DIR/../.." && pwd)
REALM_FILE=$SCRIPT_DIR/momentum-realm.json

KEYCLOAK_HOME=${KEYCLOAK_HOME:-$PROJECT_DIR/target/keycloak}
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
KEYCLOAK_MANAGEMENT_PORT=${KEYCLOAK_MANAGEMENT_PORT:-9180}
KEYCLOAK_START_TIMEOUT=${KEYCLOAK_START_TIMEOUT:-180}
# DEV ONLY default credentials for the master-realm admin console (http://localhost:8180/admin/).
export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}
export KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}

PID_FILE=$KEYCLOAK_HOME/keycloak.pid
LOG_FILE=$KEYCLOAK_HOME/keycloak.log
ISSUER=http://localhost:$KEYCLOAK_PORT/realms/momentum
READY_URL=http://localhost:$KEYCLOAK_MANAGEMENT_PORT/health/ready

log() { printf 'run-keycloak: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//'; }

MODE=foreground
case "${1:-}" in
  '') ;;
  --background) MODE=background ;;
  --stop) MODE=stop ;;
  -h|--help) usage; exit 0 ;;
  *) usage >&2; exit 2 ;;
esac

running_pid() {
  local pid
  [ -f "$PID_FILE" ] || return 1
  pid=$(cat "$PID_FILE")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

if [ "$MODE" = stop ]; then
  if pid=$(running_pid); then
    log "stopping Keycloak (pid $pid)"
    kill -TERM "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$pid" 2>/dev/null; then die "Keycloak (pid $pid) did not stop within 60 s"; fi
    rm -f "$PID_FILE"
    log "stopped"
  else
    log "no Keycloak started by this script is running (pid file: $PID_FILE)"
  fi
  exit 0
fi

# --- Java 21+ ---------------------------------------------------------------------------------------------
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}
pick_java() {
  local candidate
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  if command -v java >/dev/null 2>&1 && [ "$(java_major java)" -ge 21 ] 2>/dev/null; then
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    export JAVA_HOME
    return 0
  fi
  for candidate in $( { find /usr/lib/jvm -mindepth 1 -maxdepth 1; ls -d /Library/Java/JavaVirtualMachines/*/Contents/Home; } \
      2>/dev/null | sort -rV); do
    if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate/bin/java")" -ge 21 ] 2>/dev/null; then
      JAVA_HOME=$candidate
      export JAVA_HOME
      return 0
    fi
  done
  return 1
}
pick_java || die "Keycloak $KEYCLOAK_VERSION needs Java 21+; set JAVA_HOME to one (found none under /usr/lib/jvm)"
log "using Java $(java_major "$JAVA_HOME/bin/java") at $JAVA_HOME"

# --- Keycloak distribution (from Maven Central, cached in the local Maven repository) ----------------------
install_keycloak() {
  local tmp maven
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/momentum-keycloak.XXXXXX")
  # Run Maven outside the project (no pom in $tmp), so that nothing touches the project's build.
  if [ -x "$PROJECT_DIR/mvnw" ]; then maven=$PROJECT_DIR/mvnw; else maven=mvn; fi
  # Maven 3.9's Guice warns about sun.misc.Unsafe on Java 24+; that warning is noise here.
  if [ "$(java_major "$JAVA_HOME/bin/java")" -ge 24 ] 2>/dev/null; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  fi
  log "fetching org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip with $maven (cached in ~/.m2 after the first time)"
  (cd "$tmp" && "$maven" -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$tmp") \
    || { rm -rf "$tmp"; die "could not download the Keycloak distribution"; }
  log "unpacking into $KEYCLOAK_HOME"
  if command -v unzip >/dev/null 2>&1; then
    (cd "$tmp" && unzip -q "keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip")
  else # the JDK's jar tool unpacks zips too, but drops the executable bits
    (cd "$tmp" && "$JAVA_HOME/bin/jar" xf "keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" && chmod +x keycloak-*/bin/*.sh)
  fi || { rm -rf "$tmp"; die "could not unpack the Keycloak distribution"; }
  # Replace an older unpacked Keycloak, but never delete a directory that does not look like one.
  if [ -e "$KEYCLOAK_HOME" ]; then
    [ -f "$KEYCLOAK_HOME/bin/kc.sh" ] || { rm -rf "$tmp"; die "$KEYCLOAK_HOME exists but is not a Keycloak; move it away or set KEYCLOAK_HOME"; }
    rm -rf "$KEYCLOAK_HOME"
  fi
  mkdir -p "$(dirname "$KEYCLOAK_HOME")"
  mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$KEYCLOAK_HOME"
  rm -rf "$tmp"
}

if ! grep -qs "Version $KEYCLOAK_VERSION\$" "$KEYCLOAK_HOME/version.txt"; then
  if pid=$(running_pid); then die "a Keycloak (pid $pid) is running from $KEYCLOAK_HOME; stop it first (--stop)"; fi
  install_keycloak
fi

# --- already running? ------------------------------------------------------------------------------------
if pid=$(running_pid); then
  if [ "$MODE" = background ] && curl -fsS -o /dev/null "$READY_URL" 2>/dev/null; then
    log "Keycloak is already running (pid $pid)"
    echo "$ISSUER"
    exit 0
  fi
  die "Keycloak is already running (pid $pid); stop it with: $0 --stop"
fi

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$KEYCLOAK_PORT" "$KEYCLOAK_MANAGEMENT_PORT"; do
  if port_in_use "$port"; then die "port $port is already in use (set KEYCLOAK_PORT / KEYCLOAK_MANAGEMENT_PORT)"; fi
done

# --- realm import ----------------------------------------------------------------------------------------
mkdir -p "$KEYCLOAK_HOME/data/import"
cp "$REALM_FILE" "$KEYCLOAK_HOME/data/import/momentum-realm.json"

args=(start-dev --import-realm --db=dev-mem
      --http-port="$KEYCLOAK_PORT" --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" --health-enabled=true)
if [ -n "${KEYCLOAK_HTTP_HOST:-}" ]; then args+=(--http-host="$KEYCLOAK_HTTP_HOST"); fi

if [ "$MODE" = foreground ]; then
  log "starting Keycloak $KEYCLOAK_VERSION in the foreground; issuer $ISSUER (Ctrl+C stops it)"
  exec "$KEYCLOAK_HOME/bin/kc.sh" "${args[@]}"
fi

log "starting Keycloak $KEYCLOAK_VERSION in the background; log: $LOG_FILE"
start=$(date +%s)
if command -v setsid >/dev/null 2>&1; then
  setsid nohup "$KEYCLOAK_HOME/bin/kc.sh" "${args[@]}" >"$LOG_FILE" 2>&1 </dev/null &
else
  nohup "$KEYCLOAK_HOME/bin/kc.sh" "${args[@]}" >"$LOG_FILE" 2>&1 </dev/null &
fi
pid=$!
echo "$pid" >"$PID_FILE"
until curl -fsS -o /dev/null "$READY_URL" 2>/dev/null; do
  if ! kill -0 "$pid" 2>/dev/null; then
    rm -f "$PID_FILE"
    tail -n 30 "$LOG_FILE" >&2 || true
    die "Keycloak exited during start-up; see $LOG_FILE"
  fi
  if [ $(( $(date +%s) - start )) -ge "$KEYCLOAK_START_TIMEOUT" ]; then
    die "Keycloak (pid $pid) not ready after ${KEYCLOAK_START_TIMEOUT}s; see $LOG_FILE (stop it with: $0 --stop)"
  fi
  sleep 1
done
log "ready after $(( $(date +%s) - start ))s (pid $pid); admin console http://localhost:$KEYCLOAK_PORT/admin/ ($KC_BOOTSTRAP_ADMIN_USERNAME, dev only)"
echo "$ISSUER"
