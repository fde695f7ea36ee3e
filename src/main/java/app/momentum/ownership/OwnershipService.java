package app.momentum.ownership;

import app.momentum.ownership.internal.UserDiscipline;
import app.momentum.ownership.internal.MomentResponsibility;
import app.momentum.ownership.internal.MomentEnabler;
import app.momentum.ownership.internal.UserDisciplineRepository;
import app.momentum.ownership.internal.MomentResponsibilityRepository;
import app.momentum.ownership.internal.MomentEnablerRepository;
import app.momentum.base.Texts;
import app.momentum.base.UserFacingException;
import app.momentum.discipline.DisciplineService;
import app.momentum.discipline.DisciplineService.DisciplineRef;
import app.momentum.journey.JourneyLookup;
import app.momentum.journey.JourneyLookup.MomentRef;
import app.momentum.journey.JourneyMapService;
import app.momentum.ownership.domain.Raci;
import app.momentum.ownership.domain.ResponsibilityRules;
import app.momentum.ownership.domain.ResponsibilityRules.Gap;
import app.momentum.ownership.domain.ResponsibilityRules.MomentFacts;
import app.momentum.tenancy.TenantMembers;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who delivers each moment: the responsibility matrix (R/A/C/I per discipline), the employee enablers per
 * moment, and which disciplines members belong to. Managers edit; everyone reads.
 */
@Service
@Transactional
public class OwnershipService {

    static final String MANAGERS = OwnershipPermissions.MAY_ASSIGN;

    private final MomentResponsibilityRepository responsibilities;
    private final MomentEnablerRepository enablers;
    private final UserDisciplineRepository userDisciplines;
    private final DisciplineService disciplines;
    private final TenantMembers members;
    private final JourneyMapService maps;
    private final JourneyLookup journeys;

    OwnershipService(MomentResponsibilityRepository responsibilities, MomentEnablerRepository enablers,
                     UserDisciplineRepository userDisciplines, DisciplineService disciplines, TenantMembers members,
                     JourneyMapService maps, JourneyLookup journeys) {
        this.responsibilities = responsibilities;
        this.enablers = enablers;
        this.userDisciplines = userDisciplines;
        this.disciplines = disciplines;
        this.members = members;
        this.maps = maps;
        this.journeys = journeys;
    }

    /** The matrix of a journey: moments in map order, disciplines, the cells, enablers and the gaps. */
    public record Matrix(List<MomentRef> moments, List<DisciplineRef> disciplines, Map<UUID, Map<UUID, Raci>> cells,
                         Map<UUID, MomentEnabler> enablers, List<Gap> gaps) {

        public Raci cell(UUID momentId, UUID disciplineId) {
            return cells.getOrDefault(momentId, Map.of()).get(disciplineId);
        }

        public List<Gap> gapsOf(UUID momentId) {
            return gaps.stream().filter(g -> g.momentId().equals(momentId)).toList();
        }
    }

    public record EnablerData(String expectedBehaviour, String training, String hiringCriteria, String incentives,
                              String processChange) {
    }

    @Transactional(readOnly = true)
    public Matrix matrix(UUID journeyId) {
        journeys.journey(journeyId).orElseThrow(OwnershipService::notFound); // another tenant's journey is not found
        List<MomentRef> journeyMoments = journeys.momentsInMapOrder(journeyId);
        List<DisciplineRef> all = disciplines.all();
        Map<UUID, Map<UUID, Raci>> cells = new HashMap<>();
        for (MomentResponsibility r : responsibilities.findByJourneyId(journeyId)) {
            cells.computeIfAbsent(r.getMomentId(), m -> new HashMap<>()).put(r.getDisciplineId(), r.getRaci());
        }
        Map<UUID, MomentEnabler> enablerByMoment = enablers.findByJourneyId(journeyId).stream()
                .collect(Collectors.toMap(MomentEnabler::getMomentId, e -> e));
        List<MomentFacts> facts = journeyMoments.stream().map(m -> new MomentFacts(m.id(), m.targetLevel(),
                cells.getOrDefault(m.id(), Map.of()), m.ownerUserId(), disciplineIdsOf(m.ownerUserId()),
                hasBehaviour(enablerByMoment.get(m.id())))).toList();
        return new Matrix(journeyMoments, all, cells, enablerByMoment, ResponsibilityRules.gaps(facts, hrDiscipline(all)));
    }

