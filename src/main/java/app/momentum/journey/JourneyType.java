package app.momentum.journey;

import app.momentum.journey.internal.Journey;

/** Journey types in rising depth (DOMAIN.md). */
public enum JourneyType {
    /** The organisation's own contact moments, functional only. */
    ORGANISATION_TOUCHPOINT_ANALYSIS,
    /** Also the touchpoints before, between and after, with other parties. */
    CUSTOMER_TOUCHPOINT_ANALYSIS,
    /** End to end, functional and emotional, with moments of truth. */
    CUSTOMER_EXPERIENCE_JOURNEY,
    /** An experience journey whose moments of truth express the brand values. */
    SIGNATURE_JOURNEY
}
