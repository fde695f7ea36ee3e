package app.momentum.journey.ui;

import app.momentum.base.ui.AppDialog;
import app.momentum.base.ui.UiActions;
import app.momentum.journey.internal.Moment;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Someone else saved the moment after this user opened it. Shows what they changed and lets the user choose:
 * take their version (and lose own edits), or overwrite it knowingly. Nothing is overwritten silently.
 */
class ConflictDialog extends AppDialog {

    ConflictDialog(Moment opened, Moment current, Runnable takeTheirs, Runnable overwrite) {
        setHeaderTitle(getTranslation("conflict.title"));
        setId("conflict-dialog");
        add(new Paragraph(getTranslation("conflict.text")));
        UnorderedList changes = new UnorderedList();
        for (String field : changedFields(opened, current)) {
            changes.add(new ListItem(field));
        }
        add(changes);
        Button theirs = new Button(getTranslation("conflict.takeTheirs"), e -> {
            close();
            takeTheirs.run();
        });
        theirs.setId("conflict-take-theirs");
        Button mine = new Button(getTranslation("conflict.overwrite"), e -> {
            close();
            UiActions.attempt(this, overwrite);
        });
        mine.addThemeVariants(ButtonVariant.ERROR);
        mine.setId("conflict-overwrite");
        getFooter().add(theirs, mine);
        setWidth("32rem");
    }

    /** The main fields whose stored values differ from what the user started from, old → new. */
    private List<String> changedFields(Moment before, Moment after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "moment.name", before, after, Moment::getTitle);
        compare(changed, "moment.target", before, after, m -> getTranslation("targetLevel." + m.getTargetLevel().name()));
        compare(changed, "moment.momentOfTruth", before, after, m -> getTranslation(m.isMomentOfTruth() ? "conflict.yes" : "conflict.no"));
        compare(changed, "moment.brandMoment", before, after, m -> getTranslation(m.isBrandMoment() ? "conflict.yes" : "conflict.no"));
        compare(changed, "moment.nature", before, after, m -> getTranslation("nature." + m.getNature().name()));
        compare(changed, "moment.currentEmotion", before, after, m -> text(m.getCurrentEmotion()));
        compare(changed, "moment.desiredEmotion", before, after, m -> text(m.getDesiredEmotion()));
        compare(changed, "moment.does", before, after, Moment::getCustomerDoes);
        compare(changed, "moment.exceeds", before, after, Moment::getExceedsExpectation);
        compare(changed, "moment.repeatability", before, after, Moment::getRepeatability);
        if (!Objects.equals(before.getOwnerDisciplineId(), after.getOwnerDisciplineId())) {
            changed.add(getTranslation("moment.discipline"));
        }
        if (!Objects.equals(before.getPhaseId(), after.getPhaseId()) || before.getPosition() != after.getPosition()) {
            changed.add(getTranslation("conflict.moved"));
        }
        if (changed.isEmpty()) {
            changed.add(getTranslation("conflict.otherFields"));
        }
        return changed;
    }

    private void compare(List<String> changed, String labelKey, Moment before, Moment after, Function<Moment, String> value) {
        String old = value.apply(before);
        String now = value.apply(after);
        if (!Objects.equals(old, now)) {
            changed.add(getTranslation("conflict.change", getTranslation(labelKey), text(old), text(now)));
        }
    }

    private static String text(Object value) {
        return value == null ? "–" : String.valueOf(value);
    }
}
