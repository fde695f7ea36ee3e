package app.momentum.maturity.ui;

import app.momentum.maturity.MaturityScans.ParticipantResult;
import app.momentum.maturity.MaturityScans.RoundResults;
import app.momentum.maturity.domain.Answer;
import app.momentum.maturity.domain.MaturityScore;
import app.momentum.maturity.domain.MaturityScore.Advice;
import app.momentum.maturity.domain.MaturityScore.Inconsistency;
import app.momentum.maturity.domain.MaturityScore.LaterQuadrantAhead;
import app.momentum.maturity.domain.MaturityScore.UnclearExpert;
import app.momentum.maturity.domain.Part;
import app.momentum.maturity.domain.Quadrant;
import app.momentum.maturity.domain.StatementScores.Spread;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A round's results: the compass and, beside it, the same in words (quadrant totals with maximum and level, the
 * ten part totals, the formal strategy step, inconsistencies, advice per quadrant), where participants disagree
 * most, and each participant's own result through a select.
 */
class MaturityResultsPanel extends VerticalLayout {

    /** How many statements "where participants disagree most" lists. */
    static final int DISAGREEMENT_SHOWN = 5;

    private final Div scoreArea = new Div();

    MaturityResultsPanel(RoundResults results) {
        setPadding(false);
        setId("maturity-results");
        H2 title = new H2(getTranslation("maturityScan.results.title"));

        Select<ParticipantResult> whose = new Select<>();
        whose.setId("maturity-participant");
        whose.setLabel(getTranslation("maturityScan.results.whose"));
        whose.setItems(results.participants());
        whose.setEmptySelectionAllowed(true);
        whose.setEmptySelectionCaption(getTranslation("maturityScan.results.round"));
        whose.setItemLabelGenerator(p -> p == null ? getTranslation("maturityScan.results.round")
                : p.participant().displayName());
        whose.setWidth("20rem");
        whose.addValueChangeListener(e -> showScore(e.getValue() == null ? results.score() : e.getValue().score()));

        Paragraph basis = new Paragraph(getTranslation("maturityScan.results.basis", results.summary().submitted(),
                results.summary().participants()));
        basis.setId("maturity-basis");
        add(title, basis, whose, scoreArea);
        scoreArea.setWidthFull();
        showScore(results.score());
        add(disagreement(results.disagreement()));
    }

