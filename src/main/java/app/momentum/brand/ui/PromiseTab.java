package app.momentum.brand.ui;

import app.momentum.base.Texts;
import app.momentum.base.UserFacingException;
import app.momentum.base.ui.Notifications;
import app.momentum.base.ui.TextLimits;
import app.momentum.brand.internal.BrandProfile;
import app.momentum.brand.BrandService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Brand promise, pay-off, and the dosing threshold of the signature check. */
class PromiseTab extends VerticalLayout {

    private final transient BrandService brand;
    private BrandProfile profile;
    private final TextArea promise = new TextArea();
    private final TextField payOff = new TextField();
    private final IntegerField maxNinePlus = new IntegerField();

    PromiseTab(BrandService brand, boolean editable) {
        this.brand = brand;
        setPadding(false);
        setMaxWidth("48rem");
        promise.setLabel(getTranslation("brand.promise.promise"));
        promise.setHelperText(getTranslation("brand.promise.promiseHelp"));
        TextLimits.limit(promise, Texts.LONG);
        promise.setId("brand-promise");
        payOff.setLabel(getTranslation("brand.promise.payOff"));
        TextLimits.limit(payOff, 300);
        payOff.setId("brand-pay-off");
        maxNinePlus.setLabel(getTranslation("brand.promise.maxNinePlus"));
        maxNinePlus.setHelperText(getTranslation("brand.promise.maxNinePlusHelp"));
        maxNinePlus.setMin(1);
        maxNinePlus.setMax(100);
        maxNinePlus.setStepButtonsVisible(true);
        maxNinePlus.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        maxNinePlus.setId("brand-max-nine-plus");
        FormLayout form = new FormLayout(promise, payOff, maxNinePlus);
        form.setColspan(promise, 2);
        add(new Paragraph(getTranslation("brand.promise.intro")), form);
        if (editable) {
            Button save = new Button(getTranslation("action.save"), e -> save());
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.setId("brand-profile-save");
            add(save);
        } else {
            promise.setReadOnly(true);
            payOff.setReadOnly(true);
            maxNinePlus.setReadOnly(true);
        }
        show(brand.profile());
    }

    private void show(BrandProfile shown) {
        profile = shown;
        promise.setValue(BrandTabs.orEmpty(profile.getBrandPromise()));
        payOff.setValue(BrandTabs.orEmpty(profile.getPayOff()));
        maxNinePlus.setValue(profile.getMaxNinePlusShare().movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValue());
    }

    private void save() {
        Integer percent = maxNinePlus.getValue();
        try {
            BigDecimal share = percent == null ? null : BigDecimal.valueOf(percent).movePointLeft(2);
            show(brand.saveProfile(profile.getVersion(), promise.getValue(), payOff.getValue(), share));
            Notifications.success(getTranslation("brand.saved"));
        } catch (UserFacingException problem) {
            Notifications.error(this, problem);
        }
    }
}
