package app.momentum.governance.ui;

import app.momentum.base.InvalidInputException;
import app.momentum.base.UserFacingException;
import app.momentum.base.ui.Notifications;
import app.momentum.governance.LifeCycle;
import app.momentum.governance.LifeCycle.Settings;
import app.momentum.governance.domain.Gate;
import app.momentum.governance.domain.GateCriterion;
import app.momentum.tenancy.RoleNames;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Administration: which life-cycle gate criteria apply in this organisation (all by default) and after how many days
 * a journey's review is due.
 */
@Route("admin/governance")
@Menu(order = 92, icon = "vaadin:road-split", title = "nav.governance")
@RolesAllowed(RoleNames.TENANT_ADMIN)
public class GovernanceSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final transient LifeCycle lifeCycle;
    private final Map<GateCriterion, Checkbox> boxes = new EnumMap<>(GateCriterion.class);
    private final IntegerField interval = new IntegerField();

    public GovernanceSettingsView(LifeCycle lifeCycle) {
        this.lifeCycle = lifeCycle;
        addClassName("governance-settings-view");
        Settings settings = lifeCycle.settings();
        add(new H1(getTranslation("governanceSettings.title")), new Paragraph(getTranslation("governanceSettings.intro")));
        for (Gate gate : Gate.values()) {
            add(new H3(getTranslation("gate.title", getTranslation("stage." + gate.from().name()),
                    getTranslation("stage." + gate.to().name()))));
            for (GateCriterion criterion : GateCriterion.of(gate)) {
                Checkbox box = new Checkbox(getTranslation("gateCriterion." + criterion.name()),
                        settings.enabledCriteria().contains(criterion));
                box.setId("criterion-" + criterion.name());
                boxes.put(criterion, box);
                add(box);
            }
        }
        interval.setLabel(getTranslation("governanceSettings.interval"));
        interval.setHelperText(getTranslation("governanceSettings.intervalHelp", LifeCycle.MAX_INTERVAL_DAYS));
        interval.setMin(1);
        interval.setMax(LifeCycle.MAX_INTERVAL_DAYS);
        interval.setStepButtonsVisible(true);
        interval.setValue(settings.reviewIntervalDays());
        interval.setId("review-interval");
        Button save = new Button(getTranslation("governanceSettings.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("governance-save");
        add(interval, save);
    }

    private void save() {
        interval.setInvalid(false);
        if (interval.getValue() == null) {
            interval.setInvalid(true);
            interval.setErrorMessage(getTranslation("governance.error.interval", 1, LifeCycle.MAX_INTERVAL_DAYS));
            return;
        }
        Set<GateCriterion> enabled = EnumSet.noneOf(GateCriterion.class);
        boxes.forEach((criterion, box) -> {
            if (box.getValue()) {
                enabled.add(criterion);
            }
        });
        try {
            lifeCycle.saveSettings(enabled, interval.getValue());
            Notifications.success(getTranslation("governanceSettings.saved"));
        } catch (InvalidInputException invalid) {
            UserFacingException problem = invalid.problems().getFirst().problem();
            interval.setInvalid(true);
            interval.setErrorMessage(Notifications.message(this, problem));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("governanceSettings.title") + " · Momentum";
    }
}
