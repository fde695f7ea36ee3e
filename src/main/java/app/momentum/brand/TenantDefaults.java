package app.momentum.brand;

import app.momentum.discipline.Discipline;
import app.momentum.discipline.DisciplineRepository;
import app.momentum.measurement.Kpi;
import app.momentum.measurement.KpiRepository;
import app.momentum.measurement.StandardKpi;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What a new tenant starts with: the three disciplines a good experience needs (marketing, HR,
 * operations/customer service) and the usual channels, in the tenant's language, and the eight standard KPIs
 * (stored with their English names and standard code; the UI translates them). Runs in the caller's
 * transaction and tenant scope.
 */
@Component
public class TenantDefaults {

    private static final List<String> DISCIPLINES_EN = List.of("Marketing", "HR", "Operations/customer service");
    private static final List<String> DISCIPLINES_NL = List.of("Marketing", "HR", "Operations/klantenservice");
    private static final List<String> CHANNELS_EN = List.of("Web", "App", "Phone", "Store", "E-mail", "Letter", "Field service");
    private static final List<String> CHANNELS_NL = List.of("Website", "App", "Telefoon", "Winkel", "E-mail", "Brief", "Buitendienst");

    private final DisciplineRepository disciplines;
    private final ChannelRepository channels;
    private final KpiRepository kpis;

    TenantDefaults(DisciplineRepository disciplines, ChannelRepository channels, KpiRepository kpis) {
        this.disciplines = disciplines;
        this.channels = channels;
        this.kpis = kpis;
    }

    /**
     * Adds the defaults unless the tenant has disciplines or channels already, and each standard KPI the tenant
     * does not have yet.
     */
    public void apply(Locale language) {
        boolean dutch = "nl".equals(language.getLanguage());
        if (disciplines.count() == 0) {
            List<String> names = dutch ? DISCIPLINES_NL : DISCIPLINES_EN;
            for (int i = 0; i < names.size(); i++) {
                disciplines.save(new Discipline(names.get(i), i + 1));
            }
        }
        if (channels.count() == 0) {
            List<String> names = dutch ? CHANNELS_NL : CHANNELS_EN;
            for (int i = 0; i < names.size(); i++) {
                Channel channel = new Channel();
                channel.setName(names.get(i));
                channel.setPosition(i + 1);
                channels.save(channel);
            }
        }
        for (StandardKpi standard : StandardKpi.values()) {
            if (!kpis.existsByStandardCode(standard)) {
                kpis.save(Kpi.standard(standard));
            }
        }
    }
}
