package nl.schakel.audit;

import java.util.Optional;

import org.slf4j.MDC;

/** The correlation id of the current request, shared by its log lines and audit records. */
public final class CorrelationId {

    public static final String MDC_KEY = "correlationId";

    private CorrelationId() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }
}
