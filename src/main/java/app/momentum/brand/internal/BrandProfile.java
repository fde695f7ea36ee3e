package app.momentum.brand.internal;

import app.momentum.base.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The tenant's brand promise and pay-off, and its signature-check settings. One per tenant. */
@Entity
@Table(name = "brand_profile")
public class BrandProfile extends TenantOwnedEntity {

    private String brandPromise;
    private String payOff;

    /** Dosing: the largest share of 9+ moments a journey may have; not everything can or should be 9+. */
    @Column(name = "max_nine_plus_share", nullable = false)
    private BigDecimal maxNinePlusShare = new BigDecimal("0.30");

    public String getBrandPromise() {
        return brandPromise;
    }

    public void setBrandPromise(String brandPromise) {
        this.brandPromise = brandPromise;
    }

    public String getPayOff() {
        return payOff;
    }

    public void setPayOff(String payOff) {
        this.payOff = payOff;
    }

    public BigDecimal getMaxNinePlusShare() {
        return maxNinePlusShare;
    }

    public void setMaxNinePlusShare(BigDecimal maxNinePlusShare) {
        this.maxNinePlusShare = maxNinePlusShare;
    }
}