    private void showScore(MaturityScore score) {
        scoreArea.removeAll();
        CompassChart compass = new CompassChart(score);
        compass.setMinWidth("18rem");
        VerticalLayout words = new VerticalLayout(quadrantTotals(score), bandsNote(), formalStep(score),
                inconsistencies(score));
        words.setPadding(false);
        words.setSpacing(false);
        words.setMinWidth("18rem");
        HorizontalLayout top = new HorizontalLayout(compass, words);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.START);
        top.addClassName("stack-on-narrow");
        top.setFlexGrow(1, compass);
        top.setFlexGrow(1, words);
        scoreArea.add(top, partTotals(score), advice(score));
    }

    private Component quadrantTotals(MaturityScore score) {
        Locale locale = getLocale();
        UnorderedList list = new UnorderedList();
        list.setId("maturity-quadrant-totals");
        for (Quadrant quadrant : Quadrant.values()) {
            ListItem item = new ListItem(getTranslation("maturityScan.results.quadrantTotal",
                    MaturityLabels.quadrant(this, quadrant),
                    MaturityLabels.oneDecimal(score.quadrantTotals().get(quadrant), locale), quadrant.max(),
                    MaturityLabels.level(this, score.levels().get(quadrant))));
            item.setId("maturity-quadrant-" + quadrant.name().toLowerCase(Locale.ROOT));
            list.add(item);
        }
        return section("maturityScan.results.quadrants", list);
    }

    private Component bandsNote() {
        Paragraph note = new Paragraph(getTranslation("maturityScan.results.bandsNote"));
        note.setId("maturity-bands-note");
        note.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return note;
    }

    private Component formalStep(MaturityScore score) {
        Paragraph step = new Paragraph(score.formalStep().isPresent()
                ? getTranslation("maturityScan.results.formalStep", score.formalStep().getAsInt(),
                MaturityLabels.part(this, Part.of(score.formalStep().getAsInt())))
                : getTranslation("maturityScan.results.formalStepAll"));
        step.setId("maturity-formal-step");
        Paragraph provisional = new Paragraph(getTranslation("maturityScan.results.provisional",
                java.util.Arrays.stream(Quadrant.values()).map(q -> MaturityLabels.quadrant(this, q) + " "
                        + MaturityLabels.level(this, score.levels().get(q)).toLowerCase(getLocale()))
                        .collect(java.util.stream.Collectors.joining(", "))));
        provisional.setId("maturity-provisional");
        Paragraph why = new Paragraph(getTranslation("maturityScan.results.formalStepWhy"));
        why.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return section("maturityScan.results.placement", provisional, step, why);
    }

    private Component inconsistencies(MaturityScore score) {
        Div body = new Div();
        body.setId("maturity-inconsistencies");
        if (score.inconsistencies().isEmpty()) {
            body.add(new Paragraph(getTranslation("maturityScan.results.noInconsistencies")));
        } else {
            UnorderedList list = new UnorderedList();
            for (Inconsistency inconsistency : score.inconsistencies()) {
                list.add(new ListItem(inWords(inconsistency)));
            }
            body.add(list);
        }
        return section("maturityScan.results.inconsistencies", body);
    }

    String inWords(Inconsistency inconsistency) {
        return switch (inconsistency) {
            case LaterQuadrantAhead ahead -> getTranslation("maturityScan.results.laterAhead",
                    MaturityLabels.quadrant(this, ahead.later()), MaturityLabels.level(this, ahead.laterLevel()),
                    MaturityLabels.quadrant(this, ahead.earlier()), MaturityLabels.level(this, ahead.earlierLevel()));
            case UnclearExpert expert -> getTranslation("maturityScan.results.unclearExpert",
                    MaturityLabels.quadrant(this, expert.quadrant()),
                    MaturityLabels.part(this, expert.quadrant().strategy()),
                    Math.round(expert.strategyShare() * 100), Math.round(expert.quadrantShare() * 100));
        };
    }

    private Component partTotals(MaturityScore score) {
        Locale locale = getLocale();
        UnorderedList list = new UnorderedList();
        list.setId("maturity-part-totals");
        list.getStyle().set("columns", "2 18rem");
        for (Part part : Part.values()) {
            list.add(new ListItem(getTranslation("maturityScan.results.partTotal", MaturityLabels.part(this, part),
                    part.first(), part.last(), MaturityLabels.oneDecimal(score.partTotals().get(part), locale),
                    part.max())));
        }
        return section("maturityScan.results.parts", list);
    }

    private Component advice(MaturityScore score) {
        Div body = new Div();
        body.setId("maturity-advice");
        for (Quadrant quadrant : Quadrant.values()) {
            Advice advice = score.advice().get(quadrant);
            H4 heading = new H4(MaturityLabels.quadrant(this, quadrant));
            Paragraph focus = new Paragraph(getTranslation("maturityScan.results.focusFirst",
                    MaturityLabels.parts(this, advice.focusFirst())));
            body.add(heading, focus);
            if (!advice.statements().isEmpty()) {
                UnorderedList statements = new UnorderedList();
                advice.statements().forEach(s -> statements.add(new ListItem(numbered(s))));
                body.add(new Paragraph(getTranslation("maturityScan.results.workOn")), statements);
            }
            if (!advice.toFindOut().isEmpty()) {
                UnorderedList findOut = new UnorderedList();
                advice.toFindOut().forEach(s -> findOut.add(new ListItem(numbered(s))));
                body.add(new Paragraph(getTranslation("maturityScan.results.toFindOut")), findOut);
            }
        }
        return section("maturityScan.results.advice", body);
    }

    private Component disagreement(List<Spread> spreads) {
        Div body = new Div();
        body.setId("maturity-disagreement");
        List<Spread> shown = new ArrayList<>(spreads.stream().filter(s -> s.highest() > s.lowest())
                .limit(DISAGREEMENT_SHOWN).toList());
        if (shown.isEmpty()) {
            body.add(new Paragraph(getTranslation(spreads.isEmpty() ? "maturityScan.results.disagreementOne"
                    : "maturityScan.results.disagreementNone")));
        } else {
            body.add(new Paragraph(getTranslation("maturityScan.results.disagreementIntro")));
            UnorderedList list = new UnorderedList();
            for (Spread spread : shown) {
                list.add(new ListItem(getTranslation("maturityScan.results.spread", numbered(spread.statement()),
                        MaturityLabels.oneDecimal(spread.standardDeviation(), getLocale()),
                        letter(spread.lowest()), letter(spread.highest()))));
            }
            body.add(list);
        }
        return section("maturityScan.results.disagreement", body);
    }

    private String letter(int points) {
        return MaturityLabels.answer(this, Answer.values()[points]);
    }

    private String numbered(int statement) {
        return statement + ". " + MaturityLabels.statement(this, statement);
    }

    private Component section(String titleKey, Component... content) {
        Div section = new Div(new H3(getTranslation(titleKey)));
        section.add(content);
        section.setWidthFull();
        return section;
    }
}
