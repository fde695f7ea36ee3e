package app.momentum.action;

import app.momentum.action.internal.ImprovementAction;
import app.momentum.action.internal.ActionRepository;
import app.momentum.action.domain.DueDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open actions of the current tenant that need a reminder on a day: overdue, or due within a few days.
 * Read by the notification module's daily reminders, so that the rule ({@link DueDates}) stays here and the
 * action module knows nothing of notifications. Needs a tenant scope, not a logged-in user.
 */
@Service
@Transactional(readOnly = true)
public class DueActions {

    public enum Urgency { OVERDUE, DUE_SOON }

    /** One action to remind its owner of. */
    public record DueAction(UUID actionId, UUID journeyId, String title, UUID ownerUserId, LocalDate dueDate, Urgency urgency) {
    }

    private final ActionRepository actions;

    DueActions(ActionRepository actions) {
        this.actions = actions;
    }

    /** Overdue and due-soon (within {@code dueSoonDays}) open actions on {@code today}, by due date. */
    public List<DueAction> on(LocalDate today, int dueSoonDays) {
        List<DueAction> due = new ArrayList<>();
        for (ImprovementAction action : actions.findByStatusInAndDueDateLessThanEqual(ActionService.OPEN, today.plusDays(dueSoonDays))) {
            Urgency urgency = DueDates.overdue(action.getStatus(), action.getDueDate(), today) ? Urgency.OVERDUE
                    : DueDates.dueSoon(action.getStatus(), action.getDueDate(), today, dueSoonDays) ? Urgency.DUE_SOON : null;
            if (urgency != null) {
                due.add(new DueAction(action.getId(), action.getJourneyId(), action.getTitle(), action.getOwnerUserId(),
                        action.getDueDate(), urgency));
            }
        }
        return due;
    }
}
