package app.momentum.api;

/** What an API token may do: only read, or read and write. */
public enum ApiTokenScope {
    READ,
    READ_WRITE;

    /** Translation key of the scope's display name. */
    public String labelKey() {
        return "apiTokens.scope." + name();
    }
}
