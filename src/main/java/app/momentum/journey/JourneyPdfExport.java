package app.momentum.journey;

import app.momentum.journey.internal.Moment;
import app.momentum.journey.internal.Journey;
import app.momentum.base.i18n.MomentumI18NProvider;
import app.momentum.base.ui.Formats;
import app.momentum.brand.BrandService;
import app.momentum.discipline.DisciplineService;
import app.momentum.journey.pdf.JourneyPdf;
import app.momentum.journey.pdf.PdfCheckItem;
import app.momentum.journey.pdf.PdfJourney;
import app.momentum.journey.pdf.PdfMoment;
import app.momentum.journey.pdf.PdfPhase;
import app.momentum.journey.signature.CheckItem;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The journey map as a landscape PDF in the user's language: phases, moment cards, both curves, the check. */
@Service
@Transactional(readOnly = true)
public class JourneyPdfExport {

    private final JourneyMapService maps;
    private final BrandService brand;
    private final DisciplineService disciplines;
    private final MomentumI18NProvider i18n;

    JourneyPdfExport(JourneyMapService maps, BrandService brand, DisciplineService disciplines, MomentumI18NProvider i18n) {
        this.maps = maps;
        this.brand = brand;
        this.disciplines = disciplines;
        this.i18n = i18n;
    }

    public byte[] export(UUID journeyId, Locale locale) {
        JourneyMapService.JourneyMap map = maps.load(journeyId);
        Map<UUID, String> channelNames = brand.channelNames().stream()
                .collect(Collectors.toMap(BrandService.Named::id, BrandService.Named::name));
        Map<UUID, String> disciplineNames = disciplines.disciplineNames();
        List<PdfPhase> phases = new ArrayList<>();
        map.momentsByPhase().forEach((phase, moments) -> phases.add(new PdfPhase(phase.getName(), moments.stream()
                .map(m -> new PdfMoment(m.getTitle(), channelNames.get(m.getChannelId()), badges(m, disciplineNames, locale),
                        m.getTargetLevel() == TargetLevel.NINE_PLUS, m.getCurrentEmotion(), m.getDesiredEmotion()))
                .toList())));
        List<PdfCheckItem> checks = map.check().items().stream().map(item -> new PdfCheckItem(
                t(locale, "checkStatus." + item.status().name()), PdfCheckItem.Status.valueOf(item.status().name()),
                t(locale, "check." + item.rule().key() + ".title"), result(item, locale))).toList();
        Journey journey = map.journey();
        String subtitle = t(locale, "journeyType." + journey.getType().name()) + " · " + t(locale, "stage." + journey.getLifecycleStage().name());
        String generated = t(locale, "pdf.generated", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(Formats.DEFAULT_ZONE).format(Instant.now()));
        return JourneyPdf.render(new PdfJourney(journey.getName(), subtitle, generated, phases, checks, t(locale, "check.title"),
                t(locale, "pdf.curves"), t(locale, "moment.currentEmotion"), t(locale, "moment.desiredEmotion"), t(locale, "map.empty")));
    }

    private List<String> badges(Moment m, Map<UUID, String> disciplineNames, Locale locale) {
        List<String> badges = new ArrayList<>();
        badges.add(m.getTargetLevel() == TargetLevel.NINE_PLUS ? "9+" : "7+");
        if (m.isMomentOfTruth()) {
            badges.add(t(locale, "map.badge.momentOfTruth"));
        }
        if (m.isBrandMoment()) {
            badges.add(t(locale, "map.badge.brandMoment"));
        }
        if (disciplineNames.get(m.getOwnerDisciplineId()) != null) {
            badges.add(disciplineNames.get(m.getOwnerDisciplineId()));
        }
        return badges;
    }

    private String result(CheckItem item, Locale locale) {
        return t(locale, item.messageKey(), item.arguments().toArray());
    }

    private String t(Locale locale, String key, Object... arguments) {
        return i18n.getTranslation(key, locale, arguments);
    }
}
