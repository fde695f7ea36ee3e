package app.momentum.journey.csv;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.journey.MomentNature;
import app.momentum.journey.TargetLevel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the writer writes, the reader reads back as the same rows. */
class MomentCsvRoundTripTest {

    private static final ImportContext CONTEXT = new ImportContext(
            List.of("Oriëntatie", "Schade melden", "=Formule-fase"),
            List.of("Telefoon", "Website, app", "-min-kanaal"),
            List.of("Zorg", "Moed", "@Helderheid"),
            List.of("Schadeteam", "+Plus"),
            false);

    static List<MomentRow> rows() {
        List<MomentRow> rows = new ArrayList<>();
        rows.add(new MomentRow("Oriëntatie", "Eerste indruk", "Zoekt \"verzekering\" op", "Wat kost dat; echt?",
                "Nieuwsgierig,\nmaar ook een beetje ongerust", "Website, app", null, MomentNature.FUNCTIONAL,
                TargetLevel.SEVEN_PLUS, false, true, List.of("Zorg"), "Duidelijke prijs", "CONTROL", 0, 1, null,
                null, "Schadeteam"));
        rows.add(new MomentRow("Schade melden", "=SUM(A1)", "-start", "+31 20 123 4567", "@iedereen",
                "-min-kanaal", "De notaris", MomentNature.EMOTIONAL, TargetLevel.NINE_PLUS, true, true,
                List.of("Zorg", "Moed", "@Helderheid"), "'=al een quote", "Eigen driver", -3, 3,
                "Belt binnen het uur terug", "Elke keer, bij iedere klant", "+Plus"));
        rows.add(new MomentRow("=Formule-fase", "Emoji 🚀 en € en é", null, null, null, null, null, null, null,
                false, false, List.of(), null, null, -2, null, null, null, null));
        rows.add(new MomentRow("Schade melden", "Regels\nmet\nenters", "\"helemaal tussen quotes\"", "'", "''",
                "Telefoon", null, MomentNature.EMOTIONAL, TargetLevel.SEVEN_PLUS, false, false, List.of(), null,
                null, null, 2, null, null, null));
        return rows;
    }

    @ParameterizedTest
    @ValueSource(chars = {',', ';'})
    void writeThenReadGivesTheSameRows(char delimiter) {
        byte[] file = new MomentCsvWriter().write(rows(), delimiter);

        ImportResult result = new MomentCsvReader().read(file, CONTEXT);

        assertThat(result.errors()).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(result.newPhases()).isEmpty();
        assertThat(result.rows()).containsExactlyElementsOf(rows());
    }

    @ParameterizedTest
    @ValueSource(chars = {',', ';'})
    void writeThenReadTwoThousandRows(char delimiter) {
        List<MomentRow> many = new ArrayList<>();
        for (int i = 0; i < MomentCsvReader.MAX_ROWS; i++) {
            many.add(rows().get(i % 4));
        }

        ImportResult result = new MomentCsvReader().read(new MomentCsvWriter().write(many, delimiter), CONTEXT);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).isEqualTo(many);
    }
}
