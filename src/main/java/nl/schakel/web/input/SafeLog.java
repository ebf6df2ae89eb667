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

    private static final int FRAMES = 6;

    private SafeLog() {
    }

    /** The failure, with the request's method and the mapping it reached (a pattern such as /signalen/{id}). */
    public static String describe(Throwable failure, jakarta.servlet.http.HttpServletRequest request) {
        Object pattern = request.getAttribute(org.springframework.web.servlet.HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return describe(failure) + " at " + request.getMethod() + " " + (pattern == null ? "(no mapping)" : pattern);
    }

    public static String describe(Throwable failure) {
        StringJoiner classes = new StringJoiner(" <- ");
        Set<Throwable> seen = new HashSet<>();
        Throwable root = failure;
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            classes.add(t.getClass().getName());
            root = t;
        }
        return classes + where(root) + " [correlation " + CorrelationId.current().orElse("-") + "]";
    }

    /** Where the root cause arose: its first frame and the first frame in Schakel's own code (no data in either). */
    private static String where(Throwable root) {
        StackTraceElement[] frames = root.getStackTrace();
        if (frames.length == 0) {
            return "";
        }
        StringJoiner first = new StringJoiner(" < ");
        for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
            first.add(frames[i].toString());
        }
        String where = " at " + first;
        for (StackTraceElement frame : frames) {
            String type = frame.getClassName();
            if (type.startsWith("nl.schakel.") && !type.startsWith("nl.schakel.web.input.") && !type.endsWith("Filter")) {
                return frame == frames[0] ? where : where + " from " + frame;
            }
        }
        return where;
    }
}
