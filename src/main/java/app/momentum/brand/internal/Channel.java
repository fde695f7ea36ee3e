package app.momentum.brand.internal;

import app.momentum.base.OrderedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A channel the tenant uses to meet customers: web, app, phone, store, e-mail, letter, field service… */
@Entity
@Table(name = "channel")
public class Channel extends OrderedEntity {

    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
