package app.momentum.brand;

import app.momentum.discipline.Discipline;
import app.momentum.discipline.DisciplineRepository;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What a new tenant starts with: the three disciplines a good experience needs (marketing, HR,
 * operations/customer service) and the usual channels, in the tenant's language. Runs in the caller's
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

    TenantDefaults(DisciplineRepository disciplines, ChannelRepository channels) {
        this.disciplines = disciplines;
        this.channels = channels;
    }

    /** Adds the defaults unless the tenant has disciplines or channels already. */
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
    }
}
