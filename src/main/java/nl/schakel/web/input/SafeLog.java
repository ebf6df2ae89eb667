package nl.schakel.web.input;

import java.util.HashSet;
import java.util.Set;
import java.util.StringJoiner;

import nl.schakel.audit.CorrelationId;

/**
 * How a failure is described in a log line: the classes of the exception and its causes and the
 * request's correlation id — never an exception's message, which may quote submitted text (Spring's
 * "returned value was […]", Tomcat's "Parameter […] with value […]", PostgreSQL's "Where: JSON data …").
 * The correlation id leads to the audit records of the same request.
 */
public final class SafeLog {

    private SafeLog() {
    }

    public static String describe(Throwable failure) {
        StringJoiner classes = new StringJoiner(" <- ");
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            classes.add(t.getClass().getName());
        }
        return classes + " [correlation " + CorrelationId.current().orElse("-") + "]";
    }
}
