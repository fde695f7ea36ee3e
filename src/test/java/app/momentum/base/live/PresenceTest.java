package app.momentum.base.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Presence follows the tabs' life: one visitor per person, gone when the tab leaves or goes silent. */
class PresenceTest {

    private static final UUID TENANT = UUID.randomUUID();
    private static final UUID JOURNEY = UUID.randomUUID();
    private static final UUID ANN = UUID.randomUUID();
    private static final UUID BOB = UUID.randomUUID();

    private final MutableClock clock = new MutableClock();
    private final List<LiveEvent> announced = new ArrayList<>();
    private final Presence presence = new Presence(new InMemoryPresenceBoard(clock), new RecordingEvents(), clock, Duration.ofSeconds(30), Duration.ofSeconds(4));

    @Test
    void aPersonWithTwoTabsIsOneVisitorAndStaysUntilTheLastTabLeaves() {
        UUID tab1 = UUID.randomUUID();
        UUID tab2 = UUID.randomUUID();
        presence.enter(TENANT, JOURNEY, new Presence.Visitor(tab1, ANN, "Ann", null));
        presence.enter(TENANT, JOURNEY, new Presence.Visitor(tab2, ANN, "Ann", null));
        presence.enter(TENANT, JOURNEY, new Presence.Visitor(UUID.randomUUID(), BOB, "bob", null));

        assertThat(presence.visitors(TENANT, JOURNEY)).extracting(Presence.Visitor::displayName).containsExactly("Ann", "bob");

        presence.leave(TENANT, JOURNEY, tab1);
        assertThat(presence.visitors(TENANT, JOURNEY)).extracting(Presence.Visitor::userId).containsExactly(ANN, BOB);
        presence.leave(TENANT, JOURNEY, tab2);
        assertThat(presence.visitors(TENANT, JOURNEY)).extracting(Presence.Visitor::userId).containsExactly(BOB);
        assertThat(announced).hasSize(5).allMatch(e -> e.kind() == LiveEvent.Kind.PRESENCE && e.topicId().equals(JOURNEY));
    }

    @Test
    void editingEndsWhenTheEditorClosesAndEachNameShowsOncePerMoment() {
        UUID moment = UUID.randomUUID();
        UUID tab1 = UUID.randomUUID();
        presence.enter(TENANT, JOURNEY, new Presence.Visitor(tab1, ANN, "Ann", moment));
        presence.enter(TENANT, JOURNEY, new Presence.Visitor(UUID.randomUUID(), ANN, "Ann", moment));
        presence.enter(TENANT, JOURNEY, new Presence.Visitor(UUID.randomUUID(), BOB, "Bob", moment));

        assertThat(presence.editors(TENANT, JOURNEY, null)).isEqualTo(Map.of(moment, Set.of("Ann", "Bob")));
        assertThat(presence.editors(TENANT, JOURNEY, BOB)).isEqualTo(Map.of(moment, Set.of("Ann")));
        assertThat(presence.visitors(TENANT, JOURNEY)).filteredOn(v -> v.userId().equals(ANN))
                .singleElement().extracting(Presence.Visitor::editingObjectId).isEqualTo(moment);

        presence.enter(TENANT, JOURNEY, new Presence.Visitor(tab1, ANN, "Ann", null)); // one tab closes its editor
        assertThat(presence.editors(TENANT, JOURNEY, BOB)).isEqualTo(Map.of(moment, Set.of("Ann")));
        assertThat(presence.visitors(TENANT, JOURNEY)).filteredOn(v -> v.userId().equals(ANN))
                .singleElement().extracting(Presence.Visitor::editingObjectId).isEqualTo(moment);
    }

