package app.momentum.journey.ui;

import app.momentum.base.ui.Formats;
import app.momentum.tenancy.mention.MentionArea;
import app.momentum.base.ui.TextLimits;
import app.momentum.journey.collab.JourneyCollaboration;
import app.momentum.journey.collab.MomentComment;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;

/** Comments on a moment, with @mentions of colleagues. */
class CommentsPanel extends CollabListPanel<MomentComment> {

    private final transient JourneyCollaboration collaboration;
    private final UUID momentId;

    CommentsPanel(JourneyCollaboration collaboration, UUID momentId, MapContext context, boolean canComment) {
        super("comments-panel", context, "comment.empty");
        this.collaboration = collaboration;
        this.momentId = momentId;
        add(list());
        if (canComment) {
            MentionArea text = new MentionArea(context.members());
            text.setPlaceholder(getTranslation("comment.placeholder"));
            text.setAriaLabel(getTranslation("comment.label"));
            TextLimits.limit(text, JourneyCollaboration.MAX_COMMENT);
            text.setWidthFull();
            text.setId("comment-text");
            Button post = addButton("comment.post", text, value -> collaboration.comment(momentId, value),
                    "comment.error.empty", "validation.tooLong");
            post.setId("comment-post");
            add(text, post);
        }
        refresh();
    }

    @Override
    protected List<MomentComment> items() {
        return collaboration.comments(momentId);
    }

    @Override
    protected Component show(MomentComment comment) {
        Span author = new Span(who(comment.getAuthorUserId()));
        author.addClassName("history-who");
        Span at = new Span(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(Formats.DEFAULT_ZONE).format(comment.getCreatedAt()));
        at.addClassName("history-when");
        Paragraph text = new Paragraph();
        text.add(MentionArea.render(comment.getText(), context.members(), comment.getMentionedUserIds()));
        text.addClassName("comment-text");
        Div item = new Div(author, at, text);
        item.addClassName("comment-item");
        return item;
    }
}
