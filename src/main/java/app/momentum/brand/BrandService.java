package app.momentum.brand;

import app.momentum.brand.internal.Persona;
import app.momentum.brand.internal.Channel;
import app.momentum.brand.internal.BrandValue;
import app.momentum.brand.internal.GuidingPrinciple;
import app.momentum.brand.internal.BrandProfile;
import app.momentum.brand.internal.PersonaRepository;
import app.momentum.brand.internal.GuidingPrincipleRepository;
import app.momentum.brand.internal.ChannelRepository;
import app.momentum.brand.internal.BrandValueRepository;
import app.momentum.brand.internal.BrandProfileRepository;
import app.momentum.base.Validation;

import app.momentum.base.ConcurrentEditException;
import app.momentum.base.Ordering;
import app.momentum.base.TenantOwnedEntity;
import app.momentum.base.Texts;
import app.momentum.base.UserFacingException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The brand foundation of the current tenant. Every member reads it; tenant admins and CX managers edit it.
 * Edits name the version they started from, so concurrent edits are refused instead of overwritten.
 */
@Service
@Transactional
public class BrandService {

    static final String EDITORS = BrandPermissions.MAY_EDIT;

    private final BrandProfileRepository profiles;
    private final BrandValueRepository values;
    private final GuidingPrincipleRepository principles;
    private final ChannelRepository channels;
    private final PersonaRepository personas;

    BrandService(BrandProfileRepository profiles, BrandValueRepository values, GuidingPrincipleRepository principles,
                 ChannelRepository channels, PersonaRepository personas) {
        this.profiles = profiles;
        this.values = values;
        this.principles = principles;
        this.channels = channels;
        this.personas = personas;
    }

    /** A brand value, channel or persona as other modules read it: which one, by name. */
    public record Named(UUID id, String name) {
    }

    public record BrandValueData(String name, String description, String customerFeeling, String behaviour) {
    }

    public record PrincipleData(String statement, String rationale, List<UUID> brandValueIds) {
    }

    public record PersonaData(String name, String description, String context, String needs,
                              String consciousExpectations, List<String> deepDrivers,
                              ExperienceOrientation experienceOrientation) {
    }

    // --- profile -------------------------------------------------------------------------------------

    /** The tenant's profile; an unsaved one with defaults when none was saved yet. */
    @Transactional(readOnly = true)
    public BrandProfile profile() {
        return profiles.findFirstBy().orElseGet(BrandProfile::new);
    }

    /** The dosing threshold the tenant saved (largest share of 9+ moments); empty while no profile was saved. */
    @Transactional(readOnly = true)
    public java.util.Optional<BigDecimal> savedMaxNinePlusShare() {
        return profiles.findFirstBy().map(BrandProfile::getMaxNinePlusShare);
    }

    @PreAuthorize(EDITORS)
    public BrandProfile saveProfile(Long expectedVersion, String brandPromise, String payOff, BigDecimal maxNinePlusShare) {
        BrandProfile profile = profiles.findFirstBy().orElseGet(BrandProfile::new);
        if (profile.getVersion() != null) {
            ConcurrentEditException.check(profile.getVersion(), expectedVersion == null ? -1 : expectedVersion);
        }
        if (maxNinePlusShare == null || maxNinePlusShare.signum() <= 0 || maxNinePlusShare.compareTo(BigDecimal.ONE) > 0) {
            throw new UserFacingException("brand.error.maxShare");
        }
        profile.setBrandPromise(Texts.optional(brandPromise, Texts.LONG));
        profile.setPayOff(Texts.optional(payOff, 300));
        profile.setMaxNinePlusShare(maxNinePlusShare);
        return profiles.saveAndFlush(profile);
    }

