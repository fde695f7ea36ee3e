package app.momentum.measurement;

import app.momentum.tenancy.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may do what with measurement. Tenant admins and CX managers run it: they define KPIs and record their values
 * and targets, import surveys (and set the analysis thresholds), handle every follow-up item, and see the
 * unassigned ones among their own. Contributors handle the follow-up items assigned to them or their disciplines.
 * A moment's owner, whatever their role, estimates its score for the next survey. A null role (no tenant chosen)
 * may do nothing; the caller passes facts such as ownership, these rules look nothing up.
 *
 * <p>Views ask the static rules; method security asks the bean, e.g.
 * {@code @PreAuthorize("@measurementPermissions.mayRecordKpis(authentication)")}.
 */
@Component
public final class MeasurementPermissions {

    /** Method security's expression for {@link #mayRecordKpis(Role)}: {@code @PreAuthorize(MAY_RECORD_KPIS)}. */
    public static final String MAY_RECORD_KPIS = "@measurementPermissions.mayRecordKpis(authentication)";

    /** Method security's expression for {@link #mayImportSurveys(Role)}: {@code @PreAuthorize(MAY_IMPORT_SURVEYS)}. */
    public static final String MAY_IMPORT_SURVEYS = "@measurementPermissions.mayImportSurveys(authentication)";

    /** Whether the role may define KPIs, set their targets and record or import their values. */
    public static boolean mayRecordKpis(Role role) {
        return runsMeasurement(role);
    }

    /** Whether the role may import surveys, delete an import and change the analysis thresholds. */
    public static boolean mayImportSurveys(Role role) {
        return runsMeasurement(role);
    }

    /** Whether the role may update every follow-up item, and sees unassigned ones among its own. */
    public static boolean mayHandleAnyFollowUp(Role role) {
        return runsMeasurement(role);
    }

    /** Whether the role may update the follow-up items it is responsible for (its own or its disciplines'). */
    public static boolean mayHandleOwnFollowUps(Role role) {
        return role == Role.CONTRIBUTOR;
    }

    /** Whether the role may estimate a moment's score: a manager on anyone's behalf, otherwise only its owner. */
    public static boolean mayEstimate(Role role, boolean isMomentOwner) {
        return runsMeasurement(role) || isMomentOwner;
    }

    /** {@link #mayRecordKpis(Role)} for the roles the current authentication carries. */
    public boolean mayRecordKpis(Authentication authentication) {
        return Role.anyHeldBy(authentication, MeasurementPermissions::mayRecordKpis);
    }

    /** {@link #mayImportSurveys(Role)} for the roles the current authentication carries. */
    public boolean mayImportSurveys(Authentication authentication) {
        return Role.anyHeldBy(authentication, MeasurementPermissions::mayImportSurveys);
    }

    private static boolean runsMeasurement(Role role) {
        return role != null && switch (role) {
            case TENANT_ADMIN, CX_MANAGER -> true;
            case CONTRIBUTOR, EXECUTIVE -> false;
        };
    }
}
