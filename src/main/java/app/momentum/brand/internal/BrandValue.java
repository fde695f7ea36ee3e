package app.momentum.brand.internal;

import app.momentum.base.OrderedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A brand value (typically 3–6): what it means, what the customer should feel, the behaviour we show. */
@Entity
@Table(name = "brand_value")
public class BrandValue extends OrderedEntity {

    private String name;
    private String description;
    private String customerFeeling;
    private String behaviour;

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

    public String getCustomerFeeling() {
        return customerFeeling;
    }

    public void setCustomerFeeling(String customerFeeling) {
        this.customerFeeling = customerFeeling;
    }

    public String getBehaviour() {
        return behaviour;
    }

    public void setBehaviour(String behaviour) {
        this.behaviour = behaviour;
    }
}
