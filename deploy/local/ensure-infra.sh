#!/usr/bin/env bash
# Makes sure RabbitMQ and PostgreSQL run on this machine (installing them from Debian's packages when
# missing) and that the project's databases exist. Idempotent: safe to run before every test or start.
set -euo pipefail

log() { printf '[infra] %s\n' "$*"; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=0
apt_install() {
  if [ $apt_updated = 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}
wait_port() { # port seconds
  for _ in $(seq 1 "$2"); do port_open "$1" && return 0; sleep 1; done
  return 1
}

# --- PostgreSQL -----------------------------------------------------------------------------
if ! port_open 5432; then
  if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
    log "installing PostgreSQL"
    apt_install postgresql
    fresh_pg=1
  fi
  ver=$(ls /etc/postgresql | sort -V | tail -n 1)
  log "starting PostgreSQL $ver"
  as_root pg_ctlcluster --skip-systemctl-redirect "$ver" main start || true
  wait_port 5432 30 || { echo "PostgreSQL did not start" >&2; exit 1; }
  if [ "${fresh_pg:-0}" = 1 ]; then
    # a fresh Debian cluster wants a password over TCP: give the postgres role the one our config uses
    as_root su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'postgres'\"" >/dev/null
  fi
fi
psql_run() { PGPASSWORD=postgres psql -h 127.0.0.1 -U postgres -d postgres -tAc "$1"; }
for db in minutebars minutebars_test; do
  if [ "$(psql_run "SELECT 1 FROM pg_database WHERE datname='$db'")" != 1 ]; then
    log "creating database $db"
    psql_run "CREATE DATABASE $db" >/dev/null
  fi
done

# --- RabbitMQ -------------------------------------------------------------------------------
if ! port_open 5672; then
  if ! command -v rabbitmq-server >/dev/null 2>&1; then
    log "installing RabbitMQ"
    apt_install rabbitmq-server
  fi
  log "starting RabbitMQ"
  as_root rabbitmq-server -detached >/dev/null 2>&1 || true
  wait_port 5672 90 || { echo "RabbitMQ did not start" >&2; exit 1; }
fi
log "RabbitMQ on 127.0.0.1:5672, PostgreSQL on 127.0.0.1:5432 ready"
