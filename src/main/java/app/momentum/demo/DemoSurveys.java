package app.momentum.demo;

import app.momentum.base.ui.Formats;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyMapService.MomentRecord;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyService.JourneyRecord;
import app.momentum.journey.JourneyType;
import app.momentum.measurement.importing.ColumnAssignment;
import app.momentum.measurement.importing.ColumnMapping;
import app.momentum.measurement.importing.ColumnRole;
import app.momentum.measurement.PerceptionGapService;
import app.momentum.measurement.SurveyImports;
import app.momentum.measurement.survey.SurveyImportService;
import app.momentum.tenancy.Tenant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Two survey imports a quarter apart for each demo tenant's signature journey, imported by the CX manager through
 * the normal service, so the impact matrix, the trends and the measured curve show something at once.
 */
@Component
class DemoSurveys {

    private static final int RESPONDENTS = 420;

    private final SurveyImports surveys;
    private final JourneyService journeys;
    private final JourneyMapService maps;
    private final DemoSession session;
    private final PerceptionGapService gaps;
    private final DemoSeedMarkers markers;
    private final app.momentum.brand.BrandService brand;
    private final app.momentum.journey.JourneyLookup lookup;

    DemoSurveys(SurveyImports surveys, JourneyService journeys, JourneyMapService maps, DemoSession session,
                PerceptionGapService gaps, DemoSeedMarkers markers, app.momentum.brand.BrandService brand,
                app.momentum.journey.JourneyLookup lookup) {
        this.brand = brand;
        this.lookup = lookup;
        this.markers = markers;
        this.gaps = gaps;
        this.surveys = surveys;
        this.journeys = journeys;
        this.maps = maps;
        this.session = session;
    }

    static final String STEP = "surveys";

    /**
     * Once per tenant, into the demo's own signature journey (recorded by {@link DemoBrandAndJourneys}), never into a
     * journey a user made; nothing when that journey is gone, archived, emptied or already has imports.
     */
    void seed(Tenant tenant, boolean dutch) {
        if (markers.done(tenant.getId(), STEP)) {
            return;
        }
        session.asCxManager(tenant, () -> {
            JourneyRecord journey = markers.objects(tenant.getId(), DemoBrandAndJourneys.JOURNEY).stream()
                    .map(journeys::findRecord).flatMap(java.util.Optional::stream)
                    .filter(j -> !j.archived() && j.type() == JourneyType.SIGNATURE_JOURNEY)
                    .findFirst().orElse(null);
            if (journey == null || !surveys.importSummaries(journey.id()).isEmpty()) {
                return;
            }
            List<MomentRecord> moments = maps.loadRecord(journey.id()).moments();
            if (moments.isEmpty()) {
                return;
            }
            DemoSurveyData.Words words = DemoSurveyData.Words.of(dutch);
            Map<UUID, String> names = new LinkedHashMap<>();
            brand.valueNames().forEach(value -> names.put(value.id(), value.name()));
            DemoSurveyData.BrandQuestions questions = new DemoSurveyData.BrandQuestions(names,
                    lookup.intendedBrandValues(journey.id()));
            LocalDate recent = LocalDate.now(Formats.DEFAULT_ZONE).withDayOfMonth(1).minusMonths(1);
            // the earlier survey did not ask about the brand yet; the latest does
            importOne(journey, moments, words, recent.minusMonths(3), 0.0, 11, dutch,
                    DemoSurveyData.BrandQuestions.NONE);
            estimate(moments);
            importOne(journey, moments, words, recent, 0.35, 12, dutch, questions);
        });
        markers.mark(tenant.getId(), STEP, null);
    }

    /**
     * The owners' estimates between the two surveys, as optimistic as organisations tend to be, so the perception
     * gap of the latest survey has something to show.
     */
    private void estimate(List<MomentRecord> moments) {
        for (int i = 0; i < moments.size(); i++) {
            MomentRecord moment = moments.get(i);
            int emotion = moment.currentEmotion() == null ? 0 : moment.currentEmotion();
            double optimistic = Math.max(1, Math.min(10, 7.8 + 0.6 * emotion + (i % 3) * 0.4));
            gaps.estimate(moment.id(), java.math.BigDecimal.valueOf(optimistic));
        }
    }

    private void importOne(JourneyRecord journey, List<MomentRecord> moments, DemoSurveyData.Words words, LocalDate fieldedOn,
                           double improvement, long seed, boolean dutch, DemoSurveyData.BrandQuestions brandQuestions) {
        Path file = null;
        try {
            file = Files.createTempFile("momentum-demo-survey", ".csv");
            Files.writeString(file, DemoSurveyData.csv(moments, RESPONDENTS, improvement, seed, words, brandQuestions),
                    StandardCharsets.UTF_8);
            String name = (dutch ? "klantonderzoek-" : "customer-survey-") + fieldedOn + ".csv";
            surveys.importNow(new SurveyImportService.ImportRequest(journey.id(), name,
                    mapping(moments, words, brandQuestions), 7, fieldedOn), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    private static ColumnMapping mapping(List<MomentRecord> moments, DemoSurveyData.Words words,
                                         DemoSurveyData.BrandQuestions brandQuestions) {
        Map<String, ColumnAssignment> mapping = new LinkedHashMap<>();
        mapping.put(words.respondent(), ColumnAssignment.of(ColumnRole.RESPONDENT_ID));
        mapping.put(words.customerType(), ColumnAssignment.of(ColumnRole.SEGMENT));
        mapping.put(words.recommend(), ColumnAssignment.of(ColumnRole.RECOMMEND));
        mapping.put(words.effort(), ColumnAssignment.of(ColumnRole.EFFORT));
        mapping.put(words.needs(), ColumnAssignment.of(ColumnRole.CXI_NEEDS));
        mapping.put(words.easy(), ColumnAssignment.of(ColumnRole.CXI_EASY));
        mapping.put(words.enjoyable(), ColumnAssignment.of(ColumnRole.CXI_ENJOYABLE));
        moments.forEach(m -> mapping.putIfAbsent(m.title().replace(";", ",").strip(),
                ColumnAssignment.moment(m.id())));
        brandQuestions.names().forEach((id, name) -> mapping.put(words.brandHeader(name).strip(),
                ColumnAssignment.brandValue(ColumnRole.BRAND_VALUE_5, id)));
        return new ColumnMapping(mapping);
    }
}
