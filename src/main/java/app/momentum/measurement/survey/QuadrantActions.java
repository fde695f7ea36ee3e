package app.momentum.measurement.survey;

import app.momentum.action.ActionService;
import app.momentum.action.ActionService.ActionData;
import app.momentum.action.ActionService.ActionRef;
import app.momentum.action.domain.ActionStatus;
import app.momentum.action.domain.ActionType;
import app.momentum.action.domain.Priority;
import app.momentum.base.UserFacingException;
import app.momentum.base.i18n.MomentumI18NProvider;
import app.momentum.journey.JourneyLookup;
import app.momentum.journey.JourneyLookup.MomentRef;
import app.momentum.journey.TargetLevel;
import app.momentum.measurement.analysis.ImpactMethod;
import app.momentum.measurement.analysis.MomentResult;
import app.momentum.measurement.analysis.Quadrant;
import app.momentum.security.MemberSession;
import app.momentum.user.AppUser;
import app.momentum.user.UserAccountService;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a measured moment in the "fix" or "raise" quadrant into an improvement action in one click, pre-filled
 * with the moment, the quadrant's advice and the figures behind it, so the team starts from the evidence.
 */
@Service
public class QuadrantActions {

    private final ActionService actions;
    private final JourneyLookup journeys;
    private final SurveyImportService surveys;
    private final MomentumI18NProvider i18n;
    private final MemberSession memberSession;
    private final UserAccountService accounts;

    QuadrantActions(ActionService actions, JourneyLookup journeys, SurveyImportService surveys,
                    MomentumI18NProvider i18n, MemberSession memberSession, UserAccountService accounts) {
        this.actions = actions;
        this.journeys = journeys;
        this.surveys = surveys;
        this.i18n = i18n;
        this.memberSession = memberSession;
        this.accounts = accounts;
    }

    /** Whether the quadrant calls for an improvement: low satisfaction, whatever the impact. */
    public static boolean actionable(Quadrant quadrant) {
        return quadrant == Quadrant.LOW_SATISFACTION_NEGATIVE_IMPACT
                || quadrant == Quadrant.LOW_SATISFACTION_POSITIVE_IMPACT;
    }

    /**
     * Creates the action (status idea, owned by the moment's owner when there is one) from the moment's result in
     * the given import and group (segment column → value; none for everybody, several for a combination), placed by
     * {@code method} (null: the import's). Title and description are written in the language the acting user chose;
     * {@code pageLanguage} (the browser's) only when they chose none.
     */
    @Transactional
    public ActionRef create(UUID importId, java.util.Map<String, String> segment, UUID momentId, ImpactMethod method,
                            Locale pageLanguage) {
        Locale locale = userLanguage().orElse(pageLanguage);
        StoredAnalysis stored = surveys.analysis(importId).orElseThrow(() -> new UserFacingException("error.notFound"));
        var group = stored.result().group(segment);
        if (group == null) {
            throw new UserFacingException("error.notFound");
        }
        MomentResult result = group.moments().stream().filter(m -> momentId.equals(m.momentId())).findFirst()
                .map(m -> method == null ? m : m.withMethod(method))
                .orElseThrow(() -> new UserFacingException("error.notFound"));
        if (!actionable(result.quadrant())) {
            throw new UserFacingException("mining.action.notActionable");
        }
        MomentRef moment = journeys.moment(momentId).orElseThrow(() -> new UserFacingException("error.notFound"));
        boolean fix = result.quadrant() == Quadrant.LOW_SATISFACTION_NEGATIVE_IMPACT;
        String title = i18n.getTranslation(fix ? "mining.action.titleFix" : "mining.action.titleRaise", locale,
                moment.title());
        String segmentText = segment.isEmpty() ? i18n.getTranslation("mining.segment.everybody", locale)
                : String.join(" × ", new java.util.TreeMap<>(segment).entrySet().stream()
                .map(e -> i18n.getTranslation("mining.segment.choice", locale, e.getValue(),
                        stored.segmentLabel(e.getKey()))).toList());
        String description = i18n.getTranslation(result.quadrant().adviceKey(), locale) + "\n\n"
                + i18n.getTranslation("mining.action.figures", locale, stored.survey().getFileName(),
                stored.survey().getFieldedOn().toString(), segmentText, decimal(result.meanSatisfaction(), locale),
                percent(result.frequency(), locale), decimal(result.impact(), locale), result.impactN(),
                percent(result.shareSixOrLower(), locale));
        ActionType type = moment.targetLevel() == TargetLevel.NINE_PLUS && !fix
                ? ActionType.EMOTIONAL_CONCEPT : ActionType.FUNCTIONAL_FIX;
        ActionData data = new ActionData(moment.journeyId(), List.of(momentId), truncate(title, 200), description,
                type, actions.defaultDiscipline(List.of(momentId)),
                // a moment owned by someone who cannot work on actions (an executive): the action is the creator's
                actions.mayOwn(moment.ownerUserId()) ? moment.ownerUserId() : null, List.of(), null,
                result.reliable() ? Priority.HIGH : Priority.MEDIUM, null, null, null, null);
        return actions.createRef(data, ActionStatus.IDEA);
    }

    /** The acting user's chosen language; empty when they follow their browser. */
    private java.util.Optional<Locale> userLanguage() {
        return memberSession.current().flatMap(auth -> accounts.find(auth.user().id()))
                .flatMap(AppUser::getPreferredLanguage).map(MomentumI18NProvider::supported);
    }

    private static String decimal(double value, Locale locale) {
        if (Double.isNaN(value)) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        format.setMinimumFractionDigits(1);
        return format.format(value);
    }

    private static String percent(double share, Locale locale) {
        return Double.isNaN(share) ? "–" : NumberFormat.getPercentInstance(locale).format(share);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
