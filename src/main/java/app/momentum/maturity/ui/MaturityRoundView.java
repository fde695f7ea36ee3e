package app.momentum.maturity.ui;

import app.momentum.base.ui.Notifications;
import app.momentum.base.ui.RouteIds;
import app.momentum.base.ui.UiActions;
import app.momentum.maturity.MaturityPermissions;
import app.momentum.maturity.MaturityScans;
import app.momentum.maturity.MaturityScans.MyAnswers;
import app.momentum.maturity.MaturityScans.RoundDetail;
import app.momentum.maturity.MaturityScans.RoundResults;
import app.momentum.maturity.MaturityScans.RoundStatus;
import app.momentum.maturity.MaturityScans.RoundSummary;
import app.momentum.security.MemberSession;
import app.momentum.tenancy.RoleNames;
import app.momentum.tenancy.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One scan round: a participant who has not submitted answers it here (save to come back, submit once all 42 are
 * answered); who may see the results (a participant after submitting, CX managers, tenant admins, executives) sees
 * them ({@link MaturityResultsPanel}). CX managers and tenant admins close an open round here.
 */
@Route("maturity/:roundId")
@RolesAllowed({RoleNames.TENANT_ADMIN, RoleNames.CX_MANAGER, RoleNames.CONTRIBUTOR, RoleNames.EXECUTIVE})
public class MaturityRoundView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String ROUND_ID = "roundId";

    private final transient MaturityScans scans;
    private final Role role;
    private UUID roundId;
    private String roundName = "";
    private AnswerForm form;
    private MyAnswers mine;

    public MaturityRoundView(MaturityScans scans, MemberSession memberSession) {
        this.scans = scans;
        this.role = memberSession.require().role();
        addClassName("maturity-round-view");
        setMaxWidth("72rem");
    }

    public static RouteParameters parameters(UUID roundId) {
        return new RouteParameters(ROUND_ID, roundId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        roundId = RouteIds.parse(event, ROUND_ID).orElseThrow(NotFoundException::new);
        if (!show()) {
            throw new NotFoundException();
        }
    }

    /** Shows the round as it is now; false when there is no such round in this tenant. */
    private boolean show() {
        Optional<RoundDetail> found = scans.round(roundId);
        if (found.isEmpty()) {
            return false;
        }
        removeAll();
        form = null;
        RoundDetail detail = found.get();
        RoundSummary summary = detail.summary();
        roundName = summary.name();
        H1 title = new H1(summary.name());
        title.setId("maturity-round-title");
        Paragraph status = new Paragraph(getTranslation(summary.status() == RoundStatus.OPEN
                        ? "maturityScan.round.statusOpen" : "maturityScan.round.statusClosed",
                MaturityLabels.date(summary.closesOn(), getLocale()), summary.submitted(), summary.participants()));
        status.setId("maturity-round-status");
        add(new RouterLink(getTranslation("maturityScan.back"), MaturityView.class), title, status);

        // a participant still answering sees no results, whatever their role: the scan works best filled in alone
        boolean answering = detail.currentUserParticipates() && !detail.currentUserSubmitted()
                && summary.status() == RoundStatus.OPEN;
        HorizontalLayout actions = new HorizontalLayout();
        if (detail.currentUserManages() && summary.status() == RoundStatus.OPEN) {
            Button close = new Button(getTranslation("maturityScan.round.close"), VaadinIcon.LOCK.create(), e -> confirmClose());
            close.setId("maturity-close");
            actions.add(close);
        }
        if (MaturityPermissions.mayReadAll(role) && summary.submitted() > 0 && !answering) {
            actions.add(csvDownload());
        }
        if (actions.getComponentCount() > 0) {
            add(actions);
        }
        if (detail.currentUserManages() || MaturityPermissions.mayReadAll(role)) {
            add(participants(detail));
        }

        if (answering) {
            showForm();
        } else if (detail.currentUserParticipates() && detail.currentUserSubmitted()) {
            Paragraph done = new Paragraph(getTranslation("maturityScan.round.youSubmitted"));
            done.setId("maturity-submitted");
            add(done);
        } else if (detail.currentUserParticipates() && !detail.currentUserSubmitted()) {
            Paragraph missed = new Paragraph(getTranslation("maturityScan.round.closedUnanswered"));
            missed.setId("maturity-missed");
            add(missed);
        }

        Optional<RoundResults> results = detail.currentUserMaySeeResults() && !answering ? scans.results(roundId)
                : Optional.empty();
        if (results.isPresent() && results.get().summary().submitted() > 0 && !results.get().participants().isEmpty()) {
            add(new MaturityResultsPanel(results.get()));
        } else if (!answering) {
            Paragraph none = new Paragraph(getTranslation(detail.currentUserMaySeeResults()
                    ? "maturityScan.round.noSubmissions" : "maturityScan.round.resultsHidden"));
            none.setId("maturity-no-results");
            add(none);
        }
        return true;
    }

    private Paragraph participants(RoundDetail detail) {
        String names = detail.participants().stream()
                .map(p -> p.submitted() ? getTranslation("maturityScan.round.participantSubmitted", p.displayName())
                        : p.displayName())
                .collect(Collectors.joining(", "));
        Paragraph paragraph = new Paragraph(getTranslation("maturityScan.round.participants", names));
        paragraph.setId("maturity-participants");
        return paragraph;
    }

    private void showForm() {
        mine = scans.myAnswers(roundId);
        Paragraph intro = new Paragraph(getTranslation("maturityScan.form.intro"));
        intro.setId("maturity-form-intro");
        form = new AnswerForm(mine.answers());
        Button save = new Button(getTranslation("maturityScan.form.save"), e -> save());
        save.setId("maturity-save");
        Button submit = new Button(getTranslation("maturityScan.form.submit"), e -> askToSubmit());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setId("maturity-submit");
        HorizontalLayout buttons = new HorizontalLayout(save, submit);
        buttons.addClassName("maturity-form-buttons");
        add(intro, form, buttons);
    }

    private void save() {
        if (UiActions.attempt(this, () -> mine = scans.saveDraft(roundId, form.answered(), mine.version()))) {
            Notifications.success(getTranslation("maturityScan.form.saved", mine.answers().size()));
        }
    }

    private void askToSubmit() {
        List<Integer> missing = form.missing();
        if (!missing.isEmpty()) {
            String message = getTranslation("maturityScan.form.missing", missing.size(),
                    missing.stream().map(String::valueOf).collect(Collectors.joining(", ")));
            Notifications.error(message);
            form.markMissing(missing);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("maturity-submit-confirm");
        confirm.setHeader(getTranslation("maturityScan.form.confirmTitle"));
        confirm.setText(getTranslation("maturityScan.form.confirmText"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("maturityScan.form.submit"));
        confirm.addConfirmListener(e -> submit());
        confirm.open();
    }

    private void submit() {
        if (UiActions.attempt(this, () -> mine = scans.submit(roundId, form.answered(), mine.version()))) {
            Notifications.success(getTranslation("maturityScan.form.submitted"));
            show();
        }
    }

    private void confirmClose() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("maturity-close-confirm");
        confirm.setHeader(getTranslation("maturityScan.round.closeTitle"));
        confirm.setText(getTranslation("maturityScan.round.closeText"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("maturityScan.round.close"));
        confirm.addConfirmListener(e -> {
            if (UiActions.attempt(this, () -> scans.closeRound(roundId))) {
                show();
            }
        });
        confirm.open();
    }

    private Anchor csvDownload() {
        java.util.Locale locale = getLocale();
        String fileName = "maturity-scan-" + roundName.replaceAll("[^A-Za-z0-9-]+", "-") + ".csv";
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = scans.exportCsv(roundId, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv", bytes.length);
        }), getTranslation("maturityScan.round.csv"));
        anchor.getElement().setAttribute("download", true);
        anchor.setId("maturity-csv");
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return roundName + " · " + getTranslation("maturityScan.title") + " · Momentum";
    }
}
