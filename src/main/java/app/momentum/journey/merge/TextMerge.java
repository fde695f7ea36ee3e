package app.momentum.journey.merge;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A three-way merge of one free text, word by word: two people who changed different parts of a long text
 * ("what the customer does") both keep their change. The diff is java-diff-utils' Myers diff, a well-kept library,
 * of base against each side; the merge itself is only "apply both when they are apart".
 *
 * <p>Deliberately careful: changes that overlap or touch (the same word, or two inserts at one place) are not
 * merged, and neither is a text that one side created or emptied: then the person decides. Words and the
 * whitespace between them are separate tokens, so edits of neighbouring words are apart, but edits of one word are not.
 */
public final class TextMerge {

    private TextMerge() {
    }

    /** The text with both sides' changes, or empty when they overlap (a conflict the person resolves). */
    public static Optional<String> merge(String base, String mine, String theirs) {
        if (base == null || mine == null || theirs == null) {
            return Optional.empty();
        }
        List<String> original = tokens(base);
        List<AbstractDelta<String>> changes = new ArrayList<>(DiffUtils.diff(original, tokens(mine)).getDeltas());
        List<AbstractDelta<String>> others = DiffUtils.diff(original, tokens(theirs)).getDeltas();
        for (AbstractDelta<String> change : changes) {
            for (AbstractDelta<String> other : others) {
                if (touch(change, other)) {
                    return Optional.empty();
                }
            }
        }
        changes.addAll(others);
        changes.sort(Comparator.comparingInt(delta -> delta.getSource().getPosition()));
        StringBuilder merged = new StringBuilder();
        int next = 0;
        for (AbstractDelta<String> delta : changes) {
            original.subList(next, delta.getSource().getPosition()).forEach(merged::append);
            delta.getTarget().getLines().forEach(merged::append);
            next = delta.getSource().getPosition() + delta.getSource().size();
        }
        original.subList(next, original.size()).forEach(merged::append);
        return Optional.of(merged.toString());
    }

    /** Words and the runs of whitespace between them; joined again they give the text back unchanged. */
    static List<String> tokens(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(text.split("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)"));
    }

    /** The base ranges two changes replace overlap or meet (an insert at the edge of the other's change counts). */
    private static boolean touch(AbstractDelta<String> one, AbstractDelta<String> other) {
        int oneStart = one.getSource().getPosition();
        int oneEnd = oneStart + one.getSource().size();
        int otherStart = other.getSource().getPosition();
        int otherEnd = otherStart + other.getSource().size();
        return oneStart <= otherEnd && otherStart <= oneEnd;
    }
}
