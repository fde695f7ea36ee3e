package app.momentum.brand;

import app.momentum.brand.internal.Channel;
import app.momentum.brand.internal.ChannelRepository;
import app.momentum.discipline.DisciplineService;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What a new tenant starts with: the three disciplines a good experience needs (marketing, HR,
 * operations/customer service) and the usual channels, in the tenant's language, and what the modules above brand
 * contribute ({@link TenantDefaultsContributor}: measurement's eight standard KPIs). Runs in the caller's
 * transaction and tenant scope.
 */
@Component
public class TenantDefaults {

    private static final List<String> CHANNELS_EN = List.of("Web", "App", "Phone", "Store", "E-mail", "Letter", "Field service");
    private static final List<String> CHANNELS_NL = List.of("Website", "App", "Telefoon", "Winkel", "E-mail", "Brief", "Buitendienst");

    private final DisciplineService disciplines;
    private final ChannelRepository channels;
    private final ObjectProvider<TenantDefaultsContributor> contributors;

    TenantDefaults(DisciplineService disciplines, ChannelRepository channels,
                   ObjectProvider<TenantDefaultsContributor> contributors) {
        this.disciplines = disciplines;
        this.channels = channels;
        this.contributors = contributors;
    }

    /**
     * Adds the disciplines and channels unless the tenant has some already, then lets each contributor add what the
     * tenant does not have yet (each standard KPI it lacks).
     */
    public void apply(Locale language) {
        boolean dutch = "nl".equals(language.getLanguage());
        disciplines.addStartingDisciplines(language);
        if (channels.count() == 0) {
            List<String> names = dutch ? CHANNELS_NL : CHANNELS_EN;
            for (int i = 0; i < names.size(); i++) {
                Channel channel = new Channel();
                channel.setName(names.get(i));
                channel.setPosition(i + 1);
                channels.save(channel);
            }
        }
        contributors.orderedStream().forEach(contributor -> contributor.addDefaults(language));
    }
}
