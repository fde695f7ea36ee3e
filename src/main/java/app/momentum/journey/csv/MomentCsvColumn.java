package app.momentum.journey.csv;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a moment CSV file, in the order {@link MomentCsvWriter} writes them. Header names are fixed English
 * names; {@link MomentCsvReader} matches them ignoring case and surrounding spaces.
 */
public enum MomentCsvColumn {
    PHASE("phase", 100),
    TITLE("title", 200),
    CUSTOMER_DOES("customer_does", 2000),
    CUSTOMER_THINKS("customer_thinks", 2000),
    CUSTOMER_FEELS("customer_feels", 2000),
    CHANNEL("channel", 200),
    OTHER_PARTY("other_party", 200),
    NATURE("nature", 0),
    TARGET("target", 0),
    MOMENT_OF_TRUTH("moment_of_truth", 0),
    BRAND_MOMENT("brand_moment", 0),
    BRAND_VALUES("brand_values", 2000),
    EXPECTATION("expectation", 2000),
    DEEP_DRIVER("deep_driver", 100),
    CURRENT_EMOTION("current_emotion", 0),
    DESIRED_EMOTION("desired_emotion", 0),
    EXCEEDS_EXPECTATION("exceeds_expectation", 2000),
    REPEATABILITY("repeatability", 2000),
    OWNER_DISCIPLINE("owner_discipline", 2000);

    private final String header;
    private final int maxLength;

    MomentCsvColumn(String header, int maxLength) {
        this.header = header;
        this.maxLength = maxLength;
    }

    /** The header name as written to and expected in a file, e.g. {@code customer_does}. */
    public String header() {
        return header;
    }

    /**
     * The longest value allowed, in characters (code points), for free-text and name columns; 0 for columns with a
     * fixed set of values (nature, target, booleans, emotions), which are checked by value instead.
     */
    public int maxLength() {
        return maxLength;
    }

    /** Whether an import file must have this column (only {@code phase} and {@code title}). */
    public boolean required() {
        return this == PHASE || this == TITLE;
    }

    /**
     * Whether the column holds text a user typed (or a name), which the writer neutralises against spreadsheet formula
     * injection; false for nature, target, booleans and emotions, whose values the writer produces itself.
     */
    public boolean text() {
        return maxLength > 0;
    }

    /** The column with this header name, ignoring case and surrounding spaces. */
    public static Optional<MomentCsvColumn> byHeader(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.strip().toLowerCase(Locale.ROOT);
        for (MomentCsvColumn column : values()) {
            if (column.header.equals(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
