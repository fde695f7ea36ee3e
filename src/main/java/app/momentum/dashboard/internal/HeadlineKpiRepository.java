package app.momentum.dashboard.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The current tenant's chosen headline KPIs (tenant-filtered). */
public interface HeadlineKpiRepository extends JpaRepository<HeadlineKpi, UUID> {

    List<HeadlineKpi> findAllByOrderByPositionAsc();

    /** Removes the tenant's choice (bulk HQL is tenant-filtered). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from HeadlineKpi h")
    int deleteTheChoice();
}
