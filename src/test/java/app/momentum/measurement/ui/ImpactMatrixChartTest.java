package app.momentum.measurement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.measurement.analysis.AnalysisSettings;
import app.momentum.measurement.analysis.Difference;
import app.momentum.measurement.analysis.ExperienceEffect;
import app.momentum.measurement.analysis.Impact;
import app.momentum.measurement.analysis.ImpactMethod;
import app.momentum.measurement.analysis.MomentResult;
import app.momentum.measurement.analysis.Quadrant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The impact matrix options: what is placed where, how big, and that user text stays text. */
class ImpactMatrixChartTest {

    static final ImpactMatrixChart.Labels LABELS = new ImpactMatrixChart.Labels(Locale.ENGLISH,
            (key, args) -> key + (args.length == 0 ? "" : Arrays.toString(args)));

    @Test
    void placesEachMeasuredMomentBySatisfactionAndImpactSizedByFrequency() {
        MomentResult often = moment("Welcome {b}", 0.9, 8.2, 0.41, Quadrant.HIGH_SATISFACTION_POSITIVE_IMPACT, true);
        MomentResult rare = moment("Complaint", 0.1, 4.5, -0.2, Quadrant.LOW_SATISFACTION_NEGATIVE_IMPACT, false);
        MomentResult unscored = moment("Never asked", 0.0, Double.NaN, Double.NaN, null, false);

        JsonNode option = ImpactMatrixChart.options(List.of(often, rare, unscored), AnalysisSettings.defaults(), LABELS)
                .build();

        JsonNode data = option.get("series").get(0).get("data");
        assertThat(data).hasSize(2);
        assertThat(data.get(0).get("id").asString()).isEqualTo(often.momentId().toString());
        assertThat(data.get(0).get("value").get(0).asDouble()).isEqualTo(8.2);
        assertThat(data.get(0).get("value").get(1).asDouble()).isEqualTo(0.41);
        assertThat(data.get(0).get("symbolSize").asInt()).isGreaterThan(data.get(1).get("symbolSize").asInt());
        assertThat(data.get(0).get("itemStyle").get("color").asString()).isEqualTo("#15803d");
        assertThat(data.get(1).get("itemStyle").get("color").asString()).isEqualTo("#b91c1c");
        // an unreliable impact is drawn fainter
        assertThat(data.get(1).get("itemStyle").get("opacity").asDouble())
                .isLessThan(data.get(0).get("itemStyle").get("opacity").asDouble());
        // the quadrant lines sit at the thresholds
        JsonNode lines = option.get("series").get(0).get("markLine").get("data");
        assertThat(lines.get(0).get("xAxis").asDouble()).isEqualTo(7.0);
        assertThat(lines.get(1).get("yAxis").asDouble()).isEqualTo(0.0);
        // the axis starts one below the lowest mean
        assertThat(option.get("xAxis").get("min").asInt()).isEqualTo(3);
    }

    @Test
    void tooltipsAreRichTextAndTitlesCannotBecomeTemplates() {
        MomentResult braces = moment("<b>Welcome</b> {b}", 0.9, 8.2, 0.41, Quadrant.HIGH_SATISFACTION_POSITIVE_IMPACT, true);

        JsonNode option = ImpactMatrixChart.options(List.of(braces), AnalysisSettings.defaults(), LABELS).build();

        assertThat(option.get("tooltip").get("renderMode").asString()).isEqualTo("richText");
        String tooltip = option.get("series").get(0).get("data").get(0).get("tooltip").get("formatter").asString();
        assertThat(tooltip).contains("<b>Welcome</b> ｛b｝").doesNotContain("{b}");
    }

    @Test
    void overlappingLabelsMoveApartWithALineToTheirBubbleInsteadOfDisappearing() {
        MomentResult report = moment("Storing melden", 0.6, 5.1, 0.30, Quadrant.LOW_SATISFACTION_POSITIVE_IMPACT, true);
        MomentResult visit = moment("Monteur aan huis", 0.5, 5.2, 0.31, Quadrant.LOW_SATISFACTION_POSITIVE_IMPACT, true);

        JsonNode series = ImpactMatrixChart.options(List.of(report, visit), AnalysisSettings.defaults(), LABELS)
                .build().get("series").get(0);

        assertThat(series.get("label").get("show").asBoolean()).isTrue();
        assertThat(series.get("labelLayout").get("hideOverlap").asBoolean()).isFalse();
        assertThat(series.get("labelLayout").get("moveOverlap").asString()).isEqualTo("shiftY");
        assertThat(series.get("labelLine").get("show").asBoolean()).isTrue();
        // ECharts moves labels by the line height it knows: given, it does not depend on the fonts installed
        assertThat(series.get("label").get("lineHeight").asInt())
                .isGreaterThan(series.get("label").get("fontSize").asInt());
        assertThat(series.get("label").get("overflow").asString()).isEqualTo("break");
        assertThat(series.get("label").get("width").asInt()).isEqualTo(ImpactMatrixChart.LABEL_WIDTH);
    }

