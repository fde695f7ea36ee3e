package app.momentum.journey.ui;

import app.momentum.brand.BrandService.Named;
import app.momentum.journey.MomentMeasurements.MeasuredMoment;
import app.momentum.journey.MomentOwnershipFacts.MomentOwners;
import app.momentum.journey.TargetLevel;
import app.momentum.journey.canvas.MapLane;
import app.momentum.journey.canvas.PeakEnd;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Phase;
import app.momentum.journey.ui.JourneyMapScreen.Screen;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The journey as the canvas ({@code frontend/components/momentum-journey-canvas.ts}) reads it: JSON, every label
 * already in the user's language. The contract (fields, lanes, patches) is described in the component's header and in
 * docs/architecture.md. Stateless; the texts come through {@code translate(key, arguments)}.
 *
 * <p>A column carries no version: an edit is merged by the values it started from ({@code MomentEdit}), and a column
 * whose content did not change (a moment only renumbered by a move elsewhere) is not sent again.
 */
final class CanvasJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final BiFunction<String, Object[], String> translate;

    CanvasJson(BiFunction<String, Object[], String> translate) {
        this.translate = translate;
    }

    /**
     * The whole map.
     *
     * @param editable whether this user may edit the map at all (a designer's role, the journey not archived)
     */
    ObjectNode model(Screen screen, boolean editable) {
        return model(screen, editable, moments(screen));
    }

    /** {@link #model(Screen, boolean)} with the moment columns already built (the view keeps their fingerprints). */
    ObjectNode model(Screen screen, boolean editable, Map<UUID, ObjectNode> columns) {
        ObjectNode model = JSON.objectNode();
        model.put("journeyId", screen.map().journey().getId().toString());
        model.put("name", screen.map().journey().getName());
        model.put("editable", editable);
        ArrayNode lanes = model.putArray("editableLanes");
        if (editable) {
            for (MapLane lane : MapLane.values()) {
                if (lane.editableOnCanvas()) {
                    lanes.add(lane.id());
                }
            }
        }
        ArrayNode channels = model.putArray("channels");
        for (Named channel : screen.context().channels()) {
            channels.addObject().put("id", channel.id().toString()).put("name", channel.name());
        }
        model.set("phases", phases(screen));
        ArrayNode moments = model.putArray("moments");
        columns.values().forEach(moments::add);
        peakEnd(model, screen);
        return model;
    }

    /** The phases in order, each with its moment ids in order. */
    ArrayNode phases(Screen screen) {
        ArrayNode phases = JSON.arrayNode();
        screen.map().momentsByPhase().forEach((phase, moments) -> phases.add(phase(phase, moments)));
        return phases;
    }

    private static ObjectNode phase(Phase phase, List<Moment> moments) {
        ObjectNode node = JSON.objectNode().put("id", phase.getId().toString()).put("name", phase.getName());
        ArrayNode ids = node.putArray("momentIds");
        moments.forEach(m -> ids.add(m.getId().toString()));
        return node;
    }

    /** Every moment's column, in map order, by id. */
    Map<UUID, ObjectNode> moments(Screen screen) {
        Map<UUID, ObjectNode> columns = new LinkedHashMap<>();
        for (Moment moment : screen.map().moments()) {
            columns.put(moment.getId(), moment(moment, screen));
        }
        return columns;
    }

    /** Sets the peak and end of the desired curve ({@link PeakEnd}) on a model or a patch. */
    void peakEnd(ObjectNode target, Screen screen) {
        List<Moment> moments = screen.map().moments();
        PeakEnd marks = PeakEnd.of(moments.stream().map(Moment::getDesiredEmotion).toList());
        target.put("peakId", marks.peak().isPresent() ? moments.get(marks.peak().getAsInt()).getId().toString() : null);
        target.put("endId", marks.end().isPresent() ? moments.get(marks.end().getAsInt()).getId().toString() : null);
    }

    private ObjectNode moment(Moment m, Screen screen) {
        MapContext context = screen.context();
        ObjectNode node = JSON.objectNode();
        node.put("id", m.getId().toString());
        node.put("phaseId", m.getPhaseId().toString());
        node.put("title", m.getTitle());
        node.put("target", m.getTargetLevel().name());
        node.put("momentOfTruth", m.isMomentOfTruth());
        node.put("brandMoment", m.isBrandMoment());
        node.put("nature", m.getNature().name());
        node.put("natureLabel", t("nature." + m.getNature().name()));
        node.put("does", m.getCustomerDoes());
        node.put("thinks", m.getCustomerThinks());
        node.put("feels", m.getCustomerFeels());
        node.put("channelId", m.getChannelId() == null ? null : m.getChannelId().toString());
        node.put("channel", context.channelName(m.getChannelId()));
        node.put("otherParty", m.getOtherParty());
        node.put("current", m.getCurrentEmotion());
        node.put("desired", m.getDesiredEmotion());
        MeasuredMoment measured = screen.measured().get(m.getId());
        boolean answered = measured != null && !Double.isNaN(measured.meanSatisfaction());
        node.put("measured", answered ? round(measured.meanSatisfaction()) : null);
        ArrayNode dimensions = node.putArray("dimensions");
        m.getDimensions().forEach(d -> dimensions.add(t("dimension." + d)));
        ArrayNode providers = node.putArray("providers");
        m.getProviders().forEach(p -> providers.add(t("provider." + p)));
        node.put("discipline", context.disciplineName(m.getOwnerDisciplineId()));
        owners(node, screen.owners().get(m.getId()), context);
        if (answered) {
            node.putObject("satisfaction").put("mean", round(measured.meanSatisfaction()))
                    .put("target", m.getTargetLevel() == TargetLevel.NINE_PLUS ? 9 : 7).put("met", measured.targetMet());
        } else {
            node.putNull("satisfaction");
        }
        node.put("openActions", screen.openActions().getOrDefault(m.getId(), 0L));
        node.put("comments", screen.comments().getOrDefault(m.getId(), 0L));
        return node;
    }

    private void owners(ObjectNode node, MomentOwners owners, MapContext context) {
        ObjectNode raci = node.putObject("raci");
        ArrayNode enablers = node.putArray("enablers");
        if (owners == null) {
            List.of("R", "A", "C", "I").forEach(raci::putArray);
            return;
        }
        names(raci.putArray("R"), owners.responsible(), context);
        names(raci.putArray("A"), owners.accountable(), context);
        names(raci.putArray("C"), owners.consulted(), context);
        names(raci.putArray("I"), owners.informed(), context);
        owners.enablers().forEach(e -> enablers.add(t(e.labelKey()) + ": " + e.text()));
    }

    private static void names(ArrayNode target, List<UUID> disciplineIds, MapContext context) {
        disciplineIds.stream().map(context::disciplineName).filter(Objects::nonNull).sorted().forEach(target::add);
    }

    private static double round(double mean) {
        return Math.round(mean * 10) / 10.0;
    }

    private String t(String key, Object... arguments) {
        return translate.apply(key, arguments);
    }
}
