package app.momentum;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module boundaries of Momentum, checked by Spring Modulith on the compiled classes (no Spring context).
 *
 * <p>The goal is {@code ApplicationModules.of(MomentumApplication.class).verify()}: no cycle between modules, no
 * module touching another module's internals. The code does not pass that yet, so this test is a <em>ratchet</em>:
 * every violation Modulith reports is reduced to a stable key ({@link ViolationKeys}) and compared with the accepted
 * keys in {@value #KNOWN}.
 * <ul>
 * <li>A key that is not in the file is a new violation and fails the build, whoever caused it.</li>
 * <li>A key in the file that no longer occurs is printed but does not fail, so people removing violations in
 * parallel never conflict; drop it from the file with {@code -Dmodularity.update=true} (which rewrites the file from
 * the current violations) and commit the shorter file.</li>
 * </ul>
 * The file may only shrink. <strong>When it is empty, this ratchet is replaced by a test that simply calls
 * {@code MomentumModules.get().verify()}</strong>, and the file and {@link ViolationKeys} are deleted. That test is
 * deliberately not written yet: it could only fail today, or be skipped, and a skipped test says nothing.
 *
 * <p>ArchUnit lists at most 100 cycles by default; {@code src/test/resources/archunit.properties} raises the cap so
 * that every cycle is listed (otherwise removing one cycle could bring an unlisted one into view and fail someone who
 * only made things better). The test refuses to judge when the cap is reached anyway. Modulith also leaves open
 * modules ({@code base}) out of its cycle check, so each module an open module depends on is a key here as well.
 */
class ModularityTests {

    static final Path KNOWN = Path.of("src/test/resources/modularity/known-violations.txt");

    private static final String HEADER = """
            # Module violations accepted for now: the ratchet of app.momentum.ModularityTests.
            # One key per line (see ViolationKeys): "<module> -> <non-exposed type it uses>" or "cycle: a -> b -> a".
            # This file may only SHRINK. A violation not listed here fails the build: fix the code instead of adding it.
            # Rewritten from the code by: ./mvnw test -Dtest=ModularityTests -Dmodularity.update=true
            # When it is empty, ModularityTests becomes ApplicationModules.of(MomentumApplication.class).verify().
            """;

    @Test
    void noModuleViolationBeyondTheAcceptedOnes() throws IOException {
        List<String> messages = MomentumModules.get().detectViolations().getMessages();
        Map<String, String> exampleByKey = new LinkedHashMap<>();
        messages.forEach(message -> exampleByKey.putIfAbsent(ViolationKeys.keyOf(message), message));
        openModuleDependencies().forEach(key -> exampleByKey.putIfAbsent(key, "(found by this test, not by Modulith)"));
        SortedSet<String> current = new TreeSet<>(exampleByKey.keySet());

        long cycles = messages.stream().filter(message -> ViolationKeys.isCycle(ViolationKeys.keyOf(message))).count();
        assertThat(cycles).as("ArchUnit stopped listing cycles at its cap (cycles.maxNumberToDetect in "
                + "archunit.properties): raise it, or the ratchet cannot tell new cycles from unlisted ones")
                .isLessThan(cycleCap());

        if (MomentumModules.UPDATE) {
            Files.writeString(KNOWN, HEADER + String.join("\n", current) + (current.isEmpty() ? "" : "\n"),
                    StandardCharsets.UTF_8);
        }
        SortedSet<String> known = known();

        SortedSet<String> gone = new TreeSet<>(known);
        gone.removeAll(current);
        if (!gone.isEmpty()) {
            System.out.printf("ModularityTests: %d accepted violation(s) are gone, well done. Shrink %s with "
                    + "-Dmodularity.update=true:%n  %s%n", gone.size(), KNOWN, String.join("\n  ", gone));
        }
        System.out.printf("ModularityTests: %d violation messages, %d keys (%d accepted in %s).%n", messages.size(),
                current.size(), known.size(), KNOWN);

        List<String> added = new ArrayList<>();
        current.stream().filter(key -> !known.contains(key))
                .forEach(key -> added.add(key + "\n      e.g. " + exampleByKey.get(key).replace("\n", "\n      ")));
        assertThat(added)
                .as("""
                        new module violation(s), not in %s. Fix the code rather than accepting them:
                        - "<module> -> <type>": the type is internal to its module (in a sub-package). Call what the \
                        owning module publishes in its root package (a service returning a record, an event, an \
                        XxxNavigation), or move the type to its module's root package if it truly is API.
                        - "cycle: …": a lower module now depends on a higher one (order: base, user, tenancy, \
                        security, discipline, brand, journey, ownership, action, measurement, notification, the rest). \
                        Invert it with an event the lower module publishes, or move the code up.
                        - "open module base depends on x": base is shared infrastructure below every feature; move the                         code that needs x out of base.
                        Accepting one anyway (only when the fix is planned) means: -Dmodularity.update=true, and \
                        saying why in the commit.""", KNOWN)
                .isEmpty();
    }

    /**
     * Modulith leaves open modules ({@code base}) out of its cycle check, so a dependency of {@code base} on a feature
     * would go unnoticed; each one is a key of its own.
     */
    private static List<String> openModuleDependencies() {
        ApplicationModules modules = MomentumModules.get();
        return modules.stream().filter(ApplicationModule::isOpen)
                .flatMap(open -> open.getDirectDependencies(modules).uniqueModules()
                        .map(target -> "open module " + open.getIdentifier() + " depends on " + target.getIdentifier()))
                .toList();
    }

    private static SortedSet<String> known() throws IOException {
        SortedSet<String> known = new TreeSet<>();
        for (String line : Files.readAllLines(KNOWN, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                known.add(line.strip());
            }
        }
        return known;
    }

    private static long cycleCap() {
        return Long.parseLong(ArchConfiguration.get().getPropertyOrDefault("cycles.maxNumberToDetect", "100"));
    }
}
