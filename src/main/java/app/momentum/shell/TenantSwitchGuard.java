package app.momentum.shell;

import app.momentum.security.MemberSession;
import app.momentum.security.MomentumAuthentication;
import app.momentum.security.TenantSwitched;
import app.momentum.tenancy.TenantMembershipView;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.RequestHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every browser tab (Vaadin UI) works in the tenant it was opened in. A tenant switch in one tab changes the
 * whole session's tenant, so the session's other tabs would silently read and write the new tenant with the old
 * tenant's screen. This guard remembers each UI's tenant when it starts, and
 * <ul>
 *   <li>on a switch tells every other open tab at once (over push): "You switched to … — reload";</li>
 *   <li>before each request of a tab (a click, a typed value, an upload) compares that tab's tenant with the
 *       session's; when they differ, the request's changes are not applied — it is answered with the message,
 *       so a write is refused visibly, never dropped or misdirected silently.</li>
 * </ul>
 * A tab opened before a tenant was chosen (the tenant selection page) has no tenant and is not guarded.
 */
@Component
class TenantSwitchGuard implements VaadinServiceInitListener {

    private static final String DYNAMIC_RESOURCE = "/VAADIN/dynamic/resource/";

    /** The tenant a UI was opened in. */
    record OpenedIn(TenantMembershipView membership) implements Serializable {
    }

    private final MemberSession memberSession;
    private final JsonMapper json = JsonMapper.builder().build();

    TenantSwitchGuard(MemberSession memberSession) {
        this.memberSession = memberSession;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> memberSession.current().map(MomentumAuthentication::membership)
                .ifPresent(membership -> ComponentUtil.setData(init.getUI(), OpenedIn.class, new OpenedIn(membership))));
        event.addRequestHandler(new Guard());
    }

    /** Tells the switching session's other tabs at once; the switching tab reloads itself. */
    @EventListener
    void switched(TenantSwitched switched) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return;
        }
        UI switching = UI.getCurrent();
        for (UI ui : session.getUIs()) {
            if (ui != switching && stale(ui, switched.membership()).isPresent()) {
                ui.access(() -> TenantSwitchedDialog.showIn(ui, switched.membership(), stale(ui, switched.membership()).get()));
            }
        }
    }

    /** The tenant a UI was opened in, when the session now works in another one. */
    private static Optional<TenantMembershipView> stale(UI ui, TenantMembershipView now) {
        OpenedIn openedIn = ComponentUtil.getData(ui, OpenedIn.class);
        if (openedIn == null || now == null || Objects.equals(openedIn.membership().tenantId(), now.tenantId())) {
            return Optional.empty();
        }
        return Optional.of(openedIn.membership());
    }

    /**
     * Whether a call is something the user did (a click, a key, a drop, a navigation) rather than a component
     * reporting its own state ("…-changed" events, property syncs), which needs no answer.
     */
    private static boolean userAction(JsonNode call) {
        String type = call.path("type").asString("");
        return "navigation".equals(type) || "publishedEventHandler".equals(type)
                || "event".equals(type) && !call.path("event").asString("").endsWith("-changed");
    }

    /** Runs before Vaadin's own handlers (handlers added at service init come first). */
    private final class Guard implements RequestHandler {

        @Serial
        private static final long serialVersionUID = 1L;

        private final UidlRequestHandler uidl = new UidlRequestHandler();

        @Override
        public boolean handleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response) throws IOException {
            boolean changes = HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL);
            boolean resource = request.getPathInfo() != null && request.getPathInfo().startsWith(DYNAMIC_RESOURCE);
            if (!changes && !resource) {
                return false; // heartbeats, page loads: nothing is written
            }
            TenantMembershipView now = memberSession.current().map(MomentumAuthentication::membership).orElse(null);
            Optional<UI> ui = uiOf(session, request, resource);
            Optional<TenantMembershipView> openedIn = ui.flatMap(u -> {
                session.lock();
                try {
                    return stale(u, now);
                } finally {
                    session.unlock();
                }
            });
            if (openedIn.isEmpty()) {
                return false;
            }
            if (resource) { // an upload or a download of the old tenant's screen
                response.setStatus(409);
                response.setContentType("text/plain; charset=UTF-8");
                response.getWriter().write(ui.get().getTranslation("selectTenant.switched.refused", now.tenantName()));
                return true;
            }
            return refuseChanges(session, request, response, ui.get(), now, openedIn.get());
        }

        /** Answers the request as Vaadin would, but with none of its changes applied, and says why. */
        private boolean refuseChanges(VaadinSession session, VaadinRequest request, VaadinResponse response, UI ui,
                                      TenantMembershipView now, TenantMembershipView openedIn) throws IOException {
            String body = request.getReader().lines().collect(java.util.stream.Collectors.joining("\n"));
            ObjectNode message = (ObjectNode) json.readTree(body);
            JsonNode rpc = message.path("rpc");
            boolean userAction = rpc.isArray() && rpc.valueStream().anyMatch(TenantSwitchGuard::userAction);
            message.set("rpc", json.createArrayNode());
            ui.accessSynchronously(() -> {
                TenantSwitchedDialog.showIn(ui, now, openedIn);
                if (userAction) {
                    TenantSwitchedDialog.refused(ui, now);
                }
            });
            byte[] withoutChanges = json.writeValueAsBytes(message);
            return uidl.handleRequest(session, new VaadinServletRequest(new BodyReplaced((VaadinServletRequest) request,
                    withoutChanges), (VaadinServletService) request.getService()), response);
        }

        private static Optional<UI> uiOf(VaadinSession session, VaadinRequest request, boolean resource) {
            String id = resource ? request.getPathInfo().substring(DYNAMIC_RESOURCE.length()).split("/", 2)[0]
                    : request.getParameter("v-uiId");
            try {
                int uiId = Integer.parseInt(id);
                session.lock();
                try {
                    return Optional.ofNullable(session.getUIById(uiId));
                } finally {
                    session.unlock();
                }
            } catch (NumberFormatException | NullPointerException noUi) {
                return Optional.empty();
            }
        }
    }

    /** The same request with another body. */
    private static final class BodyReplaced extends HttpServletRequestWrapper {

        private final byte[] body;

        BodyReplaced(VaadinServletRequest request, byte[] body) {
            super(request.getHttpServletRequest());
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }
    }
}
