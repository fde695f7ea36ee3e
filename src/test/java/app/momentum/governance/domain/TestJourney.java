package app.momentum.governance.domain;

import app.momentum.action.domain.ActionStatus;
import app.momentum.governance.domain.JourneyFacts.ActionFacts;
import app.momentum.governance.domain.JourneyFacts.MomentFacts;
import app.momentum.governance.domain.JourneyFacts.TargetShares;
import app.momentum.journey.MomentNature;
import app.momentum.journey.TargetLevel;
import app.momentum.journey.signature.CheckStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A small hand-built journey (id 1) that passes every gate: phases 10 and 20, moments 11 (a 7+ moment of truth in
 * phase 10) and 21 (a 9+ moment with enablers in phase 20), cycle started on 1 March 2026, no actions, a survey on
 * 1 April 2026. Tests spoil one thing at a time. Ids are written as small numbers and turned into UUIDs by
 * {@link #id(long)}.
 */
final class TestJourney {

    static final LocalDate CYCLE_START = LocalDate.of(2026, 3, 1);

    boolean hasOwner = true;
    boolean hasPersona = true;
    boolean signatureJourney = false;
    CheckStatus signatureStatus = null;
    final List<UUID> phaseIds = new ArrayList<>(List.of(id(10), id(20)));
    final List<MomentFacts> moments = new ArrayList<>(List.of(
            moment(11, 10, TargetLevel.SEVEN_PLUS, true),
            moment(21, 20, TargetLevel.NINE_PLUS, false)));
    final List<ActionFacts> actions = new ArrayList<>();
    final List<LocalDate> surveys = new ArrayList<>(List.of(LocalDate.of(2026, 4, 1)));
    TargetShares targetShares = TargetShares.UNKNOWN;

    /** The UUID written as a small number in the tests. */
    static UUID id(long number) {
        return new UUID(0, number);
    }

    static UUID id(Long number) {
        return number == null ? null : id(number.longValue());
    }

    static MomentFacts moment(long id, long phaseId, TargetLevel level, boolean momentOfTruth) {
        return new MomentFacts(id(id), id(phaseId), level, MomentNature.FUNCTIONAL, momentOfTruth, true, false, false,
                true);
    }

    static ActionFacts action(long id, Long momentId, ActionStatus status) {
        return new ActionFacts(id(id), id(momentId), status, null, null);
    }

    static ActionFacts completed(long id, ActionStatus status, LocalDate on) {
        return new ActionFacts(id(id), id(11), status, on, null);
    }

    TestJourney replaceMoment(long id, MomentFacts replacement) {
        moments.replaceAll(moment -> moment.id().equals(id(id)) ? replacement : moment);
        return this;
    }

    JourneyFacts facts() {
        return new JourneyFacts(id(1), hasOwner, hasPersona, signatureJourney, signatureStatus, CYCLE_START, phaseIds,
                moments, actions, surveys, targetShares);
    }
}
