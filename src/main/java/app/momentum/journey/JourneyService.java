package app.momentum.journey;

import app.momentum.journey.internal.Phase;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.internal.PhaseRepository;
import app.momentum.journey.internal.MomentRepository;
import app.momentum.journey.internal.JourneyRepository;
import app.momentum.base.ConcurrentEditException;
import app.momentum.base.ConfirmationNeeded;
import app.momentum.base.Texts;
import app.momentum.base.Validation;
import app.momentum.base.UserFacingException;
import app.momentum.base.live.LiveEvent;
import app.momentum.brand.BrandService;
import app.momentum.security.MemberSession;
import app.momentum.journey.collab.ActivityAction;
import app.momentum.journey.collab.ActivityLog;
import app.momentum.journey.collab.JourneyActivity;
import app.momentum.journey.internal.JourneyPageQuery;
import app.momentum.journey.signature.CheckStatus;
import app.momentum.tenancy.TenantMembers;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's journey portfolio: list with filters, create, change, duplicate, archive and restore.
 * Tenant admins and CX managers manage journeys; every member reads them.
 */
@Service
@Transactional
public class JourneyService {

    static final String MANAGERS = JourneyPermissions.MAY_MANAGE;
    /** The warning when a journey would get a name the tenant already uses (several look alike in every list). */
    public static final String SAME_NAME = "journey.warning.sameName";

    private final JourneyRepository journeys;
    private final PhaseRepository phases;
    private final MomentRepository moments;
    private final BrandService brand;
    private final TenantMembers members;
    private final JourneyChecks checks;
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;
    private final MemberSession memberSession;
    private final app.momentum.journey.collab.JourneyCollaboration collaboration;

    private final JourneyPageQuery pageQuery;

    JourneyService(JourneyRepository journeys, PhaseRepository phases, MomentRepository moments,
                   BrandService brand, TenantMembers members, JourneyChecks checks,
                   ActivityLog activity, ApplicationEventPublisher events, MemberSession memberSession,
                   app.momentum.journey.collab.JourneyCollaboration collaboration, JourneyPageQuery pageQuery) {
        this.pageQuery = pageQuery;
        this.collaboration = collaboration;
        this.activity = activity;
        this.events = events;
        this.memberSession = memberSession;
        this.journeys = journeys;
        this.phases = phases;
        this.moments = moments;
        this.brand = brand;
        this.members = members;
        this.checks = checks;
    }

    /** What the portfolio is filtered by; null fields do not filter. */
    public record JourneyFilter(String text, JourneyType type, UUID personaId, UUID ownerUserId,
                                LifecycleStage stage, boolean archived) {

        public static JourneyFilter active() {
            return new JourneyFilter(null, null, null, null, null, false);
        }
    }

    /**
     * The fields of a journey the user edits. {@code stage} is only the stage a new journey starts in (null: mapping;
     * the demo seeder starts journeys further on): editing never changes the stage, which moves only through the
     * life-cycle gates ({@link #moveStage}).
     */
    public record JourneyData(String name, JourneyType type, UUID personaId, String startsAt, String endsAt,
                              String description, UUID ownerUserId, LifecycleStage stage) {
    }

    @Transactional(readOnly = true)
    public List<Journey> list(JourneyFilter filter, Pageable page) {
        return journeys.findAll(matching(filter), page).getContent();
    }

    @Transactional(readOnly = true)
    public long count(JourneyFilter filter) {
        return journeys.count(matching(filter));
    }

    @Transactional(readOnly = true)
    public Optional<Journey> find(UUID id) {
        return journeys.findById(id);
    }

    /**
     * A journey as other modules read it (the REST API, the demo seeder), instead of the entity. {@code checkStatus}
     * is the one stored with the last change of the map.
     */
    public record JourneyRecord(UUID id, String name, JourneyType type, LifecycleStage stage, CheckStatus checkStatus,
                                boolean archived, String description, String startsAt, String endsAt, Instant createdAt,
                                Instant updatedAt) {

        static JourneyRecord of(Journey journey) {
            return new JourneyRecord(journey.getId(), journey.getName(), journey.getType(), journey.getLifecycleStage(),
                    journey.getCheckStatus(), journey.isArchived(), journey.getDescription(), journey.getStartsAt(),
                    journey.getEndsAt(), journey.getCreatedAt(), journey.getUpdatedAt());
        }
    }

