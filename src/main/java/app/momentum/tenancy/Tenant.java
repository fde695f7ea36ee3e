package app.momentum.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A customer organisation. Global: the tenant itself is not tenant-owned. */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    private UUID id = UUID.randomUUID();

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String slug;

    /** The organisation's default language (en or nl). */
    @Column(nullable = false)
    private String locale;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    /** The Keycloak organisation (its id) whose members sign in to this tenant; null: not bound. */
    @Column(name = "sso_organization_id")
    private String ssoOrganizationId;

    /** Members must sign in through their organisation (platform administrators excepted). */
    @Column(name = "sso_required", nullable = false)
    private boolean ssoRequired;

    /** The role of a member who arrives by single sign-on with no mapped Keycloak role or group. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "new_member_role", nullable = false)
    private Role newMemberRole = Role.CONTRIBUTOR;

    @Version
    private Long version;

    protected Tenant() {
    }

    public Tenant(String name, String slug, Locale locale) {
        this.name = name;
        this.slug = slug;
        this.locale = locale.getLanguage();
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getSsoOrganizationId() {
        return ssoOrganizationId;
    }

    void setSsoOrganizationId(String ssoOrganizationId) {
        this.ssoOrganizationId = ssoOrganizationId;
        if (ssoOrganizationId == null) {
            ssoRequired = false; // nobody could sign in any more
        }
    }

    public boolean isSsoRequired() {
        return ssoRequired;
    }

    void setSsoRequired(boolean ssoRequired) {
        this.ssoRequired = ssoRequired;
    }

    public Role getNewMemberRole() {
        return newMemberRole;
    }

    void setNewMemberRole(Role newMemberRole) {
        this.newMemberRole = newMemberRole;
    }

    public Long getVersion() {
        return version;
    }
}
