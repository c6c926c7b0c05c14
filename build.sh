#!/usr/bin/env bash
# Runs Maven with a JDK >= 21, found the way ./clearance finds one (JAVA_HOME, PATH, /usr/lib/jvm).
#   ./build.sh -Pfull verify     all tests: unit, integration (PostgreSQL) and the slow suites
#   ./build.sh verify            the fast suites
#   ./build.sh -pl cli -am package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
. "$here/scripts/jdk.sh"
JAVA_HOME=$(clearance_find_jdk) || exit 1
export JAVA_HOME
if ! command -v mvn >/dev/null 2>&1; then
  echo "build.sh: Apache Maven (mvn) is not on PATH; install it (e.g. 'apt-get install maven')." >&2
  exit 1
fi
major=$(clearance_jdk_major "$JAVA_HOME")
if [ "$major" -ge 24 ]; then
  # Maven 3.8's bundled Guice calls sun.misc.Unsafe, which JDK 24+ warns about on every run.
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
cd "$here"
[ $# -eq 0 ] && set -- verify
exec mvn -B "$@"
