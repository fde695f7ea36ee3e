package app.momentum.api;

import app.momentum.measurement.analysis.MomentResult;
import app.momentum.measurement.analysis.SegmentResult;
import app.momentum.measurement.SurveyImports.SurveyResult;
import app.momentum.measurement.survey.SurveyImportService.ImportSummary;
import java.time.Instant;
import java.time.LocalDate;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The API's view of survey imports and their analysis. Unknown figures are {@code null}, never NaN. */
final class SurveyJson {

    private SurveyJson() {
    }

    static Double number(double value) {
        return Double.isNaN(value) ? null : value;
    }

    /** An import without its figures, for lists. */
    record SurveySummary(UUID id, UUID journeyId, String fileName, LocalDate fieldedOn, int respondents,
                         Instant importedAt) {
        static SurveySummary of(ImportSummary survey) {
            return new SurveySummary(survey.id(), survey.journeyId(), survey.fileName(), survey.fieldedOn(),
                    survey.respondents() == null ? 0 : survey.respondents(), survey.importedAt());
        }
    }

    /** NPS (−100…+100) with its 95 % interval over {@code n} answers. */
    record Nps(Double value, Double lower95, Double upper95, int n) {
        static Nps of(app.momentum.measurement.analysis.NpsResult nps) {
            return new Nps(number(nps.nps()), number(nps.lower95()), number(nps.upper95()), nps.n());
        }
    }

    record MomentJson(UUID id, String title, int experienced, Double frequency, Double meanSatisfaction,
                      Double shareNineTen, Double shareSixOrLower, Double impact, int impactN, boolean reliable,
                      String quadrant, boolean targetMet, Double priority) {
        static MomentJson of(MomentResult m) {
            return new MomentJson(m.momentId(), m.title(), m.experienced(), number(m.frequency()),
                    number(m.meanSatisfaction()), number(m.shareNineTen()), number(m.shareSixOrLower()),
                    number(m.impact()), m.impactN(), m.reliable(), m.quadrant() == null ? null : m.quadrant().name(),
                    m.targetMet(), number(m.priority()));
        }
    }

    record SegmentJson(String column,
                       @Schema(description = "What the column is called, chosen when it was mapped; the column when none was")
                       String label,
                       String value, int respondents, Nps nps, Double cxi) {
    }

    /** The whole analysis: overall figures, each segment value's NPS, and per moment the matrix figures. */
    record Analysis(UUID id, UUID journeyId, String fileName, LocalDate fieldedOn, int respondents, Nps nps, Double cxi,
                    Double meanEffort, String impactOn, List<SegmentJson> segments, List<MomentJson> moments) {
        static Analysis of(SurveyResult stored) {
            SegmentResult overall = stored.result().overall();
            List<SegmentJson> segments = new ArrayList<>();
            stored.result().bySegment().forEach((column, values) -> values.forEach((value, group) ->
                    segments.add(new SegmentJson(column, stored.segmentLabel(column), value, group.respondents(), Nps.of(group.nps()),
                            number(group.cxi())))));
            ImportSummary survey = stored.summary();
            return new Analysis(survey.id(), survey.journeyId(), survey.fileName(), survey.fieldedOn(),
                    overall.respondents(), Nps.of(overall.nps()), number(overall.cxi()), number(overall.meanEffort()),
                    survey.impactOn().name(), segments, overall.moments().stream().map(MomentJson::of).toList());
        }
    }
}
