package app.momentum.api;

import app.momentum.api.internal.ApiToken;
import app.momentum.api.internal.ApiTokenRepository;
import app.momentum.base.Texts;
import app.momentum.base.UserFacingException;
import app.momentum.security.MemberSession;
import app.momentum.base.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * API tokens of the current tenant: tenant admins create (the token text is returned once and only its hash
 * is stored), list and revoke them. {@link #authenticate} serves the API's filter, before any user or tenant is
 * known: it looks the hash up across tenants in an explicit platform scope, like the login does.
 */
@Service
public class ApiTokenService {

    static final String ADMINS = ApiPermissions.MAY_MANAGE_TOKENS;
    public static final int MAX_NAME_LENGTH = Texts.SHORT;
    /** How stale "last used" may get: recording every request would write a row per API call. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(ApiTokenService.class);

    private final ApiTokenRepository tokens;
    private final MemberSession memberSession;
    private final TransactionTemplate transaction;
    private final Clock clock;

    private final JdbcTemplate jdbc;

    ApiTokenService(ApiTokenRepository tokens, MemberSession memberSession, TransactionTemplate transaction, Clock clock,
                    DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.tokens = tokens;
        this.memberSession = memberSession;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** A token just created: the stored row, and the token text, which is never available again. */
    public record CreatedToken(ApiToken token, String plaintext) {
    }

    /** Who a valid token speaks for. */
    public record TokenIdentity(UUID tokenId, UUID tenantId, ApiTokenScope scope) {
    }

    @PreAuthorize(ADMINS)
    @Transactional
    public CreatedToken create(String name, ApiTokenScope scope) {
        String checkedName = Texts.required(name, MAX_NAME_LENGTH, "apiTokens.error.name");
        if (scope == null) {
            throw new UserFacingException("apiTokens.error.scope");
        }
        String plaintext = ApiTokens.generate();
        ApiToken token = tokens.saveAndFlush(new ApiToken(checkedName, ApiTokens.hash(plaintext), ApiTokens.prefix(plaintext),
                scope, memberSession.current().map(a -> a.user().id()).orElse(null)));
        log.info("API token {} ({}) created", token.getId(), scope);
        return new CreatedToken(token, plaintext);
    }

    /** The tenant's tokens, newest first, revoked ones included. */
    @PreAuthorize(ADMINS)
    @Transactional(readOnly = true)
    public List<ApiToken> list() {
        return tokens.findAllByOrderByCreatedAtDesc();
    }

    /** Revokes a token at once: the next request with it is refused. Revoking twice changes nothing. */
    @PreAuthorize(ADMINS)
    @Transactional
    public ApiToken revoke(UUID id) {
        ApiToken token = tokens.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
        token.revoke(clock.instant());
        log.info("API token {} revoked", token.getId());
        return tokens.saveAndFlush(token);
    }

    /**
     * The tenant and scope of an active token, or empty for an unknown or revoked one. Needs no user and no
     * tenant: the lookup runs in platform scope by the token's hash, the use is recorded in the token's tenant.
     * Must be called outside a transaction (the scopes are opened here).
     */
    public Optional<TokenIdentity> authenticate(String presented) {
        if (presented == null || presented.isBlank()) {
            return Optional.empty();
        }
        String hash = ApiTokens.hash(presented.strip());
        // every API request asks: one indexed query in autocommit, not a JPA session and transaction (measured in
        // docs/benchmarks.md); read each time, so a revoked token is refused at its next request on every node
        Optional<ActiveToken> found = jdbc.query("select id, tenant_id, scope, last_used_at from api_token "
                        + "where token_hash = ? and revoked_at is null",
                (rows, n) -> new ActiveToken(new TokenIdentity(rows.getObject("id", UUID.class),
                        rows.getObject("tenant_id", UUID.class), ApiTokenScope.valueOf(rows.getString("scope"))),
                        rows.getTimestamp("last_used_at") == null ? null : rows.getTimestamp("last_used_at").toInstant()),
                hash).stream().findFirst();
        found.ifPresent(this::recordUse);
        return found.map(ActiveToken::identity);
    }

    private record ActiveToken(TokenIdentity identity, Instant lastUsedAt) {
    }

    private void recordUse(ActiveToken token) {
        Instant now = clock.instant();
        if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
            TenantContext.runInTenant(token.identity().tenantId(), () -> transaction.executeWithoutResult(status ->
                    tokens.recordUse(token.identity().tokenId(), now)));
        }
    }

    /**
     * Demo mode: makes sure a token with this text exists in the tenant, read-write. Leaves an existing token with
     * the same text alone, so restarts create nothing twice. Package-private: only {@link DemoApiTokens} chooses a
     * token's text; everyone else gets a random one.
     *
     * @return false when a token with this text already existed
     */
    boolean ensureDemoToken(UUID tenantId, String name, String plaintext) {
        String hash = ApiTokens.hash(plaintext);
        boolean exists = TenantContext.callAsPlatform(() -> transaction.execute(status -> tokens.findByTokenHash(hash))).isPresent();
        if (!exists) {
            TenantContext.runInTenant(tenantId, () -> transaction.executeWithoutResult(status ->
                    tokens.saveAndFlush(new ApiToken(name, hash, ApiTokens.prefix(plaintext), ApiTokenScope.READ_WRITE, null))));
        }
        return !exists;
    }
}
