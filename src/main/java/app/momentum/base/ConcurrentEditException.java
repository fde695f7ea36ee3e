package app.momentum.base;

/** Someone else changed the object since the user loaded it; their change is kept, ours refused. */
public class ConcurrentEditException extends UserFacingException {

    public ConcurrentEditException() {
        super("error.concurrentEdit");
    }

    /** Refuses the change unless the user edited the version that is stored now. */
    public static void check(Long storedVersion, long expectedVersion) {
        if (storedVersion == null || storedVersion != expectedVersion) {
            throw new ConcurrentEditException();
        }
    }
}
