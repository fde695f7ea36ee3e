package app.momentum.journey;

import app.momentum.journey.internal.Phase;
import app.momentum.journey.internal.PhaseRepository;
import app.momentum.journey.internal.MomentRepository;
import app.momentum.journey.internal.JourneyRepository;
import app.momentum.base.UserFacingException;
import app.momentum.brand.BrandService;
import app.momentum.brand.BrandService.Named;
import app.momentum.discipline.DisciplineService;
import app.momentum.discipline.DisciplineService.DisciplineRef;
import app.momentum.journey.csv.ImportContext;
import app.momentum.journey.csv.ImportResult;
import app.momentum.journey.csv.MomentCsvReader;
import app.momentum.journey.csv.MomentCsvWriter;
import app.momentum.journey.csv.MomentRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moments in and out of a journey as CSV. Import is all-or-nothing: a file with any wrong row changes
 * nothing, and the user sees every wrong row with its line number.
 */
@Service
@Transactional
public class JourneyTransfer {

    private final JourneyRepository journeys;
    private final PhaseRepository phases;
    private final MomentRepository moments;
    private final BrandService brand;
    private final DisciplineService disciplines;
    private final JourneyMapService maps;

    JourneyTransfer(JourneyRepository journeys, PhaseRepository phases, MomentRepository moments, BrandService brand,
                    DisciplineService disciplines, JourneyMapService maps) {
        this.journeys = journeys;
        this.phases = phases;
        this.moments = moments;
        this.brand = brand;
        this.disciplines = disciplines;
        this.maps = maps;
    }

    /** The journey's moments in map order; Dutch users get semicolons, which Dutch Excel splits on. */
    @Transactional(readOnly = true)
    public byte[] exportCsv(UUID journeyId, Locale locale) {
        JourneyMapService.JourneyMap map = maps.load(journeyId);
        Map<UUID, String> channelNames = brand.channelNames().stream().collect(Collectors.toMap(Named::id, Named::name));
        Map<UUID, String> valueNames = brand.valueNames().stream().collect(Collectors.toMap(Named::id, Named::name));
        Map<UUID, String> disciplineNames = disciplines.disciplineNames();
        List<MomentRow> rows = new ArrayList<>();
        map.momentsByPhase().forEach((phase, phaseMoments) -> phaseMoments.forEach(m -> rows.add(new MomentRow(
                phase.getName(), m.getTitle(), m.getCustomerDoes(), m.getCustomerThinks(), m.getCustomerFeels(),
                channelNames.get(m.getChannelId()), m.getOtherParty(), m.getNature(), m.getTargetLevel(), m.isMomentOfTruth(),
                m.isBrandMoment(), m.getBrandValueIds().stream().map(valueNames::get).filter(n -> n != null).toList(),
                m.getConsciousExpectation(), m.getDeepDriver(), m.getCurrentEmotion(), m.getDesiredEmotion(),
                m.getExceedsExpectation(), m.getRepeatability(), disciplineNames.get(m.getOwnerDisciplineId())))));
        char delimiter = "nl".equals(locale.getLanguage()) ? MomentCsvWriter.SEMICOLON : MomentCsvWriter.COMMA;
        return new MomentCsvWriter().write(rows, delimiter);
    }

    /** Reads and checks a file against the journey without changing anything. */
    @Transactional(readOnly = true)
    public ImportResult check(UUID journeyId, byte[] file, boolean createMissingPhases) {
        journeys.findById(journeyId).orElseThrow(JourneyService::notFound);
        return new MomentCsvReader().read(file, context(journeyId, createMissingPhases));
    }

    /**
     * Adds the file's moments at the end of their phases (creating missing phases when asked), in one
     * transaction. Refused as a whole when any row is wrong.
     *
     * @return the number of moments added
     */
    @PreAuthorize(JourneyPermissions.MAY_DESIGN)
    public int importCsv(UUID journeyId, byte[] file, boolean createMissingPhases) {
        ImportResult result = check(journeyId, file, createMissingPhases);
        if (!result.ok()) {
            throw new UserFacingException("csv.error.notImported", result.errors().size());
        }
        Map<String, UUID> phaseIds = new HashMap<>();
        phases.findByJourneyIdOrderByPositionAsc(journeyId).forEach(p -> phaseIds.put(key(p.getName()), p.getId()));
        for (String name : result.newPhases()) {
            phaseIds.put(key(name), maps.addPhase(journeyId, name).getId());
        }
        Map<String, UUID> channelIds = ids(brand.channelNames(), Named::name, Named::id);
        Map<String, UUID> valueIds = ids(brand.valueNames(), Named::name, Named::id);
        Map<String, UUID> disciplineIds = ids(disciplines.all(), DisciplineRef::name, DisciplineRef::id);
        List<JourneyMapService.NewMoment> planned = result.rows().stream().map(row -> new JourneyMapService.NewMoment(
                phaseIds.get(key(row.phase())), new JourneyMapService.MomentData(row.title(),
                row.customerDoes(), row.customerThinks(), row.customerFeels(), lookup(channelIds, row.channel()),
                row.otherParty(), row.nature(), row.target(), row.momentOfTruth(), row.brandMoment(),
                row.brandValues().stream().map(v -> lookup(valueIds, v)).toList(), row.expectation(), row.deepDriver(),
                List.of(), List.of(), row.currentEmotion(), row.desiredEmotion(), row.exceedsExpectation(),
                row.repeatability(), lookup(disciplineIds, row.ownerDiscipline()), null))).toList();
        return maps.addMoments(journeyId, planned).size();
    }

    private ImportContext context(UUID journeyId, boolean createMissingPhases) {
        return new ImportContext(
                phases.findByJourneyIdOrderByPositionAsc(journeyId).stream().map(Phase::getName).toList(),
                brand.channelNames().stream().map(Named::name).toList(),
                brand.valueNames().stream().map(Named::name).toList(),
                disciplines.all().stream().map(DisciplineRef::name).toList(),
                createMissingPhases);
    }

    private static <T> Map<String, UUID> ids(List<T> items, Function<T, String> name, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(i -> key(name.apply(i)), id, (a, b) -> a));
    }

    private static UUID lookup(Map<String, UUID> ids, String name) {
        return name == null ? null : ids.get(key(name));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