    /** A page of journeys as records, and how many match in all. */
    public record RecordPage(List<JourneyRecord> items, long total) {
    }

    /**
     * A page of the current tenant's active (or archived) journeys by name, as records, with the number of all of
     * them (the REST API's list; plain SQL, see {@link JourneyPageQuery}): the count runs only when the page is full
     * or not the first.
     */
    public RecordPage pageOfRecords(boolean archived, int page, int size) {
        List<JourneyRecord> items = pageQuery.page(archived, page, size).stream()
                .map(row -> new JourneyRecord(row.id(), row.name(), row.type(), row.stage(), row.checkStatus(),
                        row.archived(), row.description(), row.startsAt(), row.endsAt(), row.createdAt(),
                        row.updatedAt()))
                .toList();
        long total = page == 0 && items.size() < size ? items.size() : pageQuery.count(archived);
        return new RecordPage(items, total);
    }

    /** {@link #list} as records, for the REST API. */
    @Transactional(readOnly = true)
    public List<JourneyRecord> listRecords(JourneyFilter filter, Pageable page) {
        return list(filter, page).stream().map(JourneyRecord::of).toList();
    }

    /**
     * Evaluates the signature check again and stores its overall status, after something outside the map changed
     * it: a survey that measured the moments' brand-value impact. Not role-checked: it only recomputes a derived
     * value of the current tenant's journey (an unknown journey is ignored), and the survey import calls it on its
     * worker thread, which has the tenant but no user.
     */
    public void recheck(UUID journeyId) {
        journeys.findById(journeyId).ifPresent(journey -> checks.recordStatus(journey, journeys));
    }

    /** {@link #find} as a record, for the demo seeder. */
    @Transactional(readOnly = true)
    public Optional<JourneyRecord> findRecord(UUID id) {
        return journeys.findById(id).map(JourneyRecord::of);
    }

    /** Creates a journey with the given phases; a name the tenant already uses needs a confirmation first. */
    @PreAuthorize(MANAGERS)
    public Journey create(JourneyData data, List<String> phaseNames) {
        return create(data, phaseNames, false);
    }

    /**
     * Creates a journey with the given phases (from a template, or none).
     *
     * @param sameNameConfirmed the user was told that the tenant already has a journey of this name and wants another
     * @throws ConfirmationNeeded "journey.warning.sameName" when the name is taken and that was not confirmed
     */
    @PreAuthorize(MANAGERS)
    public Journey create(JourneyData data, List<String> phaseNames, boolean sameNameConfirmed) {
        Journey journey = new Journey();
        apply(journey, data);
        journey.setLifecycleStage(data.stage() == null ? LifecycleStage.MAPPING : data.stage());
        if (!sameNameConfirmed && journeys.existsByNameIgnoreCase(journey.getName())) {
            throw new ConfirmationNeeded(SAME_NAME, journey.getName());
        }
        journeys.save(journey);
        activity.record(journey.getId(), ActivityAction.JOURNEY_CREATED, journey.getName());
        for (int i = 0; i < phaseNames.size(); i++) {
            phases.save(new Phase(journey.getId(), Texts.required(phaseNames.get(i), Texts.SHORT, "journey.error.phaseName"), i + 1));
        }
        checks.refresh(journey);
        return journeys.saveAndFlush(journey);
    }

    /**
     * {@link #create(JourneyData, List, boolean)} returning only the new journey's id, for the REST API and the demo
     * seeder, which read the journey back as records.
     */
    @PreAuthorize(MANAGERS)
    public UUID createReturningId(JourneyData data, List<String> phaseNames, boolean sameNameConfirmed) {
        return create(data, phaseNames, sameNameConfirmed).getId();
    }

