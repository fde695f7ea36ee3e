package app.momentum;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Spring Modulith's violation messages into short, stable keys for the ratchet in {@link ModularityTests}.
 *
 * <p>A message names a line number and often a whole constructor signature, so it changes whenever anybody edits the
 * class, while the problem it reports stays the same. The key keeps only the problem:
 * <ul>
 * <li>"Module 'a' depends on non-exposed type x.y.Z within module 'b'!" becomes {@code a -> x.y.Z}: one key for every
 * place in module a that touches Z, because the fix (expose Z, or stop using it) is one decision;</li>
 * <li>"Cycle detected: Slice a -> Slice b -> … -> Slice a" becomes {@code cycle: a -> b -> … -> a}, rotated to start at
 * the alphabetically first module, so the same cycle found from another starting point is the same key;</li>
 * <li>anything else is the message itself with line numbers removed and on one line.</li>
 * </ul>
 * Plain Java, unit-tested in {@code ViolationKeysTest}.
 */
final class ViolationKeys {

    private static final Pattern NON_EXPOSED =
            Pattern.compile("^Module '([^']+)' depends on non-exposed type (\\S+) within module '[^']+'!");
    private static final Pattern CYCLE = Pattern.compile("^Cycle detected: ");
    private static final Pattern SLICE = Pattern.compile("Slice (\\S+)");
    /** Where ArchUnit's cycle message ends its list of modules and starts listing the dependencies. */
    private static final Pattern CYCLE_DETAILS = Pattern.compile("(?m)^\\s*\\d+\\. Dependencies of ");
    private static final Pattern LINE_NUMBER = Pattern.compile("(\\.(?:java|kt)):\\d+\\)");

    static final String CYCLE_PREFIX = "cycle: ";

    private ViolationKeys() {
    }

    /** The stable key of one violation message. */
    static String keyOf(String message) {
        Matcher nonExposed = NON_EXPOSED.matcher(message);
        if (nonExposed.find()) {
            return nonExposed.group(1) + " -> " + nonExposed.group(2);
        }
        if (CYCLE.matcher(message).find()) {
            return cycleKey(message);
        }
        return oneLine(LINE_NUMBER.matcher(message).replaceAll("$1)"));
    }

    /** The distinct keys of all messages, sorted. */
    static SortedSet<String> keysOf(Collection<String> messages) {
        SortedSet<String> keys = new TreeSet<>();
        messages.forEach(message -> keys.add(keyOf(message)));
        return keys;
    }

    /** Whether a key stands for a cycle (ArchUnit caps how many cycles it lists, see {@code ModularityTests}). */
    static boolean isCycle(String key) {
        return key.startsWith(CYCLE_PREFIX);
    }

    private static String cycleKey(String message) {
        Matcher details = CYCLE_DETAILS.matcher(message);
        String header = details.find() ? message.substring(0, details.start()) : message;
        List<String> modules = new ArrayList<>();
        Matcher slice = SLICE.matcher(header);
        while (slice.find()) {
            modules.add(slice.group(1));
        }
        // ArchUnit closes the circle by naming the first module again at the end.
        if (modules.size() > 1 && modules.getFirst().equals(modules.getLast())) {
            modules.removeLast();
        }
        if (modules.isEmpty()) {
            return oneLine(message);
        }
        Collections.rotate(modules, -modules.indexOf(Collections.min(modules)));
        return CYCLE_PREFIX + String.join(" -> ", modules) + " -> " + modules.getFirst();
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " / ");
    }
}