    @Test
    void labelsOfBubblesNearTheRightEdgeGoToTheirLeft() {
        MomentResult low = moment("Low", 0.6, 5.0, 0.30, Quadrant.LOW_SATISFACTION_POSITIVE_IMPACT, true);
        MomentResult middle = moment("Middle", 0.6, 8.5, 0.30, Quadrant.HIGH_SATISFACTION_POSITIVE_IMPACT, true);
        MomentResult high = moment("High", 0.6, 8.51, 0.30, Quadrant.HIGH_SATISFACTION_POSITIVE_IMPACT, true);

        JsonNode data = ImpactMatrixChart.options(List.of(low, middle, high), AnalysisSettings.defaults(), LABELS)
                .build().get("series").get(0).get("data");

        // the axis runs from 4 to 10: its right quarter starts at 8.5
        assertThat(data.get(0).has("label")).isFalse();
        assertThat(data.get(1).has("label")).isFalse();
        assertThat(data.get(2).get("label").get("position").asString()).isEqualTo("left");
        assertThat(ImpactMatrixChart.labelGoesLeft(7.76, 1)).isTrue();
        assertThat(ImpactMatrixChart.labelGoesLeft(7.75, 1)).isFalse();
    }

    @Test
    void theChartIsHighEnoughForEveryLabelInOneColumn() {
        MomentResult shortTitle = moment("Bill", 0.6, 5.0, 0.30, Quadrant.LOW_SATISFACTION_POSITIVE_IMPACT, true);
        assertThat(ImpactMatrixChart.height(List.of(shortTitle))).isEqualTo(ImpactMatrixChart.MIN_HEIGHT);
        assertThat(ImpactMatrixChart.labelLines("Bill")).isEqualTo(1);
        assertThat(ImpactMatrixChart.labelLines("")).isEqualTo(1);
        assertThat(ImpactMatrixChart.labelLines(null)).isEqualTo(1);
        // about 25 characters fit a line of 160 px
        assertThat(ImpactMatrixChart.labelLines("x".repeat(24))).isEqualTo(1);
        assertThat(ImpactMatrixChart.labelLines("x".repeat(25))).isEqualTo(2);
        assertThat(ImpactMatrixChart.labelLines("x".repeat(100))).isEqualTo(5);

        List<MomentResult> many = java.util.stream.IntStream.range(0, 40).mapToObj(i -> moment("Moment " + i, 0.5,
                7.0, 0.3, Quadrant.HIGH_SATISFACTION_POSITIVE_IMPACT, true)).toList();
        // 40 one-line labels of 14 px and a margin of 48 px above and below
        assertThat(ImpactMatrixChart.height(many)).isEqualTo(40 * 14 + 96);
        // moments that are not drawn take no room
        MomentResult unscored = moment("Never asked", 0.0, Double.NaN, Double.NaN, null, false);
        List<MomentResult> withUnscored = new java.util.ArrayList<>(many);
        java.util.stream.IntStream.range(0, 20).forEach(i -> withUnscored.add(unscored));
        assertThat(ImpactMatrixChart.height(withUnscored)).isEqualTo(40 * 14 + 96);
    }

    @Test
    void bubblesStayClickableAndBounded() {
        assertThat(ImpactMatrixChart.bubbleSize(0)).isEqualTo(12);
        assertThat(ImpactMatrixChart.bubbleSize(1)).isEqualTo(48);
        assertThat(ImpactMatrixChart.bubbleSize(7)).isEqualTo(48);
        assertThat(ImpactMatrixChart.bubbleSize(0.25)).isEqualTo(30);
    }

    private static MomentResult moment(String title, double frequency, double mean, double impact, Quadrant quadrant,
                                       boolean reliable) {
        Impact driver = new Impact(impact, reliable ? 40 : 8, Difference.UNKNOWN, reliable, quadrant, 1.0);
        return new MomentResult(UUID.randomUUID(), title, 10, frequency, mean, 0.3, 0.2, driver,
                ExperienceEffect.NONE, ImpactMethod.SATISFACTION_DRIVER, false);
    }
}
