# Sourced by ./mvnw. Momentum needs Java 21+, but on our machines the default `java` is 17 and a newer JDK
# sits beside it under /usr/lib/jvm. When JAVA_HOME does not already name a 21+ JDK, pick the newest 21+
# JDK there, so that `./mvnw ...` works without setting anything by hand.
momentum_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}
if [ -z "${JAVA_HOME-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(momentum_java_major "$JAVA_HOME")" -lt 21 ] 2>/dev/null; then
  for momentum_jdk in $(find /usr/lib/jvm -mindepth 1 -maxdepth 1 -type d 2>/dev/null | sort -rV); do
    momentum_jdk=${momentum_jdk%/}
    if [ -x "$momentum_jdk/bin/javac" ] && [ "$(momentum_java_major "$momentum_jdk")" -ge 21 ] 2>/dev/null; then
      JAVA_HOME=$momentum_jdk
      export JAVA_HOME
      break
    fi
  done
fi
unset momentum_jdk