    /** Sets one cell (null clears it). At most one accountable discipline; the owner's discipline keeps R or A. */
    @PreAuthorize(MANAGERS)
    public void setRaci(UUID momentId, UUID disciplineId, Raci raci) {
        MomentRef moment = journeys.moment(momentId).orElseThrow(OwnershipService::notFound);
        if (!disciplines.disciplineExists(disciplineId)) {
            throw notFound();
        }
        List<MomentResponsibility> current = responsibilities.findByMomentId(momentId);
        Map<UUID, Raci> after = new HashMap<>();
        current.forEach(r -> after.put(r.getDisciplineId(), r.getRaci()));
        if (raci == null) {
            after.remove(disciplineId);
        } else {
            after.put(disciplineId, raci);
        }
        ResponsibilityRules.checkAssignment(after);
        if (moment.ownerUserId() != null && hasDeliverer(current)) {
            ResponsibilityRules.checkOwner(moment.ownerUserId(), disciplineIdsOf(moment.ownerUserId()), after);
        }
        MomentResponsibility existing = current.stream().filter(r -> r.getDisciplineId().equals(disciplineId)).findFirst().orElse(null);
        if (existing != null && raci == null) {
            responsibilities.delete(existing);
        } else if (existing != null) {
            existing.setRaci(raci);
        } else if (raci != null) {
            responsibilities.save(new MomentResponsibility(moment.journeyId(), momentId, disciplineId, raci));
        }
    }

    @PreAuthorize(MANAGERS)
    public MomentEnabler saveEnabler(UUID momentId, EnablerData data) {
        MomentRef moment = journeys.moment(momentId).orElseThrow(OwnershipService::notFound);
        MomentEnabler enabler = enablers.findByMomentId(momentId).orElseGet(() -> new MomentEnabler(moment.journeyId(), momentId));
        enabler.setExpectedBehaviour(Texts.optional(data.expectedBehaviour(), Texts.LONG));
        enabler.setTraining(Texts.optional(data.training(), Texts.LONG));
        enabler.setHiringCriteria(Texts.optional(data.hiringCriteria(), Texts.LONG));
        enabler.setIncentives(Texts.optional(data.incentives(), Texts.LONG));
        enabler.setProcessChange(Texts.optional(data.processChange(), Texts.LONG));
        MomentEnabler saved = enablers.save(enabler);
        enablers.flush();
        maps.recheck(moment.journeyId()); // a 9+ moment's expected behaviour is part of the signature check
        return saved;
    }

    /**
     * The discipline that answers for a moment: the one accountable for it (RACI "A"), else the moment's owning
     * discipline; empty when neither is set or the moment is not this tenant's. Readable by every member.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<UUID> accountableDiscipline(UUID momentId) {
        return responsibilities.findByMomentId(momentId).stream().filter(r -> r.getRaci() == Raci.A)
                .map(MomentResponsibility::getDisciplineId).findFirst()
                .or(() -> journeys.moment(momentId).map(MomentRef::ownerDisciplineId));
    }

    @Transactional(readOnly = true)
    public Set<UUID> disciplineIdsOf(UUID userId) {
        if (userId == null) {
            return Set.of();
        }
        return userDisciplines.findByUserId(userId).stream().map(UserDiscipline::getDisciplineId).collect(Collectors.toSet());
    }

    /** The disciplines a member belongs to (replaces the current ones). */
    @PreAuthorize(app.momentum.tenancy.MemberPermissions.MAY_MANAGE) // a member's disciplines are member administration
    public void setDisciplinesOf(UUID userId, Set<UUID> disciplineIds) {
        if (!members.isMember(userId)) {
            throw notFound();
        }
        Set<UUID> wanted = new HashSet<>(disciplineIds);
        if (!disciplines.all().stream().map(DisciplineRef::id).collect(Collectors.toSet()).containsAll(wanted)) {
            throw notFound();
        }
        for (UserDiscipline existing : userDisciplines.findByUserId(userId)) {
            if (!wanted.remove(existing.getDisciplineId())) {
                userDisciplines.delete(existing);
            }
        }
        wanted.forEach(d -> userDisciplines.save(new UserDiscipline(userId, d)));
    }

    private static boolean hasDeliverer(List<MomentResponsibility> cells) {
        return cells.stream().anyMatch(r -> r.getRaci().delivers());
    }

    static boolean hasBehaviour(MomentEnabler enabler) {
        return enabler != null && enabler.getExpectedBehaviour() != null && !enabler.getExpectedBehaviour().isBlank();
    }

    /** HR is the discipline named "HR" (seeded for every tenant); none when a tenant removed it. */
    static UUID hrDiscipline(List<DisciplineRef> all) {
        return all.stream().filter(d -> d.name().strip().toUpperCase(Locale.ROOT).equals("HR")).map(DisciplineRef::id)
                .findFirst().orElse(null);
    }

    private static UserFacingException notFound() {
        return new UserFacingException("error.notFound");
    }
}
