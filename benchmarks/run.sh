#!/usr/bin/env bash
# Runs the JMH benchmarks on this machine and prints their figures (frames/s).
#   benchmarks/run.sh                 # every benchmark
#   benchmarks/run.sh FrameToBar      # a regex of benchmark names; extra JMH options may follow
# The JVM is fixed-heap and pre-touched (see the README, Benchmarks): scores are comparable within one run.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q install -DskipTests -pl benchmarks -am
cpfile=$(mktemp)
trap 'rm -f "$cpfile"' EXIT
./mvnw -B -ntp -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile="$cpfile"
java -cp "benchmarks/target/classes:$(cat "$cpfile")" org.openjdk.jmh.Main "${@:-.*}"
