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

    private SurveyFiles() {
    }

    /** The CSV in a temp file, as an upload would leave it. */
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
