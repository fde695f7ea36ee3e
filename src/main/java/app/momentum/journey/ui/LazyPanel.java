package app.momentum.journey.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.function.Supplier;

/** Builds its content when first shown, so tabs nobody opens cost no queries. */
class LazyPanel extends Div {

    private final transient Supplier<Component> content;
    private boolean built;

    LazyPanel(Supplier<Component> content) {
        this.content = content;
        setWidthFull();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (!built) {
            built = true;
            add(content.get());
        }
    }
}
