package app.momentum.demo;

import app.momentum.brand.BrandService;
import app.momentum.brand.BrandService.Named;
import app.momentum.discipline.DisciplineService;
import app.momentum.discipline.DisciplineService.DisciplineRef;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyMapService.MomentVersion;
import app.momentum.journey.JourneyMapService.PhaseRecord;
import app.momentum.journey.JourneyService;
import app.momentum.journey.LifecycleStage;
import app.momentum.ownership.OwnershipService;
import app.momentum.journey.JourneyType;
import app.momentum.tenancy.Role;
import app.momentum.tenancy.Tenant;
import app.momentum.tenancy.TenantMembers;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds a demo tenant's brand foundation and journeys through the same services users work with (so the
 * same validation applies), acting as a CX manager of that tenant. Each step runs once per tenant (recorded in
 * {@link DemoSeedMarkers}) and only into an empty tenant: what users made or removed since is left alone. The demo
 * journeys are recorded by id, so later steps find them without guessing.
 */
@Component
class DemoBrandAndJourneys {

    private final BrandService brand;
    private final DisciplineService disciplines;
    private final JourneyService journeys;
    private final JourneyMapService maps;
    private final OwnershipService ownership;

    private final DemoSession session;
    private final DemoSeedMarkers markers;
    private final TransactionTemplate transaction;
    private final TenantMembers members;

    DemoBrandAndJourneys(BrandService brand, DisciplineService disciplines, JourneyService journeys, JourneyMapService maps,
                         OwnershipService ownership, DemoSession session, DemoSeedMarkers markers,
                         TransactionTemplate transaction, TenantMembers members) {
        this.markers = markers;
        this.transaction = transaction;
        this.members = members;
        this.ownership = ownership;
        this.session = session;
        this.brand = brand;
        this.disciplines = disciplines;
        this.journeys = journeys;
        this.maps = maps;
    }

    static final String BRAND = "brand";
    static final String JOURNEYS = "journeys";
    /** Prefix of the markers holding the demo journeys' ids, followed by the journey's index in the content. */
    static final String JOURNEY = "journey.";

    void seedBrand(Tenant tenant, DemoContent.Brand content) {
        if (markers.done(tenant.getId(), BRAND)) {
            return;
        }
        session.as(seeder(), tenant, () -> {
            if (brand.valueNames().isEmpty()) {
                transaction.executeWithoutResult(status -> seedBrand(content));
            }
        });
        markers.mark(tenant.getId(), BRAND, null);
    }

    void seedJourneys(Tenant tenant, DemoContent.Brand content) {
        UUID tenantId = tenant.getId();
        if (markers.done(tenantId, JOURNEYS)) {
            return;
        }
        session.as(seeder(), tenant, () -> {
            // a tenant that has journeys but none of ours was seeded before markers existed, or is the users' own
            boolean notOurs = markers.objects(tenantId, JOURNEY).isEmpty()
                    && journeys.count(JourneyService.JourneyFilter.active()) > 0;
            // every journey has an owner: respondents who only would not recommend are called back by them
            UUID manager = firstWithRole(Role.CX_MANAGER);
            UUID contributor = firstWithRole(Role.CONTRIBUTOR);
            for (int i = 0; i < content.journeys().size() && !notOurs; i++) {
                String step = JOURNEY + i;
                DemoContent.Journey spec = content.journeys().get(i);
                UUID owner = spec.type() == JourneyType.SIGNATURE_JOURNEY ? manager : contributor;
                if (!markers.done(tenantId, step)) {
                    // one transaction per journey: a failure leaves no half journey behind, and the next start retries
                    transaction.executeWithoutResult(status -> markers.mark(tenantId, step, seedJourney(spec, owner)));
                }
            }
        });
        // the contributor works in customer service (operations), so the follow-ups of its moments are theirs too
        var admin = new UsernamePasswordAuthenticationToken("demo-seeder", null,
                List.of(new SimpleGrantedAuthority(Role.TENANT_ADMIN.authority())));
        session.as(admin, tenant, () -> {
            UUID contributor = firstWithRole(Role.CONTRIBUTOR);
            List<DisciplineRef> all = disciplines.all();
            if (contributor != null && all.size() > 2 && ownership.disciplineIdsOf(contributor).isEmpty()) {
                ownership.setDisciplinesOf(contributor, java.util.Set.of(all.get(2).id()));
            }
        });
        markers.mark(tenantId, JOURNEYS, null);
    }

