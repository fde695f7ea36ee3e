package app.momentum.governance.domain;

import app.momentum.governance.domain.JourneyFacts.TargetShares;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one gate for one journey: every criterion of the gate, in order, with what fails.
 *
 * @param targetShares the share of moments meeting target now and in the previous cycle, reported as information at
 *                     the mining gate only; {@code null} at the other gates
 */
public record GateVerdict(Gate gate, List<CriterionResult> results, TargetShares targetShares) {

    public GateVerdict {
        results = List.copyOf(results);
    }

    /** Every enabled criterion that applies passes (off and not applicable ones do not count). */
    public boolean passes() {
        return results.stream().noneMatch(CriterionResult::fails);
    }

    /** The failing criteria, for the UI to list with their ids. */
    public List<CriterionResult> failing() {
        return results.stream().filter(CriterionResult::fails).toList();
    }

    /** Passing this gate closes the cycle: the journey starts its next cycle at mapping. */
    public boolean startsNewCycle() {
        return gate.startsNewCycle();
    }

    /** The target shares, at the mining gate. */
    public Optional<TargetShares> targetShareInformation() {
        return Optional.ofNullable(targetShares);
    }

    /**
     * A CX manager passes a failing gate anyway. Only with a written reason, so that the decision can be followed up;
     * and only when the gate fails, since a passing gate needs no override.
     */
    public GateOverride override(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an override needs a written reason");
        }
        if (passes()) {
            throw new IllegalStateException("the gate " + gate + " passes: nothing to override");
        }
        return new GateOverride(this, reason.strip());
    }

    /** A failing verdict passed anyway, with why; the service records it. */
    public record GateOverride(GateVerdict verdict, String reason) {
    }
}
