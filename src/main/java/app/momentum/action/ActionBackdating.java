package app.momentum.action;

import app.momentum.action.internal.ImprovementAction;
import app.momentum.action.internal.ActionRepository;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes an existing action overdue, as time would, for the demo data and tests. Users cannot give a new action a
 * past due date, so the demo and tests create an action with a future date and then move the date back here. Not
 * for views or the API: it skips the due-date rule on purpose.
 */
@Component
public class ActionBackdating {

    private final ActionRepository actions;
    private final TransactionTemplate transaction;

    ActionBackdating(ActionRepository actions, TransactionTemplate transaction) {
        this.actions = actions;
        this.transaction = transaction;
    }

    /** Sets the due date of the current tenant's action and returns it with its new version. */
    public ImprovementAction dueOn(UUID actionId, LocalDate due) {
        return transaction.execute(status -> {
            ImprovementAction action = actions.findById(actionId).orElseThrow();
            action.setDueDate(due);
            return actions.saveAndFlush(action);
        });
    }

    /** {@link #dueOn}, for the demo seeder: the changed action as a record. */
    public ActionService.ActionRef dueOnRef(UUID actionId, LocalDate due) {
        return ActionService.ActionRef.of(dueOn(actionId, due));
    }
}
