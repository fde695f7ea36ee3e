package app.momentum.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Not found" for a route that does not exist, an object id that does not exist, and an object of another
 * tenant — all alike, and without details, so nothing reveals that another tenant's object exists.
 */
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        render(this);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    static void render(VerticalLayout layout) {
        layout.removeAll();
        H1 title = new H1(layout.getTranslation("notFound.title"));
        title.setId("not-found-title");
        layout.add(title, new Paragraph(layout.getTranslation("notFound.text")),
                new Anchor("", layout.getTranslation("notFound.home")));
    }
}
