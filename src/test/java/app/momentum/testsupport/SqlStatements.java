package app.momentum.testsupport;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements Hibernate prepares while some work runs, to show that a read stays bulk (its count does
 * not grow with the data). Switches Hibernate's statistics on for the work only, instead of a test property: a
 * property would give the test a Spring context of its own, and a second context in the same JVM replaces the
 * security context holder's strategy that the cached contexts' method security reads.
 */
public final class SqlStatements {

    private SqlStatements() {
    }

    public static long during(EntityManagerFactory entityManagerFactory, Runnable work) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            work.run();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }
}
