package app.momentum.measurement.survey;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Wakes this node's {@link SurveyJobWorker} when a job was queued here, so that it need not wait for its next look
 * at the queue (jobs queued on other nodes are found by that look).
 */
@Component
class SurveyJobSignal {

    private final Semaphore queued = new Semaphore(0);

    void wake() {
        queued.release();
    }

    /** Waits until woken or {@code timeout} passed; wake-ups that came meanwhile count as one. */
    void await(Duration timeout) throws InterruptedException {
        if (queued.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            queued.drainPermits();
        }
    }
}
