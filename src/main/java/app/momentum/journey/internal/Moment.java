package app.momentum.journey.internal;

import app.momentum.journey.MomentNature;
import app.momentum.journey.TargetLevel;
import app.momentum.base.OrderedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A moment of a journey, in a phase: what the customer does, thinks and feels, and how we design it. */
@Entity
@Table(name = "moment")
public class Moment extends OrderedEntity {

    @Column(nullable = false, updatable = false)
    private UUID journeyId;

    @Column(nullable = false)
    private UUID phaseId;

    @Column(nullable = false)
    private String title;
    private String customerDoes;
    private String customerThinks;
    private String customerFeels;
    private UUID channelId;
    /** Null when the moment is ours; otherwise the other party (e.g. the notary). */
    private String otherParty;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MomentNature nature = MomentNature.FUNCTIONAL;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TargetLevel targetLevel = TargetLevel.SEVEN_PLUS;

    private boolean momentOfTruth;
    private boolean brandMoment;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private List<UUID> brandValueIds = new ArrayList<>();

    private String consciousExpectation;
    private String deepDriver;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private List<String> dimensions = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private List<String> providers = new ArrayList<>();

    private Integer currentEmotion;
    private Integer desiredEmotion;
    private String exceedsExpectation;
    private String repeatability;
    private UUID ownerDisciplineId;
    private UUID ownerUserId;

    protected Moment() {
    }

    public Moment(UUID journeyId, UUID phaseId, String title, int position) {
        this.journeyId = journeyId;
        this.phaseId = phaseId;
        this.title = title;
        setPosition(position);
    }

    /** A copy for another journey (duplicate), in the given phase. */
    public Moment copyTo(UUID otherJourneyId, UUID otherPhaseId) {
        Moment copy = new Moment(otherJourneyId, otherPhaseId, title, getPosition());
        copy.customerDoes = customerDoes;
        copy.customerThinks = customerThinks;
        copy.customerFeels = customerFeels;
        copy.channelId = channelId;
        copy.otherParty = otherParty;
        copy.nature = nature;
        copy.targetLevel = targetLevel;
        copy.momentOfTruth = momentOfTruth;
        copy.brandMoment = brandMoment;
        copy.brandValueIds = new ArrayList<>(brandValueIds);
        copy.consciousExpectation = consciousExpectation;
        copy.deepDriver = deepDriver;
        copy.dimensions = new ArrayList<>(dimensions);
        copy.providers = new ArrayList<>(providers);
        copy.currentEmotion = currentEmotion;
        copy.desiredEmotion = desiredEmotion;
        copy.exceedsExpectation = exceedsExpectation;
        copy.repeatability = repeatability;
        copy.ownerDisciplineId = ownerDisciplineId;
        copy.ownerUserId = ownerUserId;
        return copy;
    }

    public UUID getJourneyId() { return journeyId; }
    public UUID getPhaseId() { return phaseId; }
    public void setPhaseId(UUID phaseId) { this.phaseId = phaseId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getCustomerDoes() { return customerDoes; }
    public void setCustomerDoes(String customerDoes) { this.customerDoes = customerDoes; }
    public String getCustomerThinks() { return customerThinks; }
    public void setCustomerThinks(String customerThinks) { this.customerThinks = customerThinks; }
    public String getCustomerFeels() { return customerFeels; }
    public void setCustomerFeels(String customerFeels) { this.customerFeels = customerFeels; }
    public UUID getChannelId() { return channelId; }
    public void setChannelId(UUID channelId) { this.channelId = channelId; }
    public String getOtherParty() { return otherParty; }
    public void setOtherParty(String otherParty) { this.otherParty = otherParty; }
    public MomentNature getNature() { return nature; }
    public void setNature(MomentNature nature) { this.nature = nature; }
    public TargetLevel getTargetLevel() { return targetLevel; }
    public void setTargetLevel(TargetLevel targetLevel) { this.targetLevel = targetLevel; }
    public boolean isMomentOfTruth() { return momentOfTruth; }
    public void setMomentOfTruth(boolean momentOfTruth) { this.momentOfTruth = momentOfTruth; }
    public boolean isBrandMoment() { return brandMoment; }
    public void setBrandMoment(boolean brandMoment) { this.brandMoment = brandMoment; }
    public List<UUID> getBrandValueIds() { return List.copyOf(brandValueIds); }
    public void setBrandValueIds(List<UUID> ids) { this.brandValueIds = new ArrayList<>(ids); }
    public String getConsciousExpectation() { return consciousExpectation; }
    public void setConsciousExpectation(String text) { this.consciousExpectation = text; }
    public String getDeepDriver() { return deepDriver; }
    public void setDeepDriver(String deepDriver) { this.deepDriver = deepDriver; }
    public List<String> getDimensions() { return List.copyOf(dimensions); }
    public void setDimensions(List<String> dimensions) { this.dimensions = new ArrayList<>(dimensions); }
    public List<String> getProviders() { return List.copyOf(providers); }
    public void setProviders(List<String> providers) { this.providers = new ArrayList<>(providers); }
    public Integer getCurrentEmotion() { return currentEmotion; }
    public void setCurrentEmotion(Integer currentEmotion) { this.currentEmotion = currentEmotion; }
    public Integer getDesiredEmotion() { return desiredEmotion; }
    public void setDesiredEmotion(Integer desiredEmotion) { this.desiredEmotion = desiredEmotion; }
    public String getExceedsExpectation() { return exceedsExpectation; }
    public void setExceedsExpectation(String text) { this.exceedsExpectation = text; }
    public String getRepeatability() { return repeatability; }
    public void setRepeatability(String repeatability) { this.repeatability = repeatability; }
    public UUID getOwnerDisciplineId() { return ownerDisciplineId; }
    public void setOwnerDisciplineId(UUID id) { this.ownerDisciplineId = id; }
    public UUID getOwnerUserId() { return ownerUserId; }
    public void setOwnerUserId(UUID id) { this.ownerUserId = id; }
}
