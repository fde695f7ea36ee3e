package app.momentum.journey.signature;

import app.momentum.journey.MomentNature;
import app.momentum.journey.TargetLevel;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What the signature check needs to know about one moment of a journey: a plain snapshot, free of persistence.
 *
 * @param id                 the moment's id, reported back in {@link CheckItem#momentIds()}
 * @param title              the moment's title (for diagnostics only; the check never reads it)
 * @param target             7+ (good enough) or 9+ (above expectation for an emotionally charged need)
 * @param nature             functional or emotional
 * @param momentOfTruth      whether this moment decides how the customer judges the whole journey
 * @param brandMoment        whether the moment is designed to express brand values
 * @param brandValueIds      the brand values this moment expresses (null becomes empty)
 * @param currentEmotion     how the moment feels today, -3..+3, or null when not known yet
 * @param desiredEmotion     how the moment should feel, -3..+3, or null when not set yet
 * @param deepDriver         for 9+ moments: the customer's deep driver this moment serves
 * @param exceedsExpectation for 9+ moments: how the moment goes beyond what the customer expects
 * @param repeatability      for 9+ moments: how the moment is made repeatable instead of a lucky accident
 * @param ownerDisciplineId  the discipline that owns the moment, or null when nobody does yet
 * @param expectedBehaviour  whether the behaviour expected of employees in this moment is described (an
 *                           employee enabler); a 9+ moment without it depends on luck
 */
public record MomentDesign(
        UUID id,
        String title,
        TargetLevel target,
        MomentNature nature,
        boolean momentOfTruth,
        boolean brandMoment,
        Set<UUID> brandValueIds,
        Integer currentEmotion,
        Integer desiredEmotion,
        String deepDriver,
        String exceedsExpectation,
        String repeatability,
        UUID ownerDisciplineId,
        boolean expectedBehaviour) {

    /** A moment whose expected employee behaviour is not part of the snapshot: taken as described. */
    public MomentDesign(UUID id, String title, TargetLevel target, MomentNature nature, boolean momentOfTruth,
                        boolean brandMoment, Set<UUID> brandValueIds, Integer currentEmotion, Integer desiredEmotion,
                        String deepDriver, String exceedsExpectation, String repeatability, UUID ownerDisciplineId) {
        this(id, title, target, nature, momentOfTruth, brandMoment, brandValueIds, currentEmotion, desiredEmotion, deepDriver,
                exceedsExpectation, repeatability, ownerDisciplineId, true);
    }

    /** Lowest point of the emotion scale. */
    public static final int MIN_EMOTION = -3;
    /** Highest point of the emotion scale. */
    public static final int MAX_EMOTION = 3;

    public MomentDesign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(nature, "nature");
        brandValueIds = brandValueIds == null ? Set.of() : Set.copyOf(brandValueIds);
        requireOnScale(currentEmotion, "currentEmotion");
        requireOnScale(desiredEmotion, "desiredEmotion");
    }

    /** Whether this moment is designed to score above expectation. */
    public boolean isNinePlus() {
        return target == TargetLevel.NINE_PLUS;
    }

    private static void requireOnScale(Integer emotion, String name) {
        if (emotion != null && (emotion < MIN_EMOTION || emotion > MAX_EMOTION)) {
            throw new IllegalArgumentException(
                    name + " must be between " + MIN_EMOTION + " and " + MAX_EMOTION + ", was " + emotion);
        }
    }
}
