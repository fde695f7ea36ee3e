package app.momentum.tenancy.mention;

import app.momentum.tenancy.TenantMembers.MemberChoice;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * A comment field in which typing "@" offers the tenant's members (Tribute, keyboard usable) and inserts
 * "@Full Name" — the one way to mention someone ({@link Mentions}); {@link #render} shows a stored text with its
 * mentions as chips. Everything stays plain text: names and comments are never rendered as HTML.
 */
@NpmPackage(value = "tributejs", version = "5.1.3")
@JsModule("./components/momentum-mentions.js")
public class MentionArea extends TextArea {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public MentionArea(Collection<MemberChoice> members) {
        String names = JSON.writeValueAsString(members.stream().map(MemberChoice::displayName)
                .filter(name -> !name.isBlank()).sorted(String.CASE_INSENSITIVE_ORDER).toList());
        addAttachListener(attach -> getElement().executeJs("window.momentumMentions.attach(this, JSON.parse($0))", names));
    }

    /** The text as paragraph content: the mentions of {@code mentioned} people as chips, the rest as text. */
    public static List<Component> render(String text, Collection<MemberChoice> members, Collection<UUID> mentioned) {
        Set<UUID> notified = Set.copyOf(mentioned);
        List<Component> parts = new ArrayList<>();
        int at = 0;
        for (Mentions.Mention mention : Mentions.find(text, members)) {
            if (!notified.contains(mention.userId())) {
                continue;
            }
            if (mention.start() > at) {
                parts.add(new Span(text.substring(at, mention.start())));
            }
            Span chip = new Span(text.substring(mention.start(), mention.end()));
            chip.addClassName("mention");
            parts.add(chip);
            at = mention.end();
        }
        if (at < text.length()) {
            parts.add(new Span(text.substring(at)));
        }
        return parts;
    }
}
