package app.momentum.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.tenancy.Tenant;
import app.momentum.user.AppUser;
import jakarta.persistence.Entity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every entity belongs to a tenant — and so extends {@link TenantOwnedEntity}, where {@code @TenantId} makes Hibernate
 * filter it by the current tenant — unless it is platform-level by design and named below with the reason.
 * Scans the classpath for {@code @Entity} classes (no Spring context needed).
 */
class TenantOwnedEntitiesTest {

    /** Entities above the tenants, each with why. Adding one here is a design decision: say it in the commit. */
    static final Map<Class<?>, String> PLATFORM_LEVEL = Map.of(
            Tenant.class, "the tenant itself: the row every tenant-owned row points to",
            AppUser.class, "one person with one login across several tenants; the per-tenant part (role, active) is "
                    + "the tenant-owned Membership");

    @Test
    void everyEntityExtendsTenantOwnedEntityUnlessItIsPlatformLevelByDesign() {
        List<Class<?>> entities = entities();
        assertThat(entities).as("the scan found the entities").hasSizeGreaterThan(20).containsAll(PLATFORM_LEVEL.keySet());

        assertThat(entities.stream()
                .filter(entity -> !PLATFORM_LEVEL.containsKey(entity))
                .filter(entity -> !TenantOwnedEntity.class.isAssignableFrom(entity))
                .map(Class::getName))
                .as("entities that neither extend TenantOwnedEntity (and so are not filtered by tenant) nor are "
                        + "listed as platform-level with a reason")
                .isEmpty();
    }

    @Test
    void thePlatformLevelEntitiesReallyAreNotTenantOwned() {
        assertThat(PLATFORM_LEVEL.keySet().stream().filter(TenantOwnedEntity.class::isAssignableFrom))
                .as("listed as platform-level but tenant-owned: remove them from the list").isEmpty();
    }

    private static List<Class<?>> entities() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        return scanner.findCandidateComponents("app.momentum").stream()
                .<Class<?>>map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(), null))
                .toList();
    }
}
