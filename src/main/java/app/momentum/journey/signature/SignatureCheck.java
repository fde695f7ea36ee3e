package app.momentum.journey.signature;

import static app.momentum.journey.signature.CheckStatus.FAIL;
import static app.momentum.journey.signature.CheckStatus.NOT_APPLICABLE;
import static app.momentum.journey.signature.CheckStatus.PASS;
import static app.momentum.journey.signature.CheckStatus.WARNING;

import app.momentum.journey.JourneyType;
import app.momentum.journey.MomentNature;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Checks whether a journey design follows the rules of a signature journey. Pure and stateless: it only reads the
 * design it is given, so views can run it on every change.
 */
public final class SignatureCheck {

    /**
     * The peak must be clearly positive (+2 or more): a +1 is pleasant, but nobody tells others about it.
     */
    public static final int MIN_PEAK_EMOTION = 2;

    /** The journey must end positively (+1 or more): the end colours the memory of the whole journey. */
    public static final int MIN_END_EMOTION = 1;

    private SignatureCheck() {
    }

    /** Runs every rule; the result holds one item per {@link CheckRule}, in that order. */
    public static CheckResult evaluate(JourneyDesign design, CheckSettings settings) {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(settings, "settings");
        List<MomentDesign> moments = design.moments();
        return new CheckResult(List.of(
                momentOfTruth(moments),
                dosing(moments, settings),
                brandValues(design),
                brandValuesMeasured(design),
                peakEnd(moments),
                recovery(moments),
                ninePlusComplete(moments),
                ownerDiscipline(moments),
                functionalNinePlus(moments),
                employeeBehaviour(moments)));
    }

    /** A journey is won or lost in its moments of truth, so at least one must be designed above expectation. */
    private static CheckItem momentOfTruth(List<MomentDesign> moments) {
        if (moments.stream().anyMatch(m -> m.momentOfTruth() && m.isNinePlus())) {
            return item(CheckRule.MOMENT_OF_TRUTH_NINE_PLUS, PASS);
        }
        List<MomentDesign> plainTruths = where(moments, MomentDesign::momentOfTruth);
        return item(CheckRule.MOMENT_OF_TRUTH_NINE_PLUS, FAIL, ids(plainTruths), List.of());
    }

    /**
     * A peak needs contrast: when too many moments are 9+, none stands out and the organisation cannot keep them
     * all up.
     */
    private static CheckItem dosing(List<MomentDesign> moments, CheckSettings settings) {
        int maxPercent = (int) Math.round(settings.maxNinePlusShare() * 100);
        if (moments.isEmpty()) {
            return item(CheckRule.DOSING, PASS, List.of(), List.of(0, maxPercent));
        }
        List<MomentDesign> ninePlus = where(moments, MomentDesign::isNinePlus);
        double share = (double) ninePlus.size() / moments.size();
        int percent = (int) Math.round(share * 100);
        if (share <= settings.maxNinePlusShare()) {
            return item(CheckRule.DOSING, PASS, List.of(), List.of(percent, maxPercent));
        }
        // 7 of 23 is 30.4%: rounded it would read "30%, at most 30%", so a failing share shows at least max + 1
        int shownPercent = Math.max(percent, maxPercent + 1);
        return item(CheckRule.DOSING, FAIL, ids(ninePlus), List.of(shownPercent, maxPercent));
    }

    /**
     * A signature journey makes the brand tangible: every brand value must come back in a brand moment or a 9+
     * moment. Other journey types are not about the brand.
     */
    private static CheckItem brandValues(JourneyDesign design) {
        CheckRule rule = CheckRule.BRAND_VALUES_EXPRESSED;
        if (design.type() != JourneyType.SIGNATURE_JOURNEY) {
            return item(rule, NOT_APPLICABLE);
        }
        if (design.brandValueIds().isEmpty()) {
            return item(rule, WARNING);
        }
        Set<UUID> expressed = design.moments().stream()
                .filter(m -> m.brandMoment() || m.isNinePlus())
                .flatMap(m -> m.brandValueIds().stream())
                .collect(Collectors.toSet());
        List<UUID> missing = design.brandValueIds().stream().filter(v -> !expressed.contains(v)).distinct().toList();
        if (missing.isEmpty()) {
            return item(rule, PASS);
        }
        return new CheckItem(rule, FAIL, List.of(), missing, List.of(missing.size()));
    }

