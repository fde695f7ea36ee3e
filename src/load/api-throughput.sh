#!/usr/bin/env bash
# API throughput (issue 14, docs/benchmarks.md): GET /api/v1/journeys on the production jar against the same
# tenant-scoped query without the API's layers (BareJourneysEndpoint, test code added with Spring Boot's loader.path),
# side by side in one Gatling run. Needs the machine's PostgreSQL (127.0.0.1:5432, trust) and ports 8095/8096.
#
#   src/load/api-throughput.sh            # builds what is missing, runs, prints Gatling's summary
#   USERS=16 PHASE_SECONDS=20 JOURNEYS=12 src/load/api-throughput.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
USERS=${USERS:-16}
PHASE_SECONDS=${PHASE_SECONDS:-20}
JOURNEYS=${JOURNEYS:-12}
DB=momentum_bench
PORT=8095
TOKEN=bench-token-$(date +%s)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

jar=$(ls target/momentum-*.jar 2>/dev/null | head -n 1 || true)
if [[ -z "$jar" ]] || ! unzip -l "$jar" | grep -q 'flow-build-info.json'; then
  ./mvnw -B -q -Pproduction -DskipTests package
  jar=$(ls target/momentum-*.jar | head -n 1)
fi
# the yardstick's classes and the simulation (test code)
./mvnw -B -q -Pload test-compile
rm -rf target/bench-classpath && mkdir -p target/bench-classpath/app/momentum/benchmark
cp target/test-classes/app/momentum/benchmark/*.class target/bench-classpath/app/momentum/benchmark/

psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
"$JAVA_HOME/bin/java" -Xmx1g -Dloader.path=target/bench-classpath -cp "$jar" \
  org.springframework.boot.loader.launch.PropertiesLauncher \
  --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB --spring.datasource.username=postgres \
  --server.port=$PORT --management.server.port=8096 --momentum.benchmark.bare-endpoint=true \
  > target/api-throughput-app.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs -o /dev/null "http://localhost:$PORT/livez" && break; sleep 1; done

# one tenant with a read token and its journeys (written directly: the production jar seeds no demo data)
hash=$(printf %s "$TOKEN" | sha256sum | cut -d' ' -f1)
tenant=$(psql -qtA -h 127.0.0.1 -U postgres -d $DB -c "
  insert into tenant (id, name, slug, locale, created_at, version) values (gen_random_uuid(), 'Bench', 'bench', 'en', now(), 0)
  returning id")
tenant=$(echo "$tenant" | head -n 1)
psql -q -h 127.0.0.1 -U postgres -d $DB -c "
  insert into api_token (id, tenant_id, name, token_hash, token_prefix, scope, created_at, version)
    values (gen_random_uuid(), '$tenant', 'bench', '$hash', 'bench-to', 'READ', now(), 0);
  insert into journey (id, tenant_id, name, type, description, lifecycle_stage, archived, check_status, created_at,
                       updated_at, version)
    select gen_random_uuid(), '$tenant', 'Journey ' || n, 'SIGNATURE_JOURNEY', 'Benchmark journey ' || n, 'MAPPING',
           false, 'PASS', now(), now(), 0 from generate_series(1, $JOURNEYS) n;"
curl -fs -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT/api/v1/journeys" | head -c 200; echo
curl -fs "http://localhost:$PORT/bench/journeys?tenant=$tenant" | head -c 200; echo

./mvnw -B -Pload gatling:test -Dgatling.simulationClass=app.momentum.load.ApiThroughputSimulation \
  -Dbase=http://localhost:$PORT -Dtoken="$TOKEN" -Dtenant="$tenant" -Dusers="$USERS" -Dseconds="$PHASE_SECONDS" \
  | grep -E '^> (Global|warm-up|bare|api) ' | tail -n 5 | tee target/api-throughput.txt
# bare and api each ran two phases: requests per second, and how many times slower the API is
awk -F'|' -v phases=$((2 * PHASE_SECONDS)) '/^> bare /{gsub(/[ ,]/,"",$2); b=$2/phases} /^> api /{gsub(/[ ,]/,"",$2); a=$2/phases}
  END {printf "bare %.0f req/s, api %.0f req/s, api is %.2fx slower\n", b, a, b/a}' target/api-throughput.txt
