# fakeai's image (docs/deployment.md): built with the Maven wrapper, run on a JDK 25 runtime, the
# application in layers, and started from an AOT cache trained during the build.
#   docker build -t fakeai .
#   docker run --rm -p 8080:8080 fakeai
# JDK_IMAGE and RUNTIME_IMAGE name the base images (docker/local-smoke.sh builds from a local one);
# both must hold the same JDK 25 build's java, as the cache is only used by the JVM that wrote it.
ARG JDK_IMAGE=eclipse-temurin:25-jdk
ARG RUNTIME_IMAGE=eclipse-temurin:25-jre

FROM ${JDK_IMAGE} AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/main/ src/main/
# Spring AOT runs here, on JDK 25, so the bean graph it fixes is the one a JDK 25 runtime wants
# (virtual threads among it).
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q package -DskipTests -Djacoco.skip=true -Dinvoker.skip=true \
    && java -Djarmode=tools -jar target/fakeai-*-exec.jar extract --layers --destination /layers \
       --application-filename fakeai.jar

FROM ${RUNTIME_IMAGE}
RUN groupadd --system --gid 10001 fakeai \
    && useradd --system --uid 10001 --gid fakeai --home-dir /app --shell /usr/sbin/nologin fakeai
WORKDIR /app
# Least changed first: a code change rebuilds the small application layer (and the cache) only.
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
# The training run: the server starts with the fast-start settings, sends real requests to every
# endpoint over loopback, and exits; the JVM then writes the AOT cache (JEP 483, 514), which every
# start of the image uses. The build fails when a training request fails. Without the training's
# method profiles (JEP 515, -AOTRecordTraining): measured, they cost a third of chat throughput after
# warm-up and saved no start-up time (docs/deployment.md).
RUN java -XX:AOTCacheOutput=/app/fakeai.aot -XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining \
        -Dspring.aot.enabled=true -Dspring.main.lazy-initialization=true \
        -jar /app/fakeai.jar --fakeai.training.run=true --server.port=0 --logging.level.root=warn \
        --logging.level.dev.fakeai.training=info \
    && chmod a+r /app/fakeai.aot
USER fakeai
EXPOSE 8080
# Every fakeai.* and Spring Boot property can be set as an environment variable (FAKEAI_AUTH_APIKEYS,
# FAKEAI_LATENCY_SPEEDFACTOR, SERVER_PORT, ...); JAVA_TOOL_OPTIONS adds JVM options.
ENV SERVER_PORT=8080
# No curl in the runtime image: bash asks /actuator/health over /dev/tcp.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT} && printf 'GET /actuator/health HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]
ENTRYPOINT ["java", "-XX:AOTCache=/app/fakeai.aot", "-Dspring.aot.enabled=true", \
    "-Dspring.main.lazy-initialization=true", "-XX:G1PeriodicGCInterval=5000", "-jar", "/app/fakeai.jar"]
