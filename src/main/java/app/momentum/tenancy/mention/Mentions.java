package app.momentum.tenancy.mention;

import app.momentum.tenancy.TenantMembers.MemberChoice;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Finds "@Full Name" mentions of members in a text — the one way to mention someone. A mention starts with
 * "@" at the start of the text or after a character that is not a letter or digit (so an e-mail address is no
 * mention), names a member exactly (case-insensitive), and ends where the name ends, before a character that is
 * not a letter or digit. When names overlap ("Ann" and "Ann Smith"), the longest one wins.
 */
public final class Mentions {

    /** One mention: the text from {@code start} (the "@") to {@code end} (exclusive) names {@code userId}. */
    public record Mention(int start, int end, UUID userId) {
    }

    private Mentions() {
    }

    public static List<Mention> find(String text, Collection<MemberChoice> members) {
        List<MemberChoice> longestFirst = members.stream()
                .filter(member -> !member.displayName().isBlank())
                .sorted(Comparator.comparingInt((MemberChoice member) -> member.displayName().length()).reversed())
                .toList();
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Mention mention = text.charAt(i) == '@' && (i == 0 || !wordChar(text.charAt(i - 1))) ? at(text, i, longestFirst) : null;
            if (mention != null) {
                found.add(mention);
                i = mention.end();
            } else {
                i++;
            }
        }
        return found;
    }

    /** The members mentioned in the text, each once, in order of first mention. */
    public static List<UUID> mentioned(String text, Collection<MemberChoice> members) {
        Set<UUID> users = new LinkedHashSet<>();
        find(text, members).forEach(mention -> users.add(mention.userId()));
        return List.copyOf(users);
    }

    private static Mention at(String text, int at, List<MemberChoice> longestFirst) {
        for (MemberChoice member : longestFirst) {
            String name = member.displayName();
            int end = at + 1 + name.length();
            if (text.regionMatches(true, at + 1, name, 0, name.length()) && (end == text.length() || !wordChar(text.charAt(end)))) {
                return new Mention(at, end, member.userId());
            }
        }
        return null;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
