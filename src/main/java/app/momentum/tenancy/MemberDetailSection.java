package app.momentum.tenancy;

import com.vaadin.flow.component.Component;
import java.util.UUID;

/**
 * A part of a member's page that another module owns, e.g. the disciplines a member works in (ownership). The member
 * page shows every section the application offers, in {@link #order()}, so tenancy does not depend on the modules
 * that add to it.
 */
public interface MemberDetailSection {

    /** A new section about the member {@code userId}, for the page being built. */
    Component create(UUID userId);

    /** Sections are shown in ascending order. */
    default int order() {
        return 0;
    }
}
