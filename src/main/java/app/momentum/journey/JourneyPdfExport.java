package app.momentum.journey;

import app.momentum.base.i18n.MomentumI18NProvider;
import app.momentum.base.ui.Formats;
import app.momentum.brand.BrandService;
import app.momentum.discipline.DisciplineService;
import app.momentum.journey.MomentMeasurements.MeasuredMoment;
import app.momentum.journey.MomentOwnershipFacts.MomentOwners;
import app.momentum.journey.canvas.LaneLayout;
import app.momentum.journey.canvas.MapLane;
import app.momentum.journey.canvas.PeakEnd;
import app.momentum.journey.collab.JourneyCollaboration;
import app.momentum.journey.internal.Journey;
import app.momentum.journey.internal.Moment;
import app.momentum.journey.pdf.JourneyPdf;
import app.momentum.journey.pdf.PdfCheckItem;
import app.momentum.journey.pdf.PdfJourney;
import app.momentum.journey.pdf.PdfLane;
import app.momentum.journey.pdf.PdfMoment;
import app.momentum.journey.pdf.PdfPhase;
import app.momentum.journey.signature.CheckItem;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journey map as a landscape PDF in the user's language and in the canvas's layout: the lanes the user sees, in
 * their order, with each moment's cell showing what the canvas shows (the same message keys as {@code CanvasJson}),
 * then the signature check.
 */
@Service
@Transactional(readOnly = true)
public class JourneyPdfExport {

    private final JourneyMapService maps;
    private final BrandService brand;
    private final DisciplineService disciplines;
    private final MapLanes lanes;
    private final MomentOwnershipFacts ownership;
    private final MomentActions actions;
    private final MomentMeasurements measurements;
    private final JourneyCollaboration collaboration;
    private final MomentumI18NProvider i18n;

    JourneyPdfExport(JourneyMapService maps, BrandService brand, DisciplineService disciplines, MapLanes lanes,
                     MomentOwnershipFacts ownership, MomentActions actions, MomentMeasurements measurements,
                     JourneyCollaboration collaboration, MomentumI18NProvider i18n) {
        this.maps = maps;
        this.brand = brand;
        this.disciplines = disciplines;
        this.lanes = lanes;
        this.ownership = ownership;
        this.actions = actions;
        this.measurements = measurements;
        this.collaboration = collaboration;
        this.i18n = i18n;
    }

    /** The map with the current user's lanes ({@link MapLanes#current()}). */
    public byte[] export(UUID journeyId, Locale locale) {
        return export(journeyId, locale, lanes.current());
    }

