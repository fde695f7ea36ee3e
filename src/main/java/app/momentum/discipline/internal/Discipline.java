package app.momentum.discipline.internal;

import app.momentum.base.OrderedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A discipline that owns moments: marketing, HR, operations/customer service, and what a tenant adds. */
@Entity
@Table(name = "discipline")
public class Discipline extends OrderedEntity {

    private String name;

    protected Discipline() {
    }

    public Discipline(String name, int position) {
        this.name = name;
        setPosition(position);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