    /**
     * A brand moment is meant to make its brand values felt; where customers were asked how strongly they experience
     * those values, the survey should show it: a reliable positive impact of the moment on each of its values. The
     * moments checked are those the previous rule counts (brand moments and 9+ moments), each with the values it is
     * meant to express and the survey measured. Not applicable (and not shown) without such a survey or outside
     * signature journeys; a warning, not a failure, because a survey can miss a real contribution (too few
     * respondents experienced the moment).
     *
     * <p>Arguments: pass {@code (moments checked)}, warning {@code (moments not contributing, moments checked)}.
     */
    private static CheckItem brandValuesMeasured(JourneyDesign design) {
        CheckRule rule = CheckRule.BRAND_VALUES_MEASURED;
        if (design.type() != JourneyType.SIGNATURE_JOURNEY) {
            return item(rule, NOT_APPLICABLE);
        }
        List<MomentDesign> checked = new ArrayList<>();
        List<MomentDesign> notContributing = new ArrayList<>();
        for (MomentDesign moment : design.moments()) {
            if (!(moment.brandMoment() || moment.isNinePlus())) {
                continue;
            }
            java.util.Map<UUID, Boolean> measured = design.brandEvidence().getOrDefault(moment.id(), java.util.Map.of());
            List<Boolean> contributions = moment.brandValueIds().stream().filter(measured::containsKey)
                    .map(measured::get).toList();
            if (!contributions.isEmpty()) {
                checked.add(moment);
                if (contributions.contains(Boolean.FALSE)) {
                    notContributing.add(moment);
                }
            }
        }
        if (checked.isEmpty()) {
            return item(rule, NOT_APPLICABLE);
        }
        if (notContributing.isEmpty()) {
            return item(rule, PASS, ids(checked), List.of(checked.size()));
        }
        return item(rule, WARNING, ids(notContributing), List.of(notContributing.size(), checked.size()));
    }

    /**
     * Peak–end rule: customers judge an experience by its most intense moment and by how it ends, not by the
     * average. So the journey needs one clear positive peak — a single moment whose desired emotion is higher than
     * every other moment's, at least {@link #MIN_PEAK_EMOTION} — and a positive last moment. Other moments may be
     * +2 too: the peak only has to stand out above them (the dosing rule keeps 9+ moments scarce). Following a dip
     * with a positive moment is the separate recovery rule.
     *
     * <p>Arguments: pass and fail {@code (peak, end)}, warning {@code (peak, end, moments at the peak)}; without any
     * desired emotion the warning has {@code (0, 0, 0)}.
     */
    private static CheckItem peakEnd(List<MomentDesign> moments) {
        CheckRule rule = CheckRule.PEAK_END;
        List<MomentDesign> rated = where(moments, m -> m.desiredEmotion() != null);
        if (rated.isEmpty()) {
            return item(rule, WARNING, List.of(), List.of(0, 0, 0));
        }
        int peak = rated.stream().mapToInt(MomentDesign::desiredEmotion).max().orElseThrow();
        List<MomentDesign> peakMoments = where(rated, m -> m.desiredEmotion() == peak);
        MomentDesign last = moments.getLast();
        Integer end = last.desiredEmotion();
        boolean endHolds = end != null && end >= MIN_END_EMOTION;
        List<Object> arguments = List.of(peak, end == null ? 0 : end);

        // a journey without a positive peak cannot end positively either (the end is at most the peak, or not set)
        if (!endHolds) {
            List<UUID> concerned = new ArrayList<>(List.of(last.id()));
            if (peak <= 0) {
                concerned.addAll(ids(peakMoments));
            }
            return item(rule, FAIL, inJourneyOrder(moments, concerned), arguments);
        }
        boolean clearPeak = peak >= MIN_PEAK_EMOTION && peakMoments.size() == 1;
        if (!clearPeak) {
            return item(rule, WARNING, ids(peakMoments), List.of(peak, end, peakMoments.size()));
        }
        return item(rule, PASS, inJourneyOrder(moments, List.of(peakMoments.getFirst().id(), last.id())), arguments);
    }

