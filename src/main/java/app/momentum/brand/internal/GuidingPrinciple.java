package app.momentum.brand.internal;

import app.momentum.base.OrderedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A guiding principle (ordered): a statement, why it matters, and the brand values it serves. */
@Entity
@Table(name = "guiding_principle")
public class GuidingPrinciple extends OrderedEntity {

    private String statement;
    private String rationale;

    /** Kept as an array column on this tenant-owned row, so no untenanted link table exists. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "brand_value_ids", nullable = false)
    private List<UUID> brandValueIds = new ArrayList<>();

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public List<UUID> getBrandValueIds() {
        return List.copyOf(brandValueIds);
    }

    public void setBrandValueIds(List<UUID> brandValueIds) {
        this.brandValueIds = new ArrayList<>(brandValueIds);
    }
}
