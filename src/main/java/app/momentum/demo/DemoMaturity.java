package app.momentum.demo;

import app.momentum.base.ui.Formats;
import app.momentum.base.TenantContext;
import app.momentum.maturity.MaturityBackdating;
import app.momentum.maturity.domain.Answer;
import app.momentum.maturity.domain.Part;
import app.momentum.tenancy.Tenant;
import app.momentum.user.AppUser;
import app.momentum.user.UserAccounts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Two rounds of the CX-liner maturity scan a year apart for each demo tenant, each answered by the tenant's five
 * demo members, so the compass, the history and the cockpit show a year of progress at once. The second round is
 * better in every quadrant; the first has one inconsistency (Design placed above Define), the second none.
 */
@Component
class DemoMaturity {

    static final String STEP = "maturity";
    static final int PARTICIPANTS = 5;

    /**
     * Mean answer (1–4) per part in the first round, in {@link Part} order: Define lags behind Design, which the
     * compass flags as an inconsistency.
     */
    static final Map<Part, Double> FIRST = means(1.0, 3.0, 1.0, 1.0, 1.0, 1.4, 3.0, 1.0, 1.0, 1.4);
    /** A year later: better everywhere, Define caught up. */
    static final Map<Part, Double> SECOND = means(3.0, 2.9, 2.3, 2.0, 2.8, 2.6, 2.9, 2.4, 2.2, 2.4);

    private final MaturityBackdating backdating;
    private final UserAccounts users;
    private final DemoSession session;
    private final DemoSeedMarkers markers;

    DemoMaturity(MaturityBackdating backdating, UserAccounts users, DemoSession session, DemoSeedMarkers markers) {
        this.backdating = backdating;
        this.users = users;
        this.session = session;
        this.markers = markers;
    }

    /** Once per tenant; nothing when fewer than five of its demo members exist. */
    void seed(Tenant tenant, boolean dutch) {
        if (markers.done(tenant.getId(), STEP)) {
            return;
        }
        List<UUID> participants = new ArrayList<>();
        for (String email : List.of("cx@" + tenant.getSlug() + ".example", "admin@" + tenant.getSlug() + ".example",
                "contributor@" + tenant.getSlug() + ".example", "exec@" + tenant.getSlug() + ".example",
                DemoDataSeeder.SHARED_USER)) {
            TenantContext.callGlobal(() -> users.findByEmail(email)).map(AppUser::getId).ifPresent(participants::add);
        }
        if (participants.size() < PARTICIPANTS) {
            return;
        }
        LocalDate today = LocalDate.now(Formats.DEFAULT_ZONE);
        LocalDate secondCloses = today.minusWeeks(2);
        LocalDate firstCloses = secondCloses.minusYears(1);
        ZoneId zone = Formats.DEFAULT_ZONE;
        session.asCxManager(tenant, () -> {
            UUID cx = participants.getFirst();
            UUID first = backdating.pastRound(roundName(dutch, firstCloses), cx,
                    firstCloses.minusWeeks(3).atTime(9, 0).atZone(zone).toInstant(), firstCloses,
                    answers(participants, FIRST, 1));
            UUID second = backdating.pastRound(roundName(dutch, secondCloses), cx,
                    secondCloses.minusWeeks(3).atTime(9, 0).atZone(zone).toInstant(), secondCloses,
                    answers(participants, SECOND, 2));
            markers.mark(tenant.getId(), STEP + ".round1", first);
            markers.mark(tenant.getId(), STEP + ".round2", second);
        });
        markers.mark(tenant.getId(), STEP, null);
    }

    static String roundName(boolean dutch, LocalDate closes) {
        return (dutch ? "Volwassenheidsscan " : "Maturity scan ") + closes.getYear();
    }

    /**
     * Each participant's 42 answers around the part's mean: a fixed spread of -1 … +1 per participant and statement
     * (so the answers differ, as people's do), rounded to a score 1–4; one participant answers "no idea" (A) on two
     * Systems statements in the first round.
     */
    static Map<UUID, Map<Integer, Answer>> answers(List<UUID> participants, Map<Part, Double> means, int round) {
        Map<UUID, Map<Integer, Answer>> all = new LinkedHashMap<>();
        for (int p = 0; p < participants.size(); p++) {
            all.put(participants.get(p), answersOf(p, means, round));
        }
        return all;
    }

    static Map<Integer, Answer> answersOf(int participant, Map<Part, Double> means, int round) {
        Map<Integer, Answer> answers = new TreeMap<>();
        for (int statement = 1; statement <= Part.STATEMENTS; statement++) {
            double spread = ((participant * 2 + statement * 3 + round) % 5 - 2) * 0.5;
            long points = Math.round(means.get(Part.of(statement)) + spread);
            answers.put(statement, Answer.values()[(int) Math.max(1, Math.min(4, points))]);
        }
        if (round == 1 && participant == 3) {
            answers.put(41, Answer.A_NO_IDEA);
            answers.put(42, Answer.A_NO_IDEA);
        }
        return answers;
    }

    private static Map<Part, Double> means(double... values) {
        Map<Part, Double> means = new EnumMap<>(Part.class);
        Part[] parts = Part.values();
        for (int i = 0; i < parts.length; i++) {
            means.put(parts[i], values[i]);
        }
        return means;
    }

    /** The round recorded for the demo, when seeded. */
    Optional<UUID> round(Tenant tenant, int number) {
        return markers.object(tenant.getId(), STEP + ".round" + number);
    }
}
