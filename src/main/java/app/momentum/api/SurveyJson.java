package app.momentum.api;

import app.momentum.measurement.analysis.CxiResult;
import app.momentum.measurement.analysis.BrandMomentImpact;
import app.momentum.measurement.analysis.BrandValueResult;
import app.momentum.measurement.analysis.Difference;
import app.momentum.measurement.analysis.ExperienceEffect;
import app.momentum.measurement.analysis.Impact;
import app.momentum.measurement.analysis.ImpactMethod;
import app.momentum.measurement.analysis.MomentResult;
import app.momentum.measurement.analysis.SegmentResult;
import app.momentum.measurement.SurveyImports.SurveyResult;
import app.momentum.measurement.importing.ColumnRole;
import app.momentum.measurement.survey.SurveyImportService;
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

    /** A value with its 95 % interval; all null when unknown. */
    record Interval(Double value, Double lower95, Double upper95) {
        static Interval of(Difference difference) {
            return new Interval(number(difference.value()), number(difference.lower95()), number(difference.upper95()));
        }
    }

    /** A moment's impact by one method, with the quadrant and priority it gives. */
    record ImpactJson(
            @Schema(description = "a correlation, -1..1: Pearson r (satisfaction driver) or point-biserial r (experience effect)")
            Double value,
            @Schema(description = "the 95 % interval of the value (Fisher z)") Double lower95, Double upper95,
            @Schema(description = "respondents it is computed over") int n,
            @Schema(description = "n at least the tenant's minimum and an interval that excludes 0") boolean reliable,
            String quadrant,
            @Schema(description = PRIORITY) Double priority) {
        static ImpactJson of(Impact impact) {
            return new ImpactJson(number(impact.value()), number(impact.interval().lower95()),
                    number(impact.interval().upper95()), impact.n(), impact.reliable(),
                    impact.quadrant() == null ? null : impact.quadrant().name(), number(impact.priority()));
        }
    }

    /** The KPI of one group of respondents. */
    record KpiGroupJson(int n, Double mean, @Schema(description = "when the KPI is recommendation") Double nps) {
        static KpiGroupJson of(ExperienceEffect.KpiGroup group) {
            return new KpiGroupJson(group.n(), number(group.mean()), number(group.nps()));
        }
    }

    /** The KPI of respondents who experienced the moment against those who did not. */
    record ExperienceEffectJson(KpiGroupJson experienced, KpiGroupJson notExperienced,
                                @Schema(description = "NPS of those who experienced it minus the others', with 95 % interval; null unless the KPI is recommendation")
                                Interval npsDifference,
                                @Schema(description = "mean KPI answer of those who experienced it minus the others' (Welch 95 % interval)")
                                Interval meanDifference,
                                ImpactJson impact,
                                @Schema(description = "why the effect is unknown: EVERYONE_EXPERIENCED, NO_ONE_EXPERIENCED (fewer than 5 answers in a group) or NOT_COMPUTED (imported before it was computed); null when known")
                                String unknownBecause) {
        static ExperienceEffectJson of(ExperienceEffect effect) {
            return new ExperienceEffectJson(KpiGroupJson.of(effect.exposed()), KpiGroupJson.of(effect.unexposed()),
                    Interval.of(effect.npsDifference()), Interval.of(effect.meanDifference()),
                    ImpactJson.of(effect.impact()),
                    effect.unknownBecause() == null ? null : effect.unknownBecause().name());
        }
    }

    static final String PRIORITY = "within the quadrant, higher = act first. Fix and raise: frequency × shortfall of "
            + "the mean to the moment's target (7+: the 7+ mean target, 9+: 9) × |impact|; keep and spread: "
            + "(1 − frequency) × impact; over-delivering: frequency × surplus of the mean over the target. Priorities "
            + "of different quadrants are not comparable: act on fix first, then raise, keep, over-delivering";

    record MomentJson(UUID id, String title, int experienced, Double frequency, Double meanSatisfaction,
                      Double shareNineTen, Double shareSixOrLower,
                      @Schema(description = "the impact by impactMethod (see driver and experienceEffect)") Double impact,
                      int impactN, boolean reliable, String quadrant, boolean targetMet,
                      @Schema(description = PRIORITY) Double priority,
                      @Schema(description = "the method that gives impact, quadrant and priority") String impactMethod,
                      @Schema(description = "satisfaction driver: correlation of the moment's satisfaction with the KPI among those who experienced it")
                      ImpactJson driver,
                      @Schema(description = "experience effect: the KPI of those who experienced the moment against those who did not")
                      ExperienceEffectJson experienceEffect,
                      @Schema(description = "respondents who answered the moment's expectation question (0: not asked)")
                      int expectationN,
                      @Schema(description = "share (0–1) of them for whom it was better than expected; a 9+ moment "
                              + "meets its target only when this reaches the tenant's share too") Double shareBetterThanExpected) {
        static MomentJson of(MomentResult m) {
            return new MomentJson(m.momentId(), m.title(), m.experienced(), number(m.frequency()),
                    number(m.meanSatisfaction()), number(m.shareNineTen()), number(m.shareSixOrLower()),
                    number(m.impact()), m.impactN(), m.reliable(), m.quadrant() == null ? null : m.quadrant().name(),
                    m.targetMet(), number(m.priority()), m.method().name(), ImpactJson.of(m.driver()),
                    ExperienceEffectJson.of(m.effect()), m.expectationN(), number(m.shareBetterThanExpected()));
        }
    }

    /** A column of the file and what it was mapped to. */
    record MappedColumn(String column,
                        @Schema(description = "RESPONDENT_ID, SEGMENT, RECOMMEND, EFFORT, CXI_NEEDS, CXI_EASY, CXI_ENJOYABLE, "
                                + "OVERALL_SATISFACTION, EXPECT_TO_STAY, WEIGHT, MOMENT, EXPECTATION_3, EXPECTATION_5, "
                                + "BRAND_VALUE_5 or BRAND_VALUE_10")
                        String role,
                        @Schema(description = "for MOMENT and EXPECTATION_*: the moment (null when it was deleted since)") UUID momentId,
                        @Schema(description = "for MOMENT and EXPECTATION_*: the moment's title in the analysis") String momentTitle,
                        @Schema(description = "for SEGMENT: the label chosen when mapping") String label,
                        @Schema(description = "for BRAND_VALUE_*: the brand value the column asks about (null when it "
                                + "was deleted since)") UUID brandValueId,
                        @Schema(description = "for BRAND_VALUE_*: the brand value's name") String brandValue) {
    }

    /** One moment's impact on one brand value, both ways. */
    record BrandMomentJson(UUID momentId, String title,
                           @Schema(description = "the impact by impactMethod") Double impact, int impactN,
                           boolean reliable,
                           @Schema(description = "true when the moment measurably adds to the brand value: a reliable "
                                   + "positive impact") boolean contributes,
                           String impactMethod,
                           @Schema(description = "satisfaction driver: correlation of the moment's satisfaction with the "
                                   + "brand-value score among those who experienced it")
                           ImpactJson driver,
                           @Schema(description = "experience effect: the brand-value score of those who experienced the "
                                   + "moment against those who did not (means; no NPS)")
                           ExperienceEffectJson experienceEffect) {
        static BrandMomentJson of(BrandMomentImpact impact, String title) {
            Impact chosen = impact.chosenImpact();
            return new BrandMomentJson(impact.momentId(), title, number(chosen.value()), chosen.n(), chosen.reliable(),
                    impact.contributes(), impact.method().name(), ImpactJson.of(impact.driver()),
                    ExperienceEffectJson.of(impact.effect()));
        }
    }

    @Schema(description = "A brand value the survey asked about (\"to what extent do you experience us as honest\"), "
            + "over all respondents: the impact matrix's second aspect")
    record BrandValueJson(UUID brandValueId,
                          @Schema(description = "its current name; null when deleted since") String name,
                          @Schema(description = "the question's scale top: 5 or 10") int scaleMax,
                          @Schema(description = "respondents who answered the question") int n,
                          @Schema(description = "their mean score on 1–scaleMax") Double mean,
                          @Schema(description = "the journey's moments, the strongest carrier of the value first "
                                  + "(unknown impacts last)") List<BrandMomentJson> moments) {
        static BrandValueJson of(BrandValueResult value, String name, java.util.Map<UUID, String> titles) {
            return new BrandValueJson(value.brandValueId(), name, value.scaleMax(), value.n(), number(value.mean()),
                    value.carriers().stream().map(m -> BrandMomentJson.of(m, titles.get(m.momentId()))).toList());
        }
    }

    /** A column as an upload would map it, with a few of its values. */
    record PreviewColumn(String column, String role, UUID momentId, String momentTitle, String label,
                         UUID brandValueId, String brandValue,
                         @Schema(description = "distinct values from the first rows") List<String> samples) {
    }

    /** A problem the import would meet, as the upload would answer it. */
    record PreviewProblem(String code, String detail, String field, Integer row, String column, String value) {
        static PreviewProblem of(org.springframework.http.ProblemDetail problem) {
            java.util.Map<String, Object> properties = problem.getProperties() == null ? java.util.Map.of()
                    : problem.getProperties();
            Object value = properties.get("value");
            return new PreviewProblem((String) properties.get("code"), problem.getDetail(),
                    (String) properties.get("field"), (Integer) properties.get("row"),
                    (String) properties.get("column"), value == null ? null : String.valueOf(value));
        }
    }

    /** What an upload would do, nothing stored. */
    record Preview(List<PreviewColumn> mapping,
                   @Schema(description = "the columns the analysis would leave out") List<String> ignoredColumns,
                   @Schema(description = "the first problem the import would meet (it stops at the first), empty when "
                           + "the file would import") List<PreviewProblem> problems,
                   @Schema(description = "what would import but be incomplete, e.g. a CXi with one or two of its items")
                   List<String> warnings) {

        static Preview of(SurveyImportService.MappingProposal proposal,
                          app.momentum.measurement.importing.ColumnMapping mapping, List<PreviewProblem> problems,
                          List<String> warnings) {
            java.util.Map<UUID, String> titles = new java.util.HashMap<>();
            proposal.moments().forEach(m -> titles.put(m.id(), m.title()));
            java.util.Map<UUID, String> brandValues = new java.util.HashMap<>();
            proposal.brandValues().forEach(v -> brandValues.put(v.id(), v.name()));
            List<String> headers = proposal.preview().headers();
            List<PreviewColumn> columns = new ArrayList<>();
            List<String> ignored = new ArrayList<>();
            for (int c = 0; c < headers.size(); c++) {
                String header = headers.get(c);
                var assignment = mapping.assignmentOf(header);
                if (assignment.role() == ColumnRole.IGNORE) {
                    ignored.add(header);
                    continue;
                }
                java.util.Set<String> samples = new java.util.LinkedHashSet<>();
                for (List<String> row : proposal.preview().sampleRows()) {
                    if (c < row.size() && !row.get(c).isBlank()) {
                        samples.add(row.get(c));
                    }
                }
                columns.add(new PreviewColumn(header, assignment.role().name(), assignment.momentId(),
                        assignment.momentId() == null ? null : titles.get(assignment.momentId()), assignment.label(),
                        assignment.brandValueId(),
                        assignment.brandValueId() == null ? null : brandValues.get(assignment.brandValueId()),
                        List.copyOf(samples)));
            }
            return new Preview(columns, ignored, problems, warnings);
        }
    }

    /** CXi's three items, each % 4–5 minus % 1–2; null when not mapped or not answered. */
    record CxiItems(Double needs, Double easy, Double enjoyable) {
        static CxiItems of(CxiResult cxi) {
            return new CxiItems(number(cxi.needs()), number(cxi.easy()), number(cxi.enjoyable()));
        }
    }

    /** One segment column's value in a group. */
    record SegmentValue(String column,
                        @Schema(description = "What the column is called, chosen when it was mapped; the column when none was")
                        String label, String value) {
    }

    @Schema(description = "A group of respondents: one segment value, or a combination of values of several columns. "
            + "Groups smaller than the organisation's minimum group size show no figures (hidden true).")
    record SegmentJson(@Schema(description = "the column; for a combination the columns joined by \" × \"") String column,
                       @Schema(description = "What the column is called, chosen when it was mapped; the column when none was")
                       String label,
                       @Schema(description = "the value; for a combination the values joined by \" × \"") String value,
                       @Schema(description = "each column's value: one for a single segment, more for a combination")
                       List<SegmentValue> values,
                       int respondents,
                       @Schema(description = "true when the group is below the minimum group size: nps and cxi are null")
                       boolean hidden,
                       Nps nps, Double cxi) {

        static SegmentJson of(List<SegmentValue> values, SegmentResult group, int minimumGroupSize) {
            boolean hidden = group.respondents() < minimumGroupSize;
            return new SegmentJson(join(values, SegmentValue::column), join(values, SegmentValue::label),
                    join(values, SegmentValue::value), values, group.respondents(), hidden,
                    hidden ? null : Nps.of(group.nps()), hidden ? null : number(group.cxi().cxi()));
        }

        private static String join(List<SegmentValue> values, java.util.function.Function<SegmentValue, String> part) {
            return String.join(" × ", values.stream().map(part).toList());
        }
    }

    /** The whole analysis: overall figures, each segment value's NPS, and per moment the matrix figures. */
    record Analysis(UUID id, UUID journeyId, String fileName, LocalDate fieldedOn, int respondents, Nps nps,
                    @Schema(description = "the mean of CXi's three items; null unless all three were mapped and answered")
                    Double cxi,
                    CxiItems cxiItems,
                    Double meanEffort, String impactOn,
                    @Schema(description = "the impact method the moments are placed and ranked by: EXPERIENCE_EFFECT or SATISFACTION_DRIVER")
                    String impactMethod,
                    @Schema(description = "true when every figure is weighted by a WEIGHT column; n and respondents "
                            + "still count each respondent once")
                    boolean weighted,
                    @Schema(description = "the columns the analysis used and what each was mapped to, in file order "
                            + "(empty for imports stored before the mapping was kept per import)")
                    List<MappedColumn> mapping,
                    @Schema(description = "the columns of the file the analysis left out")
                    List<String> ignoredColumns,
                    List<SegmentJson> segments, List<MomentJson> moments,
                    @Schema(description = "per brand value the survey asked about, each moment's impact on it; empty "
                            + "when it asked about none")
                    List<BrandValueJson> brandValues) {

        /** The analysis, its moments placed and ranked by {@code method} (null = as imported). */
        static Analysis of(SurveyResult stored, ImpactMethod method, int minimumGroupSize) {
            ImpactMethod chosen = method == null ? stored.summary().impactMethod() : method;
            SegmentResult overall = stored.result().overall();
            List<SegmentJson> segments = new ArrayList<>();
            stored.result().bySegment().forEach((column, values) -> values.forEach((value, group) ->
                    segments.add(SegmentJson.of(List.of(new SegmentValue(column, stored.segmentLabel(column), value)),
                            group, minimumGroupSize))));
            stored.result().combinations().forEach((key, group) -> {
                List<SegmentValue> values = new ArrayList<>();
                for (int i = 0; i < key.columns().size(); i++) {
                    values.add(new SegmentValue(key.columns().get(i), stored.segmentLabel(key.columns().get(i)),
                            key.values().get(i)));
                }
                segments.add(SegmentJson.of(values, group, minimumGroupSize));
            });
            ImportSummary survey = stored.summary();
            java.util.Map<UUID, String> titles = titles(stored);
            return new Analysis(survey.id(), survey.journeyId(), survey.fileName(), survey.fieldedOn(),
                    overall.respondents(), Nps.of(overall.nps()), number(overall.cxi().cxi()),
                    CxiItems.of(overall.cxi()), number(overall.meanEffort()), survey.impactOn().name(), chosen.name(),
                    stored.columns().stream().anyMatch(c -> c.role() == ColumnRole.WEIGHT),
                    mapping(stored, titles), stored.columns().stream().filter(c -> c.role() == ColumnRole.IGNORE)
                            .map(SurveyImportService.AppliedColumn::header).toList(),
                    segments, overall.moments().stream().map(m -> MomentJson.of(m.withMethod(chosen))).toList(),
                    stored.result().brandValues().stream().map(value -> BrandValueJson.of(value.withMethod(chosen),
                            stored.brandValueName(value.brandValueId()), titles)).toList());
        }

        private static java.util.Map<UUID, String> titles(SurveyResult stored) {
            java.util.Map<UUID, String> titles = new java.util.HashMap<>();
            stored.result().overall().moments().stream().filter(m -> m.momentId() != null)
                    .forEach(m -> titles.put(m.momentId(), m.title()));
            return titles;
        }

        static Analysis of(SurveyResult stored, int minimumGroupSize) {
            return of(stored, null, minimumGroupSize);
        }

        private static List<MappedColumn> mapping(SurveyResult stored, java.util.Map<UUID, String> titles) {
            return stored.columns().stream().filter(c -> c.role() != ColumnRole.IGNORE)
                    .map(c -> new MappedColumn(c.header(), c.role().name(), c.momentId(),
                            c.momentId() == null ? null : titles.get(c.momentId()), c.label(), c.brandValueId(),
                            stored.brandValueName(c.brandValueId())))
                    .toList();
        }

    }
}
