package app.momentum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.docs.Documenter;

/**
 * The module diagrams under {@value #COMMITTED} are generated from the code by Spring Modulith's {@link Documenter}
 * (PlantUML with the C4 notation: {@code components.puml} for the whole system, {@code module-<name>.puml} per module)
 * and must equal what the code gives today, with Component and Rel lines sorted ({@link #canonical}). They are never
 * edited by hand and never rendered into images here. After
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

    @Test
    void canonicalFormSortsEachRunOfComponentsAndRelationsAndNothingElse() {
        String diagram = "@startuml\r\nComponent(b)\r\nComponent(a)\r\n}\r\nRel(z, a)\r\nRel(b, c)\r\n' z\r\n' a\r\n@enduml";

        assertThat(canonical(diagram))
                .isEqualTo("@startuml\nComponent(a)\nComponent(b)\n}\nRel(b, c)\nRel(z, a)\n' z\n' a\n@enduml");
    }

    /**
     * The diagram with each run of consecutive {@code Component(…)} or {@code Rel(…)} lines sorted: the Documenter
     * emits them in hash order, which differs from run to run, while their order means nothing to PlantUML. Line
     * endings become {@code \n}, so a checkout on Windows does not fail the comparison either.
     */
    static String canonical(String diagram) {
        List<String> lines = new ArrayList<>(List.of(diagram.replace("\r\n", "\n").split("\n", -1)));
        int start = 0;
        while (start < lines.size()) {
            String kind = kindOf(lines.get(start));
            int end = start + 1;
            while (kind != null && end < lines.size() && kind.equals(kindOf(lines.get(end)))) {
                end++;
            }
            Collections.sort(lines.subList(start, end));
            start = end;
        }
        return String.join("\n", lines);
    }

    private static String kindOf(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("Rel(") ? "Rel(" : trimmed.startsWith("Component(") ? "Component(" : null;
    }

    private static Map<String, String> diagramsIn(Path folder) throws IOException {
        Map<String, String> diagrams = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return diagrams;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".puml")).toList()) {
                diagrams.put(file.getFileName().toString(), canonical(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return diagrams;
    }
}