    private UUID firstWithRole(Role role) {
        return members.active(r -> r == role).stream().map(TenantMembers.MemberChoice::userId).findFirst().orElse(null);
    }

    private static UsernamePasswordAuthenticationToken seeder() {
        return new UsernamePasswordAuthenticationToken("demo-seeder", null,
                List.of(new SimpleGrantedAuthority(Role.CX_MANAGER.authority())));
    }

    private void seedBrand(DemoContent.Brand content) {
        brand.saveProfile(null, content.promise(), content.payOff(), new BigDecimal("0.30"));
        for (DemoContent.Value value : content.values()) {
            brand.saveValue(null, null, new BrandService.BrandValueData(value.name(), value.description(), value.feeling(),
                    value.behaviour()));
        }
        List<UUID> valueIds = brand.valueNames().stream().map(Named::id).toList();
        for (int i = 0; i < content.principles().size(); i++) {
            brand.savePrinciple(null, null, new BrandService.PrincipleData(content.principles().get(i), null,
                    List.of(valueIds.get(i % valueIds.size()))));
        }
        for (DemoContent.Persona persona : content.personas()) {
            brand.savePersona(null, null, new BrandService.PersonaData(persona.name(), persona.description(), null,
                    persona.needs(), persona.expectations(), persona.drivers(), null));
        }
    }

    private UUID seedJourney(DemoContent.Journey spec, UUID owner) {
        List<Named> personas = brand.personaNames();
        UUID persona = personas.isEmpty() ? null : personas.getFirst().id();
        UUID journeyId = journeys.createReturningId(new JourneyService.JourneyData(spec.name(), spec.type(), persona,
                spec.startsAt(), spec.endsAt(), spec.description(), owner, LifecycleStage.MAPPING), spec.phases(), false);
        List<PhaseRecord> phases = maps.loadRecord(journeyId).phases();
        List<Named> values = brand.valueNames();
        List<Named> channels = brand.channelNames();
        List<DisciplineRef> owners = disciplines.all();
        for (DemoContent.Moment spec2 : spec.moments()) {
            // added by title first, then filled in, as a user would: the map's history shows both
            MomentVersion moment = maps.addMomentReturningVersion(phases.get(spec2.phase()).id(), spec2.title());
            UUID channel = channels.stream().filter(c -> c.name().equals(spec2.channel())).map(Named::id)
                    .findFirst().orElse(null);
            maps.saveMoment(moment.id(), moment.version(), new JourneyMapService.MomentData(spec2.title(), spec2.does(),
                    null, null, channel, spec2.otherParty(), spec2.nature(), spec2.target(), spec2.momentOfTruth(),
                    spec2.brandMoment(), spec2.values().stream().map(i -> values.get(i).id()).toList(), null,
                    spec2.driver(), List.of(), List.of(), spec2.current(), spec2.desired(), spec2.exceeds(),
                    spec2.repeatable(), spec2.discipline() < 0 ? null : owners.get(spec2.discipline()).id(), null));
            if (spec2.discipline() >= 0) {
                // the owning discipline is accountable; HR is consulted on 9+ moments, which people deliver
                ownership.setRaci(moment.id(), owners.get(spec2.discipline()).id(), app.momentum.ownership.domain.Raci.A);
                if (spec2.target() == app.momentum.journey.TargetLevel.NINE_PLUS && spec2.discipline() != 1) {
                    ownership.setRaci(moment.id(), owners.get(1).id(), app.momentum.ownership.domain.Raci.C);
                }
            }
            if (spec2.target() == app.momentum.journey.TargetLevel.NINE_PLUS && spec2.repeatable() != null) {
                // the behaviour expected of employees in a designed 9+ moment, as its employee enabler
                ownership.saveEnabler(moment.id(), new OwnershipService.EnablerData(spec2.repeatable(), null, null, null, null));
            }
        }
        return journeyId;
    }
}
