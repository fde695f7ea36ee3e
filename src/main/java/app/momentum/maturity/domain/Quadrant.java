package app.momentum.maturity.domain;

import java.util.List;

/**
 * The four quadrants of the maturity compass, in the order an organisation goes through them. Each is its strategy
 * step plus the S's next to it: Define = Define + Shared values + Style (max 52); Design = Design + Style +
 * Structure + Staff (max 72); Equip = Equip + Staff + Skills (max 52); Sustain = Sustain + Skills + Systems +
 * Shared values (max 72).
 */
public enum Quadrant {
    DEFINE(Part.DEFINE, List.of(Part.SHARED_VALUES, Part.STYLE)),
    DESIGN(Part.DESIGN, List.of(Part.STYLE, Part.STRUCTURE, Part.STAFF)),
    EQUIP(Part.EQUIP, List.of(Part.STAFF, Part.SKILLS)),
    SUSTAIN(Part.SUSTAIN, List.of(Part.SKILLS, Part.SYSTEMS, Part.SHARED_VALUES));

    private final Part strategy;
    private final List<Part> adjacent;

    Quadrant(Part strategy, List<Part> adjacent) {
        this.strategy = strategy;
        this.adjacent = adjacent;
    }

    /** The quadrant's own strategy step (e.g. Define 1–3). */
    public Part strategy() {
        return strategy;
    }

    /** The organisation S's that count towards the quadrant, in the source's order. */
    public List<Part> adjacent() {
        return adjacent;
    }

    /** The highest total of the quadrant. */
    public int max() {
        return strategy.max() + adjacent.stream().mapToInt(Part::max).sum();
    }
}
