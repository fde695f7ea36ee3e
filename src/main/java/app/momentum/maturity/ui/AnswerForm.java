package app.momentum.maturity.ui;

import app.momentum.maturity.domain.Answer;
import app.momentum.maturity.domain.Part;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The 42 statements under their ten parts, each a radio group A–E (keyboard: Tab to a group, arrows to choose), with
 * a progress count. Only the form: saving and submitting are the round view's.
 */
class AnswerForm extends VerticalLayout {

    private final Map<Integer, RadioButtonGroup<Answer>> groups = new TreeMap<>();
    private final Span progress = new Span();

    AnswerForm(Map<Integer, Answer> answers) {
        setPadding(false);
        setId("maturity-form");
        progress.setId("maturity-progress");
        progress.getElement().setAttribute("aria-live", "polite");
        add(progress);
        for (Part part : Part.values()) {
            H3 header = new H3(getTranslation("maturityScan.form.part", MaturityLabels.part(this, part), part.first(),
                    part.last()));
            add(header);
            for (int statement = part.first(); statement <= part.last(); statement++) {
                add(group(statement, answers.get(statement)));
            }
        }
        showProgress();
    }

    private RadioButtonGroup<Answer> group(int statement, Answer answer) {
        RadioButtonGroup<Answer> group = new RadioButtonGroup<>(statement + ". " + MaturityLabels.statement(this, statement));
        group.setId("maturity-statement-" + statement);
        group.setItems(Answer.values());
        group.setItemLabelGenerator(a -> MaturityLabels.answer(this, a));
        group.setWidthFull();
        group.setValue(answer);
        group.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                group.setInvalid(false);
            }
            showProgress();
        });
        groups.put(statement, group);
        return group;
    }

    private void showProgress() {
        progress.setText(getTranslation("maturityScan.form.progress", answered().size(), Part.STATEMENTS));
    }

    /** The answers given so far, by statement. */
    Map<Integer, Answer> answered() {
        Map<Integer, Answer> answers = new TreeMap<>();
        groups.forEach((statement, group) -> {
            if (group.getValue() != null) {
                answers.put(statement, group.getValue());
            }
        });
        return answers;
    }

    /** The statements not answered yet, in order. */
    List<Integer> missing() {
        return IntStream.rangeClosed(1, Part.STATEMENTS).filter(s -> groups.get(s).getValue() == null).boxed().toList();
    }

    /** Marks the missing statements and brings the first into view with the keyboard on it. */
    void markMissing(List<Integer> missing) {
        missing.forEach(statement -> {
            RadioButtonGroup<Answer> group = groups.get(statement);
            group.setErrorMessage(getTranslation("maturityScan.form.missingOne"));
            group.setInvalid(true);
        });
        if (!missing.isEmpty()) {
            RadioButtonGroup<Answer> first = groups.get(missing.getFirst());
            first.scrollIntoView();
            first.getElement().callJsFunction("focus");
        }
    }

    RadioButtonGroup<Answer> group(int statement) {
        return groups.get(statement);
    }
}
