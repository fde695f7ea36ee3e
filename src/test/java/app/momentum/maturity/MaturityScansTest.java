package app.momentum.maturity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.momentum.base.ConcurrentEditException;
import app.momentum.base.InvalidInputException;
import app.momentum.base.UserFacingException;
import app.momentum.maturity.MaturityScans.HistoryEntry;
import app.momentum.maturity.MaturityScans.MyAnswers;
import app.momentum.maturity.MaturityScans.RoundDetail;
import app.momentum.maturity.MaturityScans.RoundResults;
import app.momentum.maturity.MaturityScans.RoundStatus;
import app.momentum.maturity.domain.Answer;
import app.momentum.maturity.domain.MaturityScore;
import app.momentum.maturity.domain.Part;
import app.momentum.maturity.domain.Quadrant;
import app.momentum.maturity.domain.StatementScores;
import app.momentum.security.TestLogin;
import app.momentum.tenancy.Role;
import app.momentum.testsupport.TenantFixture;
import app.momentum.testsupport.TenantFixture.TestTenant;
import app.momentum.user.AppUser;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A maturity round from opening to results: who may open one and with what, drafts that survive and are not
 * overwritten by a stale tab, a complete and final submission, who sees the results when, and tenants apart.
 */
@SpringBootTest
class MaturityScansTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Autowired TenantFixture fixture;
    @Autowired MaturityScans scans;
    @Autowired JdbcTemplate jdbc;

    TestTenant tenant;
    AppUser contributor;
    AppUser executive;
    AppUser manager;

    @BeforeEach
    void aTenant() {
        tenant = fixture.create("maturity");
        contributor = tenant.user(Role.CONTRIBUTOR);
        executive = tenant.user(Role.EXECUTIVE);
        manager = tenant.user(Role.CX_MANAGER);
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    @Test
    void onlyManagersOpenARoundAndEveryProblemIsNamedAtOnce() {
        tenant.loginAs(Role.CONTRIBUTOR);
        assertRefused(() -> scans.openRound("Q1", List.of(contributor.getId()), TODAY), "maturityScan.error.notAllowed");
        tenant.loginAs(Role.EXECUTIVE);
        assertRefused(() -> scans.openRound("Q1", List.of(contributor.getId()), TODAY), "maturityScan.error.notAllowed");

        tenant.loginAs(Role.CX_MANAGER);
        assertThatThrownBy(() -> scans.openRound(" ", List.of(), TODAY.minusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.problem().messageKey())
                        .containsExactly("name:maturityScan.error.nameRequired",
                                "participants:maturityScan.error.noParticipants",
                                "closesOn:maturityScan.error.closesOnPast"));
        assertRefused(() -> scans.openRound("x".repeat(121), List.of(contributor.getId()), TODAY), "validation.tooLong");
        assertRefused(() -> scans.openRound("Q1", List.of(contributor.getId()), null),
                "maturityScan.error.closesOnRequired");
        AppUser stranger = fixture.create("maturity-stranger").user(Role.CONTRIBUTOR);
        assertRefused(() -> scans.openRound("Q1", List.of(stranger.getId()), TODAY), "maturityScan.error.notAMember");
        assertThat(scans.rounds()).isEmpty();

        UUID id = scans.openRound("  Q1 2026  ", List.of(contributor.getId(), executive.getId(), contributor.getId()), TODAY);

        RoundDetail round = scans.round(id).orElseThrow();
        assertThat(round.summary().name()).isEqualTo("Q1 2026");
        assertThat(round.summary().status()).isEqualTo(RoundStatus.OPEN);
        assertThat(round.summary().participants()).isEqualTo(2);
        assertThat(round.participants()).extracting(MaturityScans.Participant::email)
                .containsExactlyInAnyOrder(contributor.getEmail(), executive.getEmail());
        assertThat(round.currentUserManages()).isTrue();
        assertThat(round.currentUserParticipates()).isFalse();
    }

    @Test
    void anInactiveMemberCannotTakePart() {
        tenant.loginAs(Role.CX_MANAGER);
        jdbc.update("update membership set active = false where user_id = ?", contributor.getId());
        assertRefused(() -> scans.openRound("Q1", List.of(contributor.getId()), TODAY),
                "maturityScan.error.inactiveMember");
    }

    @Test
    void aDraftIsKeptAndAStaleVersionIsRefused() {
        UUID id = openWith(contributor, executive);
        tenant.loginAs(Role.CONTRIBUTOR);
        assertThat(scans.roundsToAnswer()).extracting(MaturityScans.RoundSummary::id).containsExactly(id);
        MyAnswers start = scans.myAnswers(id);
        assertThat(start.answers()).isEmpty();
        assertThat(start.submitted()).isFalse();

        MyAnswers saved = scans.saveDraft(id, Map.of(1, Answer.C_PARTLY, 42, Answer.A_NO_IDEA), start.version());
        assertThat(saved.version()).isGreaterThan(start.version());
        assertThat(scans.myAnswers(id).answers()).containsExactlyInAnyOrderEntriesOf(
                Map.of(1, Answer.C_PARTLY, 42, Answer.A_NO_IDEA));

        // another tab still holds the first version
        assertThatThrownBy(() -> scans.saveDraft(id, Map.of(2, Answer.E_FULLY), start.version()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(scans.myAnswers(id).answers()).doesNotContainKey(2);
        assertRefused(() -> scans.saveDraft(id, Map.of(43, Answer.E_FULLY), saved.version()),
                "maturityScan.error.unknownStatement");
    }

    @Test
    void submittingNeedsAll42NamesTheMissingOnesAndIsFinal() {
        UUID id = openWith(contributor, executive);
        tenant.loginAs(Role.CONTRIBUTOR);
        Map<Integer, Answer> incomplete = new HashMap<>(all(Answer.D_ALMOST_FULLY));
        incomplete.remove(3);
        incomplete.remove(17);
        long version = scans.myAnswers(id).version();
        assertThatThrownBy(() -> scans.submit(id, incomplete, version)).isInstanceOfSatisfying(UserFacingException.class,
                e -> {
                    assertThat(e.messageKey()).isEqualTo("maturityScan.error.missing");
                    assertThat(e.arguments()).containsExactly(2, "3, 17");
                });
        assertThat(scans.myAnswers(id).submitted()).isFalse();

        MyAnswers submitted = scans.submit(id, all(Answer.D_ALMOST_FULLY), version);
        assertThat(submitted.submitted()).isTrue();
        assertThat(submitted.answers()).hasSize(Part.STATEMENTS);
        assertThat(scans.roundsToAnswer()).isEmpty();
        assertRefused(() -> scans.saveDraft(id, Map.of(1, Answer.A_NO_IDEA), submitted.version()),
                "maturityScan.error.alreadySubmitted");
        assertRefused(() -> scans.submit(id, all(Answer.E_FULLY), submitted.version()),
                "maturityScan.error.alreadySubmitted");
    }

    @Test
    void aClosedRoundOrOnePastItsClosingDayTakesNoAnswers() {
        UUID closedByHand = openWith(contributor);
        UUID pastItsDay = openWith(contributor);
        tenant.loginAs(Role.CX_MANAGER);
        scans.closeRound(closedByHand);
        assertRefused(() -> scans.closeRound(closedByHand), "maturityScan.error.closed");
        jdbc.update("update maturity_round set closes_on = ? where id = ?", TODAY.minusDays(1), pastItsDay);

        tenant.loginAs(Role.CONTRIBUTOR);
        assertThat(scans.roundsToAnswer()).isEmpty();
        for (UUID id : List.of(closedByHand, pastItsDay)) {
            assertThat(scans.round(id).orElseThrow().summary().status()).isEqualTo(RoundStatus.CLOSED);
            long version = scans.myAnswers(id).version();
            assertRefused(() -> scans.saveDraft(id, Map.of(1, Answer.B_NOT_AT_ALL), version), "maturityScan.error.closed");
            assertRefused(() -> scans.submit(id, all(Answer.B_NOT_AT_ALL), version), "maturityScan.error.closed");
        }
        UUID open = openWith(executive);
        tenant.loginAs(Role.CONTRIBUTOR);
        assertRefused(() -> scans.closeRound(open), "maturityScan.error.notAllowed");
    }

    @Test
    void resultsAreSeenByRoleAlwaysByAParticipantAfterSubmittingAndByOtherContributorsNever() {
        AppUser outsider = fixture.addMember(tenant.tenant(), fixture.create("maturity-o").user(Role.CONTRIBUTOR),
                Role.CONTRIBUTOR).getUser();
        UUID id = openWith(contributor, executive);

        tenant.loginAs(Role.CX_MANAGER);
        assertThat(scans.round(id).orElseThrow().currentUserMaySeeResults()).isTrue();
        assertThat(scans.results(id)).as("nothing submitted yet").isEmpty();

        tenant.loginAs(Role.EXECUTIVE);
        scans.submit(id, all(Answer.E_FULLY), scans.myAnswers(id).version());

        tenant.loginAs(Role.CONTRIBUTOR);
        RoundDetail before = scans.round(id).orElseThrow();
        assertThat(before.currentUserParticipates()).isTrue();
        assertThat(before.currentUserMaySeeResults()).isFalse();
        assertThat(scans.results(id)).isEmpty();
        assertThat(scans.history()).isEmpty();
        assertRefused(() -> scans.exportCsv(id, Locale.ENGLISH), "maturityScan.error.notAllowed");
        scans.submit(id, all(Answer.C_PARTLY), scans.myAnswers(id).version());
        assertThat(scans.results(id)).isPresent();
        assertThat(scans.round(id).orElseThrow().currentUserMaySeeResults()).isTrue();

        TestLogin.as(outsider, tenant.tenant(), Role.CONTRIBUTOR);
        assertThat(scans.rounds()).isEmpty();
        assertThat(scans.round(id)).isEmpty();
        assertThat(scans.results(id)).isEmpty();
        assertThat(scans.history()).isEmpty();
        assertRefused(() -> scans.myAnswers(id), "error.notFound");

        for (Role role : List.of(Role.CX_MANAGER, Role.TENANT_ADMIN, Role.EXECUTIVE)) {
            tenant.loginAs(role);
            assertThat(scans.results(id)).as(role.name()).isPresent();
            assertThat(scans.rounds()).as(role.name()).hasSize(1);
        }
        tenant.loginAs(Role.CX_MANAGER);
        assertRefused(() -> scans.myAnswers(id), "maturityScan.error.notParticipant");
    }

    @Test
    void theResultsAreTheDomainResultsOfTheSubmittedAnswers() {
        UUID id = openWith(contributor, executive, manager);
        Map<Integer, Answer> first = all(Answer.D_ALMOST_FULLY);
        first.put(5, Answer.A_NO_IDEA);
        Map<Integer, Answer> second = all(Answer.B_NOT_AT_ALL);
        second.put(5, Answer.E_FULLY);
        tenant.loginAs(Role.CONTRIBUTOR);
        scans.submit(id, first, scans.myAnswers(id).version());
        tenant.loginAs(Role.EXECUTIVE);
        scans.submit(id, second, scans.myAnswers(id).version());
        tenant.loginAs(Role.CX_MANAGER);
        scans.saveDraft(id, all(Answer.A_NO_IDEA), scans.myAnswers(id).version()); // a draft does not count

        RoundResults results = scans.results(id).orElseThrow();

        StatementScores expected = StatementScores.ofRound(List.of(first, second));
        assertThat(results.score()).isEqualTo(MaturityScore.of(expected));
        assertThat(results.statementMeans()).containsExactlyInAnyOrderEntriesOf(expected.scores());
        assertThat(results.statementMeans().get(5)).isEqualTo(2.0);
        assertThat(results.summary().submitted()).isEqualTo(2);
        assertThat(results.participants()).hasSize(2).allSatisfy(p -> assertThat(p.score())
                .isEqualTo(MaturityScore.of(StatementScores.ofAnswers(p.answers()))));
        assertThat(results.participants()).extracting(p -> p.participant().email())
                .containsExactlyInAnyOrder(contributor.getEmail(), executive.getEmail());
        assertThat(results.disagreement()).first().satisfies(spread -> {
            assertThat(spread.statement()).isEqualTo(5);
            assertThat(spread.lowest()).isZero();
            assertThat(spread.highest()).isEqualTo(4);
        });
        assertThat(results.disagreement()).allSatisfy(s -> assertThat(s.standardDeviation()).isPositive());

        String csv = new String(scans.exportCsv(id, Locale.ENGLISH), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains(contributor.getEmail()).doesNotContain(manager.getEmail())
                .contains("Define,").contains("Formal strategy step,").contains("Mean,,2.00,");
        String dutch = new String(scans.exportCsv(id, Locale.forLanguageTag("nl")), StandardCharsets.UTF_8);
        assertThat(dutch).contains("Gemiddelde;;2,00;").contains("Kwadrant;Totaal;Maximum;Niveau");
    }

    @Test
    void historyComparesEachRoundWithTheOneBefore() {
        UUID first = openWith(contributor);
        UUID second = openWith(contributor);
        jdbc.update("update maturity_round set opened_at = opened_at - interval '365 days' where id = ?", first);
        tenant.loginAs(Role.CONTRIBUTOR);
        scans.submit(first, all(Answer.B_NOT_AT_ALL), scans.myAnswers(first).version());
        scans.submit(second, all(Answer.D_ALMOST_FULLY), scans.myAnswers(second).version());

        List<HistoryEntry> history = scans.history();

        assertThat(history).extracting(h -> h.summary().id()).containsExactly(first, second);
        assertThat(history.getFirst().changeSincePrevious()).isEmpty();
        // Define: max 52, from 13 × 1 to 13 × 3
        assertThat(history.getLast().changeSincePrevious().get(Quadrant.DEFINE)).isEqualTo(26.0);
        assertThat(scans.latest().orElseThrow().summary().id()).isEqualTo(second);
    }

    @Test
    void anotherTenantNeitherSeesNorAnswersTheRound() {
        UUID id = openWith(contributor);
        TestTenant other = fixture.create("maturity-other");
        for (Role role : Role.values()) {
            other.loginAs(role);
            assertThat(scans.rounds()).isEmpty();
            assertThat(scans.round(id)).isEmpty();
            assertThat(scans.results(id)).isEmpty();
            assertThat(scans.history()).isEmpty();
            assertRefused(() -> scans.myAnswers(id), "error.notFound");
            assertRefused(() -> scans.submit(id, all(Answer.E_FULLY), 0), "error.notFound");
            assertRefused(() -> scans.exportCsv(id, Locale.ENGLISH), "error.notFound");
        }
        other.loginAs(Role.CX_MANAGER);
        assertRefused(() -> scans.closeRound(id), "error.notFound");
        assertRefused(() -> scans.submitFor(id, contributor.getEmail(), all(Answer.E_FULLY)), "error.notFound");
    }

    @Test
    void aManagerSubmitsForAParticipantByEmail() {
        tenant.loginAs(Role.CX_MANAGER);
        assertRefused(() -> scans.openRoundByEmails("Q1", List.of(contributor.getEmail(), "nobody@example.com"), TODAY),
                "maturityScan.error.unknownEmail");
        UUID id = scans.openRoundByEmails("Q1", List.of(contributor.getEmail().toUpperCase(Locale.ROOT)), TODAY);
        assertRefused(() -> scans.submitFor(id, executive.getEmail(), all(Answer.E_FULLY)),
                "maturityScan.error.notAParticipant");
        scans.submitFor(id, contributor.getEmail(), all(Answer.E_FULLY));
        assertThat(scans.results(id).orElseThrow().summary().submitted()).isEqualTo(1);
        assertRefused(() -> scans.submitFor(id, contributor.getEmail(), all(Answer.E_FULLY)),
                "maturityScan.error.alreadySubmitted");
    }

    @Test
    void lettersAreParsedNamingTheStatementAndValueAtFault() {
        assertThat(MaturityScans.parseAnswers(Map.of("1", "a", " 42 ", "E")))
                .containsExactlyInAnyOrderEntriesOf(Map.of(1, Answer.A_NO_IDEA, 42, Answer.E_FULLY));
        assertThatThrownBy(() -> MaturityScans.parseAnswers(Map.of("7", "F"))).isInstanceOfSatisfying(
                UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("maturityScan.error.invalidAnswer");
                    assertThat(e.arguments()).containsExactly(7, "F");
                });
        assertRefused(() -> MaturityScans.parseAnswers(Map.of("43", "A")), "maturityScan.error.unknownStatement");
        assertRefused(() -> MaturityScans.parseAnswers(Map.of("one", "A")), "maturityScan.error.unknownStatement");
    }

    private UUID openWith(AppUser... participants) {
        tenant.loginAs(Role.CX_MANAGER);
        return scans.openRound("Round " + UUID.randomUUID(), List.of(participants).stream().map(AppUser::getId).toList(),
                TODAY.plusDays(14));
    }

    static Map<Integer, Answer> all(Answer answer) {
        Map<Integer, Answer> answers = new HashMap<>();
        for (int statement = 1; statement <= Part.STATEMENTS; statement++) {
            answers.put(statement, answer);
        }
        return answers;
    }

    private static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
