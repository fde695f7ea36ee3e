package app.momentum.testsupport;

import app.momentum.action.ActionRepository;
import app.momentum.action.ImprovementAction;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes an action overdue for a test. Users cannot give a new action a past due date, so a test that needs an
 * overdue action creates it with a future date and then moves the date back, as time would.
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
}