    /** The map with the given layout's visible lanes, in its order. */
    public byte[] export(UUID journeyId, Locale locale, LaneLayout layout) {
        JourneyMapService.JourneyMap map = maps.load(journeyId);
        List<MapLane> visible = layout.visible();
        Facts facts = facts(journeyId, visible);
        List<Moment> moments = map.moments();
        PeakEnd marks = PeakEnd.of(moments.stream().map(Moment::getDesiredEmotion).toList());
        UUID peak = marks.peak().isPresent() ? moments.get(marks.peak().getAsInt()).getId() : null;
        UUID end = marks.end().isPresent() ? moments.get(marks.end().getAsInt()).getId() : null;

        List<PdfPhase> phases = new ArrayList<>();
        map.momentsByPhase().forEach((phase, inPhase) -> phases.add(new PdfPhase(phase.getName(), inPhase.stream()
                .map(m -> moment(m, visible, facts, locale, m.getId().equals(peak), m.getId().equals(end)))
                .toList())));
        List<PdfLane> pdfLanes = visible.stream().map(lane -> new PdfLane(lane.id(), t(locale, lane.labelKey()),
                switch (lane) {
                    case CARD -> PdfLane.Kind.CARD;
                    case EMOTION -> PdfLane.Kind.EMOTION;
                    default -> PdfLane.Kind.TEXT;
                })).toList();
        List<PdfCheckItem> checks = map.check().shownItems().stream().map(item -> new PdfCheckItem(
                t(locale, "checkStatus." + item.status().name()), PdfCheckItem.Status.valueOf(item.status().name()),
                t(locale, "check." + item.rule().key() + ".title"), result(item, locale))).toList();
        Journey journey = map.journey();
        String subtitle = t(locale, "journeyType." + journey.getType().name()) + " · "
                + t(locale, "stage." + journey.getLifecycleStage().name());
        String generated = t(locale, "pdf.generated", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
                FormatStyle.SHORT).withLocale(locale).withZone(Formats.DEFAULT_ZONE).format(Instant.now()));
        PdfJourney.Labels labels = new PdfJourney.Labels(t(locale, "check.title"), t(locale, "moment.currentEmotion"),
                t(locale, "moment.desiredEmotion"), t(locale, "pdf.measured"), t(locale, "pdf.peak"),
                t(locale, "pdf.end"), t(locale, "map.empty"));
        return JourneyPdf.render(new PdfJourney(journey.getName(), subtitle, generated, pdfLanes, phases, checks,
                labels));
    }

    /** What the lanes show besides the moment itself; read only for the lanes that are visible. */
    private record Facts(Map<UUID, String> channels, Map<UUID, String> disciplines, Map<UUID, MomentOwners> owners,
                         Map<UUID, MeasuredMoment> measured, Map<UUID, Long> openActions, Map<UUID, Long> comments) {
    }

    private Facts facts(UUID journeyId, List<MapLane> visible) {
        boolean owners = visible.contains(MapLane.OWNERS) || visible.contains(MapLane.ENABLERS);
        return new Facts(
                visible.contains(MapLane.CHANNEL) ? brand.channelNames().stream()
                        .collect(Collectors.toMap(BrandService.Named::id, BrandService.Named::name)) : Map.of(),
                visible.contains(MapLane.OWNERS) ? disciplines.disciplineNames() : Map.of(),
                owners ? ownership.owners(journeyId) : Map.of(),
                visible.contains(MapLane.EMOTION) || visible.contains(MapLane.MEASURED)
                        ? measurements.latest(journeyId) : Map.of(),
                visible.contains(MapLane.ACTIONS) ? actions.openCountsByMoment(journeyId) : Map.of(),
                visible.contains(MapLane.COMMENTS) ? collaboration.commentCounts(journeyId) : Map.of());
    }

    private PdfMoment moment(Moment m, List<MapLane> visible, Facts facts, Locale locale, boolean peak, boolean end) {
        Map<String, String> cells = new HashMap<>();
        for (MapLane lane : visible) {
            String text = cell(lane, m, facts, locale);
            if (text != null) {
                cells.put(lane.id(), text);
            }
        }
        MeasuredMoment measured = facts.measured().get(m.getId());
        boolean answered = measured != null && !Double.isNaN(measured.meanSatisfaction());
        return new PdfMoment(m.getTitle(), m.getTargetLevel() == TargetLevel.NINE_PLUS, cells, m.getCurrentEmotion(),
                m.getDesiredEmotion(), answered ? round(measured.meanSatisfaction()) : null, peak, end);
    }

    /** A moment's text in a lane, as the canvas shows it; null when the lane shows nothing for it. */
    private String cell(MapLane lane, Moment m, Facts facts, Locale locale) {
        return switch (lane) {
            case CARD -> badges(m, locale);
            case DOES -> m.getCustomerDoes();
            case THINKS -> m.getCustomerThinks();
            case FEELS -> m.getCustomerFeels();
            case CHANNEL -> m.getChannelId() == null ? null : facts.channels().get(m.getChannelId());
            case OTHER_PARTY -> m.getOtherParty();
            case EMOTION -> null;
            case EXPERIENCE -> lines(
                    m.getDimensions().stream().map(d -> t(locale, "dimension." + d)).collect(Collectors.joining(", ")),
                    m.getProviders().stream().map(p -> t(locale, "provider." + p)).collect(Collectors.joining(", ")));
            case OWNERS -> owners(m, facts);
            case ENABLERS -> {
                MomentOwners owners = facts.owners().get(m.getId());
                yield owners == null ? null : lines(owners.enablers().stream()
                        .map(e -> t(locale, e.labelKey()) + ": " + e.text()).toArray(String[]::new));
            }
            case MEASURED -> {
                MeasuredMoment measured = facts.measured().get(m.getId());
                yield measured == null || Double.isNaN(measured.meanSatisfaction()) ? null
                        : t(locale, measured.targetMet() ? "map.badge.targetMet" : "map.badge.targetMissed",
                        round(measured.meanSatisfaction()));
            }
            case ACTIONS -> count(facts.openActions().get(m.getId()), "map.badge.actions", locale);
            case COMMENTS -> count(facts.comments().get(m.getId()), "pdf.comments", locale);
        };
    }

    /** The card's badges, one a line: the target, moment of truth, brand moment, the nature. */
    private String badges(Moment m, Locale locale) {
        List<String> badges = new ArrayList<>();
        badges.add(m.getTargetLevel() == TargetLevel.NINE_PLUS ? "9+" : "7+");
        if (m.isMomentOfTruth()) {
            badges.add(t(locale, "map.badge.momentOfTruth"));
        }
        if (m.isBrandMoment()) {
            badges.add(t(locale, "map.badge.brandMoment"));
        }
        badges.add(t(locale, "nature." + m.getNature().name()));
        return String.join("\n", badges);
    }

    /** The accountable discipline, then the RACI parts that have disciplines, e.g. "R: Sales, IT". */
    private static String owners(Moment m, Facts facts) {
        List<String> lines = new ArrayList<>();
        lines.add(m.getOwnerDisciplineId() == null ? null : facts.disciplines().get(m.getOwnerDisciplineId()));
        MomentOwners owners = facts.owners().get(m.getId());
        if (owners != null) {
            lines.add(raci("R", owners.responsible(), facts));
            lines.add(raci("A", owners.accountable(), facts));
            lines.add(raci("C", owners.consulted(), facts));
            lines.add(raci("I", owners.informed(), facts));
        }
        return lines(lines.toArray(String[]::new));
    }

    private static String raci(String letter, List<UUID> disciplineIds, Facts facts) {
        List<String> names = disciplineIds.stream().map(facts.disciplines()::get).filter(Objects::nonNull).sorted()
                .toList();
        return names.isEmpty() ? null : letter + ": " + String.join(", ", names);
    }

    private String count(Long count, String key, Locale locale) {
        return count == null || count == 0 ? null : t(locale, key, count);
    }

    /** The non-blank texts, one a line; null when there are none. */
    private static String lines(String... texts) {
        String joined = Arrays.stream(texts).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining("\n"));
        return joined.isEmpty() ? null : joined;
    }

    private static double round(double mean) {
        return Math.round(mean * 10) / 10.0;
    }

    private String result(CheckItem item, Locale locale) {
        return t(locale, item.messageKey(), item.arguments().toArray());
    }

    private String t(Locale locale, String key, Object... arguments) {
        return i18n.getTranslation(key, locale, arguments);
    }
}
