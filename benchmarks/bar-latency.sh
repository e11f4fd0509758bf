#!/usr/bin/env bash
# How soon a bar is queryable after its minute closes (the design goal: within grace + 0.5 s, p99). Runs the
# pipeline at real speed against the simulator: simulator -> binance-service -> RabbitMQ -> aggregator ->
# MongoDB-wire server -> query-api, on RabbitMQ exchanges of its own, and measures MINUTES minute closes of
# two markets through /api/v1/bars/latest.
#   benchmarks/bar-latency.sh [minutes]      (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
MINUTES=${1:-5}
RUN="bench-$$"
GRACE_MS=2000
WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for ((i=${#PIDS[@]}-1; i>=0; i--)); do kill "${PIDS[$i]}" 2>/dev/null || true; done
  [ -n "${KEEP_LOGS:-}" ] && echo "logs kept in $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
ready() { curl -fs -m 120 --retry 120 --retry-connrefused --retry-delay 1 -o /dev/null "$1/q/health/ready"; }
start() { # name, then java arguments
  local name=$1; shift
  java -Xms256m -Xmx256m -XX:+AlwaysPreTouch "$@" >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
}
exchange() { # channel direction, name: a RabbitMQ exchange of this run only
  echo "-Dmp.messaging.$1.exchange.name=$RUN.$2 -Dmp.messaging.$1.exchange.auto-delete=true"
}

# the services run in the prod profile, where credentials have no defaults: the local broker's and database's
export RABBITMQ_USERNAME=guest RABBITMQ_PASSWORD=guest QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres
export MINUTEBARS_SECURITY_OPERATOR_KEYS="bench-operator-key-$RANDOM$RANDOM$RANDOM"
export QUERY_CURSOR_SECRET="bench-cursor-secret-$(head -c 24 /dev/urandom | base64 | tr -d '=+/')"
deploy/local/ensure-infra.sh >/dev/null
./mvnw -B -ntp -q install -DskipTests \
  -pl mongo-wire-server,exchange-simulator,binance-service,aggregator-service,query-api,benchmarks -am
./mvnw -B -ntp -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile="$WORK/cp"

MONGO=$(free_port) SIM=$(free_port) AGG=$(free_port) QUERY=$(free_port) BINANCE=$(free_port)
start mongo -jar mongo-wire-server/target/mongo-wire-server.jar --memory --port "$MONGO"
start simulator -Dquarkus.http.port="$SIM" -Dsimulator.speed=1 -Dsimulator.symbols=BTCUSDT,ETHUSDT \
  -jar exchange-simulator/target/quarkus-app/quarkus-run.jar
# shellcheck disable=SC2046 # the -D arguments hold no spaces
start aggregator -Dquarkus.http.port="$AGG" -Dquarkus.mongodb.connection-string="mongodb://127.0.0.1:$MONGO" \
  $(exchange incoming.bars bars) $(exchange incoming.events events) $(exchange outgoing.stored stored) \
  -Dmp.messaging.incoming.bars.queue.name="$RUN.aggregator.bars" -Dmp.messaging.incoming.bars.queue.auto-delete=true \
  -Dmp.messaging.incoming.events.queue.name="$RUN.aggregator.events" -Dmp.messaging.incoming.events.queue.auto-delete=true \
  -Daggregator.queue-type=classic -Dminutebars.store.dialect=embedded \
  -jar aggregator-service/target/quarkus-app/quarkus-run.jar
# shellcheck disable=SC2046
# BarLatency polls every market's latest bar every 10 ms from one address: over the per-client rate limit, lifted
start query -Dquarkus.http.port="$QUERY" -Dquarkus.mongodb.connection-string="mongodb://127.0.0.1:$MONGO" \
  -Dquery.rate-limit.capacity=1000000 -Dquery.rate-limit.refill-per-second=1000000 \
  $(exchange incoming.stored-bars stored) -jar query-api/target/quarkus-app/quarkus-run.jar
ready "http://127.0.0.1:$SIM"; ready "http://127.0.0.1:$AGG"
# shellcheck disable=SC2046
start binance -Dquarkus.http.port="$BINANCE" -Dminutebars.exchange.rest-url="http://127.0.0.1:$SIM" \
  -Dminutebars.exchange.ws-url="ws://127.0.0.1:$SIM" -Dminutebars.grace=PT$((GRACE_MS / 1000))S \
  $(exchange outgoing.bars bars) $(exchange outgoing.events events) \
  -jar binance-service/target/quarkus-app/quarkus-run.jar
ready "http://127.0.0.1:$QUERY"; ready "http://127.0.0.1:$BINANCE"

echo "measuring $MINUTES minute closes of BTC-USDT and ETH-USDT (grace $GRACE_MS ms; target: grace + 500 ms, p99)"
java -cp "benchmarks/target/classes:$(cat "$WORK/cp")" io.minutebars.bench.BarLatency \
  "http://127.0.0.1:$QUERY" binance "$MINUTES" "http://127.0.0.1:$SIM/sim/clock" BTC-USDT ETH-USDT
