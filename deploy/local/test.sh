#!/usr/bin/env bash
# Runs every test of the suite: unit, decoder, @QuarkusTest and end-to-end, against the local
# RabbitMQ and PostgreSQL (started or installed first) and the embedded MongoDB-wire server; the deploy
# module checks the manifests (deploy/check-manifests.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
deploy/local/ensure-infra.sh
exec ./mvnw -B -ntp verify "$@"