    /**
     * A dip is acceptable only when the journey recovers from it: the next moment with a desired emotion must be
     * positive, otherwise the customer walks away with the low.
     */
    private static CheckItem recovery(List<MomentDesign> moments) {
        List<MomentDesign> unrecovered = new ArrayList<>();
        for (int i = 0; i < moments.size(); i++) {
            MomentDesign moment = moments.get(i);
            if (moment.desiredEmotion() != null && moment.desiredEmotion() < 0 && !recoversAfter(moments, i)) {
                unrecovered.add(moment);
            }
        }
        return flagged(CheckRule.RECOVERY, FAIL, unrecovered);
    }

    private static boolean recoversAfter(List<MomentDesign> moments, int index) {
        return moments.subList(index + 1, moments.size()).stream()
                .map(MomentDesign::desiredEmotion)
                .filter(Objects::nonNull)
                .findFirst()
                .map(next -> next > 0)
                .orElse(false);
    }

    /** A 9+ moment is a promise: without a deep driver, a surprise and a way to repeat it, it is just a hope. */
    private static CheckItem ninePlusComplete(List<MomentDesign> moments) {
        List<MomentDesign> incomplete = where(moments, m -> m.isNinePlus()
                && (isBlank(m.deepDriver()) || isBlank(m.exceedsExpectation()) || isBlank(m.repeatability())));
        return flagged(CheckRule.NINE_PLUS_COMPLETE, FAIL, incomplete);
    }

    /** A moment nobody owns is a moment nobody delivers. */
    private static CheckItem ownerDiscipline(List<MomentDesign> moments) {
        return flagged(CheckRule.OWNER_DISCIPLINE, FAIL, where(moments, m -> m.ownerDisciplineId() == null));
    }

    /**
     * Functional moments are hygiene factors: done well they prevent dissatisfaction, but they never earn a 9. A
     * 9+ target on one is usually a mistake, though not always, so it is a warning.
     */
    private static CheckItem functionalNinePlus(List<MomentDesign> moments) {
        return flagged(CheckRule.FUNCTIONAL_NINE_PLUS, WARNING,
                where(moments, m -> m.isNinePlus() && m.nature() == MomentNature.FUNCTIONAL));
    }

    /**
     * A 9+ moment is delivered by people: without a description of the behaviour expected of them it depends on
     * one employee's kindness rather than a standard way of working. A warning: the design may still be right.
     */
    private static CheckItem employeeBehaviour(List<MomentDesign> moments) {
        return flagged(CheckRule.EMPLOYEE_BEHAVIOUR, WARNING, where(moments, m -> m.isNinePlus() && !m.expectedBehaviour()));
    }

    /** PASS when nothing is flagged; otherwise {@code status} with the flagged moments and their count. */
    private static CheckItem flagged(CheckRule rule, CheckStatus status, List<MomentDesign> flagged) {
        if (flagged.isEmpty()) {
            return item(rule, PASS);
        }
        return item(rule, status, ids(flagged), List.of(flagged.size()));
    }

    private static CheckItem item(CheckRule rule, CheckStatus status) {
        return item(rule, status, List.of(), List.of());
    }

    private static CheckItem item(CheckRule rule, CheckStatus status, List<UUID> momentIds, List<Object> arguments) {
        return new CheckItem(rule, status, momentIds, List.of(), arguments);
    }

    private static List<MomentDesign> where(List<MomentDesign> moments, Predicate<MomentDesign> condition) {
        return moments.stream().filter(condition).toList();
    }

    private static List<UUID> ids(List<MomentDesign> moments) {
        return moments.stream().map(MomentDesign::id).toList();
    }

    /** The given ids in the order their moments appear in the journey, each once. */
    private static List<UUID> inJourneyOrder(List<MomentDesign> moments, Collection<UUID> ids) {
        return moments.stream().map(MomentDesign::id).filter(ids::contains).distinct().toList();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
