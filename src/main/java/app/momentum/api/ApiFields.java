package app.momentum.api;

import java.util.Map;
import java.util.Optional;

/**
 * Which request field a service's refusal is about. The services speak in message keys (shared with the UI,
 * which places a message on its form field the same way); the API names the JSON field for scripts.
 */
final class ApiFields {

    private static final Map<String, String> FIELD_BY_KEY = Map.ofEntries(
            Map.entry("journey.error.name", "name"),
            Map.entry("journey.warning.sameName", "name"),
            Map.entry("journey.error.type", "type"),
            Map.entry("journey.error.phaseName", "phases"),
            Map.entry("journey.error.momentTitle", "title"),
            Map.entry("journey.error.currentEmotion", "currentEmotion"),
            Map.entry("journey.error.desiredEmotion", "desiredEmotion"),
            Map.entry("journey.error.archived", "journeyId"),
            Map.entry("api.error.phaseIdRequired", "phaseId"),
            Map.entry("api.error.journeyHasNoPhase", "phaseId"),
            Map.entry("api.error.mappingJson", "mapping"),
            Map.entry("api.error.mappingRole", "mapping"),
            Map.entry("api.error.mappingMoment", "mapping"),
            Map.entry("api.error.mappingBrandValue", "mapping"),
            Map.entry("survey.error.unknownBrandValue", "mapping"),
            Map.entry("survey.error.brandValueTwice", "mapping"),
            Map.entry("kpi.error.valueRequired", "value"),
            Map.entry("kpi.error.outOfScale", "value"),
            Map.entry("kpi.error.periodRequired", "periodStart"),
            Map.entry("kpi.error.monthStart", "periodStart"),
            Map.entry("kpi.error.quarterStart", "periodStart"),
            Map.entry("kpi.error.sampleSize", "sampleSize"),
            Map.entry("maturityScan.error.nameRequired", "name"),
            Map.entry("maturityScan.error.noParticipants", "participants"),
            Map.entry("maturityScan.error.notAMember", "participants"),
            Map.entry("maturityScan.error.inactiveMember", "participants"),
            Map.entry("maturityScan.error.unknownEmail", "participants"),
            Map.entry("maturityScan.error.closesOnRequired", "closingDate"),
            Map.entry("maturityScan.error.closesOnPast", "closingDate"),
            Map.entry("maturityScan.error.notAParticipant", "email"),
            Map.entry("maturityScan.error.missing", "answers"),
            Map.entry("maturityScan.error.unknownStatement", "answers"),
            Map.entry("maturityScan.error.invalidAnswer", "answers"));

    private ApiFields() {
    }

    static Optional<String> fieldOf(String messageKey) {
        return Optional.ofNullable(FIELD_BY_KEY.get(messageKey));
    }
}
