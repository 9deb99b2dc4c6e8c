package nl.wegwijs.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wegwijs.directory.hsds.HsdsJson;
import tools.jackson.databind.node.ArrayNode;

/** The shipped sample sociale kaart as one HSDS JSON array, to restore the directory after a test. */
final class SampleData {

    private static final Path FOLDER = Path.of("content/directory/meppel");

    private SampleData() {
    }

    static String all() {
        ArrayNode all = HsdsJson.mapper().createArrayNode();
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("services.*\\.json"))
                    .sorted().collect(Collectors.toList())) {
                HsdsJson.mapper().readTree(Files.readString(file)).forEach(all::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }
}
