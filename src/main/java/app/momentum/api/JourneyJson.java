package app.momentum.api;

import app.momentum.journey.JourneyMapService.JourneyMapRecord;
import app.momentum.journey.JourneyMapService.MomentRecord;
import app.momentum.journey.JourneyMapService.PhaseRecord;
import app.momentum.journey.JourneyService.JourneyRecord;
import app.momentum.journey.JourneyType;
import app.momentum.journey.LifecycleStage;
import app.momentum.journey.MomentNature;
import app.momentum.journey.TargetLevel;
import app.momentum.journey.signature.CheckStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The JSON of journeys, phases and moments, made from the journey module's records: the API's own types, so what
 * it outputs changes only when these change.
 */
final class JourneyJson {

    /** The stage is read-only in the API: it moves only through the life-cycle gates in the app. */
    static final String STAGE = "The life-cycle stage. Read-only: a new journey starts at MAPPING and the stage moves "
            + "only through the life-cycle gates in the app (a CX manager or tenant admin), never through the API";

    private JourneyJson() {
    }

    @Schema(name = "JourneySummary", description = "A journey in the portfolio")
    record JourneySummary(UUID id, String name, JourneyType type, @Schema(description = STAGE) LifecycleStage stage, CheckStatus checkStatus,
                          boolean archived, Instant updatedAt) {

        static JourneySummary of(JourneyRecord journey) {
            return new JourneySummary(journey.id(), journey.name(), journey.type(), journey.stage(),
                    journey.checkStatus(), journey.archived(), journey.updatedAt());
        }
    }

    @Schema(name = "JourneyPage", description = "One page of the portfolio, by name")
    record JourneyPage(List<JourneySummary> items, int page, int size, long total) {
    }

    @Schema(name = "Journey", description = "A journey with its phases in order and each phase's moments in order")
    record JourneyDetail(UUID id, String name, JourneyType type, @Schema(description = STAGE) LifecycleStage stage, CheckStatus checkStatus,
                         boolean archived, String description, String startsAt, String endsAt, Instant createdAt,
                         Instant updatedAt, List<PhaseJson> phases) {

        static JourneyDetail of(JourneyMapRecord map) {
            JourneyRecord journey = map.journey();
            List<PhaseJson> phases = map.phases().stream().map(PhaseJson::of).toList();
            // the check as evaluated now, not the status stored with the journey
            return new JourneyDetail(journey.id(), journey.name(), journey.type(), journey.stage(),
                    map.check(), journey.archived(), journey.description(), journey.startsAt(),
                    journey.endsAt(), journey.createdAt(), journey.updatedAt(), phases);
        }
    }

    @Schema(name = "Phase")
    record PhaseJson(UUID id, String name, int position, List<MomentJson> moments) {

        static PhaseJson of(PhaseRecord phase) {
            return new PhaseJson(phase.id(), phase.name(), phase.position(), phase.moments().stream().map(MomentJson::of).toList());
        }
    }

    @Schema(name = "Moment")
    record MomentJson(UUID id, UUID phaseId, int position, String title, TargetLevel targetLevel, boolean momentOfTruth,
                      MomentNature nature, boolean brandMoment, String customerDoes, String customerThinks,
                      String customerFeels, Integer currentEmotion, Integer desiredEmotion) {

        static MomentJson of(MomentRecord moment) {
            return new MomentJson(moment.id(), moment.phaseId(), moment.position(), moment.title(),
                    moment.targetLevel(), moment.momentOfTruth(), moment.nature(), moment.brandMoment(),
                    moment.customerDoes(), moment.customerThinks(), moment.customerFeels(),
                    moment.currentEmotion(), moment.desiredEmotion());
        }
    }

    @Schema(name = "NewJourney", description = "A journey to create; phases are created in the order given. It "
            + "starts at the MAPPING stage; the stage moves only through the life-cycle gates in the app")
    record NewJourney(@NotBlank @Size(max = 200) String name,
                      @NotNull JourneyType type,
                      @Size(max = 4000) String description,
                      @Size(max = 500) String startsAt,
                      @Size(max = 500) String endsAt,
                      @Schema(description = "Names of the phases, in order; may be empty") List<@NotBlank @Size(max = 100) String> phases,
                      @Schema(description = "A name another journey of the organisation already has is refused "
                              + "(field name) unless this is true. Default false") Boolean allowSameName) {
    }

    @Schema(name = "NewMoment", description = "A moment to add at the end of one of the journey's phases")
    record NewMoment(@Schema(description = "The phase to add it to; may be left out when the journey has exactly "
                             + "one phase") UUID phaseId,
                     @NotBlank @Size(max = 200) String title,
                     @Schema(description = "Default SEVEN_PLUS") TargetLevel targetLevel,
                     @Schema(description = "Default false") Boolean momentOfTruth,
                     @Schema(description = "Default FUNCTIONAL") MomentNature nature,
                     @Schema(description = "Default false") Boolean brandMoment,
                     @Size(max = 2000) String customerDoes,
                     @Size(max = 2000) String customerThinks,
                     @Size(max = 2000) String customerFeels,
                     @Schema(description = "-3 to 3") Integer currentEmotion,
                     @Schema(description = "-3 to 3") Integer desiredEmotion) {
    }
}