    // --- brand values --------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<BrandValue> values() {
        return values.findAllByOrderByPositionAsc();
    }

    /** The brand values in order, as read-only records for other modules. */
    @Transactional(readOnly = true)
    public List<Named> valueNames() {
        return values.findAllByOrderByPositionAsc().stream().map(v -> new Named(v.getId(), v.getName())).toList();
    }

    /** Creates a value ({@code id} null) or changes one. */
    @PreAuthorize(EDITORS)
    public BrandValue saveValue(UUID id, Long expectedVersion, BrandValueData data) {
        // every field's problem at once, before anything changes
        List<BrandValue> all = values.findAllByOrderByPositionAsc();
        Validation.Checks checks = Validation.checks();
        String name = checks.field("name", () -> {
            String checked = Texts.required(data.name(), Texts.SHORT, "brand.error.nameRequired");
            refuseDuplicateName(all, id, checked, BrandValue::getName, "brand.error.valueNameTaken");
            return checked;
        });
        String description = checks.field("description", () -> Texts.optional(data.description(), Texts.LONG));
        String feeling = checks.field("customerFeeling", () -> Texts.optional(data.customerFeeling(), Texts.LONG));
        String behaviour = checks.field("behaviour", () -> Texts.optional(data.behaviour(), Texts.LONG));
        checks.throwIfAny();
        BrandValue value = id == null ? new BrandValue() : loadForEdit(values, id, expectedVersion);
        if (id == null) {
            value.setPosition(Ordering.next(all));
        }
        value.setName(name);
        value.setDescription(description);
        value.setCustomerFeeling(feeling);
        value.setBehaviour(behaviour);
        return values.saveAndFlush(value);
    }

    /** Deletes a value and unlinks it from the principles that referred to it. */
    @PreAuthorize(EDITORS)
    public void deleteValue(UUID id) {
        BrandValue value = values.findById(id).orElseThrow(BrandService::notFound);
        for (GuidingPrinciple principle : principles.findAll()) {
            if (principle.getBrandValueIds().contains(id)) {
                List<UUID> remaining = new ArrayList<>(principle.getBrandValueIds());
                remaining.remove(id);
                principle.setBrandValueIds(remaining);
            }
        }
        values.delete(value);
    }

    @PreAuthorize(EDITORS)
    public void moveValue(UUID id, int direction) {
        Ordering.move(values.findAllByOrderByPositionAsc(), id, direction);
    }

    // --- guiding principles --------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<GuidingPrinciple> principles() {
        return principles.findAllByOrderByPositionAsc();
    }

    @PreAuthorize(EDITORS)
    public GuidingPrinciple savePrinciple(UUID id, Long expectedVersion, PrincipleData data) {
        String statement = Texts.required(data.statement(), 500, "brand.error.statementRequired");
        List<UUID> linked = data.brandValueIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(data.brandValueIds()));
        if (values.findAllById(linked).size() != linked.size()) {
            throw notFound(); // a value of another tenant, or one deleted meanwhile
        }
        GuidingPrinciple principle = id == null ? new GuidingPrinciple() : loadForEdit(principles, id, expectedVersion);
        if (id == null) {
            principle.setPosition(Ordering.next(principles.findAllByOrderByPositionAsc()));
        }
        principle.setStatement(statement);
        principle.setRationale(Texts.optional(data.rationale(), Texts.LONG));
        principle.setBrandValueIds(linked);
        return principles.saveAndFlush(principle);
    }

    @PreAuthorize(EDITORS)
    public void deletePrinciple(UUID id) {
        principles.delete(principles.findById(id).orElseThrow(BrandService::notFound));
    }

    @PreAuthorize(EDITORS)
    public void movePrinciple(UUID id, int direction) {
        Ordering.move(principles.findAllByOrderByPositionAsc(), id, direction);
    }

    // --- channels ------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Channel> channels() {
        return channels.findAllByOrderByPositionAsc();
    }

    /** The channels in order, as read-only records for other modules. */
    @Transactional(readOnly = true)
    public List<Named> channelNames() {
        return channels.findAllByOrderByPositionAsc().stream().map(c -> new Named(c.getId(), c.getName())).toList();
    }

    @PreAuthorize(EDITORS)
    public Channel saveChannel(UUID id, Long expectedVersion, String channelName) {
        String name = Texts.required(channelName, Texts.SHORT, "brand.error.nameRequired");
        List<Channel> all = channels.findAllByOrderByPositionAsc();
        refuseDuplicateName(all, id, name, Channel::getName, "brand.channels.error.nameTaken");
        Channel channel = id == null ? new Channel() : loadForEdit(channels, id, expectedVersion);
        if (id == null) {
            channel.setPosition(Ordering.next(all));
        }
        channel.setName(name);
        return channels.saveAndFlush(channel);
    }

    @PreAuthorize(EDITORS)
    public void deleteChannel(UUID id) {
        channels.delete(channels.findById(id).orElseThrow(BrandService::notFound));
    }

    @PreAuthorize(EDITORS)
    public void moveChannel(UUID id, int direction) {
        Ordering.move(channels.findAllByOrderByPositionAsc(), id, direction);
    }

    // --- personas ------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Persona> personas() {
        return personas.findAllByOrderByNameAsc();
    }

    /** The personas by name, as read-only records for other modules (the journey's persona, the demo seeder). */
    @Transactional(readOnly = true)
    public List<Named> personaNames() {
        return personas.findAllByOrderByNameAsc().stream().map(p -> new Named(p.getId(), p.getName())).toList();
    }

    /** Whether the persona exists in the current tenant. */
    @Transactional(readOnly = true)
    public boolean personaExists(UUID id) {
        return personas.existsById(id);
    }

    @PreAuthorize(EDITORS)
    public Persona savePersona(UUID id, Long expectedVersion, PersonaData data) {
        // every field's problem at once, before anything changes
        Validation.Checks checks = Validation.checks();
        String name = checks.field("name", () -> {
            String checked = Texts.required(data.name(), Texts.SHORT, "brand.error.nameRequired");
            refuseDuplicateName(personas.findAll(), id, checked, Persona::getName, "brand.error.personaNameTaken");
            return checked;
        });
        String description = checks.field("description", () -> Texts.optional(data.description(), Texts.LONG));
        String context = checks.field("context", () -> Texts.optional(data.context(), Texts.LONG));
        String needs = checks.field("needs", () -> Texts.optional(data.needs(), Texts.LONG));
        String expectations = checks.field("consciousExpectations",
                () -> Texts.optional(data.consciousExpectations(), Texts.LONG));
        checks.throwIfAny();
        Persona persona = id == null ? new Persona() : loadForEdit(personas, id, expectedVersion);
        persona.setName(name);
        persona.setDescription(description);
        persona.setContext(context);
        persona.setNeeds(needs);
        persona.setConsciousExpectations(expectations);
        List<String> drivers = new ArrayList<>();
        for (String driver : data.deepDrivers() == null ? List.<String>of() : data.deepDrivers()) {
            String text = Texts.optional(driver, Texts.SHORT);
            if (text != null && drivers.stream().noneMatch(d -> d.equalsIgnoreCase(text))) {
                drivers.add(text);
            }
        }
        persona.setDeepDrivers(drivers);
        persona.setExperienceOrientation(data.experienceOrientation());
        return personas.saveAndFlush(persona);
    }

    @PreAuthorize(EDITORS)
    public void deletePersona(UUID id) {
        personas.delete(personas.findById(id).orElseThrow(BrandService::notFound));
    }

    // --- shared --------------------------------------------------------------------------------------

    private static <T extends TenantOwnedEntity> T loadForEdit(JpaRepository<T, UUID> repository, UUID id, Long expectedVersion) {
        T entity = repository.findById(id).orElseThrow(BrandService::notFound);
        ConcurrentEditException.check(entity.getVersion(), expectedVersion == null ? -1 : expectedVersion);
        return entity;
    }

    private static <T extends TenantOwnedEntity> void refuseDuplicateName(List<T> all, UUID id, String name,
                                                                         Function<T, String> nameOf, String messageKey) {
        boolean taken = all.stream().anyMatch(item -> !item.getId().equals(id)
                && nameOf.apply(item).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
        if (taken) {
            throw new UserFacingException(messageKey, name);
        }
    }

    private static UserFacingException notFound() {
        return new UserFacingException("error.notFound");
    }
}
