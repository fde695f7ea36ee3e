package app.momentum.action;

import app.momentum.action.internal.ActionRepository;
import app.momentum.action.domain.ActionStatus;
import app.momentum.discipline.DisciplineService;
import app.momentum.discipline.DisciplineService.DisciplineRef;
import app.momentum.ownership.Accountability;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Per discipline: the moments it is accountable for, and its open, overdue and done actions. */
@Service
@Transactional(readOnly = true)
public class DisciplineOverview {

    private final DisciplineService disciplines;
    private final ActionRepository actions;
    private final Accountability accountability;
    private final ActionService actionService;

    DisciplineOverview(DisciplineService disciplines, ActionRepository actions, Accountability accountability,
                       ActionService actionService) {
        this.disciplines = disciplines;
        this.actions = actions;
        this.accountability = accountability;
        this.actionService = actionService;
    }

    public record Row(DisciplineRef discipline, long accountableMoments, long open, long overdue, long done) {
    }

    public List<Row> rows() {
        Map<UUID, Long> accountable = accountability.accountableMomentCounts();
        Map<UUID, Long> overdue = counts(actions.countOverdueByDiscipline(
                List.of(ActionStatus.IDEA, ActionStatus.PLANNED, ActionStatus.IN_PROGRESS), actionService.today()));
        Map<UUID, Long> open = new HashMap<>();
        Map<UUID, Long> done = new HashMap<>();
        for (Object[] row : actions.countByDisciplineAndStatus()) {
            ActionStatus status = (ActionStatus) row[1];
            long count = (Long) row[2];
            if (status.open() && status != ActionStatus.DONE) {
                open.merge((UUID) row[0], count, Long::sum);
            } else if (status == ActionStatus.DONE || status == ActionStatus.EFFECT_VERIFIED) {
                done.merge((UUID) row[0], count, Long::sum);
            }
        }
        return disciplines.all().stream().map(d -> new Row(d, accountable.getOrDefault(d.id(), 0L),
                open.getOrDefault(d.id(), 0L), overdue.getOrDefault(d.id(), 0L), done.getOrDefault(d.id(), 0L))).toList();
    }

    /** Per discipline: actions set to done in a period and overdue at its end (the board report). */
    public record PeriodRow(DisciplineRef discipline, long done, long overdue) {
    }

    /** A period's totals (actions without a discipline included) and every discipline's {@link PeriodRow}. */
    public record PeriodCounts(long done, long overdue, List<PeriodRow> byDiscipline) {
    }

    /**
     * Every discipline with the actions set to done from {@code firstDay} up to (not including) {@code dayAfter}, and
     * those overdue when the period ended (due before its last day was over and not yet done, verified or dropped),
     * days read in {@code zone}. Two queries whatever the number of actions.
     */
    public PeriodCounts period(LocalDate firstDay, LocalDate dayAfter, ZoneId zone) {
        java.time.Instant from = firstDay.atStartOfDay(zone).toInstant();
        java.time.Instant to = dayAfter.atStartOfDay(zone).toInstant();
        Map<UUID, Long> done = counts(actions.countDoneBetweenByDiscipline(from, to));
        Map<UUID, Long> overdue = counts(actions.countOverdueAtByDiscipline(to, dayAfter,
                List.of(ActionStatus.DONE, ActionStatus.EFFECT_VERIFIED, ActionStatus.DROPPED)));
        return new PeriodCounts(done.values().stream().mapToLong(Long::longValue).sum(),
                overdue.values().stream().mapToLong(Long::longValue).sum(),
                disciplines.all().stream().map(d -> new PeriodRow(d, done.getOrDefault(d.id(), 0L),
                        overdue.getOrDefault(d.id(), 0L))).toList());
    }

    private static Map<UUID, Long> counts(List<Object[]> rows) {
        Map<UUID, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put((UUID) r[0], (Long) r[1]));
        return counts;
    }
}
