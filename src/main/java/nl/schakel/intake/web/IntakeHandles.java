package nl.schakel.intake.web;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * The public pages' two short-lived holders (decision 0013): the receipt after sending a signal, and the code of
 * the signal being followed up after looking it up or answering. Each lives ten minutes in memory.
 */
@Component
class IntakeHandles {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final int CAPACITY = 10_000;

    private final PublicHandles receipts;
    private final PublicHandles followUps;

    IntakeHandles(Clock clock) {
        this.receipts = new PublicHandles(clock, LIFETIME, CAPACITY);
        this.followUps = new PublicHandles(clock, LIFETIME, CAPACITY);
    }

    PublicHandles receipts() {
        return receipts;
    }

    PublicHandles followUps() {
        return followUps;
    }

    /** The language choice travels in the URL on the public pages (there is no session). */
    static String withLanguage(String path, java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? path + "?lang=en" : path;
    }
}
