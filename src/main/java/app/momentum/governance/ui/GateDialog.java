package app.momentum.governance.ui;

import app.momentum.governance.LifeCycle;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.UUID;

/**
 * The gate out of a journey's current stage: every criterion with pass/fail and links to what fails, and the move
 * (with a written reason when the gate fails and a CX manager passes it anyway). Opened from the journey page and by
 * dragging a card on the portfolio board.
 */
public class GateDialog extends Dialog {

    /** Called after a move, so the caller can refresh what it shows. */
    @FunctionalInterface
    public interface AfterMove {
        void moved(LifeCycle.Transition transition);
    }

    public GateDialog(LifeCycle lifeCycle, UUID journeyId, AfterMove afterMove) {
        // built by the life-cycle work
    }
}
