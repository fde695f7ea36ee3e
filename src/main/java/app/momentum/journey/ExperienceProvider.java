package app.momentum.journey;

/** What the organisation uses to create an experience; people are the most important one. */
public enum ExperienceProvider {
    COMMUNICATIONS, IDENTITY_AND_SIGNAGE, PRODUCT_PRESENCE, CO_BRANDING, SPATIAL_ENVIRONMENT, WEB_AND_ELECTRONIC_MEDIA, PEOPLE
}
