# syntax=docker/dockerfile:1
# Wegwijs production image: built with Maven in a JDK stage, run on a JRE as a non-root user,
# with a JDK 25 AOT cache trained at build time (start-up about twice as fast, docs/benchmarks.md).

FROM eclipse-temurin:25-jdk AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -Pproduction dependency:go-offline
COPY src/ src/
COPY frontend/ frontend/
COPY content/ content/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -Pproduction -DskipTests package \
 && java -Djarmode=tools -jar target/wegwijs-*.jar extract --destination /app \
 && mv /app/wegwijs-*.jar /app/wegwijs.jar
# Training run on the embedded database: loads and links the classes the portal needs at start-up.
RUN java --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector \
      -XX:AOTCacheOutput=/app/wegwijs.aot -Dspring.context.exit=onRefresh \
      -jar /app/wegwijs.jar --wegwijs.data-dir=/tmp/training --server.port=0

FROM eclipse-temurin:25-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 wegwijs \
 && useradd --system --uid 10001 --gid wegwijs --home-dir /app --shell /usr/sbin/nologin wegwijs \
 && mkdir -p /data \
 && chown wegwijs:wegwijs /data
WORKDIR /app
COPY --from=build --chown=root:root /app/ /app/
USER wegwijs
ENV SPRING_PROFILES_ACTIVE=postgres \
    WEGWIJS_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
VOLUME /data
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fs http://127.0.0.1:8080/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector", \
            "-XX:AOTCache=/app/wegwijs.aot", "-jar", "/app/wegwijs.jar"]