    @Test
    void aTabThatGoesSilentIsSweptAfterTheTimeoutAndOneThatBeatsStays() {
        UUID silent = UUID.randomUUID();
        UUID alive = UUID.randomUUID();
        presence.enter(TENANT, JOURNEY, new Presence.Visitor(silent, ANN, "Ann", UUID.randomUUID()));
        presence.enter(TENANT, JOURNEY, new Presence.Visitor(alive, BOB, "Bob", null));

        clock.advance(Duration.ofSeconds(20));
        presence.touch(TENANT, JOURNEY, alive);
        presence.touch(TENANT, JOURNEY, UUID.randomUUID()); // an unknown tab is not added by a heartbeat
        presence.sweep();
        assertThat(presence.visitors(TENANT, JOURNEY)).hasSize(2);

        clock.advance(Duration.ofSeconds(11));
        announced.clear();
        presence.sweep();
        assertThat(presence.visitors(TENANT, JOURNEY)).extracting(Presence.Visitor::userId).containsExactly(BOB);
        assertThat(presence.editors(TENANT, JOURNEY, null)).isEmpty();
        assertThat(announced).singleElement().extracting(LiveEvent::actorUserId).isEqualTo(ANN);

        clock.advance(Duration.ofSeconds(30));
        presence.sweep();
        assertThat(presence.visitors(TENANT, JOURNEY)).isEmpty();
    }

    @Test
    void aTabWhosePushConnectionStaysClosedLeavesAfterTheGraceAndOneThatReconnectsStays() {
        java.util.concurrent.atomic.AtomicBoolean quitOpen = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicBoolean flakyOpen = new java.util.concurrent.atomic.AtomicBoolean(true);
        presence.enter(TENANT, JOURNEY, new Presence.Visitor(UUID.randomUUID(), ANN, "Ann", null), quitOpen::get);
        presence.enter(TENANT, JOURNEY, new Presence.Visitor(UUID.randomUUID(), BOB, "Bob", null), flakyOpen::get);

        quitOpen.set(false);
        flakyOpen.set(false);
        presence.sweep();
        clock.advance(Duration.ofSeconds(3));
        flakyOpen.set(true); // reconnected within the grace
        presence.sweep();
        assertThat(presence.visitors(TENANT, JOURNEY)).hasSize(2);

        clock.advance(Duration.ofSeconds(1));
        presence.sweep();
        assertThat(presence.visitors(TENANT, JOURNEY)).extracting(Presence.Visitor::userId).containsExactly(BOB);

        flakyOpen.set(false);
        clock.advance(Duration.ofSeconds(3));
        presence.sweep();
        clock.advance(Duration.ofSeconds(3));
        presence.sweep();
        assertThat(presence.visitors(TENANT, JOURNEY)).hasSize(1); // closed 3 s ago, not since the first closure
        clock.advance(Duration.ofSeconds(1));
        presence.sweep();
        assertThat(presence.visitors(TENANT, JOURNEY)).isEmpty();
    }

    @Test
    void aPartLongerThanAnyLaneIsTakenAsTheWholeObject() {
        UUID moment = UUID.randomUUID();
        String longest = "x".repeat(Presence.PART_MAX);
        assertThat(new Presence.Visitor(UUID.randomUUID(), ANN, "Ann", moment, longest).editingPart()).isEqualTo(longest);
        assertThat(new Presence.Visitor(UUID.randomUUID(), ANN, "Ann", moment, longest + "x").editingPart()).isNull();
    }

    @Test
    void journeysAndTenantsAreKeptApart() {
        presence.enter(TENANT, JOURNEY, new Presence.Visitor(UUID.randomUUID(), ANN, "Ann", null));
        assertThat(presence.visitors(UUID.randomUUID(), JOURNEY)).isEmpty();
        assertThat(presence.visitors(TENANT, UUID.randomUUID())).isEmpty();
        presence.leave(TENANT, UUID.randomUUID(), UUID.randomUUID());
        assertThat(presence.visitors(TENANT, JOURNEY)).hasSize(1);
    }

    private final class RecordingEvents implements LiveEvents {
        @Override
        public Registration subscribe(UUID tenantId, UUID topicId, Consumer<LiveEvent> listener) {
            return () -> { };
        }

        @Override
        public void publish(LiveEvent event) {
            announced.add(event);
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
