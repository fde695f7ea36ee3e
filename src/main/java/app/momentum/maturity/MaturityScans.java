package app.momentum.maturity;

import app.momentum.base.ConcurrentEditException;
import app.momentum.base.Texts;
import app.momentum.base.UserFacingException;
import app.momentum.base.Validation;
import app.momentum.base.i18n.MomentumI18NProvider;
import app.momentum.base.ui.Formats;
import app.momentum.maturity.domain.Answer;
import app.momentum.maturity.domain.Level;
import app.momentum.maturity.domain.MaturityScore;
import app.momentum.maturity.domain.Quadrant;
import app.momentum.maturity.domain.Part;
import app.momentum.maturity.domain.StatementScores;
import app.momentum.maturity.domain.StatementScores.Spread;
import app.momentum.maturity.internal.MaturityParticipant;
import app.momentum.maturity.internal.MaturityParticipantRepository;
import app.momentum.maturity.internal.MaturityRound;
import app.momentum.maturity.internal.MaturityRoundRepository;
import app.momentum.security.MomentumAuthentication;
import app.momentum.tenancy.Role;
import app.momentum.tenancy.TenantBound;
import app.momentum.tenancy.TenantMembers;
import app.momentum.tenancy.TenantMembers.MemberStanding;
import app.momentum.user.UserAccounts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CX-liner maturity scan of the current tenant: rounds, each participant's individual answers and the results.
 * The published API of the maturity module; the views, the REST API, the demo and the cockpit go through it.
 *
 * <p>Who may do what: CX managers and tenant admins open and close rounds and read every result; executives read
 * every result; a participant answers for themselves and sees the round's results (and others' answers) only after
 * submitting, because the scan works best filled in individually. The rules are {@link MaturityPermissions}.
 *
 * <p>A signed-in member acts as themselves; an API token acts with its stand-in role and no user, so it manages
 * rounds and answers only for a named participant ({@link #submitFor}). Unknown rounds and another tenant's rounds
 * are "not found" alike ({@code error.notFound}).
 */
@Service
@Transactional
public class MaturityScans {

    /** Where a round is: open for answers until its closing day (inclusive) or until closed by hand. */
    public enum RoundStatus {
        OPEN,
        CLOSED
    }

    /** One round in the list, newest first. */
    public record RoundSummary(UUID id, String name, LocalDate closesOn, RoundStatus status, int participants,
                               int submitted, Instant openedAt) {
    }

    /** A participant of a round and whether they submitted. */
    public record Participant(UUID userId, String displayName, String email, boolean submitted, Instant submittedAt) {
    }

    /** A round with its participants, as seen by the current user. */
    public record RoundDetail(RoundSummary summary, List<Participant> participants, boolean currentUserParticipates,
                              boolean currentUserSubmitted, boolean currentUserMaySeeResults,
                              boolean currentUserManages) {
    }

    /** The current user's answers in a round: a draft (any subset of 1–42) or the submitted 42. */
    public record MyAnswers(UUID roundId, Map<Integer, Answer> answers, boolean submitted, long version) {
    }

    /** One participant's result (only submitted participants have one). */
    public record ParticipantResult(Participant participant, Map<Integer, Answer> answers, MaturityScore score) {
    }

    /**
     * A round's results: per statement the mean of the submitted answers, the score from those means, every
     * participant's own result, and the statements participants disagree on most (largest spread first).
     */
    public record RoundResults(RoundSummary summary, Map<Integer, Double> statementMeans, MaturityScore score,
                               List<ParticipantResult> participants, List<Spread> disagreement) {
    }

    /** One round of the history, with the change per quadrant since the round before (empty for the first). */
    public record HistoryEntry(RoundSummary summary, Map<Quadrant, Double> quadrantTotals, Map<Quadrant, Level> levels,
                               Map<Quadrant, Double> changeSincePrevious) {
    }

    /** The route of a round's page (built by the maturity views), e.g. for a notification's link. */
    public static String roundRoute(UUID roundId) {
        return "maturity/" + roundId;
    }

    /** The longest round name. */
    public static final int MAX_NAME_LENGTH = 120;

    private final MaturityRoundRepository rounds;
    private final MaturityParticipantRepository participants;
    private final TenantMembers members;
    private final UserAccounts users;
    private final ApplicationEventPublisher publisher;
    private final MomentumI18NProvider i18n;
    private final Clock clock;

    MaturityScans(MaturityRoundRepository rounds, MaturityParticipantRepository participants, TenantMembers members,
                  UserAccounts users, ApplicationEventPublisher publisher, MomentumI18NProvider i18n, Clock clock) {
        this.rounds = rounds;
        this.participants = participants;
        this.members = members;
        this.users = users;
        this.publisher = publisher;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** Opens a round. Only CX managers and tenant admins; participants are members of the tenant. */
    public UUID openRound(String name, List<UUID> participantUserIds, LocalDate closesOn) {
        Actor me = actor();
        MaturityPermissions.require(MaturityPermissions.mayManage(me.role()));
        Validation.Checks checks = Validation.checks();
        String roundName = checks.field("name", () -> Texts.required(name, MAX_NAME_LENGTH, "maturityScan.error.nameRequired"));
        List<UUID> chosen = participantUserIds == null ? List.of()
                : new ArrayList<>(new LinkedHashSet<>(participantUserIds.stream().filter(java.util.Objects::nonNull).toList()));
        checks.require("participants", !chosen.isEmpty(), "maturityScan.error.noParticipants");
        for (UUID userId : chosen) {
            Optional<MemberStanding> standing = members.standingOf(userId);
            checks.require("participants", standing.isPresent(), "maturityScan.error.notAMember");
            standing.filter(s -> !s.active()).ifPresent(s ->
                    checks.require("participants", false, "maturityScan.error.inactiveMember", s.displayName()));
        }
        LocalDate today = today();
        checks.require("closesOn", closesOn != null, "maturityScan.error.closesOnRequired");
        checks.require("closesOn", closesOn == null || !closesOn.isBefore(today), "maturityScan.error.closesOnPast");
        checks.throwIfAny();

        MaturityRound round = rounds.save(new MaturityRound(roundName, closesOn, me.userId(), clock.instant()));
        chosen.forEach(userId -> participants.save(new MaturityParticipant(round.getId(), userId)));
        publisher.publishEvent(new MaturityRoundOpened(me.tenantId(), round.getId(), roundName, chosen, closesOn));
        return round.getId();
    }

    /**
     * {@link #openRound} with the participants named by their e-mail addresses (the API): an address that is not an
     * active member of the tenant is refused, naming it.
     */
    public UUID openRoundByEmails(String name, List<String> participantEmails, LocalDate closesOn) {
        MaturityPermissions.require(MaturityPermissions.mayManage(actor().role()));
        List<UUID> ids = new ArrayList<>();
        for (String email : participantEmails == null ? List.<String>of() : participantEmails) {
            ids.add(activeMemberByEmail(email).orElseThrow(() ->
                    new UserFacingException("maturityScan.error.unknownEmail", email == null ? "" : email.strip())));
        }
        return openRound(name, ids, closesOn);
    }

    /** Closes an open round by hand (before its closing day). */
    public void closeRound(UUID roundId) {
        Actor me = actor();
        MaturityPermissions.require(MaturityPermissions.mayManage(me.role()));
        MaturityRound round = load(roundId);
        if (!round.isOpen(today())) {
            throw new UserFacingException("maturityScan.error.closed");
        }
        round.close(clock.instant());
    }

    /** Every round the current user may see (managers and executives: all; others: their own), newest first. */
    @Transactional(readOnly = true)
    public List<RoundSummary> rounds() {
        Actor me = actor();
        List<MaturityRound> all = rounds.findAllByOrderByOpenedAtDesc();
        Map<UUID, List<MaturityParticipant>> byRound = participantsOf(all);
        return all.stream()
                .filter(round -> MaturityPermissions.maySeeRound(me.role(), mine(byRound.get(round.getId()), me).isPresent()))
                .map(round -> summary(round, byRound.get(round.getId())))
                .toList();
    }

    /** The open rounds the current user still has to submit, for "My actions" and the dashboard. */
    @Transactional(readOnly = true)
    public List<RoundSummary> roundsToAnswer() {
        Actor me = actor();
        if (me.userId() == null) {
            return List.of();
        }
        LocalDate today = today();
        List<UUID> roundIds = participants.findByUserId(me.userId()).stream().filter(p -> !p.isSubmitted())
                .map(MaturityParticipant::getRoundId).toList();
        List<MaturityRound> open = rounds.findAllById(roundIds).stream().filter(r -> r.isOpen(today))
                .sorted(Comparator.comparing(MaturityRound::getClosesOn).thenComparing(MaturityRound::getOpenedAt))
                .toList();
        Map<UUID, List<MaturityParticipant>> byRound = participantsOf(open);
        return open.stream().map(round -> summary(round, byRound.get(round.getId()))).toList();
    }

    @Transactional(readOnly = true)
    public Optional<RoundDetail> round(UUID roundId) {
        Actor me = actor();
        Optional<MaturityRound> found = roundId == null ? Optional.empty() : rounds.findById(roundId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MaturityRound round = found.get();
        List<MaturityParticipant> all = participants.findByRoundId(roundId);
        Optional<MaturityParticipant> mine = mine(all, me);
        if (!MaturityPermissions.maySeeRound(me.role(), mine.isPresent())) {
            return Optional.empty();
        }
        boolean submitted = mine.map(MaturityParticipant::isSubmitted).orElse(false);
        return Optional.of(new RoundDetail(summary(round, all), describe(all), mine.isPresent(), submitted,
                MaturityPermissions.maySeeResults(me.role(), mine.isPresent(), submitted),
                MaturityPermissions.mayManage(me.role())));
    }

    /** The current user's answers; empty answers when they have not started. Only for participants. */
    @Transactional(readOnly = true)
    public MyAnswers myAnswers(UUID roundId) {
        return answersOf(myParticipation(roundId));
    }

    /**
     * Saves a draft (any subset of the statements) to come back to. {@code version} is the one read: a save over a
     * newer draft (another tab) is refused, never silently overwritten. Returns the new state.
     */
    public MyAnswers saveDraft(UUID roundId, Map<Integer, Answer> answers, long version) {
        MaturityParticipant mine = myParticipation(roundId);
        requireAnswerable(load(roundId), mine);
        ConcurrentEditException.check(mine.getVersion(), version);
        mine.setAnswers(checked(answers));
        return answersOf(participants.saveAndFlush(mine));
    }

    /** Submits all 42 answers; refused, naming the missing statements, when any is missing; final once submitted. */
    public MyAnswers submit(UUID roundId, Map<Integer, Answer> answers, long version) {
        MaturityParticipant mine = myParticipation(roundId);
        requireAnswerable(load(roundId), mine);
        ConcurrentEditException.check(mine.getVersion(), version);
        return submit(mine, answers);
    }

    /**
     * Submits all 42 answers for the participant with this e-mail address (the API, with a manager's rights): the
     * same rules as {@link #submit}, without the draft's version.
     */
    public MyAnswers submitFor(UUID roundId, String email, Map<Integer, Answer> answers) {
        MaturityPermissions.require(MaturityPermissions.mayManage(actor().role()));
        MaturityRound round = load(roundId);
        String address = email == null ? "" : email.strip();
        MaturityParticipant participant = activeMemberByEmail(address)
                .flatMap(userId -> participants.findByRoundIdAndUserId(roundId, userId))
                .orElseThrow(() -> new UserFacingException("maturityScan.error.notAParticipant", address));
        requireAnswerable(round, participant);
        return submit(participant, answers);
    }

    /**
     * Answers as the API and imports give them: statement number → letter A–E (either case). A number outside
     * 1–42 or another letter is refused, naming the statement and the value.
     */
    public static Map<Integer, Answer> parseAnswers(Map<String, String> letters) {
        Map<Integer, Answer> answers = new TreeMap<>();
        if (letters == null) {
            return answers;
        }
        letters.forEach((key, value) -> {
            int statement;
            try {
                statement = Integer.parseInt(key == null ? "" : key.strip());
            } catch (NumberFormatException notANumber) {
                throw new UserFacingException("maturityScan.error.unknownStatement", String.valueOf(key));
            }
            if (statement < 1 || statement > Part.STATEMENTS) {
                throw new UserFacingException("maturityScan.error.unknownStatement", String.valueOf(key));
            }
            String letter = value == null ? "" : value.strip();
            if (letter.length() != 1 || "ABCDEabcde".indexOf(letter.charAt(0)) < 0) {
                throw new UserFacingException("maturityScan.error.invalidAnswer", statement, value == null ? "" : value);
            }
            answers.put(statement, Answer.ofLetter(letter.charAt(0)));
        });
        return answers;
    }

    /** The results, when the current user may see them (see the class comment) and someone has submitted. */
    @Transactional(readOnly = true)
    public Optional<RoundResults> results(UUID roundId) {
        Actor me = actor();
        Optional<MaturityRound> round = roundId == null ? Optional.empty() : rounds.findById(roundId);
        if (round.isEmpty()) {
            return Optional.empty();
        }
        List<MaturityParticipant> all = participants.findByRoundId(roundId);
        if (!maySeeResults(me, all)) {
            return Optional.empty();
        }
        return resultsOf(round.get(), all);
    }

    /** Rounds with at least one submission, oldest first, with the change per quadrant. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history() {
        Actor me = actor();
        List<MaturityRound> all = new ArrayList<>(rounds.findAllByOrderByOpenedAtDesc());
        all.sort(Comparator.comparing(MaturityRound::getOpenedAt));
        Map<UUID, List<MaturityParticipant>> byRound = participantsOf(all);
        List<HistoryEntry> history = new ArrayList<>();
        HistoryEntry previous = null;
        for (MaturityRound round : all) {
            List<MaturityParticipant> its = byRound.get(round.getId());
            if (!maySeeResults(me, its) || its.stream().noneMatch(MaturityParticipant::isSubmitted)) {
                continue;
            }
            MaturityScore score = MaturityScore.of(StatementScores.ofRound(submittedAnswers(its)));
            Map<Quadrant, Double> change = new EnumMap<>(Quadrant.class);
            if (previous != null) {
                for (Quadrant quadrant : Quadrant.values()) {
                    change.put(quadrant, oneDecimal(score.quadrantTotals().get(quadrant)
                            - previous.quadrantTotals().get(quadrant)));
                }
            }
            HistoryEntry entry = new HistoryEntry(summary(round, its), new EnumMap<>(score.quadrantTotals()),
                    new EnumMap<>(score.levels()), change);
            history.add(entry);
            previous = entry;
        }
        return List.copyOf(history);
    }

    /** The latest round with submissions, with its change since the previous one: the cockpit's small compass. */
    @Transactional(readOnly = true)
    public Optional<HistoryEntry> latest() {
        List<HistoryEntry> history = history();
        return history.isEmpty() ? Optional.empty() : Optional.of(history.getLast());
    }

    /** The answers and results of a round as CSV (UTF-8, cells neutralised like every export), in the current locale. */
    @Transactional(readOnly = true)
    public byte[] exportCsv(UUID roundId) {
        return exportCsv(roundId, LocaleContextHolder.getLocale());
    }

    /**
     * The answers and results of a round as CSV in {@code locale}'s language (Dutch: semicolons and decimal
     * commas): one row per submitted participant with their 42 letters, then the statement means, part totals,
     * quadrant totals and levels, the formal step and the inconsistencies. Refused when the current user may not
     * see the results; a round without submissions has only the headings.
     */
    @Transactional(readOnly = true)
    public byte[] exportCsv(UUID roundId, Locale locale) {
        Actor me = actor();
        MaturityRound round = load(roundId);
        List<MaturityParticipant> all = participants.findByRoundId(roundId);
        MaturityPermissions.require(maySeeResults(me, all));
        Optional<RoundResults> results = resultsOf(round, all);
        return MaturityCsv.write(round.getName(), results.map(RoundResults::participants).orElse(List.of()),
                results, locale, key -> i18n.getTranslation(key, locale));
    }

    // --- helpers -----------------------------------------------------------------------------------

    /** Who acts: a signed-in member (user and role) or an API token (its stand-in role, no user). */
    private record Actor(UUID tenantId, UUID userId, Role role) {
    }

    private Actor actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof MomentumAuthentication member) {
            if (member.role() == null) {
                throw new UserFacingException("maturityScan.error.notAllowed");
            }
            return new Actor(member.tenantId(), member.user().id(), member.role());
        }
        if (authentication instanceof TenantBound bound && bound.tenantId() != null) {
            Set<Role> held = Role.heldBy(authentication);
            Role role = held.stream().filter(MaturityPermissions::mayManage).findFirst()
                    .or(() -> held.stream().findFirst())
                    .orElseThrow(() -> new UserFacingException("maturityScan.error.notAllowed"));
            return new Actor(bound.tenantId(), null, role);
        }
        throw new UserFacingException("maturityScan.error.notAllowed");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.DEFAULT_ZONE));
    }

    private MaturityRound load(UUID roundId) {
        return (roundId == null ? Optional.<MaturityRound>empty() : rounds.findById(roundId))
                .orElseThrow(() -> new UserFacingException("error.notFound"));
    }

    /** The current user's participation; not found when they cannot see the round, refused when they only see it. */
    private MaturityParticipant myParticipation(UUID roundId) {
        Actor me = actor();
        load(roundId);
        Optional<MaturityParticipant> mine = me.userId() == null ? Optional.empty()
                : participants.findByRoundIdAndUserId(roundId, me.userId());
        if (mine.isEmpty()) {
            if (!MaturityPermissions.mayReadAll(me.role())) {
                throw new UserFacingException("error.notFound");
            }
            throw new UserFacingException("maturityScan.error.notParticipant");
        }
        return mine.get();
    }

    private void requireAnswerable(MaturityRound round, MaturityParticipant participant) {
        if (participant.isSubmitted()) {
            throw new UserFacingException("maturityScan.error.alreadySubmitted");
        }
        if (!round.isOpen(today())) {
            throw new UserFacingException("maturityScan.error.closed");
        }
    }

    private MyAnswers submit(MaturityParticipant participant, Map<Integer, Answer> answers) {
        Map<Integer, Answer> given = checked(answers);
        List<Integer> missing = new ArrayList<>();
        for (int statement = 1; statement <= Part.STATEMENTS; statement++) {
            if (!given.containsKey(statement)) {
                missing.add(statement);
            }
        }
        if (!missing.isEmpty()) {
            throw new UserFacingException("maturityScan.error.missing", missing.size(),
                    missing.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        participant.setAnswers(given);
        participant.submit(clock.instant());
        return answersOf(participants.saveAndFlush(participant));
    }

    /** The given answers without empty ones; a statement outside 1–42 is refused. */
    private static Map<Integer, Answer> checked(Map<Integer, Answer> answers) {
        Map<Integer, Answer> given = new TreeMap<>();
        if (answers == null) {
            return given;
        }
        answers.forEach((statement, answer) -> {
            if (statement == null || statement < 1 || statement > Part.STATEMENTS) {
                throw new UserFacingException("maturityScan.error.unknownStatement", String.valueOf(statement));
            }
            if (answer != null) {
                given.put(statement, answer);
            }
        });
        return given;
    }

    private static MyAnswers answersOf(MaturityParticipant participant) {
        return new MyAnswers(participant.getRoundId(), Map.copyOf(participant.answers()), participant.isSubmitted(),
                participant.getVersion() == null ? 0 : participant.getVersion());
    }

    private Optional<UUID> activeMemberByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return users.activeContactByEmail(email.strip()).map(UserAccounts.Account::id)
                .filter(members::isActiveMember);
    }

    private static Optional<MaturityParticipant> mine(List<MaturityParticipant> of, Actor me) {
        return me.userId() == null || of == null ? Optional.empty()
                : of.stream().filter(p -> p.getUserId().equals(me.userId())).findFirst();
    }

    private static boolean maySeeResults(Actor me, List<MaturityParticipant> of) {
        Optional<MaturityParticipant> mine = mine(of, me);
        return MaturityPermissions.maySeeResults(me.role(), mine.isPresent(),
                mine.map(MaturityParticipant::isSubmitted).orElse(false));
    }

    private Map<UUID, List<MaturityParticipant>> participantsOf(List<MaturityRound> of) {
        Map<UUID, List<MaturityParticipant>> byRound = new HashMap<>();
        of.forEach(round -> byRound.put(round.getId(), new ArrayList<>()));
        if (!of.isEmpty()) {
            participants.findByRoundIdIn(of.stream().map(MaturityRound::getId).toList())
                    .forEach(p -> byRound.get(p.getRoundId()).add(p));
        }
        return byRound;
    }

    private RoundSummary summary(MaturityRound round, List<MaturityParticipant> of) {
        return new RoundSummary(round.getId(), round.getName(), round.getClosesOn(),
                round.isOpen(today()) ? RoundStatus.OPEN : RoundStatus.CLOSED, of.size(),
                (int) of.stream().filter(MaturityParticipant::isSubmitted).count(), round.getOpenedAt());
    }

    /** The participants with their names and addresses, by name. */
    private List<Participant> describe(List<MaturityParticipant> of) {
        return of.stream().map(p -> {
            Optional<UserAccounts.Account> account = users.contact(p.getUserId());
            String name = members.standingOf(p.getUserId()).map(MemberStanding::displayName)
                    .or(() -> account.map(UserAccounts.Account::displayName)).orElse("");
            return new Participant(p.getUserId(), name, account.map(UserAccounts.Account::email).orElse(""),
                    p.isSubmitted(), p.getSubmittedAt());
        }).sorted(Comparator.comparing(Participant::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static List<Map<Integer, Answer>> submittedAnswers(List<MaturityParticipant> of) {
        return of.stream().filter(MaturityParticipant::isSubmitted).map(MaturityParticipant::answers).toList();
    }

    private Optional<RoundResults> resultsOf(MaturityRound round, List<MaturityParticipant> all) {
        List<MaturityParticipant> submitted = all.stream().filter(MaturityParticipant::isSubmitted).toList();
        if (submitted.isEmpty()) {
            return Optional.empty();
        }
        StatementScores scores = StatementScores.ofRound(submittedAnswers(submitted));
        Map<UUID, Participant> described = describe(submitted).stream()
                .collect(Collectors.toMap(Participant::userId, Function.identity()));
        List<ParticipantResult> results = submitted.stream()
                .map(p -> new ParticipantResult(described.get(p.getUserId()), Map.copyOf(p.answers()),
                        MaturityScore.of(StatementScores.ofAnswers(p.answers()))))
                .sorted(Comparator.comparing(r -> r.participant().displayName(), String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<Spread> disagreement = scores.spreads().stream().filter(s -> s.standardDeviation() > 0).toList();
        return Optional.of(new RoundResults(summary(round, all), new TreeMap<>(scores.scores()),
                MaturityScore.of(scores), results, disagreement));
    }

    private static double oneDecimal(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
