#!/usr/bin/env bash
# The query-API benchmark (README, Benchmarks): one day of 1m bars (1,440 bars, about 0.5 MB of JSON) per request,
# a year of bars stored, 16 connections (wrk, 2 threads); compared with nginx serving the same day as a static
# file, the floor measured in the same run. Prints requests/s, latency percentiles and the ratio to the floor.
#   benchmarks/query-api.sh [seconds]      (default 20; nginx and wrk come from Debian's packages if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_RUN=${1:-20}
CONNECTIONS=16
DAYS=365
WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# the services run in the prod profile, where credentials have no defaults: the local broker's and database's
export RABBITMQ_USERNAME=guest RABBITMQ_PASSWORD=guest QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres
export MINUTEBARS_SECURITY_OPERATOR_KEYS="bench-operator-key-$RANDOM$RANDOM$RANDOM"
export QUERY_CURSOR_SECRET="bench-cursor-secret-$(head -c 24 /dev/urandom | base64 | tr -d '=+/')"
deploy/local/ensure-infra.sh >/dev/null   # query-api listens to RabbitMQ for cache invalidation
./mvnw -B -ntp -q install -DskipTests -pl mongo-wire-server,query-api,benchmarks -am
./mvnw -B -ntp -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile="$WORK/cp"
CP="benchmarks/target/classes:$(cat "$WORK/cp")"
for tool in nginx wrk; do   # the static-file floor, and a load generator that is not the bottleneck
  command -v $tool >/dev/null || { echo "installing $tool"; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $tool >/dev/null; }
done

MONGO_PORT=$(free_port) QUERY_PORT=$(free_port) NGINX_PORT=$(free_port)
# the in-memory store holds a year of bars as documents: several GB of heap
java -Xmx6g -jar mongo-wire-server/target/mongo-wire-server.jar --memory --port "$MONGO_PORT" >"$WORK/mongo.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 30); do (exec 3<>"/dev/tcp/127.0.0.1/$MONGO_PORT") 2>/dev/null && break; sleep 1; done
java -cp "$CP" io.minutebars.bench.QuerySeed "mongodb://127.0.0.1:$MONGO_PORT" "$DAYS"

# wrk sends ~8,000 requests/s from one address, far over the per-client rate limit (50/s by default): lift the
# limit for this run so the benchmark measures throughput; the limiter itself stays in the path and is measured
java -Xms512m -Xmx512m -XX:+AlwaysPreTouch -Dquarkus.http.port="$QUERY_PORT" \
  -Dquarkus.mongodb.connection-string="mongodb://127.0.0.1:$MONGO_PORT" \
  -Dquery.rate-limit.capacity=1000000000 -Dquery.rate-limit.refill-per-second=1000000000 \
  -jar query-api/target/quarkus-app/quarkus-run.jar >"$WORK/query-api.log" 2>&1 &
PIDS+=($!)
curl -fs -m 60 --retry 60 --retry-connrefused --retry-delay 1 -o /dev/null "http://127.0.0.1:$QUERY_PORT/q/health/ready"

DAY_URL="http://127.0.0.1:$QUERY_PORT/api/v1/bars?exchange=bench&symbol=BTC-USDT&interval=1m&start={day}&end={next}&limit=1440"
mkdir -p "$WORK/www"
curl -fsS -o "$WORK/www/day.json" "$(echo "$DAY_URL" | sed "s/{day}/1704067200000/; s/{next}/1704153600000/")"
cat >"$WORK/nginx.conf" <<NGINX
worker_processes 1; pid $WORK/nginx.pid; error_log $WORK/nginx-error.log; daemon on;
events { worker_connections 1024; }
http { access_log off; sendfile on; tcp_nopush on; keepalive_requests 1000000;
  client_body_temp_path $WORK; proxy_temp_path $WORK; fastcgi_temp_path $WORK; uwsgi_temp_path $WORK; scgi_temp_path $WORK;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; default_type application/json; } }
NGINX
nginx -c "$WORK/nginx.conf"

echo "one day = $(wc -c <"$WORK/www/day.json") bytes of JSON; $DAYS days stored"
cat >"$WORK/random-day.lua" <<LUA
-- a random day of the stored year per request
local last, day = 1704067200000, 86400000
request = function()
  local d = last - math.random(0, $DAYS - 1) * day
  return wrk.format("GET", string.format("/api/v1/bars?exchange=bench&symbol=BTC-USDT&interval=1m&start=%d&end=%d&limit=1440", d, d + day))
end
LUA
load() { # url [lua script]: a short warm-up, then the measured run; prints it and sets $rps
  local script=() out
  [ -z "${2:-}" ] || script=(-s "$2")
  wrk -t2 -c$CONNECTIONS -d3s "${script[@]}" "$1" >/dev/null
  out=$(wrk -t2 -c$CONNECTIONS -d"${SECONDS_RUN}s" --latency "${script[@]}" "$1")
  echo "$out" | grep -E "Requests/sec|Transfer/sec| (50|90|99)%|Non-2xx|Socket errors" | sed 's/^ */  /'
  rps=$(echo "$out" | sed -nE 's/^Requests\/sec: *([0-9.]+).*/\1/p')
}
echo "--- floor: nginx, the day as a static file"
load "http://127.0.0.1:$NGINX_PORT/day.json"; floor=$rps
echo "--- query-api, the same day (the design's measure)"
load "$(echo "$DAY_URL" | sed "s/{day}/1704067200000/; s/{next}/1704153600000/")"; api=$rps
echo "--- query-api, a random day of the $DAYS per request (more than the default cache holds)"
load "http://127.0.0.1:$QUERY_PORT/" "$WORK/random-day.lua"
python3 -c "print(f'ratio to the floor (same day): {$api/$floor:.2f} (target: at least 0.50, and a p99 of 10 ms or less)')"
