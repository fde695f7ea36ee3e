package app.momentum.journey.collab;

import app.momentum.base.Texts;
import app.momentum.base.UserFacingException;
import app.momentum.base.live.LiveEvent;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.internal.JourneyRepository;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.MomentRepository;
import app.momentum.journey.internal.PhaseRepository;
import app.momentum.journey.MomentCommented;
import app.momentum.security.MemberSession;
import app.momentum.tenancy.mention.Mentions;
import app.momentum.tenancy.TenantMembers;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Working together on a journey: comments with @mentions, the activity history, and baselines to compare
 * against. Everyone reads; tenant admins, CX managers and contributors comment and take baselines.
 */
@Service
@Transactional
public class JourneyCollaboration {

    static final String EDITORS = app.momentum.journey.JourneyPermissions.MAY_DESIGN;
    public static final int MAX_COMMENT = 4000;
    public static final int HISTORY_LIMIT = 200;

    private final JourneyRepository journeys;
    private final PhaseRepository phases;
    private final MomentRepository moments;
    private final MomentCommentRepository comments;
    private final JourneyActivityRepository activities;
    private final JourneyBaselineRepository baselines;
    private final TenantMembers members;
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;
    private final MemberSession memberSession;
    private final JsonMapper json = JsonMapper.builder().build();

    JourneyCollaboration(JourneyRepository journeys, PhaseRepository phases, MomentRepository moments,
                         MomentCommentRepository comments, JourneyActivityRepository activities,
                         JourneyBaselineRepository baselines, TenantMembers members, ActivityLog activity,
                         ApplicationEventPublisher events, MemberSession memberSession) {
        this.journeys = journeys;
        this.phases = phases;
        this.moments = moments;
        this.comments = comments;
        this.activities = activities;
        this.baselines = baselines;
        this.members = members;
        this.activity = activity;
        this.events = events;
        this.memberSession = memberSession;
    }

    // --- history -------------------------------------------------------------------------------------

    /** The newest entries first. */
    @Transactional(readOnly = true)
    public List<JourneyActivity> history(UUID journeyId) {
        journey(journeyId);
        return activities.findByJourneyIdOrderByAtDesc(journeyId, PageRequest.of(0, HISTORY_LIMIT));
    }

    // --- comments ------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<MomentComment> comments(UUID momentId) {
        moment(momentId);
        return comments.findByMomentIdOrderByCreatedAtAsc(momentId);
    }

    /** How many comments each moment of the journey has (moments without any are absent): the map's comments lane. */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, Long> commentCounts(UUID journeyId) {
        java.util.Map<UUID, Long> counts = new java.util.HashMap<>();
        comments.countByMoment(journeyId).forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * Adds a comment. Every active member written as "@Full Name" in the text is mentioned and notified
     * ({@link Mentions}); anyone else is ignored, so a mention never reaches outside the tenant.
     */
    @PreAuthorize(EDITORS)
    public MomentComment comment(UUID momentId, String text) {
        Moment moment = moment(momentId);
        String body = Texts.required(text, MAX_COMMENT, "comment.error.empty");
        List<UUID> mentioned = Mentions.mentioned(body, members.active());
        UUID author = memberSession.require().user().id();
        MomentComment comment = comments.save(new MomentComment(moment.getJourneyId(), momentId, author, body, mentioned));
        activity.record(moment.getJourneyId(), ActivityAction.COMMENT_ADDED, moment.getTitle());
        events.publishEvent(new MomentCommented(moment.getTenantId(), moment.getJourneyId(), momentId, moment.getTitle(), author,
                mentioned));
        events.publishEvent(new LiveEvent(moment.getTenantId(), moment.getJourneyId(), LiveEvent.Kind.COMMENTED,
                momentId, author));
        return comment;
    }

    // --- baselines -----------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<JourneyBaseline> baselines(UUID journeyId) {
        journey(journeyId);
        return baselines.findByJourneyIdOrderByCreatedAtDesc(journeyId);
    }

    @PreAuthorize(EDITORS)
    public JourneyBaseline createBaseline(UUID journeyId, String name) {
        Journey journey = journey(journeyId);
        String baselineName = Texts.required(name, 100, "baseline.error.name");
        if (baselines.existsByJourneyIdAndNameIgnoreCase(journeyId, baselineName)) {
            throw new UserFacingException("baseline.error.nameTaken", baselineName);
        }
        String snapshot = json.writeValueAsString(current(journeyId));
        JourneyBaseline baseline = baselines.save(new JourneyBaseline(journeyId, baselineName,
                memberSession.require().user().id(), snapshot));
        activity.record(journey.getId(), ActivityAction.BASELINE_CREATED, baselineName);
        return baseline;
    }

    /** The baseline against the journey as it is now. */
    @Transactional(readOnly = true)
    public BaselineComparison compare(UUID baselineId) {
        JourneyBaseline baseline = baselines.findById(baselineId).orElseThrow(JourneyCollaboration::notFound);
        BaselineSnapshot then = json.readValue(baseline.getSnapshot(), BaselineSnapshot.class);
        return BaselineComparison.compare(then, current(baseline.getJourneyId()));
    }

    private BaselineSnapshot current(UUID journeyId) {
        return MomentStates.snapshot(phases.findByJourneyIdOrderByPositionAsc(journeyId), moments.findByJourneyId(journeyId));
    }

    private Journey journey(UUID journeyId) {
        return journeys.findById(journeyId).orElseThrow(JourneyCollaboration::notFound);
    }

    private Moment moment(UUID momentId) {
        return moments.findById(momentId).orElseThrow(JourneyCollaboration::notFound);
    }

    private static UserFacingException notFound() {
        return new UserFacingException("error.notFound");
    }
}
