package app.momentum.maturity;

import app.momentum.base.csv.CsvExport;
import app.momentum.maturity.MaturityScans.ParticipantResult;
import app.momentum.maturity.MaturityScans.RoundResults;
import app.momentum.maturity.domain.Level;
import app.momentum.maturity.domain.MaturityScore;
import app.momentum.maturity.domain.MaturityScore.Inconsistency;
import app.momentum.maturity.domain.MaturityScore.LaterQuadrantAhead;
import app.momentum.maturity.domain.MaturityScore.UnclearExpert;
import app.momentum.maturity.domain.Part;
import app.momentum.maturity.domain.Quadrant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A round as CSV, written like the other exports: UTF-8 with a byte order mark (Excel), commas (semicolons for
 * Dutch, whose decimal separator is the comma), CRLF, quoted when needed, and every text cell a spreadsheet would run
 * as a formula (starting with =, +, -, @, tab or carriage return) neutralised with a leading apostrophe.
 */
final class MaturityCsv {

    private MaturityCsv() {
    }

    static byte[] write(String roundName, List<ParticipantResult> participants, Optional<RoundResults> results,
                        Locale locale, Function<String, String> translate) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(translate.apply("maturityScan.export.round"), roundName));
        rows.add(List.of());

        List<String> header = new ArrayList<>(List.of(translate.apply("maturityScan.export.participant"),
                translate.apply("maturityScan.export.email")));
        for (int statement = 1; statement <= Part.STATEMENTS; statement++) {
            header.add(String.valueOf(statement));
        }
        rows.add(header);
        for (ParticipantResult participant : participants) {
            List<String> row = new ArrayList<>(List.of(participant.participant().displayName(),
                    participant.participant().email()));
            for (int statement = 1; statement <= Part.STATEMENTS; statement++) {
                row.add(String.valueOf(participant.answers().get(statement).letter()));
            }
            rows.add(row);
        }
        if (results.isPresent()) {
            RoundResults round = results.get();
            List<String> means = new ArrayList<>(List.of(translate.apply("maturityScan.export.mean"), ""));
            for (int statement = 1; statement <= Part.STATEMENTS; statement++) {
                means.add(number(round.statementMeans().get(statement), 2, locale));
            }
            rows.add(means);
            rows.add(List.of());
            MaturityScore score = round.score();
            rows.add(List.of(translate.apply("maturityScan.export.part"), translate.apply("maturityScan.export.total"),
                    translate.apply("maturityScan.export.max")));
            for (Part part : Part.values()) {
                rows.add(List.of(translate.apply("maturityScan.export.part." + part.name()),
                        number(score.partTotals().get(part), 1, locale), String.valueOf(part.max())));
            }
            rows.add(List.of());
            rows.add(List.of(translate.apply("maturityScan.export.quadrant"), translate.apply("maturityScan.export.total"),
                    translate.apply("maturityScan.export.max"), translate.apply("maturityScan.export.level")));
            for (Quadrant quadrant : Quadrant.values()) {
                rows.add(List.of(quadrantName(quadrant, translate), number(score.quadrantTotals().get(quadrant), 1, locale),
                        String.valueOf(quadrant.max()), levelName(score.levels().get(quadrant), translate)));
            }
            rows.add(List.of());
            rows.add(List.of(translate.apply("maturityScan.export.formalStep"), score.formalStep().isPresent()
                    ? String.valueOf(score.formalStep().getAsInt()) : translate.apply("maturityScan.export.allSteps")));
            for (Inconsistency inconsistency : score.inconsistencies()) {
                rows.add(List.of(translate.apply("maturityScan.export.inconsistency"), describe(inconsistency, translate)));
            }
        }

        return CsvExport.write(rows, locale);
    }

    private static String describe(Inconsistency inconsistency, Function<String, String> translate) {
        return switch (inconsistency) {
            case LaterQuadrantAhead ahead -> quadrantName(ahead.later(), translate) + " ("
                    + levelName(ahead.laterLevel(), translate) + ") > " + quadrantName(ahead.earlier(), translate)
                    + " (" + levelName(ahead.earlierLevel(), translate) + ")";
            case UnclearExpert unclear -> quadrantName(unclear.quadrant(), translate) + ": "
                    + translate.apply("maturityScan.export.unclearExpert");
        };
    }

    private static String quadrantName(Quadrant quadrant, Function<String, String> translate) {
        return translate.apply("maturityScan.export.quadrant." + quadrant.name());
    }

    private static String levelName(Level level, Function<String, String> translate) {
        return translate.apply("maturityScan.export.level." + level.name());
    }

    private static String number(double value, int decimals, Locale locale) {
        return String.format(locale, "%." + decimals + "f", value);
    }
}
