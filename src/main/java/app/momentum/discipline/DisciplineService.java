package app.momentum.discipline;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's disciplines, in order. (Editing them comes with the ownership work.) */
@Service
@Transactional(readOnly = true)
public class DisciplineService {

    private final DisciplineRepository disciplines;

    DisciplineService(DisciplineRepository disciplines) {
        this.disciplines = disciplines;
    }

    public List<Discipline> list() {
        return disciplines.findAllByOrderByPositionAsc();
    }
}