    @PreAuthorize(MANAGERS)
    public Journey update(UUID id, long expectedVersion, JourneyData data) {
        return update(id, expectedVersion, data, false);
    }

    /**
     * Changes a journey's details. Renaming it to a name another journey of the tenant has needs a confirmation;
     * keeping its own name never does.
     */
    @PreAuthorize(MANAGERS)
    public Journey update(UUID id, long expectedVersion, JourneyData data, boolean sameNameConfirmed) {
        Journey journey = journeys.findById(id).orElseThrow(JourneyService::notFound);
        ConcurrentEditException.check(journey.getVersion(), expectedVersion);
        String oldName = journey.getName();
        String newName = Texts.required(data.name(), 200, "journey.error.name");
        if (!sameNameConfirmed && !newName.equalsIgnoreCase(oldName)
                && journeys.existsByNameIgnoreCaseAndIdNot(newName, id)) {
            throw new ConfirmationNeeded(SAME_NAME, newName);
        }
        apply(journey, data);
        activity.record(journey.getId(), ActivityAction.JOURNEY_CHANGED, journey.getName(), oldName.equals(journey.getName())
                ? List.of() : List.of(new JourneyActivity.FieldChange("journeys.name", oldName, journey.getName())));
        announce(journey);
        checks.refresh(journey);
        return journeys.saveAndFlush(journey);
    }

    /**
     * A copy with all phases and moments, named "Copy of …" (with a number when that name is taken, so copies can be
     * told apart), in the mapping stage.
     */
    @PreAuthorize(MANAGERS)
    public Journey duplicate(UUID id, String copyName) {
        Journey original = journeys.findById(id).orElseThrow(JourneyService::notFound);
        Journey copy = new Journey();
        copy.setName(freeName(Texts.required(copyName, 200, "journey.error.name")));
        copy.setType(original.getType());
        copy.setPersonaId(original.getPersonaId());
        copy.setStartsAt(original.getStartsAt());
        copy.setEndsAt(original.getEndsAt());
        copy.setDescription(original.getDescription());
        copy.setOwnerUserId(original.getOwnerUserId());
        copy.setLifecycleStage(LifecycleStage.MAPPING);
        journeys.save(copy);
        activity.record(copy.getId(), ActivityAction.JOURNEY_CREATED, copy.getName());
        Map<UUID, UUID> phaseCopies = new HashMap<>();
        for (Phase phase : phases.findByJourneyIdOrderByPositionAsc(original.getId())) {
            phaseCopies.put(phase.getId(), phases.save(new Phase(copy.getId(), phase.getName(), phase.getPosition())).getId());
        }
        for (Moment moment : moments.findByJourneyId(original.getId())) {
            moments.save(moment.copyTo(copy.getId(), phaseCopies.get(moment.getPhaseId())));
        }
        checks.refresh(copy);
        return journeys.saveAndFlush(copy);
    }

    private String freeName(String name) {
        String candidate = name;
        for (int number = 2; journeys.existsByNameIgnoreCase(candidate); number++) {
            String suffix = " (" + number + ")";
            candidate = name.substring(0, Math.min(name.length(), 200 - suffix.length())) + suffix;
        }
        return candidate;
    }

    @PreAuthorize(MANAGERS)
    public Journey setArchived(UUID id, boolean archived) {
        Journey journey = journeys.findById(id).orElseThrow(JourneyService::notFound);
        journey.setArchived(archived);
        journey.touch();
        activity.record(journey.getId(), archived ? ActivityAction.JOURNEY_ARCHIVED : ActivityAction.JOURNEY_RESTORED,
                journey.getName());
        announce(journey);
        return journeys.saveAndFlush(journey);
    }

