package app.momentum.measurement.followup;

import app.momentum.measurement.analysis.SurveyAccumulator.Answers;
import app.momentum.measurement.importing.SurveyPipeline;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the respondents to follow up while a survey is analysed. Keeps at most {@link #MAX_ITEMS} per import, in
 * file order, and counts the rest: a queue of a hundred thousand calls helps nobody, and memory must not grow with
 * the file.
 */
public final class FollowUpCollector implements SurveyPipeline.RespondentListener {

    public static final int MAX_ITEMS = 10_000;

    private final List<FollowUpCandidate> candidates = new ArrayList<>();
    private int notQueued;

    @Override
    public void respondent(Answers answers) {
        int recommend = answers.recommendAnswer();
        int lowest = answers.lowestMomentScore();
        if (!FollowUpRule.needsFollowUp(recommend, lowest)) {
            return;
        }
        if (candidates.size() >= MAX_ITEMS) {
            notQueued++;
            return;
        }
        boolean momentLow = lowest != Answers.BLANK && lowest <= FollowUpRule.MOMENT_AT_MOST;
        candidates.add(new FollowUpCandidate(answers.id(), recommend == Answers.BLANK ? null : recommend,
                momentLow ? answers.lowestMoment() : null, momentLow ? lowest : null));
    }

    @Override
    public void startAgain() {
        candidates.clear();
        notQueued = 0;
    }

    public List<FollowUpCandidate> candidates() {
        return List.copyOf(candidates);
    }

    /** Respondents who qualified beyond {@link #MAX_ITEMS}. */
    public int notQueued() {
        return notQueued;
    }
}
