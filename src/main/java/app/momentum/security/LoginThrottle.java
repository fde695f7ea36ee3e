package app.momentum.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock someone else out. Every login attempt takes a
 * token from three Bucket4j buckets; a wrong password keeps it, a right one gives it back:
 * <ul>
 *   <li><b>account from one address</b> ({@code max-failed-logins}, 5): one attacker guessing one password;</li>
 *   <li><b>address</b> ({@code max-failed-logins-per-address}, 20): one attacker trying many accounts;</li>
 *   <li><b>account</b> ({@code max-failed-logins-per-account}, 50): many addresses guessing one password.</li>
 * </ul>
 * While any bucket is empty the attempt is refused before the password is checked, with the time to wait.
 * The delays grow: each bucket's allowance refills within {@code lockout-duration} (15 min), but twice the
 * allowance needs four times as long and four times the allowance sixteen times as long, so a persistent
 * guesser gets ever fewer attempts an hour. Since the account-wide allowance is larger than what one address
 * may spend, one attacker never blocks the real user, who logs in from another address; only a distributed
 * attack on one account delays its owner too. The account key is the e-mail address as typed (normalised),
 * whether or not such an account exists, so the throttle's answers tell nothing about which accounts exist.
 * <p>In memory, per node, like live events: a cluster of N nodes allows up to N times as much.
 */
@Component
class LoginThrottle {

    /** After this long without an attempt every allowance is full again, so the bucket can be forgotten. */
    private static final int LONGEST_REFILL_FACTOR = 16;

    private final int perAccountAndAddress;
    private final int perAddress;
    private final int perAccount;
    private final Duration period;
    private final TimeMeter time;
    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();
    private volatile long lastCleanup;

    @Autowired
    LoginThrottle(@Value("${momentum.security.max-failed-logins}") int perAccountAndAddress,
                  @Value("${momentum.security.max-failed-logins-per-address}") int perAddress,
                  @Value("${momentum.security.max-failed-logins-per-account}") int perAccount,
                  @Value("${momentum.security.lockout-duration}") Duration period) {
        this(perAccountAndAddress, perAddress, perAccount, period, TimeMeter.SYSTEM_MILLISECONDS);
    }

    LoginThrottle(int perAccountAndAddress, int perAddress, int perAccount, Duration period, TimeMeter time) {
        if (perAccountAndAddress < 1 || perAddress < 1 || perAccount < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("Login throttle limits must be positive");
        }
        this.perAccountAndAddress = perAccountAndAddress;
        this.perAddress = perAddress;
        this.perAccount = perAccount;
        this.period = period;
        this.time = time;
        this.lastCleanup = time.currentTimeNanos();
    }

    /**
     * Takes one attempt from every allowance that applies to this account and client address.
     *
     * @throws LoginThrottledException when one of them is spent (nothing is taken then)
     */
    Attempt begin(String account, String address) {
        forgetIdleBuckets();
        Entry pair = entry("pair:" + account + "|" + address, perAccountAndAddress);
        Entry fromAddress = entry("address:" + address, perAddress);
        Entry ofAccount = entry("account:" + account, perAccount);
        List<Entry> taken = new ArrayList<>(3);
        for (Entry entry : List.of(pair, fromAddress, ofAccount)) {
            ConsumptionProbe probe = entry.bucket.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                taken.forEach(Entry::giveBack);
                throw new LoginThrottledException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
            }
            taken.add(entry);
        }
        return new Attempt(pair, fromAddress, ofAccount);
    }

    private Entry entry(String key, int allowance) {
        Entry entry = buckets.computeIfAbsent(key, k -> new Entry(newBucket(allowance)));
        entry.lastUsed = time.currentTimeNanos();
        return entry;
    }

    /** Three limits at once, each refilling gradually ("greedy"): the growing delays described above. */
    private Bucket newBucket(int allowance) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(allowance).refillGreedy(allowance, period))
                .addLimit(limit -> limit.capacity(2L * allowance).refillGreedy(2L * allowance, period.multipliedBy(4)))
                .addLimit(limit -> limit.capacity(4L * allowance)
                        .refillGreedy(4L * allowance, period.multipliedBy(LONGEST_REFILL_FACTOR)))
                .withCustomTimePrecision(time)
                .build();
    }

    /** Keeps memory bounded: a bucket unused for its longest refill time is full and can be dropped. */
    private void forgetIdleBuckets() {
        long now = time.currentTimeNanos();
        long idle = period.multipliedBy(LONGEST_REFILL_FACTOR).toNanos();
        if (now - lastCleanup < Duration.ofMinutes(1).toNanos()) {
            return;
        }
        lastCleanup = now;
        buckets.values().removeIf(entry -> now - entry.lastUsed > idle);
    }

    int trackedKeys() {
        return buckets.size();
    }

    /** One login attempt that has passed the throttle; tell it how the password check went. */
    final class Attempt {
        private final Entry pair;
        private final Entry fromAddress;
        private final Entry ofAccount;

        private Attempt(Entry pair, Entry fromAddress, Entry ofAccount) {
            this.pair = pair;
            this.fromAddress = fromAddress;
            this.ofAccount = ofAccount;
        }

        /**
         * A wrong password: the attempt stays counted.
         *
         * @return true when this spent an allowance of the account, so its owner should hear of it (at most
         *     once per {@code lockout-duration})
         */
        boolean failed() {
            boolean spent = pair.bucket.getAvailableTokens() == 0 || ofAccount.bucket.getAvailableTokens() == 0;
            if (!spent) {
                return false;
            }
            synchronized (ofAccount) {
                long now = time.currentTimeNanos();
                if (ofAccount.warnedAt != null && now - ofAccount.warnedAt < period.toNanos()) {
                    return false;
                }
                ofAccount.warnedAt = now;
                return true;
            }
        }

        /** The right password: whoever knows it may try again at once; the address gets its attempt back. */
        void succeeded() {
            pair.bucket.reset();
            ofAccount.bucket.reset();
            fromAddress.giveBack();
        }

        /** No password was judged (e.g. the database was down): the attempt does not count. */
        void notCounted() {
            pair.giveBack();
            fromAddress.giveBack();
            ofAccount.giveBack();
        }
    }

    private static final class Entry {
        final Bucket bucket;
        volatile long lastUsed;
        Long warnedAt;

        Entry(Bucket bucket) {
            this.bucket = bucket;
        }

        void giveBack() {
            bucket.addTokens(1);
        }
    }
}
