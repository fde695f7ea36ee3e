package app.momentum.brand.internal;

import app.momentum.brand.ExperienceOrientation;
import app.momentum.brand.DeepDriver;
import app.momentum.base.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A persona or segment the journeys are designed for. */
@Entity
@Table(name = "persona")
public class Persona extends TenantOwnedEntity {

    private String name;
    private String description;
    private String context;
    private String needs;
    private String consciousExpectations;

    /** Built-in drivers by their {@link DeepDriver} code, the tenant's own as text. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "deep_drivers", nullable = false)
    private List<String> deepDrivers = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private ExperienceOrientation experienceOrientation;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = context;
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }

    public String getConsciousExpectations() {
        return consciousExpectations;
    }

    public void setConsciousExpectations(String consciousExpectations) {
        this.consciousExpectations = consciousExpectations;
    }

    public List<String> getDeepDrivers() {
        return List.copyOf(deepDrivers);
    }

    public void setDeepDrivers(List<String> deepDrivers) {
        this.deepDrivers = new ArrayList<>(deepDrivers);
    }

    public ExperienceOrientation getExperienceOrientation() {
        return experienceOrientation;
    }

    public void setExperienceOrientation(ExperienceOrientation experienceOrientation) {
        this.experienceOrientation = experienceOrientation;
    }
}
