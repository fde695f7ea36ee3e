package app.momentum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.docs.Documenter;

/**
 * The module diagrams under {@value #COMMITTED} are generated from the code by Spring Modulith's {@link Documenter}
 * (PlantUML with the C4 notation: {@code components.puml} for the whole system, {@code module-<name>.puml} per module)
 * and must equal what the code gives today. They are never edited by hand and never rendered into images here. After
 * a change of the module structure, refresh them with {@code -Dmodularity.update=true} and commit the diff.
 */
class ModuleDocumentationTests {

    static final Path COMMITTED = Path.of("docs/modules");
    static final Path GENERATED = Path.of("target/modulith-docs");

    @Test
    void theCommittedModuleDiagramsAreTheOnesTheCodeGives() throws IOException {
        new Documenter(MomentumModules.get(), Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        Map<String, String> generated = diagramsIn(GENERATED);
        assertThat(generated).as("Documenter wrote no diagrams").containsKey("components.puml");

        if (MomentumModules.UPDATE) {
            Files.createDirectories(COMMITTED);
            for (String stale : diagramsIn(COMMITTED).keySet()) {
                Files.delete(COMMITTED.resolve(stale));
            }
            for (Map.Entry<String, String> diagram : generated.entrySet()) {
                Files.writeString(COMMITTED.resolve(diagram.getKey()), diagram.getValue(), StandardCharsets.UTF_8);
            }
        }

        assertThat(diagramsIn(COMMITTED))
                .as("the module diagrams in %s differ from the code: after a deliberate change of the modules run "
                        + "./mvnw test -Dtest=ModuleDocumentationTests -Dmodularity.update=true and commit them",
                        COMMITTED)
                .isEqualTo(generated);
    }

    private static Map<String, String> diagramsIn(Path folder) throws IOException {
        Map<String, String> diagrams = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return diagrams;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".puml")).toList()) {
                // Compared without line-ending differences, so a checkout on Windows does not fail it.
                diagrams.put(file.getFileName().toString(),
                        Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"));
            }
        }
        return diagrams;
    }
}
