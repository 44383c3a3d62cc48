#!/usr/bin/env bash
# Starts the application with the run command on the embedded H2 database (default) or on
# PostgreSQL at 127.0.0.1:5432 (argument "postgresql"; database servicelevel_bench is recreated),
# loads it with bench/TicketLoad.java and stops it. Extra arguments go to TicketLoad, e.g.
#   bench/ticket-load.sh h2 --threads 8 --seconds 30
# The numbers are only comparable between runs on the same, otherwise quiet, machine.
set -euo pipefail
cd "$(dirname "$0")/.."
database=${1:-h2}
shift || true

mvn -B -q -Pstop validate >/dev/null 2>&1 || true
rm -rf ear/target/payara6/glassfish/domains/domain1/lib/databases/servicelevel*
if [ "$database" = "postgresql" ]; then
  psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -c "DROP DATABASE IF EXISTS servicelevel_bench" \
       -c "CREATE DATABASE servicelevel_bench"
  export SERVICELEVEL_DATASOURCE_CLASS_NAME=org.postgresql.ds.PGSimpleDataSource
  export SERVICELEVEL_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/servicelevel_bench
  export SERVICELEVEL_DATASOURCE_USER=postgres
fi
trap 'mvn -B -q -Pstop validate >/dev/null 2>&1 || true' EXIT
mvn -B -q package -Prun -DskipTests
echo "Database: $database; server: $(nproc) cores shared with the load generator"
java bench/TicketLoad.java "$@"
