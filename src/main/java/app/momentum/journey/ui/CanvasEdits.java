package app.momentum.journey.ui;

import app.momentum.base.ui.Notifications;
import app.momentum.base.ui.UiActions;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.MomentEdit;
import app.momentum.journey.MomentField;
import app.momentum.journey.MomentSave;
import app.momentum.journey.ui.CanvasEdit.FieldEdit;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Carries out what the canvas asks: a cell's new value (merged field by field with what others saved meanwhile; the
 * same field changed by both opens the {@link MergeDialog}), a moved moment, an added moment. Every refusal is said
 * in the user's language, and the refused cell is sent again, so the canvas never keeps showing a value that was not
 * saved.
 */
final class CanvasEdits {

    private final JourneyMapView view;
    private final JourneyMapService maps;

    CanvasEdits(JourneyMapView view, JourneyMapService maps) {
        this.view = view;
        this.maps = maps;
    }

    void apply(JsonNode detail) {
        CanvasEdit edit;
        try {
            edit = CanvasEdit.parse(detail);
        } catch (CanvasEdit.InvalidEdit invalid) {
            Notifications.error(view.getTranslation("canvas.error.invalidEdit"));
            view.refresh();
            return;
        }
        if (!view.mayEdit()) {
            // the canvas offers no editing then; an edit arriving anyway is refused, said, and the map resent
            Notifications.error(view.getTranslation("canvas.error.readOnly"));
            view.refresh();
            return;
        }
        switch (edit) {
            case FieldEdit field -> save(field);
            case CanvasEdit.Move move -> view.change(() -> maps.moveMoment(move.momentId(), move.phaseId(), move.beforeId()));
            case CanvasEdit.Add add -> view.change(() -> maps.addMoment(add.phaseId(), add.title()));
        }
    }

    private void save(FieldEdit field) {
        Map<MomentField, Object> base = new EnumMap<>(MomentField.class);
        base.put(field.field(), field.base());
        Map<MomentField, Object> mine = new EnumMap<>(MomentField.class);
        mine.put(field.field(), field.value());
        submit(field.momentId(), new MomentEdit(base, mine));
    }

    /**
     * Saves merged with what others saved meanwhile, as the full form does: saved → the canvas follows; the same
     * field changed by someone else → the merge dialog, whose choices save again (and may conflict again). A refusal,
     * or a cancelled merge, sends the stored cell back to the canvas.
     */
    private void submit(UUID momentId, MomentEdit edit) {
        MomentSave[] outcome = new MomentSave[1];
        if (!UiActions.attempt(view, () -> outcome[0] = maps.saveFields(momentId, edit.base(), edit.mine()))) {
            view.resend(momentId);
            return;
        }
        switch (outcome[0]) {
            case MomentSave.Saved saved -> view.refresh();
            case MomentSave.Conflicted conflicted -> new MergeDialog(conflicted.conflicts(),
                    new MomentValueText(view.context(), view::getTranslation),
                    choices -> submit(momentId, edit.decided(conflicted, choices)), () -> view.resend(momentId)).open();
        }
    }
}
