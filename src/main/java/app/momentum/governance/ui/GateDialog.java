package app.momentum.governance.ui;

import app.momentum.governance.LifeCycle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.UUID;

/**
 * The gate out of a journey's current stage: every criterion with pass/fail and links to what fails, and the move
 * (with a written reason when the gate fails and a CX manager passes it anyway). Opened from the journey page and by
 * dragging a card on the portfolio board. Below the gate, the journey's history of moves.
 */
public class GateDialog extends Dialog {

    /** Called after a move, so the caller can refresh what it shows. */
    @FunctionalInterface
    public interface AfterMove {
        void moved(LifeCycle.Transition transition);
    }

    public GateDialog(LifeCycle lifeCycle, UUID journeyId, AfterMove afterMove) {
        setId("gate-dialog");
        setHeaderTitle(getTranslation("gate.dialogTitle", lifeCycle.nextGateReport(journeyId).journeyName()));
        setWidth("min(44rem, 100vw)");
        GatePanel panel = new GatePanel(lifeCycle, journeyId, this::close, transition -> {
            close();
            afterMove.moved(transition);
        });
        add(panel, new TransitionList(lifeCycle.history(journeyId)));
        Button close = new Button(getTranslation("gate.close"), e -> close());
        close.setId("gate-close");
        getFooter().add(close);
    }
}
