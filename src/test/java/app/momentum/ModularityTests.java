package app.momentum;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.data.repository.Repository;

/**
 * The module boundaries of Momentum, checked by Spring Modulith on the compiled classes (no Spring context): every
 * top-level package under {@code app.momentum} is a module, and a module may use only what another publishes — its
 * root package and its named interfaces.
 */
class ModularityTests {

    /**
     * The modules from the bottom up, as {@code docs/architecture.md} lists them: a module may depend only on modules
     * before it. {@code base} is shared infrastructure, open to all and depending on none.
     */
    static final List<String> ORDER = List.of("base", "user", "tenancy", "security", "discipline", "brand", "journey",
            "ownership", "action", "measurement", "maturity", "governance", "notification", "dashboard", "report",
            "platform", "api", "database", "demo", "shell");

    @Test
    void noCycleBetweenModulesAndNoModuleTouchesAnotherModulesInternals() {
        MomentumModules.get().verify();
    }

    @Test
    void everyModuleDependsOnlyOnModulesBelowItInTheDocumentedOrder() {
        ApplicationModules modules = MomentumModules.get();
        List<String> identifiers = modules.stream().map(module -> module.getIdentifier().toString()).toList();
        assertThat(identifiers).as("a module was added or removed: place it in ORDER and in docs/architecture.md")
                .containsExactlyInAnyOrderElementsOf(ORDER);

        List<String> upward = new ArrayList<>();
        for (ApplicationModule module : modules) {
            String name = module.getIdentifier().toString();
            module.getDirectDependencies(modules).uniqueModules()
                    .map(target -> target.getIdentifier().toString())
                    .filter(target -> ORDER.indexOf(target) >= ORDER.indexOf(name))
                    .forEach(target -> upward.add(name + " -> " + target));
        }
        assertThat(upward).as("""
                dependencies against the module order %s. A lower module must not know a higher one: let the lower \
                module publish a port (an interface the higher one implements, like journey.MomentActions) or an \
                event, or move the code up""", ORDER).isEmpty();
    }

    /**
     * Entities and repositories are a module's own: none may be part of what a module publishes (its root package or a
     * named interface), so no other module can reach them. Two entities are published on purpose, each with why.
     */
    @Test
    void noModulePublishesItsEntitiesOrRepositories() {
        Map<String, String> publishedOnPurpose = Map.of(
                "app.momentum.tenancy.Tenant", "the tenant itself: provisioning, the demo and the API's demo tokens "
                        + "create tenants, and every module's rows point to one",
                "app.momentum.user.AppUser", "one person across tenants: tenancy's Membership is a JPA association to "
                        + "it, and provisioning, the first platform admin and the demo create accounts");
        ApplicationModules modules = MomentumModules.get();
        List<String> persistenceTypes = new ArrayList<>();
        List<String> published = new ArrayList<>();
        for (ApplicationModule module : modules) {
            module.getBasePackage().stream()
                    .filter(type -> type.isAnnotatedWith(Entity.class) || type.isAnnotatedWith(Embeddable.class)
                            || type.isAssignableTo(Repository.class))
                    .forEach(type -> {
                        persistenceTypes.add(type.getName());
                        boolean exposed = module.getNamedInterfaces().stream()
                                .anyMatch(namedInterface -> namedInterface.contains(type));
                        if (exposed && !publishedOnPurpose.containsKey(type.getName())) {
                            published.add(module.getIdentifier() + ": " + type.getName());
                        }
                    });
        }
        assertThat(persistenceTypes).as("entities and repositories found").hasSizeGreaterThan(40)
                .containsAll(publishedOnPurpose.keySet());
        assertThat(published).as("entities or repositories other modules could use: move them to the module's "
                + "internal package and publish records through a service instead").isEmpty();
    }

    /**
     * Modulith leaves open modules out of its cycle check, so a dependency of {@code base} on a feature would go
     * unnoticed by {@link #noCycleBetweenModulesAndNoModuleTouchesAnotherModulesInternals}.
     */
    @Test
    void theSharedBaseDependsOnNoFeature() {
        ApplicationModules modules = MomentumModules.get();
        ApplicationModule base = modules.getModuleByName("base").orElseThrow();
        assertThat(base.isOpen()).as("base is declared open in its package-info").isTrue();
        assertThat(base.getDirectDependencies(modules).uniqueModules().map(m -> m.getIdentifier().toString()))
                .as("base is shared infrastructure below every feature; move the code that needs a feature out of base")
                .isEmpty();
    }
}
