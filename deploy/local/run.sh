#!/usr/bin/env bash
# Starts the whole suite on this machine: RabbitMQ and PostgreSQL (installed when missing), a
# file-backed MongoDB-wire server, the exchange simulator (when asked, or when Binance is unreachable),
# aggregator-service, query-api and the exchange services (binance, bybit, bitmex, nomics). Prints the
# URLs; Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
STATE="$ROOT/.local"
LOGS="$STATE/logs"

usage() {
  cat <<'USAGE'
Usage: deploy/local/run.sh [options]
  --simulator              use the exchange simulator even if Binance is reachable
  --dataset FILE           simulator replays a Binance public-data aggTrades CSV (implies --simulator)
  --dataset-symbol SYM     native symbol of the dataset (default BTCUSDT)
  --speed N                simulated time runs N times faster (default 1; simulator only)
  --markets LIST           Binance native symbols to watch (default BTCUSDT,ETHUSDT; the dataset's symbol with --dataset)
  --exchanges LIST         exchange services to run (default binance,bybit,bitmex,nomics). Against the real
                           exchanges nomics runs only when NOMICS_URL (and NOMICS_API_KEY) point at a
                           Nomics-compatible API: Nomics itself closed in 2023
  --no-build               do not build, even if sources changed
  -h, --help               this help
Logs are in .local/logs/, data in .local/mongo/. Ctrl-C stops every process this script started.
USAGE
}

simulator=auto dataset="" dataset_symbol=BTCUSDT speed=1 markets="" build=1 exchanges=binance,bybit,bitmex,nomics
while [ $# -gt 0 ]; do
  case "$1" in
    --simulator) simulator=yes ;;
    --dataset) dataset=$(realpath "${2:?--dataset needs a file}"); simulator=yes; shift ;;
    --dataset-symbol) dataset_symbol=${2:?}; shift ;;
    --speed) speed=${2:?}; shift ;;
    --markets) markets=${2:?}; shift ;;
    --exchanges) exchanges=${2:?}; shift ;;
    --no-build) build=0 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
[ -z "$dataset" ] || [ -f "$dataset" ] || { echo "dataset $dataset not found" >&2; exit 2; }
[ -n "$markets" ] || { if [ -n "$dataset" ]; then markets=$dataset_symbol; else markets=BTCUSDT,ETHUSDT; fi; }

log() { printf '[run] %s\n' "$*"; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

IFS=, read -r -a EXCHANGES <<<"$exchanges"
for e in "${EXCHANGES[@]}"; do
  case "$e" in binance|bybit|bitmex|nomics) ;; *) echo "unknown exchange: $e" >&2; exit 2 ;; esac
done
MODULES=(mongo-wire-server exchange-simulator aggregator-service query-api)
for e in "${EXCHANGES[@]}"; do MODULES+=("$e-service"); done
declare -A PORT=([binance]=8081 [bybit]=8083 [bitmex]=8084 [nomics]=8085)
jar_of() {
  case "$1" in
    mongo-wire-server) echo "$ROOT/mongo-wire-server/target/mongo-wire-server.jar" ;;
    *) echo "$ROOT/$1/target/quarkus-app/quarkus-run.jar" ;;
  esac
}
needs_build() {
  for m in "${MODULES[@]}"; do
    local jar; jar=$(jar_of "$m")
    [ -f "$jar" ] || return 0
    [ -z "$(find "$ROOT/pom.xml" "$ROOT/common-model" "$ROOT/service-common" "$ROOT/exchange-core" "$ROOT/$m" \
        \( -path '*/target' -prune \) -o -type f -newer "$jar" -print -quit)" ] || return 0
  done
  return 1
}

deploy/local/ensure-infra.sh
if [ $build = 1 ] && needs_build; then
  log "building the services (first time: a few minutes)"
  ./mvnw -B -ntp -q package -DskipTests -pl "$(IFS=,; echo "${MODULES[*]}")" -am
fi
for m in "${MODULES[@]}"; do
  [ -f "$(jar_of "$m")" ] || { echo "$(jar_of "$m") is missing: run without --no-build" >&2; exit 1; }
done

if [ $simulator = auto ]; then
  if curl -fsS -m 3 https://api.binance.com/api/v3/ping >/dev/null 2>&1; then simulator=no; else
    log "Binance is unreachable: using the exchange simulator"; simulator=yes; fi
fi
if [ $simulator = no ] && [[ ",$exchanges," == *,nomics,* ]] && { [ -z "${NOMICS_URL:-}" ] || [ -z "${NOMICS_API_KEY:-}" ]; }; then
  log "nomics-service skipped: set NOMICS_URL (and NOMICS_API_KEY) to a Nomics-compatible API"
  EXCHANGES=("${EXCHANGES[@]/nomics}")
