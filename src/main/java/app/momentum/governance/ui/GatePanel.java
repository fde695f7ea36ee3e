package app.momentum.governance.ui;

import app.momentum.action.ActionNavigation;
import app.momentum.base.ui.Notifications;
import app.momentum.base.ui.TextLimits;
import app.momentum.base.ui.UiActions;
import app.momentum.governance.LifeCycle;
import app.momentum.governance.LifeCycle.GateReport;
import app.momentum.governance.domain.CriterionResult;
import app.momentum.governance.domain.GateCriterion;
import app.momentum.governance.domain.GateVerdict;
import app.momentum.governance.domain.JourneyFacts.TargetShares;
import app.momentum.journey.JourneyNavigation;
import app.momentum.journey.LifecycleStage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.text.NumberFormat;
import java.util.UUID;

/**
 * The gate out of a journey's current stage: every criterion with pass, fail, off or not applicable, in words, and
 * links to what fails; at the mining gate the share of moments meeting target now and in the previous cycle. For CX
 * managers and tenant admins the move itself: a note, and when the gate fails "Pass anyway" with a required reason.
 * Shared by {@link GateDialog} and {@link LifeCycleView}.
 */
class GatePanel extends VerticalLayout {

    /** Called after the move went through. */
    interface Moved {
        void moved(LifeCycle.Transition transition);
    }

    private static final int MAX_TEXT = 2000;

    private final transient LifeCycle lifeCycle;
    private final UUID journeyId;
    private final Runnable beforeNavigating;
    private final Moved moved;
    private final TextArea note = new TextArea();
    private final TextArea reason = new TextArea();

    GatePanel(LifeCycle lifeCycle, UUID journeyId, Runnable beforeNavigating, Moved moved) {
        this.lifeCycle = lifeCycle;
        this.journeyId = journeyId;
        this.beforeNavigating = beforeNavigating;
        this.moved = moved;
        setPadding(false);
        setId("gate-panel");
        refresh();
    }

    /** Judges the gate again and redraws it. */
    void refresh() {
        removeAll();
        GateReport report = lifeCycle.nextGateReport(journeyId);
        GateVerdict verdict = report.verdict();
        H3 title = new H3(getTranslation("gate.title", stage(verdict.gate().from()), stage(verdict.gate().to())));
        title.setId("gate-title");
        Span outcome = new Span(getTranslation(verdict.passes() ? "gate.passes" : "gate.fails",
                verdict.failing().size()));
        outcome.addClassNames("tag", verdict.passes() ? "tag-success" : "tag-error");
        outcome.setId("gate-outcome");
        add(title, outcome);
        if (verdict.startsNewCycle()) {
            add(new Paragraph(getTranslation("gate.newCycle", report.state().cycle() + 1)));
        }
        for (CriterionResult result : verdict.results()) {
            add(criterion(report, result));
        }
        verdict.targetShareInformation().ifPresent(shares -> add(targetShares(shares)));
        if (lifeCycle.mayMove()) {
            addMoveForm(report);
        }
    }

    private Div criterion(GateReport report, CriterionResult result) {
        Div row = new Div();
        row.addClassName("gate-criterion");
        row.setId("gate-criterion-" + result.criterion().name());
        Span status = new Span(getTranslation("gate.outcome." + result.outcome().name()));
        status.addClassNames("tag", switch (result.outcome()) {
            case PASS -> "tag-success";
            case FAIL -> "tag-error";
            case OFF, NOT_APPLICABLE -> "tag-contrast";
        });
        status.addClassName("gate-outcome-" + result.outcome().name());
        Span text = new Span(" " + getTranslation("gateCriterion." + result.criterion().name()));
        row.add(status, text);
        if (result.fails() && !result.failingIds().isEmpty()) {
            Div links = new Div();
            links.addClassName("gate-failing");
            for (UUID id : result.failingIds()) {
                links.add(link(report, result.criterion(), id));
            }
            row.add(links);
        }
        return row;
    }

    /** What fails, as a link to where it can be fixed. */
    private Button link(GateReport report, GateCriterion criterion, UUID id) {
        String name = report.name(id);
        Button link = new Button(name.isBlank() ? getTranslation("gate.unnamed") : name, e -> {
            beforeNavigating.run();
            switch (criterion.subject()) {
                case MOMENT -> JourneyNavigation.toMoment(journeyId, id);
                case ACTION -> ActionNavigation.toAction(id);
                case PHASE, JOURNEY -> JourneyNavigation.toMap(journeyId);
            }
        });
        link.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        link.addClassName("gate-link");
        return link;
    }

    private Paragraph targetShares(TargetShares shares) {
        Paragraph paragraph = new Paragraph(getTranslation("gate.targetShares", percent(shares.currentCycle()),
                percent(shares.previousCycle())));
        paragraph.setId("gate-target-shares");
        return paragraph;
    }

    private String percent(Double share) {
        if (share == null) {
            return getTranslation("gate.unknown");
        }
        return NumberFormat.getPercentInstance(getLocale()).format(share);
    }

    private void addMoveForm(GateReport report) {
        GateVerdict verdict = report.verdict();
        LifecycleStage from = verdict.gate().from();
        note.setLabel(getTranslation("gate.note"));
        note.setId("gate-note");
        note.setWidthFull();
        TextLimits.limit(note, MAX_TEXT);
        add(note);
        if (verdict.passes()) {
            Button move = new Button(getTranslation("gate.move", stage(verdict.gate().to())),
                    VaadinIcon.ARROW_FORWARD.create(), e -> move(from, null));
            move.addThemeVariants(ButtonVariant.PRIMARY);
            move.setId("gate-move");
            add(move);
            return;
        }
        reason.setLabel(getTranslation("gate.reason"));
        reason.setHelperText(getTranslation("gate.reasonHelp"));
        reason.setRequired(true);
        reason.setId("gate-reason");
        reason.setWidthFull();
        TextLimits.limit(reason, MAX_TEXT);
        Button override = new Button(getTranslation("gate.override", stage(verdict.gate().to())),
                VaadinIcon.WARNING.create(), e -> {
                    if (reason.getValue() == null || reason.getValue().isBlank()) {
                        reason.setInvalid(true);
                        reason.setErrorMessage(getTranslation("gate.reasonNeeded"));
                        return;
                    }
                    move(from, reason.getValue());
                });
        override.addThemeVariants(ButtonVariant.ERROR);
        override.setId("gate-override");
        add(reason, override);
    }

    private void move(LifecycleStage from, String overrideReason) {
        LifeCycle.Transition[] done = new LifeCycle.Transition[1];
        if (UiActions.attempt(this, () -> done[0] = lifeCycle.move(journeyId, from, note.getValue(), overrideReason))) {
            Notifications.success(getTranslation("gate.moved", stage(done[0].to())));
            note.clear();
            reason.clear();
            reason.setInvalid(false);
            moved.moved(done[0]);
        }
    }

    private String stage(LifecycleStage stage) {
        return getTranslation("stage." + stage.name());
    }
}
