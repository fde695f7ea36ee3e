package app.momentum.brand;

/** Universal deep drivers (DOMAIN.md); tenants add their own as free text. */
public enum DeepDriver {
    CONTROL,
    FREEDOM_OF_CHOICE,
    CARING_FOR_OFFSPRING,
    BELONGING,
    PERSONAL_DEVELOPMENT;

    public String labelKey() {
        return "deepDriver." + name();
    }

    /** The built-in driver stored under this code, if it is one. */
    public static java.util.Optional<DeepDriver> fromCode(String code) {
        for (DeepDriver driver : values()) {
            if (driver.name().equals(code)) {
                return java.util.Optional.of(driver);
            }
        }
        return java.util.Optional.empty();
    }
}
