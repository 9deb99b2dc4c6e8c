package nl.wegwijs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The production deployment: docker-compose.yml and the Dockerfile say what the design requires. */
class DeploymentFilesTest {

    private static final Path COMPOSE = Path.of("docker-compose.yml");
    private static final Path DOCKERFILE = Path.of("Dockerfile");

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsThePortalInProductionModeWithPostgresql17AndNamedVolumes() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
        var services = (Map<String, Map<String, Object>>) compose.get("services");
        var portal = services.get("portal");
        var database = services.get("database");

        assertThat(database.get("image")).isEqualTo("postgres:17");
        assertThat(database).containsKey("healthcheck");
        assertThat(portal.get("build")).isEqualTo(".");
        var environment = (Map<String, String>) portal.get("environment");
        assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "postgres")
                .containsEntry("WEGWIJS_DATA_DIR", "/data")
                .containsKeys("WEGWIJS_DB_URL", "WEGWIJS_DB_USER", "WEGWIJS_DB_PASSWORD");
        assertThat(environment.get("WEGWIJS_DB_URL")).startsWith("jdbc:postgresql://database:5432/");
        var dependsOn = (Map<String, Map<String, String>>) portal.get("depends_on");
        assertThat(dependsOn.get("database")).containsEntry("condition", "service_healthy");

        var volumes = (Map<String, Object>) compose.get("volumes");
        assertThat((List<String>) portal.get("volumes")).allSatisfy(mount ->
                assertThat(volumes).containsKey(mount.substring(0, mount.indexOf(':'))));
        assertThat((List<String>) database.get("volumes")).allSatisfy(mount ->
                assertThat(volumes).containsKey(mount.substring(0, mount.indexOf(':'))));
    }

    @Test
    void dockerfileBuildsInAJdkStageAndRunsOnTemurin25AsANonRootUserWithAHealthCheck() throws IOException {
        List<String> lines = Files.readAllLines(DOCKERFILE).stream().map(String::strip).toList();
        List<String> stages = lines.stream().filter(line -> line.startsWith("FROM ")).toList();
        assertThat(stages).hasSizeGreaterThanOrEqualTo(2);
        assertThat(stages.getFirst()).startsWith("FROM eclipse-temurin:25-jdk");
        assertThat(stages.getLast()).startsWith("FROM eclipse-temurin:25-jre");

        List<String> runtime = lines.subList(lines.lastIndexOf(stages.getLast()), lines.size());
        assertThat(runtime).filteredOn(line -> line.startsWith("USER ")).singleElement()
                .satisfies(user -> assertThat(user).isNotIn("USER root", "USER 0"));
        assertThat(runtime).anySatisfy(line -> assertThat(line).startsWith("HEALTHCHECK"));
        assertThat(String.join("\n", runtime)).contains("/actuator/health/liveness")
                .contains("SPRING_PROFILES_ACTIVE=postgres");
    }

    @Test
    void composeFileIsValidForDockerCompose() throws Exception {
        List<String> command = composeCommand();
        assumeTrue(command != null, "neither 'docker compose' nor 'docker-compose' is installed (.ci/run installs it)");
        var builder = new ProcessBuilder(concat(command, "config", "-q")).redirectErrorStream(true);
        builder.environment().put("WEGWIJS_DB_PASSWORD", "checked-by-test");
        Process check = builder.start();
        String output = new String(check.getInputStream().readAllBytes());
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(output).isZero();
    }

    private static List<String> composeCommand() throws InterruptedException {
        for (List<String> candidate : List.of(List.of("docker", "compose"), List.of("docker-compose"))) {
            try {
                Process version = new ProcessBuilder(concat(candidate, "version")).redirectErrorStream(true).start();
                version.getInputStream().readAllBytes();
                if (version.waitFor(30, TimeUnit.SECONDS) && version.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException notInstalled) {
                // try the next one
            }
        }
        return null;
    }

    private static List<String> concat(List<String> command, String... arguments) {
        return Stream.concat(command.stream(), Arrays.stream(arguments)).toList();
    }
}
