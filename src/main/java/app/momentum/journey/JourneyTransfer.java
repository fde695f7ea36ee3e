package app.momentum.journey;

import app.momentum.base.UserFacingException;
import app.momentum.brand.BrandValue;
import app.momentum.brand.BrandValueRepository;
import app.momentum.brand.Channel;
import app.momentum.brand.ChannelRepository;
import app.momentum.discipline.Discipline;
import app.momentum.discipline.DisciplineRepository;
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
    private final ChannelRepository channels;
    private final BrandValueRepository brandValues;
    private final DisciplineRepository disciplines;
    private final JourneyMapService maps;

    JourneyTransfer(JourneyRepository journeys, PhaseRepository phases, MomentRepository moments, ChannelRepository channels,
                    BrandValueRepository brandValues, DisciplineRepository disciplines, JourneyMapService maps) {
        this.journeys = journeys;
        this.phases = phases;
        this.moments = moments;
        this.channels = channels;
        this.brandValues = brandValues;
        this.disciplines = disciplines;
        this.maps = maps;
    }

    /** The journey's moments in map order; Dutch users get semicolons, which Dutch Excel splits on. */
    @Transactional(readOnly = true)
    public byte[] exportCsv(UUID journeyId, Locale locale) {
        JourneyMapService.JourneyMap map = maps.load(journeyId);
        Map<UUID, String> channelNames = channels.findAll().stream().collect(Collectors.toMap(Channel::getId, Channel::getName));
        Map<UUID, String> valueNames = brandValues.findAll().stream().collect(Collectors.toMap(BrandValue::getId, BrandValue::getName));
        Map<UUID, String> disciplineNames = disciplines.findAll().stream().collect(Collectors.toMap(Discipline::getId, Discipline::getName));
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
        Map<String, UUID> channelIds = ids(channels.findAll(), Channel::getName, Channel::getId);
        Map<String, UUID> valueIds = ids(brandValues.findAll(), BrandValue::getName, BrandValue::getId);
        Map<String, UUID> disciplineIds = ids(disciplines.findAll(), Discipline::getName, Discipline::getId);
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
                channels.findAllByOrderByPositionAsc().stream().map(Channel::getName).toList(),
                brandValues.findAllByOrderByPositionAsc().stream().map(BrandValue::getName).toList(),
                disciplines.findAllByOrderByPositionAsc().stream().map(Discipline::getName).toList(),
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
