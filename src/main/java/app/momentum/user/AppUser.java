package app.momentum.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A person who can log in. Global, because one person can be a member of several tenants; what a user
 * may see in a tenant comes from their {@link app.momentum.tenancy.internal.Membership} there.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    private UUID id = UUID.randomUUID();

    @Column(nullable = false, updatable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    /** Null: follow the browser's language. */
    @Column(name = "preferred_language")
    private String preferredLanguage;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "platform_admin", nullable = false)
    private boolean platformAdmin;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    /** The Keycloak user ('sub') this account signs in as by single sign-on; null: never did. */
    @Column(name = "sso_subject")
    private String ssoSubject;

    @Version
    private Long version;

    protected AppUser() {
    }

    public AppUser(String email, String displayName, String passwordHash) {
        this.email = normaliseEmail(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
    }

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public UUID getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName.strip();
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** Sets a password the user chose themselves. */
    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    /** Sets a one-time password an administrator hands over; the user must replace it at first login. */
    public void assignInitialPassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = true;
    }

    public Optional<Locale> getPreferredLanguage() {
        return Optional.ofNullable(preferredLanguage).map(Locale::forLanguageTag);
    }

    public void setPreferredLanguage(Locale language) {
        this.preferredLanguage = language == null ? null : language.getLanguage();
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isPlatformAdmin() {
        return platformAdmin;
    }

    public void setPlatformAdmin(boolean platformAdmin) {
        this.platformAdmin = platformAdmin;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getVersion() {
        return version;
    }

    public Optional<String> getSsoSubject() {
        return Optional.ofNullable(ssoSubject);
    }

    void setSsoSubject(String ssoSubject) {
        this.ssoSubject = ssoSubject;
    }

    void setEmail(String email) {
        this.email = normaliseEmail(email);
    }
}
