# Finds a JDK >= 21 for Clearance's scripts; sourced by ./clearance, ./build.sh and .ci/run.
# Looks at JAVA_HOME, then the java on PATH, then /usr/lib/jvm/*, and prints the JDK home directory.

clearance_jdk_major() { # $1 = a JDK home; prints its major version, or nothing
  local home="$1" v=""
  [ -x "$home/bin/java" ] || return 1
  if [ -f "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$home/release" | head -n 1)
  fi
  if [ -z "$v" ]; then
    v=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1)
  fi
  [ "$v" = "1" ] && v=8
  [ -n "$v" ] && echo "$v"
}

clearance_find_jdk() { # prints the home of a JDK >= 21, or explains and returns 1
  local min=21 candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(clearance_jdk_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge "$min" ] && [ -x "$JAVA_HOME/bin/javac" ]; then echo "$JAVA_HOME"; return 0; fi
  fi
  if command -v java >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    major=$(clearance_jdk_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge "$min" ] && [ -x "$candidate/bin/javac" ]; then echo "$candidate"; return 0; fi
  fi
  for candidate in /usr/lib/jvm/*; do
    [ -d "$candidate" ] || continue
    major=$(clearance_jdk_major "$candidate") || continue
    if [ -n "$major" ] && [ "$major" -ge "$min" ] && [ "$major" -gt "$best_major" ] && [ -x "$candidate/bin/javac" ]; then
      best="$candidate"; best_major="$major"
    fi
  done
  if [ -n "$best" ]; then echo "$best"; return 0; fi
  {
    echo "clearance: no JDK 21 or newer was found."
    echo "  Looked at JAVA_HOME (${JAVA_HOME:-unset}), the java on PATH ($(command -v java || echo none)) and /usr/lib/jvm/*."
    echo "  Install one (e.g. 'apt-get install openjdk-21-jdk' or a Temurin JDK) or set JAVA_HOME to it."
  } >&2
  return 1
}
