package app.momentum.journey.ui;

import app.momentum.journey.signature.CheckStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;

/** The signature check's status as a coloured badge, in words (colour is never the only signal). */
final class CheckBadges {

    private CheckBadges() {
    }

    static Badge status(Component context, CheckStatus status) {
        Badge badge = new Badge(context.getTranslation("checkStatus." + status.name()));
        switch (status) {
            case PASS -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case WARNING -> badge.addThemeVariants(BadgeVariant.WARNING);
            case FAIL -> badge.addThemeVariants(BadgeVariant.ERROR);
            case NOT_APPLICABLE -> badge.addThemeVariants(BadgeVariant.CONTRAST);
        }
        return badge;
    }
}
