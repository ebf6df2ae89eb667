package nl.schakel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.schakel.shelter.PlacementStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log in words (issue 16): every code the application may write into the audit trail — each code-shaped
 * literal in a class that writes audit events: an action, object type, purpose, reason, role or verification problem —
 * has a message in Dutch and English, so the viewer never shows a raw code.
 */
class AuditInWordsTests {

    private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\"");
    private static final String[] KINDS = {"action", "objectType", "purpose", "reason", "verify.problem", "role"};

    /** Literals in those classes that are no audit code, each with why. */
    private static final Map<String, String> NOT_AUDIT = Map.of(
            "POST", "an HTTP method", "PERSON", "a subject kind of a signal (signal_subject.kind)",
            "PT1M", "a duration (ISO 8601) in a scheduling annotation", "PT2M", "a duration (ISO 8601)",
            "ACCEPTED", "a handover's state in the cases module's SQL", "WITHDRAWN", "a handover's state in SQL",
            "ADDED_TO_MEETING", "a case log code (cases.log.code.*), not an audit code");

    /** An audit code made of a literal prefix and a value, such as {@code "PLACEMENT_" + to.name()}. */
    private static final Pattern PREFIX = Pattern.compile(
            "AuditEvent(?:\\.success)?\\(\\s*\"([A-Z][A-Z0-9_]*_)\"\\s*\\+");

    /** Every code each such prefix can make, so that the composed codes are checked as well. */
    private static Set<String> composed(String prefix) throws IOException {
        Set<String> codes = new TreeSet<>();
        switch (prefix) {
            case "PLACEMENT_" -> Arrays.stream(PlacementStatus.values()).forEach(s -> codes.add(prefix + s.name()));
            case "RETENTION_HELD_" -> Arrays.stream(nl.schakel.retention.HoldReason.values())
                    .forEach(r -> codes.add(prefix + r.name()));
            case "CASE_" -> { // CaseTeam and CasePlan audit every change they log: "CASE_" + the log code
                Properties cases = new Properties();
                try (var in = Files.newBufferedReader(Path.of("src", "main", "resources", "i18n", "cases",
                        "messages.properties"))) {
                    cases.load(in);
                }
                cases.stringPropertyNames().stream().filter(key -> key.startsWith("cases.log.code."))
                        .map(key -> key.substring("cases.log.code.".length()))
                        .filter(code -> !code.startsWith(prefix)).forEach(code -> codes.add(prefix + code));
            }
            default -> throw new AssertionError("An audit code is composed from \"" + prefix + "\" + a value:"
                    + " list in AuditInWordsTests.composed every code it can make, so that each gets words");
        }
        return codes;
    }

    @Test
    void everyAuditedCodeIsInWords() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (Path file : SourceFiles.files(Path.of("src", "main", "java"), ".java")) {
            String source = Files.readString(file);
            if (!source.contains("AuditEvent")) {
                continue;
            }
            Matcher code = CODE.matcher(source);
            while (code.find()) {
                codes.add(code.group(1));
            }
            Matcher prefix = PREFIX.matcher(source);
            while (prefix.find()) {
                codes.addAll(composed(prefix.group(1)));
            }
        }
        codes.removeAll(NOT_AUDIT.keySet());
        assertThat(codes).as("codes found in classes that audit").contains("SIGNAL_VIEWED", "SIGNAL_TAKEN_UP",
                "SIGNAL_PRINTED", "REFERRAL_ACCEPTED", "SIGNAL_HANDLING", "BAD_CREDENTIALS");
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties messages = new Properties();
            try (var in = Files.newBufferedReader(Path.of("src", "main", "resources", "i18n", "audit", bundle))) {
                messages.load(in);
            }
            Set<String> raw = new TreeSet<>();
            for (String code : codes) {
                if (Arrays.stream(KINDS).noneMatch(kind -> messages.containsKey("audit." + kind + "." + code))) {
                    raw.add(code);
                }
            }
            assertThat(raw).as("audit codes without words in " + bundle).isEmpty();
        }
    }
}
