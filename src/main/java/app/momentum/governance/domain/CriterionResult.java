package app.momentum.governance.domain;

import java.util.List;
import java.util.UUID;

/**
 * How one criterion came out for one journey.
 *
 * @param failingIds what fails, as ids of the criterion's {@link GateCriterion#subject() subject}; empty unless
 *                   {@link Outcome#FAIL} (and possibly empty then, when there is nothing to link to)
 */
public record CriterionResult(GateCriterion criterion, Outcome outcome, List<UUID> failingIds) {

    public enum Outcome {
        PASS,
        FAIL,
        /** Switched off by a tenant admin: never fails. */
        OFF,
        /** Does not concern this journey (the signature check of a journey that is no signature journey). */
        NOT_APPLICABLE
    }

    public CriterionResult {
        failingIds = List.copyOf(failingIds);
    }

    static CriterionResult of(GateCriterion criterion, List<UUID> failingIds) {
        return new CriterionResult(criterion, failingIds.isEmpty() ? Outcome.PASS : Outcome.FAIL, failingIds);
    }

    public boolean fails() {
        return outcome == Outcome.FAIL;
    }
}
