package app.momentum.governance;

import app.momentum.action.ActionService;
import app.momentum.action.ActionService.JourneyActionCounts;
import app.momentum.brand.BrandService;
import app.momentum.governance.domain.Staleness;
import app.momentum.journey.JourneyLookup;
import app.momentum.journey.JourneyLookup.JourneyProfile;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.signature.CheckStatus;
import app.momentum.measurement.SurveyImports;
import app.momentum.measurement.SurveyImports.LatestSurvey;
import app.momentum.tenancy.TenantMembers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio board's cards: every active journey of the current tenant with what a CX manager or an executive
 * looks at across journeys — type, owner, persona, signature check, moments meeting target in the latest survey, open
 * and overdue actions, stage and cycle, staleness and whether the next gate fails. Read in bulk: a fixed number of
 * queries whatever the number of journeys (the journeys, the members, the personas, the action counts, the latest
 * surveys, the life-cycle states), never one per journey. Read-only; every member of the tenant may read it.
 */
@Service
@Transactional(readOnly = true)
public class Portfolio {

    private final JourneyLookup journeys;
    private final TenantMembers members;
    private final BrandService brand;
    private final ActionService actions;
    private final SurveyImports surveys;
    private final LifeCycle lifeCycle;

    Portfolio(JourneyLookup journeys, TenantMembers members, BrandService brand, ActionService actions,
              SurveyImports surveys, LifeCycle lifeCycle) {
        this.journeys = journeys;
        this.members = members;
        this.brand = brand;
        this.actions = actions;
        this.surveys = surveys;
        this.lifeCycle = lifeCycle;
    }

    /**
     * One journey on the board.
     *
     * @param ownerName            empty when the journey has no (active) owner
     * @param personaName          empty when it has no persona
     * @param momentsMeetingTarget of the moments the latest survey measured ({@code momentsMeasured}); both 0 without
     *                             a survey
     * @param lastSurvey           the day the latest survey was held, empty without one
     * @param stale                why the journey needs attention, empty when it does not
     * @param gateFailing          whether the gate out of its current stage fails now
     * @param failingCriteria      how many of that gate's criteria fail
     */
    public record Card(UUID journeyId, String name, JourneyType type, UUID ownerUserId, String ownerName,
                       UUID personaId, String personaName, CheckStatus checkStatus, int momentsMeetingTarget,
                       int momentsMeasured, long openActions, long overdueActions, Optional<LocalDate> lastSurvey,
                       LifecycleStage stage, int cycle, Optional<Staleness.Reason> stale, boolean gateFailing,
                       int failingCriteria) {

        public boolean isStale() {
            return stale.isPresent();
        }
    }

    /**
     * What the board is narrowed to; null fields and false flags do not filter. {@code text} matches part of the
     * journey's name, ignoring case.
     */
    public record Filter(String text, JourneyType type, UUID ownerUserId, UUID personaId, boolean staleOnly,
                         boolean gateFailingOnly) {

        public static Filter none() {
            return new Filter(null, null, null, null, false, false);
        }

        /** Whether anything narrows the board (to tell "no journeys yet" from "none match"). */
        public boolean narrows() {
            return (text != null && !text.isBlank()) || type != null || ownerUserId != null || personaId != null
                    || staleOnly || gateFailingOnly;
        }

        boolean lets(Card card) {
            return (text == null || text.isBlank()
                            || card.name().toLowerCase(Locale.ROOT).contains(text.strip().toLowerCase(Locale.ROOT)))
                    && (type == null || type == card.type())
                    && (ownerUserId == null || ownerUserId.equals(card.ownerUserId()))
                    && (personaId == null || personaId.equals(card.personaId()))
                    && (!staleOnly || card.isStale())
                    && (!gateFailingOnly || card.gateFailing());
        }
    }

    /** The cards of the tenant's active journeys the filter lets through, by name. */
    public List<Card> cards(Filter filter) {
        List<JourneyProfile> active = journeys.activeProfiles();
        if (active.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> ownerNames = members.active().stream()
                .collect(Collectors.toMap(TenantMembers.MemberChoice::userId, TenantMembers.MemberChoice::displayName,
                        (a, b) -> a));
        Map<UUID, String> personaNames = brand.personaNames().stream()
                .collect(Collectors.toMap(BrandService.Named::id, BrandService.Named::name, (a, b) -> a));
        Map<UUID, JourneyActionCounts> actionCounts = actions.countsByJourney();
        Map<UUID, LatestSurvey> latestSurveys = surveys.latestPerJourney();
        Map<UUID, LifeCycle.JourneyState> states = lifeCycle.states().stream()
                .collect(Collectors.toMap(LifeCycle.JourneyState::journeyId, Function.identity(), (a, b) -> a));
        List<Card> cards = new ArrayList<>();
        for (JourneyProfile journey : active) {
            JourneyActionCounts counts = actionCounts.get(journey.id());
            LatestSurvey survey = latestSurveys.get(journey.id());
            LifeCycle.JourneyState state = states.get(journey.id());
            Card card = new Card(journey.id(), journey.name(), journey.type(), journey.ownerUserId(),
                    journey.ownerUserId() == null ? "" : ownerNames.getOrDefault(journey.ownerUserId(), ""),
                    journey.personaId(), journey.personaId() == null ? "" : personaNames.getOrDefault(journey.personaId(), ""),
                    journey.checkStatus(),
                    survey == null ? 0 : survey.momentsMeetingTarget(), survey == null ? 0 : survey.momentsMeasured(),
                    counts == null ? 0 : counts.open(), counts == null ? 0 : counts.overdue(),
                    Optional.ofNullable(survey).map(LatestSurvey::fieldedOn),
                    state == null ? journey.stage() : state.stage(), state == null ? 1 : state.cycle(),
                    state == null ? Optional.empty() : state.stale(),
                    state != null && !state.nextGatePasses(), state == null ? 0 : state.failingCriteria());
            if (filter.lets(card)) {
                cards.add(card);
            }
        }
        return cards;
    }

    /** The filtered cards per stage column, each column by name (every stage present, possibly empty). */
    public Map<LifecycleStage, List<Card>> byStage(Filter filter) {
        Map<LifecycleStage, List<Card>> columns = new EnumMap<>(LifecycleStage.class);
        for (LifecycleStage stage : LifecycleStage.values()) {
            columns.put(stage, new ArrayList<>());
        }
        cards(filter).forEach(card -> columns.get(card.stage()).add(card));
        return columns;
    }
}
