package app.momentum.governance;

import app.momentum.base.Translatable;
import app.momentum.base.UserFacingException;
import app.momentum.governance.domain.GateCriterion;
import java.util.List;

/**
 * A move through a failing gate without a reason to pass it anyway. The message names every failing criterion in the
 * user's language ("governance.error.gateFails.<n>" with one translatable argument per criterion).
 */
public class GateFailsException extends UserFacingException {

    private final transient List<GateCriterion> failing;

    public GateFailsException(List<GateCriterion> failing) {
        super("governance.error.gateFails." + failing.size(),
                failing.stream().map(criterion -> new Translatable("gateCriterion." + criterion.name())).toArray());
        this.failing = List.copyOf(failing);
    }

    public List<GateCriterion> failing() {
        return failing;
    }
}
