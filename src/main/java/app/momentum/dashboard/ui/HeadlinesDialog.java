package app.momentum.dashboard.ui;

import app.momentum.base.ui.AppDialog;
import app.momentum.base.ui.Notifications;
import app.momentum.base.ui.UiActions;
import app.momentum.dashboard.HeadlineSettings;
import app.momentum.measurement.MeasurementHeadlines.KpiChoice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * Tenant admins and CX managers choose the cockpit's headline KPIs from the catalogue (in its order), at most
 * {@link HeadlineSettings#MAX_HEADLINES}; none chosen means the defaults.
 */
class HeadlinesDialog extends AppDialog {

    final CheckboxGroup<KpiChoice> kpis = new CheckboxGroup<>();

    HeadlinesDialog(HeadlineSettings settings, Runnable saved) {
        setHeaderTitle(getTranslation("cockpit.chooseKpis"));
        setId("cockpit-kpis-dialog");
        HeadlineSettings.Choice choice = settings.choice();
        kpis.setId("cockpit-kpis-choice");
        kpis.setLabel(getTranslation("cockpit.chooseKpis.label", HeadlineSettings.MAX_HEADLINES));
        kpis.setItems(choice.kpis());
        kpis.setItemLabelGenerator(k -> k.standardCode() == null ? k.name() : getTranslation(k.standardCode().messageKey()));
        kpis.setValue(new java.util.LinkedHashSet<>(choice.kpis().stream()
                .filter(k -> choice.headlines().contains(k.id())).toList()));
        kpis.addThemeName("vertical");
        Paragraph hint = new Paragraph(getTranslation("cockpit.chooseKpis.hint"));
        add(hint, kpis);
        Button save = new Button(getTranslation("action.save"), click -> {
            List<java.util.UUID> ids = choice.kpis().stream().filter(kpis.getValue()::contains).map(KpiChoice::id).toList();
            if (ids.size() > HeadlineSettings.MAX_HEADLINES) {
                kpis.setInvalid(true);
                kpis.setErrorMessage(getTranslation("cockpit.error.tooManyKpis", HeadlineSettings.MAX_HEADLINES));
                return;
            }
            if (UiActions.attempt(this, () -> settings.choose(ids))) {
                close();
                Notifications.success(getTranslation("cockpit.chooseKpis.saved"));
                saved.run();
            }
        });
        save.setId("cockpit-kpis-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }
}
