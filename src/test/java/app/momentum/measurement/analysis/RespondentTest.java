package app.momentum.measurement.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Out-of-scale answers are import errors and are refused with a message naming respondent and field. */
class RespondentTest {

    private static final UUID MOMENT = UUID.randomUUID();

    @Test
    void recommendOutsideZeroToTenIsRefused() {
        assertThatThrownBy(() -> new Respondent("r7", Map.of(), 11, null, null, null, null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("respondent r7: recommend must be between 0 and 10 but was 11");
        assertThatThrownBy(() -> new Respondent("r7", Map.of(), -1, null, null, null, null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cxiItemsOutsideOneToFiveAreRefused() {
        assertThatThrownBy(() -> new Respondent("r1", Map.of(), 5, null, 0, null, null, Map.of()))
                .hasMessageContaining("cxiNeeds");
        assertThatThrownBy(() -> new Respondent("r1", Map.of(), 5, null, null, 6, null, Map.of()))
                .hasMessageContaining("cxiEasy");
        assertThatThrownBy(() -> new Respondent("r1", Map.of(), 5, null, null, null, 6, Map.of()))
                .hasMessageContaining("cxiEnjoyable");
    }

    @Test
    void momentSatisfactionOutsideOneToTenIsRefused() {
        assertThatThrownBy(() -> new Respondent("r1", Map.of(), 5, null, null, null, null, Map.of(MOMENT, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(MOMENT.toString());
        assertThatThrownBy(() -> new Respondent("r1", Map.of(), 5, null, null, null, null, Map.of(MOMENT, 11)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expectToStayAndWeightAreRangeChecked() {
        java.util.function.BiFunction<Integer, Double, Respondent> respondent = (stay, weight) -> new Respondent("r",
                Map.of(), 8, null, null, null, null, Map.of(), null, stay, Map.of(), weight);
        assertThat(respondent.apply(1, 1e-9).weight()).isEqualTo(1e-9);
        assertThat(respondent.apply(10, null).expectToStay()).isEqualTo(10);
        for (Integer stay : new Integer[] {0, 11}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> respondent.apply(stay, null))
                    .hasMessageContaining("expectToStay");
        }
        for (Double weight : new Double[] {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> respondent.apply(5, weight))
                    .hasMessageContaining("weight must be a positive number");
        }
    }

    @Test
    void boundariesBlanksAndMissingMapsAreAccepted() {
        assertThatCode(() -> new Respondent("r1", Map.of(), 0, 1, 1, 5, 5, Map.of(MOMENT, 1))).doesNotThrowAnyException();
        assertThatCode(() -> new Respondent("r1", Map.of(), 10, 7, 5, 1, 1, Map.of(MOMENT, 10)))
                .doesNotThrowAnyException();
        Map<UUID, Integer> blank = new HashMap<>();
        blank.put(MOMENT, null);
        Respondent respondent = new Respondent("r2", null, null, null, null, null, null, blank);
        assertThat(respondent.segments()).isEmpty();
        assertThat(respondent.momentSatisfaction()).as("a blank score means not experienced").isEmpty();
    }
}
