package nl.schakel.intake.web;

import org.springframework.context.ApplicationContext;

/** For tests outside this package that send and follow up many signals from one address in a shared context. */
public final class IntakeThrottlesReset {

    private IntakeThrottlesReset() {
    }

    public static void clear(ApplicationContext context) {
        IntakeThrottles throttles = context.getBean(IntakeThrottles.class);
        throttles.sentSignals().clear();
        throttles.failedLookups().clear();
    }
}
