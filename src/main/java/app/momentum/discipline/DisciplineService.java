package app.momentum.discipline;

import app.momentum.discipline.internal.Discipline;
import app.momentum.discipline.internal.DisciplineRepository;
import app.momentum.base.ConcurrentEditException;
import app.momentum.base.Ordering;
import app.momentum.base.Texts;
import app.momentum.base.UserFacingException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's disciplines, in order. Every member reads them; tenant admins and CX managers add, rename,
 * order and remove them (moments owned by a removed discipline lose their owner, which the check shows).
 */
@Service
@Transactional
public class DisciplineService {

    static final String EDITORS = DisciplinePermissions.MAY_MANAGE;
    private static final List<String> STARTING_EN = List.of("Marketing", "HR", "Operations/customer service");
    private static final List<String> STARTING_NL = List.of("Marketing", "HR", "Operations/klantenservice");

    private final DisciplineRepository disciplines;

    DisciplineService(DisciplineRepository disciplines) {
        this.disciplines = disciplines;
    }

    @Transactional(readOnly = true)
    public List<Discipline> list() {
        return disciplines.findAllByOrderByPositionAsc();
    }

    /** A discipline as other modules read it: which one, by name. */
    public record DisciplineRef(UUID id, String name) {
    }

    /** The tenant's disciplines in order, as read-only records for other modules. */
    @Transactional(readOnly = true)
    public List<DisciplineRef> all() {
        return disciplines.findAllByOrderByPositionAsc().stream().map(d -> new DisciplineRef(d.getId(), d.getName())).toList();
    }

    /** A discipline with the version a rename must name, as the page that edits the list shows it. */
    public record EditableDiscipline(UUID id, Long version, String name) {
    }

    /** The tenant's disciplines in order, with their versions (read by brand's BrandView, which edits the list). */
    @Transactional(readOnly = true)
    public List<EditableDiscipline> forEditing() {
        return disciplines.findAllByOrderByPositionAsc().stream()
                .map(d -> new EditableDiscipline(d.getId(), d.getVersion(), d.getName())).toList();
    }

    /** The name of every discipline of the tenant, by id (for lists and exports of other modules). */
    @Transactional(readOnly = true)
    public Map<UUID, String> disciplineNames() {
        return disciplines.findAll().stream().collect(Collectors.toMap(Discipline::getId, Discipline::getName));
    }

    /** Whether the id is one of the tenant's disciplines. */
    @Transactional(readOnly = true)
    public boolean disciplineExists(UUID id) {
        return disciplines.existsById(id);
    }

    /**
     * The three disciplines a good experience needs (marketing, HR, operations/customer service), in the tenant's
     * language, unless the tenant has disciplines already. Part of what a new tenant starts with
     * ({@code brand.TenantDefaults}); no role check, as it runs while a platform administrator provisions a tenant or
     * at demo seeding. Runs in the caller's transaction and tenant scope.
     */
    public void addStartingDisciplines(Locale language) {
        if (disciplines.count() > 0) {
            return;
        }
        List<String> names = "nl".equals(language.getLanguage()) ? STARTING_NL : STARTING_EN;
        for (int i = 0; i < names.size(); i++) {
            disciplines.save(new Discipline(names.get(i), i + 1));
        }
    }

    /** Adds a discipline ({@code id} null) or renames one. */
    @PreAuthorize(EDITORS)
    public Discipline save(UUID id, Long expectedVersion, String disciplineName) {
        String name = Texts.required(disciplineName, Texts.SHORT, "brand.error.nameRequired");
        List<Discipline> all = disciplines.findAllByOrderByPositionAsc();
        boolean taken = all.stream().anyMatch(d -> !d.getId().equals(id)
                && d.getName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
        if (taken) {
            throw new UserFacingException("discipline.error.nameTaken", name);
        }
        Discipline discipline;
        if (id == null) {
            discipline = new Discipline(name, Ordering.next(all));
        } else {
            discipline = disciplines.findById(id).orElseThrow(() -> new UserFacingException("error.notFound"));
            ConcurrentEditException.check(discipline.getVersion(), expectedVersion == null ? -1 : expectedVersion);
            discipline.setName(name);
        }
        return disciplines.saveAndFlush(discipline);
    }

    @PreAuthorize(EDITORS)
    public void delete(UUID id) {
        disciplines.delete(disciplines.findById(id).orElseThrow(() -> new UserFacingException("error.notFound")));
    }

    @PreAuthorize(EDITORS)
    public void move(UUID id, int direction) {
        Ordering.move(disciplines.findAllByOrderByPositionAsc(), id, direction);
    }
}
