package app.momentum.journey.ui;

import app.momentum.base.ui.FieldErrors;
import app.momentum.base.UserFacingException;
import app.momentum.base.ui.TextLimits;
import app.momentum.journey.collab.JourneyCollaboration;
import app.momentum.journey.collab.MomentComment;
import app.momentum.base.ui.MentionArea;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.UUID;

/** Comments on a moment, with @mentions of colleagues. */
class CommentsPanel extends VerticalLayout {

    private final transient JourneyCollaboration collaboration;
    private final UUID momentId;
    private final MapContext context;
    private final Div list = new Div();

    CommentsPanel(JourneyCollaboration collaboration, UUID momentId, MapContext context, boolean canComment) {
        this.collaboration = collaboration;
        this.momentId = momentId;
        this.context = context;
        addClassName("comments-panel");
        setId("comments-panel");
        setPadding(false);
        add(list);
        if (canComment) {
            MentionArea text = new MentionArea(context.members());
            text.setPlaceholder(getTranslation("comment.placeholder"));
            text.setAriaLabel(getTranslation("comment.label"));
            TextLimits.limit(text, JourneyCollaboration.MAX_COMMENT);
            text.setWidthFull();
            text.setId("comment-text");
            Button post = new Button(getTranslation("comment.post"), e -> {
                try {
                    collaboration.comment(momentId, text.getValue());
                    text.clear();
                    text.setInvalid(false);
                    refresh();
                } catch (UserFacingException problem) {
                    FieldErrors.show(this, problem, Map.of("comment.error.empty", text, "validation.tooLong", text));
                }
            });
            post.setId("comment-post");
            add(text, post);
        }
        refresh();
    }

    void refresh() {
        list.removeAll();
        var comments = collaboration.comments(momentId);
        if (comments.isEmpty()) {
            list.add(new Paragraph(getTranslation("comment.empty")));
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(app.momentum.base.ui.Formats.DEFAULT_ZONE);
        for (MomentComment comment : comments) {
            Span author = new Span(context.memberName(comment.getAuthorUserId()).orElse(getTranslation("history.someone")));
            author.addClassName("history-who");
            Span at = new Span(when.format(comment.getCreatedAt()));
            at.addClassName("history-when");
            Paragraph text = new Paragraph();
            text.add(MentionArea.render(comment.getText(), context.members(), comment.getMentionedUserIds()));
            text.addClassName("comment-text");
            Div item = new Div(author, at, text);
            item.addClassName("comment-item");
            list.add(item);
        }
    }
}
