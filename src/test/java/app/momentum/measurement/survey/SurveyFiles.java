package app.momentum.measurement.survey;

import app.momentum.measurement.importing.ColumnAssignment;
import app.momentum.measurement.importing.ColumnMapping;
import app.momentum.measurement.importing.ColumnRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Small survey files and mappings shared by the journey-mining tests (the figures are worked out by hand). */
public final class SurveyFiles {

    /**
     * Four respondents, two moments. Welcome: scored by all, mean 6.75; First bill: scored by three, mean 5.0.
     * NPS 0 (two promoters, two detractors); North +100, South −100.
     */
    public static final String FOUR_RESPONDENTS = """
            Respondent;Region;NPS;Welcome;First bill
            r1;North;10;9;8
            r2;North;9;8;
            r3;South;3;4;2
            r4;South;6;6;5
            """;

    /**
     * Ten respondents, the same two moments. Welcome scored 8 by all; First bill scored by five (e1–e5), whose
     * recommend is 10, 9, 8, 6, 3 against 10, 10, 9, 9, 7 of the five who did not get it: NPS 0 against +80, mean
     * 7.2 against 9.0 — the experience effect of First bill is a point-biserial r of −0.4247 (see
     * {@code SurveyAnalysisTest}, where the same answers are worked out by hand), its satisfaction driver +0.5057.
     */
    public static final String TEN_RESPONDENTS = """
            Respondent;Region;NPS;Welcome;First bill
            e1;North;10;8;4
            e2;North;9;8;5
            e3;South;8;8;6
            e4;South;6;8;5
            e5;South;3;8;3
            n1;North;10;8;
            n2;North;10;8;
            n3;South;9;8;
            n4;North;9;8;
            n5;South;7;8;
            """;

    private SurveyFiles() {
    }

    /** The CSV in a temp file, as an upload would leave it. */
    /** Twelve respondents; Honest is how strongly each experiences the brand value "Honest" (1–5): the hand-computed
     * survey of BrandValueImpactTest (Welcome's driver r = 0.94918, experience effect r = 0.62470). */
    public static final String TWELVE_WITH_BRAND_VALUE = """
            Respondent;NPS;Welcome;First bill;Honest
            r1;9;9;;5
            r2;8;8;;4
            r3;7;7;;4
            r4;6;6;;3
            r5;5;5;;2
            r6;8;8;;5
            r7;7;;6;3
            r8;6;;5;2
            r9;9;;7;3
            r10;8;;4;2
            r11;7;;6;3
            r12;6;;5;2
            """;

    public static Path write(String csv) {
        try {
            Path file = Files.createTempFile("survey", ".csv");
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Respondent" as the id, "NPS" as recommend, the given moment columns and segment columns. */
    public static ColumnMapping mapping(Map<String, UUID> momentColumns, String... segmentHeaders) {
        Map<String, ColumnAssignment> mapping = new LinkedHashMap<>();
        mapping.put("Respondent", ColumnAssignment.of(ColumnRole.RESPONDENT_ID));
        for (String segment : segmentHeaders) {
            mapping.put(segment, ColumnAssignment.of(ColumnRole.SEGMENT));
        }
        mapping.put("NPS", ColumnAssignment.of(ColumnRole.RECOMMEND));
        momentColumns.forEach((header, moment) -> mapping.put(header, ColumnAssignment.moment(moment)));
        return new ColumnMapping(mapping);
    }
}
