package app.momentum.action.domain;

/**
 * What kind of improvement an action is. The type says which level of the customer's experience the action
 * works on, so a portfolio of actions shows whether a journey is only being repaired or also being made special.
 */
public enum ActionType {
    /** Removes a functional problem: lifts a moment towards a reliable 7+. */
    FUNCTIONAL_FIX,
    /** Designs an emotional peak: lifts a moment towards 9+. */
    EMOTIONAL_CONCEPT,
    /** Makes the brand tangible in a moment. */
    BRAND_MOMENT,
    /** Equips employees (skills, tools, room to act) so they can deliver the moments. */
    EMPLOYEE_ENABLER;

    /** Translation key of the type's display name. */
    public String labelKey() {
        return "actionType." + name();
    }
}