fi
ports=(8080 8082)
for e in ${EXCHANGES[@]}; do ports+=("${PORT[$e]}"); done
[ $simulator = yes ] && ports+=(8090)
for p in "${ports[@]}"; do
  if port_open "$p"; then echo "port $p is already in use; stop what listens there first" >&2; exit 1; fi
done

mkdir -p "$LOGS" "$STATE/mongo" "$STATE/state"
# The operator key (backfill, reconnect, import, ledger): made once, kept in .local/ (git-ignored), readable
# by this user only. The services get it, and every other credential, from the environment: outside the
# dev and test profiles they refuse to start without them.
KEY_FILE="$STATE/operator.key"
if [ ! -s "$KEY_FILE" ]; then
  (umask 077; head -c 32 /dev/urandom | base64 | tr -d '=+/\n' >"$KEY_FILE")
  log "created an operator key in .local/operator.key"
fi
export MINUTEBARS_SECURITY_OPERATOR_KEYS; MINUTEBARS_SECURITY_OPERATOR_KEYS=$(cat "$KEY_FILE")
# The key query-api signs its paging cursors with: made once too, so cursors survive a restart.
CURSOR_KEY_FILE="$STATE/cursor.key"
if [ ! -s "$CURSOR_KEY_FILE" ]; then
  (umask 077; head -c 48 /dev/urandom | base64 | tr -d '=+/\n' >"$CURSOR_KEY_FILE")  # 60+ characters
  log "created a cursor signing key in .local/cursor.key"
