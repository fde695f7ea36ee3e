package app.momentum.api.internal;

import app.momentum.api.ApiTokenScope;
import app.momentum.base.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A tenant's API token. Only the SHA-256 hash of the token is kept, so a stolen database does not give access
 * to the API; the prefix lets an admin recognise a token in the list. Revoking keeps the row as history.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends TenantOwnedEntity {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String tokenHash;

    @Column(nullable = false, updatable = false)
    private String tokenPrefix;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ApiTokenScope scope;

    @Column(updatable = false)
    private UUID createdBy;

    @Column(nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    private Instant lastUsedAt;

    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(String name, String tokenHash, String tokenPrefix, ApiTokenScope scope, UUID createdBy) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.scope = scope;
        this.createdBy = createdBy;
    }

    public void revoke(Instant when) {
        if (revokedAt == null) {
            revokedAt = when;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public String getName() { return name; }
    public String getTokenHash() { return tokenHash; }
    public String getTokenPrefix() { return tokenPrefix; }
    public ApiTokenScope getScope() { return scope; }
    public UUID getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastUsedAt() { return lastUsedAt; }
    public Instant getRevokedAt() { return revokedAt; }
}
