package app.momentum.api;

import app.momentum.maturity.MaturityScans.Participant;
import app.momentum.maturity.MaturityScans.ParticipantResult;
import app.momentum.maturity.MaturityScans.RoundDetail;
import app.momentum.maturity.MaturityScans.RoundResults;
import app.momentum.maturity.MaturityScans.RoundStatus;
import app.momentum.maturity.domain.Answer;
import app.momentum.maturity.domain.Level;
import app.momentum.maturity.domain.MaturityScore;
import app.momentum.maturity.domain.MaturityScore.Advice;
import app.momentum.maturity.domain.MaturityScore.Inconsistency;
import app.momentum.maturity.domain.MaturityScore.LaterQuadrantAhead;
import app.momentum.maturity.domain.MaturityScore.UnclearExpert;
import app.momentum.maturity.domain.Part;
import app.momentum.maturity.domain.Quadrant;
import app.momentum.maturity.domain.StatementScores.Spread;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The JSON of maturity scan rounds and their results, made from the maturity module's records. Statements are keyed
 * by their number ("1" … "42"), answers are the letters A–E; every total is as the app shows it (one decimal).
 */
final class MaturityJson {

    private MaturityJson() {
    }

    @Schema(name = "NewMaturityRound", description = "A maturity scan round to open: who answers and until when")
    record NewRound(@NotBlank @Size(max = 120) String name,
                    @Schema(description = "the participants' e-mail addresses: active members of the organisation")
                    @NotEmpty List<String> participants,
                    @Schema(description = "the last day answers are taken (today or later)") @NotNull LocalDate closingDate) {
    }

    @Schema(name = "MaturityAnswers", description = "A participant's answers to all 42 statements, submitted for them")
    record Answers(@Schema(description = "the participant's e-mail address") @NotBlank String email,
                   @Schema(description = "statement number (1–42) → letter A (no idea) … E (fully)", example = "{\"1\": \"C\", \"2\": \"D\"}")
                   @NotNull Map<String, String> answers) {
    }

    @Schema(name = "MaturityRound", description = "A round with its participants and, once someone submitted, its results")
    record Round(UUID id, String name, LocalDate closingDate, RoundStatus status, Instant openedAt, int submitted,
                 List<ParticipantJson> participants,
                 @Schema(description = "null until a participant submitted") Results results) {

        static Round of(RoundDetail round, RoundResults results) {
            return new Round(round.summary().id(), round.summary().name(), round.summary().closesOn(),
                    round.summary().status(), round.summary().openedAt(), round.summary().submitted(),
                    round.participants().stream().map(ParticipantJson::of).toList(),
                    results == null ? null : Results.of(results));
        }
    }

    @Schema(name = "MaturityParticipant")
    record ParticipantJson(String name, String email, boolean submitted, Instant submittedAt) {

        static ParticipantJson of(Participant participant) {
            return new ParticipantJson(participant.displayName(), participant.email(), participant.submitted(),
                    participant.submittedAt());
        }
    }

    @Schema(name = "MaturityResults", description = "The round's result from the mean answer per statement, and each participant's own")
    record Results(@Schema(description = "statement number → mean score 0–4 of the submitted answers")
                   Map<Integer, Double> statementMeans,
                   Score score,
                   @Schema(description = "the statements the participants disagree on, largest spread first")
                   List<SpreadJson> disagreement,
                   List<ParticipantResultJson> participants) {

        static Results of(RoundResults results) {
            return new Results(new TreeMap<>(results.statementMeans()), Score.of(results.score()),
                    results.disagreement().stream().map(SpreadJson::of).toList(),
                    results.participants().stream().map(ParticipantResultJson::of).toList());
        }
    }

    @Schema(name = "MaturityScore", description = "Totals, levels, the formal strategy step, inconsistencies and advice")
    record Score(Map<Part, Double> partTotals, Map<Quadrant, Double> quadrantTotals, Map<Quadrant, Level> levels,
                 @Schema(description = "the first strategy statement (1–12) below the maximum; null when all are at it")
                 Integer formalStep,
                 List<InconsistencyJson> inconsistencies, Map<Quadrant, AdviceJson> advice) {

        static Score of(MaturityScore score) {
            Map<Quadrant, AdviceJson> advice = new EnumMap<>(Quadrant.class);
            score.advice().forEach((quadrant, a) -> advice.put(quadrant, AdviceJson.of(a)));
            return new Score(new EnumMap<>(score.partTotals()), new EnumMap<>(score.quadrantTotals()),
                    new EnumMap<>(score.levels()),
                    score.formalStep().isPresent() ? score.formalStep().getAsInt() : null,
                    score.inconsistencies().stream().map(InconsistencyJson::of).toList(), advice);
        }
    }

    @Schema(name = "MaturityInconsistency", description = """
            LATER_QUADRANT_AHEAD: a later quadrant (later, laterLevel) placed above an earlier one (earlier, \
            earlierLevel). UNCLEAR_EXPERT: a quadrant at expert level whose own strategy step scores relatively lower \
            (strategyShare < quadrantShare).""")
    record InconsistencyJson(String kind, Quadrant earlier, Level earlierLevel, Quadrant later, Level laterLevel,
                             Quadrant quadrant, Double strategyShare, Double quadrantShare) {

        static InconsistencyJson of(Inconsistency inconsistency) {
            return switch (inconsistency) {
                case LaterQuadrantAhead ahead -> new InconsistencyJson("LATER_QUADRANT_AHEAD", ahead.earlier(),
                        ahead.earlierLevel(), ahead.later(), ahead.laterLevel(), null, null, null);
                case UnclearExpert unclear -> new InconsistencyJson("UNCLEAR_EXPERT", null, null, null, null,
                        unclear.quadrant(), unclear.strategyShare(), unclear.quadrantShare());
            };
        }
    }

    @Schema(name = "MaturityAdvice", description = "What to work on in a quadrant")
    record AdviceJson(@Schema(description = "the adjacent S with the lowest total (more when they tie)") List<Part> focusFirst,
                      @Schema(description = "the lowest-scoring statements, lowest first") List<Integer> statements,
                      @Schema(description = "statements answered \"no idea\": to find out") List<Integer> toFindOut) {

        static AdviceJson of(Advice advice) {
            return new AdviceJson(advice.focusFirst(), advice.statements(), advice.toFindOut());
        }
    }

    @Schema(name = "MaturitySpread", description = "How far the answers to one statement lie apart")
    record SpreadJson(int statement, double standardDeviation, int lowest, int highest) {

        static SpreadJson of(Spread spread) {
            return new SpreadJson(spread.statement(), spread.standardDeviation(), spread.lowest(), spread.highest());
        }
    }

    @Schema(name = "MaturityParticipantResult", description = "One participant's submitted answers and their own score")
    record ParticipantResultJson(String name, String email, Instant submittedAt,
                                 @Schema(description = "statement number → letter A–E") Map<Integer, String> answers,
                                 Score score) {

        static ParticipantResultJson of(ParticipantResult result) {
            Map<Integer, String> letters = new TreeMap<>();
            result.answers().forEach((statement, answer) -> letters.put(statement, letter(answer)));
            return new ParticipantResultJson(result.participant().displayName(), result.participant().email(),
                    result.participant().submittedAt(), letters, Score.of(result.score()));
        }

        private static String letter(Answer answer) {
            return String.valueOf(answer.letter());
        }
    }
}