fi
export QUERY_CURSOR_SECRET; QUERY_CURSOR_SECRET=$(cat "$CURSOR_KEY_FILE")
# the local broker's and database's own accounts (RabbitMQ's guest logs in from localhost only)
export RABBITMQ_USERNAME=${RABBITMQ_USERNAME:-guest} RABBITMQ_PASSWORD=${RABBITMQ_PASSWORD:-guest}
export QUARKUS_DATASOURCE_USERNAME=${QUARKUS_DATASOURCE_USERNAME:-postgres}
export QUARKUS_DATASOURCE_PASSWORD=${QUARKUS_DATASOURCE_PASSWORD:-postgres}
PIDS=() NAMES=()
stop_all() {
  trap - INT TERM EXIT
  log "stopping"
  for ((i=${#PIDS[@]}-1; i>=0; i--)); do kill "${PIDS[$i]}" 2>/dev/null || true; wait "${PIDS[$i]}" 2>/dev/null || true; done
  log "stopped"
}
trap 'stop_all; exit 0' INT TERM
trap stop_all EXIT

start() { # name, then the java arguments
  local name=$1; shift
  java "$@" >"$LOGS/$name.log" 2>&1 &
  PIDS+=($!) NAMES+=("$name")
  log "$name started (pid $!, log .local/logs/$name.log)"
}
wait_ready() { # name url seconds
  local pid=${PIDS[${#PIDS[@]}-1]}
  for _ in $(seq 1 "$3"); do
    if curl -fsS -m 2 "$2" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "$1 died:" >&2; tail -n 40 "$LOGS/$1.log" >&2; exit 1; fi
    sleep 1
  done
  echo "$1 not ready after $3 s:" >&2; tail -n 40 "$LOGS/$1.log" >&2; exit 1
}

JAVA_OPTS=(-Xms64m -Xmx256m)
if port_open 27017; then
  log "using the MongoDB already listening on 27017"
else
  start mongo-wire-server "${JAVA_OPTS[@]}" -jar "$(jar_of mongo-wire-server)" --port 27017 --file "$STATE/mongo/minutebars.mv"
  for _ in $(seq 1 30); do port_open 27017 && break; sleep 1; done
fi

declare -A PROPS=(
  [binance]="-Dminutebars.markets=$markets"
  [bybit]="" [bitmex]="" [nomics]=""
)
# nomics-service reads its key from the environment (NOMICS_API_KEY), never from the command line
if [ $simulator = yes ]; then
  sim_props=(-Dsimulator.speed="$speed")
  [ -z "$dataset" ] || sim_props+=(-Dsimulator.mode=dataset -Dsimulator.dataset.file="$dataset" -Dsimulator.dataset.symbol="$dataset_symbol" -Dsimulator.symbols="$dataset_symbol")
  start exchange-simulator "${JAVA_OPTS[@]}" "${sim_props[@]}" -jar "$(jar_of exchange-simulator)"
  wait_ready exchange-simulator http://127.0.0.1:8090/q/health/ready 90
  for e in binance bybit bitmex nomics; do
    prefix=/$e; [ $e = binance ] && prefix=""
    PROPS[$e]+=" -Dminutebars.exchange.rest-url=http://127.0.0.1:8090$prefix -Dminutebars.exchange.ws-url=ws://127.0.0.1:8090$prefix -Dminutebars.clock.speed=$speed"
  done
  # the simulator's markets (BitMEX: inverse XBTUSD and linear ETHUSDT); no rate limits to respect
  PROPS[bitmex]+=" -Dminutebars.markets=XBTUSD,ETHUSDT -Dminutebars.rate-limit.weight-per-minute=600"
  # polled every 5 wall seconds, so an accelerated clock does not leave the candles far behind
  export NOMICS_API_KEY=${NOMICS_API_KEY:-local-demo-key} # the simulator accepts any key
  PROPS[nomics]+=" -Dminutebars.rate-limit.weight-per-minute=600 -Dminutebars.polling.interval=PT5S"
else
  PROPS[nomics]+=" -Dminutebars.exchange.rest-url=${NOMICS_URL:-}"
fi
# A restart resumes where the confirmed bars end: each service's checkpoint (one set per mode, so a simulator
# run never resumes a real exchange's position), else the store's last bar as query-api serves it.
for e in binance bybit bitmex nomics; do
  mode=real; [ $simulator = yes ] && mode=sim
  PROPS[$e]+=" -Dminutebars.checkpoint.file=$STATE/state/$mode-$e-checkpoint.json -Dminutebars.resume.store-url=http://127.0.0.1:8080"
done
start query-api "${JAVA_OPTS[@]}" -jar "$(jar_of query-api)"
# one local broker: classic queues (production declares quorum queues)
start aggregator-service "${JAVA_OPTS[@]}" -Daggregator.queue-type=classic -Dminutebars.store.dialect=embedded -jar "$(jar_of aggregator-service)"
# the aggregator's queues must exist before the first bars and the catalog are published
wait_ready aggregator-service http://127.0.0.1:8082/q/health/ready 120
for e in ${EXCHANGES[@]}; do
  # shellcheck disable=SC2086 # PROPS holds separate -D arguments without spaces
  start "$e-service" "${JAVA_OPTS[@]}" ${PROPS[$e]} -jar "$(jar_of "$e-service")"
  wait_ready "$e-service" "http://127.0.0.1:${PORT[$e]}/q/health/ready" 120
done
curl -fsS -m 60 --retry 30 --retry-connrefused --retry-delay 1 -o /dev/null http://127.0.0.1:8080/q/health/ready \
  || { echo "query-api not ready:" >&2; tail -n 40 "$LOGS/query-api.log" >&2; exit 1; }

first=${markets%%,*}
if [ $simulator = yes ]; then
  symbol=$(curl -fsS "http://127.0.0.1:8090/api/v3/exchangeInfo?symbol=$first" | sed -E 's/.*"baseAsset":"([A-Z0-9]+)".*"quoteAsset":"([A-Z0-9]+)".*/\1-\2/')
  now=$(curl -fsS http://127.0.0.1:8090/api/v3/time | sed -E 's/.*:([0-9]+).*/\1/')
else
  symbol=$(echo "$first" | sed -E 's/(USDT|USDC|BUSD|BTC|ETH|BNB|EUR)$/-\1/')
  now=$(($(date +%s) * 1000))
fi
cat <<URLS

minutebars is running ($( [ $simulator = yes ] && echo "exchange simulator, speed $speed" || echo "real exchanges" ): ${EXCHANGES[*]})
  bars          http://127.0.0.1:8080/api/v1/bars?exchange=binance&symbol=$symbol&start=$((now / 60000 * 60000))&end=$((now / 60000 * 60000 + 86400000))
  latest bar    http://127.0.0.1:8080/api/v1/bars/latest?exchange=binance&symbol=$symbol
  markets       http://127.0.0.1:8080/api/v1/markets
  Swagger UI    http://127.0.0.1:8080/q/swagger-ui
  OpenAPI       http://127.0.0.1:8080/q/openapi
  streams       http://127.0.0.1:<port>/api/v1/streams  (backfill: POST .../api/v1/backfill); ports: binance 8081,
                bybit 8083, bitmex 8084, nomics 8085 (no stream: candles polled; CSV import POST :8085/api/v1/import)
  ledger        http://127.0.0.1:8082/api/v1/ledger/errors
  health        http://127.0.0.1:<port>/q/health        metrics: /q/metrics
URLS
[ $simulator = yes ] && echo "  truth         http://127.0.0.1:8090/sim/truth?symbol=$first&start=$((now / 60000 * 60000))"
cat <<'KEY'

Operator endpoints (backfill, reconnect, import, ledger) need the operator key kept in .local/operator.key:
  curl -H "X-API-Key: $(cat .local/operator.key)" http://127.0.0.1:8082/api/v1/ledger/errors
KEY
echo
log "bars appear after the first minute closes; Ctrl-C stops everything"
while true; do
  for i in "${!PIDS[@]}"; do
    if ! kill -0 "${PIDS[$i]}" 2>/dev/null; then
      echo "${NAMES[$i]} exited; its log ends with:" >&2; tail -n 20 "$LOGS/${NAMES[$i]}.log" >&2; exit 1
    fi
  done
  sleep 2
done
