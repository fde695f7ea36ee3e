package app.momentum.journey;

import com.vaadin.flow.router.RouterLink;
import java.util.UUID;

/**
 * A page another module offers about one journey, linked from the journey map (e.g. ownership's
 * responsibility matrix). That module implements this as a bean, so the journey map shows the link without
 * importing the module: it depends on journey, never the other way round.
 */
public interface JourneyMapLink {

    /** The message key of the link's text. */
    String labelKey();

    /** A link to the page for the journey; the map sets its text. */
    RouterLink create(UUID journeyId);

    /** Links are shown in ascending order. */
    default int order() {
        return 0;
    }
}
