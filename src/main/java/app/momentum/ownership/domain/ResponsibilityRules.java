package app.momentum.ownership.domain;

import app.momentum.base.UserFacingException;
import app.momentum.journey.TargetLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of a journey's responsibility matrix: moments against disciplines, each cell R, A, C or I.
 *
 * <p>Two rules are enforced on saving, because breaking them makes the matrix meaningless: a moment has at most
 * one accountable discipline (two "A"s means nobody answers for it), and a moment's owner works in a discipline
 * that delivers it (an owner who neither does the work nor answers for it owns nothing). The other weaknesses are
 * allowed while a matrix is being filled in, and are reported as {@linkplain #gaps gaps} to close.
 */
public final class ResponsibilityRules {

    private ResponsibilityRules() {
    }

    /**
     * What the rules need to know about one moment.
     *
     * @param raciByDiscipline each involved discipline's part; uninvolved disciplines are absent
     * @param ownerPersonId the person who owns the moment, or null when nobody does yet
     * @param ownerPersonDisciplineIds the disciplines the owner works in; empty when there is no owner
     * @param hasExpectedBehaviour whether the moment describes the behaviour expected of employees
     */
    public record MomentFacts(UUID momentId, TargetLevel target, Map<UUID, Raci> raciByDiscipline,
                              UUID ownerPersonId, Set<UUID> ownerPersonDisciplineIds, boolean hasExpectedBehaviour) {

        public MomentFacts {
            Objects.requireNonNull(momentId, "momentId");
            Objects.requireNonNull(target, "target");
            raciByDiscipline = raciByDiscipline == null ? Map.of() : Map.copyOf(raciByDiscipline);
            ownerPersonDisciplineIds = ownerPersonDisciplineIds == null ? Set.of() : Set.copyOf(ownerPersonDisciplineIds);
        }
    }

    /** A weakness in the matrix, in the order of {@link GapType}: the most basic first. */
    public enum GapType {
        /** No discipline answers for the moment, so nobody does. */
        NO_ACCOUNTABLE,
        /** A 9+ depends on how employees behave, which HR shapes through hiring, training and rewards. */
        NINE_PLUS_WITHOUT_HR,
        /** A 9+ is delivered by people; without the behaviour written down, nobody knows what earns the 9. */
        NINE_PLUS_WITHOUT_EXPECTED_BEHAVIOUR,
        /** The owner's disciplines neither do the work nor answer for it. */
        OWNER_NOT_RESPONSIBLE;

        /** Translation key of the sentence that explains the gap. */
        public String labelKey() {
            return "gap." + name();
        }
    }

    /** One gap in one moment. */
    public record Gap(UUID momentId, GapType type) {

        public Gap {
            Objects.requireNonNull(momentId, "momentId");
            Objects.requireNonNull(type, "type");
        }
    }

    /** Refuses a moment's row with more than one accountable discipline: {@code raci.error.oneAccountable}. */
    public static void checkAssignment(Map<UUID, Raci> raciByDiscipline) {
        long accountable = raciByDiscipline.values().stream().filter(raci -> raci == Raci.A).count();
        if (accountable > 1) {
            throw new UserFacingException("raci.error.oneAccountable");
        }
    }

    /**
     * Refuses an owner none of whose disciplines is R or A for the moment: {@code raci.error.ownerNotResponsible}.
     * A moment without an owner passes; that is a different, earlier stage.
     */
    public static void checkOwner(UUID ownerPersonId, Set<UUID> ownerPersonDisciplineIds,
                                  Map<UUID, Raci> raciByDiscipline) {
        if (ownerPersonId != null && !delivers(ownerPersonDisciplineIds, raciByDiscipline)) {
            throw new UserFacingException("raci.error.ownerNotResponsible");
        }
    }

    /**
     * The gaps in a journey's matrix, in moment order and per moment in {@link GapType} order.
     *
     * @param hrDisciplineId the tenant's HR discipline, or null when it has none, in which case no 9+ moment can
     *                       involve HR
     */
    public static List<Gap> gaps(List<MomentFacts> moments, UUID hrDisciplineId) {
        List<Gap> gaps = new ArrayList<>();
        for (MomentFacts moment : moments) {
            for (GapType type : GapType.values()) {
                if (has(type, moment, hrDisciplineId)) {
                    gaps.add(new Gap(moment.momentId(), type));
                }
            }
        }
        return List.copyOf(gaps);
    }

    private static boolean has(GapType type, MomentFacts moment, UUID hrDisciplineId) {
        boolean ninePlus = moment.target() == TargetLevel.NINE_PLUS;
        return switch (type) {
            case NO_ACCOUNTABLE -> !moment.raciByDiscipline().containsValue(Raci.A);
            case NINE_PLUS_WITHOUT_HR -> ninePlus
                    && (hrDisciplineId == null || !moment.raciByDiscipline().containsKey(hrDisciplineId));
            case NINE_PLUS_WITHOUT_EXPECTED_BEHAVIOUR -> ninePlus && !moment.hasExpectedBehaviour();
            case OWNER_NOT_RESPONSIBLE -> moment.ownerPersonId() != null
                    && !delivers(moment.ownerPersonDisciplineIds(), moment.raciByDiscipline());
        };
    }

    private static boolean delivers(Set<UUID> disciplineIds, Map<UUID, Raci> raciByDiscipline) {
        if (disciplineIds == null) {
            return false;
        }
        return disciplineIds.stream().filter(Objects::nonNull).map(raciByDiscipline::get)
                .anyMatch(raci -> raci != null && raci.delivers());
    }
}
