package app.momentum.measurement.ui;

import app.momentum.base.UserFacingException;
import app.momentum.base.ui.Notifications;
import app.momentum.journey.JourneyLookup;
import app.momentum.journey.JourneyLookup.MomentRef;
import app.momentum.measurement.gap.MomentEstimate;
import app.momentum.measurement.gap.PerceptionGap;
import app.momentum.measurement.PerceptionGapService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The perception gap of one survey: intended level, the owner's estimate made before the results, the measured
 * mean, with overestimates and moments below their design highlighted (in words, not only colour). Owners enter
 * their estimate for the next survey in the last column.
 */
class PerceptionGapPanel extends VerticalLayout {

    private final transient PerceptionGapService gaps;
    private final Map<UUID, MomentRef> moments;
    private final Map<UUID, MomentEstimate> next;

    PerceptionGapPanel(PerceptionGapService gaps, JourneyLookup journeys, UUID journeyId, UUID importId) {
        this.gaps = gaps;
        this.moments = journeys.momentsInMapOrder(journeyId).stream().collect(Collectors.toMap(MomentRef::id, Function.identity()));
        this.next = gaps.latestEstimates(journeyId);
        setId("perception-gap");
        setPadding(false);
        setWidthFull();
        Grid<PerceptionGap> grid = new Grid<>();
        grid.setId("gap-table");
        grid.addColumn(PerceptionGap::title).setHeader(getTranslation("mining.col.moment")).setFlexGrow(1)
                .setAutoWidth(true);
        grid.addColumn(g -> g.intended() + "+").setHeader(getTranslation("gap.col.intended")).setWidth("7rem")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(g -> decimal(g.estimate())).setHeader(getTranslation("gap.col.estimate")).setWidth("9rem")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(g -> decimal(g.measured())).setHeader(getTranslation("gap.col.measured")).setWidth("8rem")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(this::highlights).setHeader(getTranslation("gap.col.gap")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::nextEstimate).setHeader(getTranslation("gap.col.next")).setWidth("13rem")
                .setFlexGrow(0);
        grid.setItems(gaps.gaps(importId));
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("gap.intro")), grid);
    }

    private Div highlights(PerceptionGap gap) {
        Div cell = new Div();
        cell.addClassName("gap-highlights");
        if (!Double.isNaN(gap.estimateGap())) {
            cell.add(new Span(signed(gap.estimateGap()) + " "));
        }
        if (gap.overestimated()) {
            Badge over = new Badge(getTranslation("gap.overestimated", decimal(gap.estimateGap())));
            over.addThemeVariants(BadgeVariant.WARNING);
            over.addClassName("gap-overestimated");
            cell.add(over);
        }
        if (gap.belowIntent()) {
            Badge below = new Badge(getTranslation("gap.belowIntent", gap.intended()));
            below.addThemeVariants(BadgeVariant.ERROR);
            below.addClassName("gap-below-intent");
            cell.add(below);
        }
        return cell;
    }

    private BigDecimalField nextEstimate(PerceptionGap gap) {
        BigDecimalField field = new BigDecimalField();
        field.setId("gap-next-" + gap.momentId());
        field.setAriaLabel(getTranslation("gap.col.next") + ": " + gap.title());
        field.setPlaceholder("1–10");
        field.setWidthFull();
        MomentEstimate current = next.get(gap.momentId());
        if (current != null) {
            field.setValue(current.getEstimate());
        }
        MomentRef moment = moments.get(gap.momentId());
        field.setReadOnly(moment == null || !gaps.mayEstimate(moment));
        // saved when the user leaves the field or presses Enter, like a spreadsheet cell
        field.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                save(field, gap, e.getValue());
            }
        });
        field.addKeyPressListener(Key.ENTER, e -> field.blur());
        return field;
    }

    private void save(BigDecimalField field, PerceptionGap gap, BigDecimal value) {
        try {
            gaps.estimate(gap.momentId(), value);
            field.setInvalid(false);
            Notifications.success(getTranslation("gap.saved", gap.title()));
        } catch (UserFacingException refused) {
            field.setErrorMessage(Notifications.message(this, refused));
            field.setInvalid(true);
        }
    }

    private String decimal(double value) {
        if (Double.isNaN(value)) {
            return getTranslation("gap.none");
        }
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private String signed(double value) {
        return (value > 0 ? "+" : "") + decimal(value);
    }
}
