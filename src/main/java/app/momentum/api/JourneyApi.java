package app.momentum.api;

import app.momentum.base.UserFacingException;
import app.momentum.api.JourneyJson.JourneyDetail;
import app.momentum.api.JourneyJson.JourneyPage;
import app.momentum.api.JourneyJson.JourneySummary;
import app.momentum.api.JourneyJson.MomentJson;
import app.momentum.api.JourneyJson.NewJourney;
import app.momentum.api.JourneyJson.NewMoment;
import app.momentum.journey.JourneyMapService;
import app.momentum.journey.JourneyMapService.MomentData;
import app.momentum.journey.JourneyMapService.MomentRecord;
import app.momentum.journey.JourneyMapService.PhaseRecord;
import app.momentum.journey.JourneyService;
import app.momentum.journey.JourneyService.JourneyData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Journeys, their phases and moments. Thin: the journey services validate, check roles and filter by tenant. */
@RestController
@RequestMapping(path = "/api/v1/journeys", produces = "application/json")
@Tag(name = "Journeys", description = "Journeys with their phases and moments")
class JourneyApi {

    static final int MAX_PAGE_SIZE = 500;

    private final JourneyService journeys;
    private final JourneyMapService maps;

    JourneyApi(JourneyService journeys, JourneyMapService maps) {
        this.journeys = journeys;
        this.maps = maps;
    }

    @GetMapping
    @Operation(operationId = "listJourneys", summary = "List the journeys of the token's organisation, by name")
    JourneyPage list(@Parameter(description = "true: archived journeys instead of active ones") @RequestParam(defaultValue = "false") boolean archived,
                     @RequestParam(defaultValue = "0") int page,
                     @Parameter(description = "1 to 500") @RequestParam(defaultValue = "100") int size) {
        int pageNumber = Math.max(0, page);
        int pageSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
        JourneyService.RecordPage found = journeys.pageOfRecords(archived, pageNumber, pageSize);
        return new JourneyPage(found.items().stream().map(JourneySummary::of).toList(), pageNumber, pageSize,
                found.total());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getJourney", summary = "One journey with its phases and moments")
    JourneyDetail get(@PathVariable UUID id) {
        return JourneyDetail.of(maps.loadRecord(id));
    }

    @PostMapping(consumes = "application/json")
    @Operation(operationId = "createJourney", summary = "Create a journey with its phases (needs a read-write token)")
    ResponseEntity<JourneyDetail> create(@Valid @RequestBody NewJourney body) {
        UUID journeyId = journeys.createReturningId(new JourneyData(body.name(), body.type(), null, body.startsAt(), body.endsAt(),
                body.description(), null, null), body.phases() == null ? List.of() : body.phases(),
                Boolean.TRUE.equals(body.allowSameName()));
        return ResponseEntity.created(URI.create("/api/v1/journeys/" + journeyId))
                .body(JourneyDetail.of(maps.loadRecord(journeyId)));
    }

    @PostMapping(path = "/{id}/moments", consumes = "application/json")
    @Operation(operationId = "addMoment", summary = "Add a moment at the end of one of the journey's phases (needs a read-write token)")
    ResponseEntity<MomentJson> addMoment(@PathVariable UUID id, @Valid @RequestBody NewMoment body) {
        UUID phaseId = body.phaseId() != null ? body.phaseId() : onlyPhaseOf(id);
        MomentRecord moment = maps.addMomentReturningRecord(id, phaseId, new MomentData(body.title(), body.customerDoes(),
                body.customerThinks(), body.customerFeels(), null, null, body.nature(), body.targetLevel(),
                Boolean.TRUE.equals(body.momentOfTruth()), Boolean.TRUE.equals(body.brandMoment()), List.of(), null, null, List.of(), List.of(),
                body.currentEmotion(), body.desiredEmotion(), null, null, null, null));
        return ResponseEntity.status(HttpStatus.CREATED).body(MomentJson.of(moment));
    }

    /**
     * The phase a moment without {@code phaseId} goes to: the journey's only one. With none or several the caller
     * must choose, and is told which phases there are (name and id).
     */
    private UUID onlyPhaseOf(UUID journeyId) {
        List<PhaseRecord> phases = maps.loadRecord(journeyId).phases();
        if (phases.isEmpty()) {
            throw new UserFacingException("api.error.journeyHasNoPhase");
        }
        if (phases.size() > 1) {
            throw new UserFacingException("api.error.phaseIdRequired", phases.stream()
                    .map(phase -> "\"" + phase.name() + "\" (" + phase.id() + ")").collect(Collectors.joining(", ")));
        }
        return phases.getFirst().id();
    }
}