    /**
     * Sets the journey's life-cycle stage, for the governance module's gates (which check who may move and record the
     * transition). Refused when the journey is no longer in {@code expectedFrom}: someone else moved it meanwhile, and
     * a move is never applied twice.
     */
    @PreAuthorize(MANAGERS)
    public JourneyRecord moveStage(UUID journeyId, LifecycleStage expectedFrom, LifecycleStage to) {
        Journey journey = journeys.findById(journeyId).orElseThrow(JourneyService::notFound);
        if (journey.isArchived()) {
            throw new UserFacingException("journey.error.archived");
        }
        if (journey.getLifecycleStage() != expectedFrom) {
            throw new UserFacingException("journey.error.stageMoved",
                    new app.momentum.base.Translatable("stage." + journey.getLifecycleStage().name()));
        }
        journey.setLifecycleStage(to);
        journey.touch();
        activity.record(journey.getId(), ActivityAction.JOURNEY_CHANGED, journey.getName(), List.of(
                new JourneyActivity.FieldChange("journeys.stage", expectedFrom.name(), to.name())));
        announce(journey);
        return JourneyRecord.of(journeys.saveAndFlush(journey));
    }

    /**
     * Saves a baseline of the map under {@code name}, or "name (2)", "name (3)"… when the journey already has a
     * baseline of that name (the life cycle saves one at the start of every cycle). Returns the name used.
     */
    @PreAuthorize(MANAGERS)
    public String saveBaseline(UUID journeyId, String name) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        collaboration.baselines(journeyId).forEach(b -> taken.add(b.getName().toLowerCase(Locale.ROOT)));
        String candidate = name;
        for (int number = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); number++) {
            candidate = name + " (" + number + ")";
        }
        collaboration.createBaseline(journeyId, candidate);
        return candidate;
    }

    /** Others on the journey redraw it (details, archived state) once this transaction commits. */
    private void announce(Journey journey) {
        events.publishEvent(new LiveEvent(journey.getTenantId(), journey.getId(), LiveEvent.Kind.CHANGED, null,
                memberSession.current().map(a -> a.user().id()).orElse(null)));
    }

    private void apply(Journey journey, JourneyData data) {
        // every field's problem at once, before anything changes
        Validation.Checks checks = Validation.checks();
        String name = checks.field("name", () -> Texts.required(data.name(), 200, "journey.error.name"));
        checks.require("type", data.type() != null, "journey.error.type");
        String startsAt = checks.field("startsAt", () -> Texts.optional(data.startsAt(), 500));
        String endsAt = checks.field("endsAt", () -> Texts.optional(data.endsAt(), 500));
        String description = checks.field("description", () -> Texts.optional(data.description(), 4000));
        checks.require("owner", data.ownerUserId() == null || members.isActiveMember(data.ownerUserId()),
                "journey.error.owner");
        checks.throwIfAny();
        if (data.personaId() != null && !brand.personaExists(data.personaId())) {
            throw notFound();
        }
        journey.setName(name);
        journey.setType(data.type());
        journey.setPersonaId(data.personaId());
        journey.setStartsAt(startsAt);
        journey.setEndsAt(endsAt);
        journey.setDescription(description);
        journey.setOwnerUserId(data.ownerUserId());
        journey.touch();
    }

    /** The journeys a filter lets through, as a query (also {@link JourneyLookup#activeJourneys}'s). */
    static Specification<Journey> matching(JourneyFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
            conditions.add(cb.equal(root.get("archived"), filter.archived()));
            if (filter.text() != null && !filter.text().isBlank()) {
                String pattern = "%" + filter.text().strip().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                conditions.add(cb.or(cb.like(cb.lower(root.get("name")), pattern, '\\'),
                        cb.like(cb.lower(root.get("description")), pattern, '\\')));
            }
            if (filter.type() != null) {
                conditions.add(cb.equal(root.get("type"), filter.type()));
            }
            if (filter.personaId() != null) {
                conditions.add(cb.equal(root.get("personaId"), filter.personaId()));
            }
            if (filter.ownerUserId() != null) {
                conditions.add(cb.equal(root.get("ownerUserId"), filter.ownerUserId()));
            }
            if (filter.stage() != null) {
                conditions.add(cb.equal(root.get("lifecycleStage"), filter.stage()));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
    }

    public static UserFacingException notFound() {
        return new UserFacingException("error.notFound");
    }
}
