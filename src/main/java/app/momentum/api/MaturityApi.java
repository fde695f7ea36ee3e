package app.momentum.api;

import app.momentum.api.MaturityJson.Answers;
import app.momentum.api.MaturityJson.NewRound;
import app.momentum.api.MaturityJson.Round;
import app.momentum.base.UserFacingException;
import app.momentum.maturity.MaturityScans;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CX-liner maturity scan through the API: open a round, submit a participant's answers for them (e.g. from a
 * survey tool), read a round with every figure of its results. Thin: {@link MaturityScans} validates, checks the
 * token's rights and filters by tenant; another tenant's round is "not found".
 */
@RestController
@RequestMapping(path = "/api/v1/maturity/rounds", produces = "application/json")
@Tag(name = "Maturity", description = "CX-liner maturity scan rounds, answers and results")
class MaturityApi {

    private final MaturityScans scans;

    MaturityApi(MaturityScans scans) {
        this.scans = scans;
    }

    @PostMapping(consumes = "application/json")
    @Operation(operationId = "openMaturityRound", summary = "Open a maturity scan round; each participant is notified (needs a read-write token)")
    ResponseEntity<Round> open(@Valid @RequestBody NewRound body) {
        UUID id = scans.openRoundByEmails(body.name(), body.participants(), body.closingDate());
        return ResponseEntity.created(URI.create("/api/v1/maturity/rounds/" + id)).body(round(id));
    }

    @PostMapping(path = "/{id}/answers", consumes = "application/json")
    @Operation(operationId = "submitMaturityAnswers", summary = "Submit a participant's answers to all 42 statements for them; final (needs a read-write token)")
    Round submit(@PathVariable UUID id, @Valid @RequestBody Answers body) {
        scans.round(id).orElseThrow(MaturityApi::notFound);
        scans.submitFor(id, body.email(), MaturityScans.parseAnswers(body.answers()));
        return round(id);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getMaturityRound", summary = "One round with its participants and every figure of its results")
    Round get(@PathVariable UUID id) {
        return round(id);
    }

    private Round round(UUID id) {
        return Round.of(scans.round(id).orElseThrow(MaturityApi::notFound), scans.results(id).orElse(null));
    }

    private static UserFacingException notFound() {
        return new UserFacingException("error.notFound");
    }
}
