package app.momentum.base.ui;

import app.momentum.base.InvalidInputException;
import app.momentum.base.UserFacingException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shows a refused input where it belongs: on the field the message is about when there is one, otherwise
 * as a notification. Messages are translated into the user's language. A refusal of several fields at once
 * ({@link InvalidInputException}) marks every one of them, and focuses the first.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * @param fieldsByKey the form field each problem is about, found by the service's field name (e.g. "email")
     *                    or by message key (e.g. "validation.email" → the email field); fields marked by an
     *                    earlier refusal that this one does not name are cleared
     */
    public static void show(Component context, UserFacingException problem,
                            Map<String, ? extends HasValidation> fieldsByKey) {
        List<InvalidInputException.FieldProblem> problems = problem instanceof InvalidInputException several
                ? several.problems() : List.of(new InvalidInputException.FieldProblem(null, problem));
        Set<HasValidation> marked = new HashSet<>();
        List<HasValidation> inOrder = new ArrayList<>();
        List<String> elsewhere = new ArrayList<>();
        for (InvalidInputException.FieldProblem each : problems) {
            HasValidation field = each.field() != null ? fieldsByKey.get(each.field()) : null;
            if (field == null) {
                field = fieldsByKey.get(each.problem().messageKey());
            }
            String message = Notifications.message(context, each.problem());
            if (field == null || marked.contains(field)) {
                if (field == null) {
                    elsewhere.add(message);
                }
                continue;
            }
            field.setErrorMessage(message);
            field.setInvalid(true);
            marked.add(field);
            inOrder.add(field);
        }
        for (HasValidation field : fieldsByKey.values()) {
            if (!marked.contains(field) && field.isInvalid()) {
                field.setInvalid(false);
            }
        }
        if (!elsewhere.isEmpty()) {
            Notifications.error(String.join(" ", elsewhere));
        }
        if (!inOrder.isEmpty() && inOrder.getFirst() instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }
}
