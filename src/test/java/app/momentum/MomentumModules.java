package app.momentum;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Momentum's application modules, read once per test JVM: importing every class with ArchUnit takes a while, and
 * {@link ModularityTests} and {@link ModuleDocumentationTests} look at the same model.
 */
final class MomentumModules {

    /** Set to {@code true} ({@code -Dmodularity.update=true}) to rewrite the committed expectations from the code. */
    static final boolean UPDATE = Boolean.getBoolean("modularity.update");

    private MomentumModules() {
    }

    static ApplicationModules get() {
        return Holder.MODULES;
    }

    private static final class Holder {
        static final ApplicationModules MODULES = ApplicationModules.of(MomentumApplication.class);
    }
}
