package app.momentum.journey;

/**
 * One field of a moment that two people changed to different values: what the saver started from (base), what the
 * saver wants (mine) and what is stored now (theirs), each in {@link MomentField}'s normal form.
 */
public record FieldConflict(MomentField field, Object base, Object mine, Object theirs) {
}
