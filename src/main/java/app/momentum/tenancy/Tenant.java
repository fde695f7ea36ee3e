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
}
