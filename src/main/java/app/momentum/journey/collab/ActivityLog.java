package app.momentum.journey.collab;

import app.momentum.security.MemberSession;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Writes the journey history, in the caller's transaction, for the logged-in user. */
@Component
public class ActivityLog {

    private final JourneyActivityRepository activities;
    private final MemberSession memberSession;

    ActivityLog(JourneyActivityRepository activities, MemberSession memberSession) {
        this.activities = activities;
        this.memberSession = memberSession;
    }

    public void record(UUID journeyId, ActivityAction action, String subject) {
        record(journeyId, action, subject, List.of());
    }

    public void record(UUID journeyId, ActivityAction action, String subject, List<JourneyActivity.FieldChange> changes) {
        UUID user = memberSession.current().map(a -> a.user().id()).orElse(null);
        activities.save(new JourneyActivity(journeyId, user, action, subject, changes));
    }
}
