package app.momentum.base;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A tenant-owned item in a list the user orders (brand values, principles, channels, disciplines). */
@MappedSuperclass
public abstract class OrderedEntity extends TenantOwnedEntity {

    @Column(nullable = false)
    private int position;

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
