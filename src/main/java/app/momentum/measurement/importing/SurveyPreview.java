package app.momentum.measurement.importing;

import org.springframework.modulith.NamedInterface;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/**
 * What the mapping step needs to know about an uploaded survey file: its headers and a few rows to recognise the
 * columns by, read without holding the whole file.
 *
 * @param headers    column headers, trimmed
 * @param sampleRows up to {@link SurveyPipeline#SAMPLE_ROWS} data rows, each as wide as the header
 * @param charset    the encoding the file is read with (UTF-8 for XLSX)
 * @param delimiter  the CSV field separator; {@code 0} for XLSX
 * @param xlsx       whether the file is an XLSX workbook
 */
@NamedInterface("survey-import")
public record SurveyPreview(List<String> headers, List<List<String>> sampleRows, Charset charset, char delimiter,
                            boolean xlsx) {

    public SurveyPreview {
        headers = List.copyOf(headers);
        sampleRows = sampleRows.stream().<List<String>>map(List::copyOf).toList();
        Objects.requireNonNull(charset, "charset");
    }
}
