package app.momentum.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.momentum.tenancy.Role;
import app.momentum.tenancy.RoleNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One vocabulary for permissions: who may do what is decided by the modules' {@code XxxPermissions} policies, so
 * no view or service compares roles itself, lists roles that may do something, or names roles in a
 * {@code hasRole}/{@code hasAnyRole} expression. Reads the main sources; only the files below may do so.
 */
class PermissionVocabularyTest {

    /** The policies and the role enum itself: the only places that decide by role. */
    static final Set<String> ALLOWED = Set.of(
            "app/momentum/tenancy/Role.java",
            "app/momentum/tenancy/MemberPermissions.java",
            "app/momentum/brand/BrandPermissions.java",
            "app/momentum/discipline/DisciplinePermissions.java",
            "app/momentum/journey/JourneyPermissions.java",
            "app/momentum/ownership/OwnershipPermissions.java",
            "app/momentum/action/ActionPermissions.java",
            "app/momentum/measurement/MeasurementPermissions.java",
            "app/momentum/api/ApiPermissions.java",
            "app/momentum/dashboard/DashboardPermissions.java",
            "app/momentum/maturity/MaturityPermissions.java");

    private static final String ROLE = "(?:Role\\.)?(?:TENANT_ADMIN|CX_MANAGER|CONTRIBUTOR|EXECUTIVE)\\b";

    /** A decision by role: a comparison with a role, a set of roles, a switch case on one, a role-naming expression. */
    static final List<Pattern> DECIDING_BY_ROLE = List.of(
            Pattern.compile("[!=]=\\s*" + ROLE),
            Pattern.compile("\\b" + ROLE + "\\s*[!=]="),
            Pattern.compile("Set\\.of\\(\\s*Role\\."),
            Pattern.compile("\\bcase\\s+" + ROLE),
            Pattern.compile("has(?:Any)?Role\\(\\s*'(?!PLATFORM_ADMIN')"),
            Pattern.compile("\"ROLE_(?:TENANT_ADMIN|CX_MANAGER|CONTRIBUTOR|EXECUTIVE)\""));

    @Test
    void onlyThePoliciesDecideByRole() throws IOException {
        Path main = Path.of("src/main/java");
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = main.relativize(file).toString().replace('\\', '/');
                if (ALLOWED.contains(relative)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (decidesByRole(lines.get(i))) {
                        offences.add(relative + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(offences).as("ask the module's XxxPermissions policy instead of deciding by role").isEmpty();
    }

    /**
     * Views name roles in {@code @RolesAllowed} through {@link RoleNames}' constants, never as string literals, so a
     * misspelt role is a compile error rather than a view nobody may open.
     */
    @Test
    void rolesAllowedNameRolesOnlyThroughRoleNames() throws IOException {
        Pattern rolesAllowed = Pattern.compile("@RolesAllowed\\(([^)]*)\\)");
        List<String> literals = new ArrayList<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher annotation = rolesAllowed.matcher(Files.readString(file));
                while (annotation.find()) {
                    seen++;
                    if (annotation.group(1).contains("\"")) {
                        literals.add(file.getFileName() + ": " + annotation.group());
                    }
                }
            }
        }
        assertThat(seen).as("@RolesAllowed annotations read").isPositive();
        assertThat(literals).as("name roles with RoleNames constants").isEmpty();
    }

    /** The constants spell exactly the tenant roles of {@link Role}, plus the platform admin. */
    @Test
    void roleNamesAreTheRolesOfTheEnumAndThePlatformAdmin() throws IllegalAccessException {
        Set<String> constants = new HashSet<>();
        for (java.lang.reflect.Field field : RoleNames.class.getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                assertThat(field.get(null)).as(field.getName()).isEqualTo(field.getName());
                constants.add((String) field.get(null));
            }
        }
        Set<String> expected = new HashSet<>(List.of(RoleNames.PLATFORM_ADMIN));
        for (Role role : Role.values()) {
            expected.add(role.name());
        }
        assertThat(constants).isEqualTo(expected);
        assertThat(MomentumAuthentication.PLATFORM_ADMIN).isEqualTo(RoleNames.PLATFORM_ADMIN);
    }

    @Test
    void everyAllowedFileExists() {
        ALLOWED.forEach(file -> assertThat(Path.of("src/main/java", file)).exists());
    }

    /** The patterns catch what they are meant to catch, and leave alone what is not a decision by role. */
    @Test
    void thePatternsRecogniseDecisionsByRole() {
        assertThat(List.of(
                "if (me.role() == Role.TENANT_ADMIN) {",
                "boolean editable = role != Role.EXECUTIVE;",
                "return Role.CONTRIBUTOR == role;",
                "if (role == CX_MANAGER) {",
                "Set.of(Role.TENANT_ADMIN, Role.CX_MANAGER).contains(role)",
                "case TENANT_ADMIN, CX_MANAGER -> true;",
                "@PreAuthorize(\"hasAnyRole('TENANT_ADMIN', 'CX_MANAGER')\")",
                "@PreAuthorize(\"hasRole('TENANT_ADMIN')\")",
                "new SimpleGrantedAuthority(\"ROLE_CX_MANAGER\")"))
                .allMatch(PermissionVocabularyTest::decidesByRole);
        assertThat(List.of(
                "if (me.role() == null) {",
                "if (assignment.role() == ColumnRole.MOMENT) {",
                "role.setValue(Role.CONTRIBUTOR);",
                "memberships.countByRoleAndActiveTrue(Role.TENANT_ADMIN)",
                "@PreAuthorize(\"hasRole('PLATFORM_ADMIN')\")",
                "@PreAuthorize(BrandPermissions.MAY_EDIT)",
                "new SimpleGrantedAuthority(Role.CX_MANAGER.authority())"))
                .noneMatch(PermissionVocabularyTest::decidesByRole);
    }

    private static boolean decidesByRole(String line) {
        return DECIDING_BY_ROLE.stream().anyMatch(p -> p.matcher(line).find());
    }
}
