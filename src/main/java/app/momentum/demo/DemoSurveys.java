package app.momentum.demo;

import app.momentum.journey.Journey;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyType;
import app.momentum.journey.Moment;
import app.momentum.measurement.importing.ColumnAssignment;
import app.momentum.measurement.importing.ColumnMapping;
import app.momentum.measurement.importing.ColumnRole;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Two survey imports a quarter apart for each demo tenant's signature journey, imported by the CX manager through
 * the normal service, so the impact matrix, the trends and the measured curve show something at once.
 */
@Component
class DemoSurveys {

    private static final int RESPONDENTS = 420;

    private final SurveyImportService surveys;
    private final JourneyService journeys;
    private final JourneyMapService maps;
    private final DemoSession session;
    private final app.momentum.measurement.gap.PerceptionGapService gaps;

    DemoSurveys(SurveyImportService surveys, JourneyService journeys, JourneyMapService maps, DemoSession session,
                app.momentum.measurement.gap.PerceptionGapService gaps) {
        this.gaps = gaps;
        this.surveys = surveys;
        this.journeys = journeys;
        this.maps = maps;
        this.session = session;
    }

    void seed(Tenant tenant, boolean dutch) {
        session.asCxManager(tenant, () -> {
            List<Journey> all = journeys.list(JourneyService.JourneyFilter.active(), PageRequest.of(0, 20));
            Journey journey = all.stream().filter(j -> j.getType() == JourneyType.SIGNATURE_JOURNEY).findFirst()
                    .orElse(all.isEmpty() ? null : all.getFirst());
            if (journey == null || !surveys.imports(journey.getId()).isEmpty()) {
                return;
            }
            List<Moment> moments = maps.load(journey.getId()).moments();
            DemoSurveyData.Words words = DemoSurveyData.Words.of(dutch);
            LocalDate recent = LocalDate.now().withDayOfMonth(1).minusMonths(1);
            importOne(journey, moments, words, recent.minusMonths(3), 0.0, 11, dutch);
            estimate(moments);
            importOne(journey, moments, words, recent, 0.35, 12, dutch);
        });
    }

    /**
     * The owners' estimates between the two surveys, as optimistic as organisations tend to be, so the perception
     * gap of the latest survey has something to show.
     */
    private void estimate(List<Moment> moments) {
        for (int i = 0; i < moments.size(); i++) {
            Moment moment = moments.get(i);
            int emotion = moment.getCurrentEmotion() == null ? 0 : moment.getCurrentEmotion();
            double optimistic = Math.max(1, Math.min(10, 7.8 + 0.6 * emotion + (i % 3) * 0.4));
            gaps.estimate(moment.getId(), java.math.BigDecimal.valueOf(optimistic));
        }
    }

    private void importOne(Journey journey, List<Moment> moments, DemoSurveyData.Words words, LocalDate fieldedOn,
                           double improvement, long seed, boolean dutch) {
        Path file = null;
        try {
            file = Files.createTempFile("momentum-demo-survey", ".csv");
            Files.writeString(file, DemoSurveyData.csv(moments, RESPONDENTS, improvement, seed, words),
                    StandardCharsets.UTF_8);
            String name = (dutch ? "klantonderzoek-" : "customer-survey-") + fieldedOn + ".csv";
            surveys.importNow(new SurveyImportService.ImportRequest(journey.getId(), name, mapping(moments, words), 7,
                    fieldedOn), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    private static ColumnMapping mapping(List<Moment> moments, DemoSurveyData.Words words) {
        Map<String, ColumnAssignment> mapping = new LinkedHashMap<>();
        mapping.put(words.respondent(), ColumnAssignment.of(ColumnRole.RESPONDENT_ID));
        mapping.put(words.customerType(), ColumnAssignment.of(ColumnRole.SEGMENT));
        mapping.put(words.recommend(), ColumnAssignment.of(ColumnRole.RECOMMEND));
        mapping.put(words.effort(), ColumnAssignment.of(ColumnRole.EFFORT));
        mapping.put(words.needs(), ColumnAssignment.of(ColumnRole.CXI_NEEDS));
        mapping.put(words.easy(), ColumnAssignment.of(ColumnRole.CXI_EASY));
        mapping.put(words.enjoyable(), ColumnAssignment.of(ColumnRole.CXI_ENJOYABLE));
        moments.forEach(m -> mapping.putIfAbsent(m.getTitle().replace(";", ",").strip(),
                ColumnAssignment.moment(m.getId())));
        return new ColumnMapping(mapping);
    }
}
