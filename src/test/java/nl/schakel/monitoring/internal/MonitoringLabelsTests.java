package nl.schakel.monitoring.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import nl.schakel.handling.ClassificationLevel;
import nl.schakel.signal.Channel;
import nl.schakel.signal.ReporterType;
import nl.schakel.signal.Vulnerability;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every code a figure can be cut by has words in both languages: a value added to one of these types elsewhere (an
 * unaccompanied minor, a new channel) would otherwise break the dashboard with a missing message.
 */
class MonitoringLabelsTests {

    @Test
    void everyCutValueHasWords() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties messages = new Properties();
            try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/i18n/monitoring", bundle))) {
                messages.load(in);
            }
            List<String> missing = new ArrayList<>();
            check(messages, "VULNERABILITY", Vulnerability.values(), missing);
            check(messages, "CHANNEL", Channel.values(), missing);
            check(messages, "REPORTER_TYPE", ReporterType.values(), missing);
            check(messages, "CLASSIFICATION", ClassificationLevel.values(), missing);
            Dashboard.FORMS.forEach(form -> {
                if (!messages.containsKey("monitoring.code.FORM." + form)) {
                    missing.add("FORM." + form);
                }
            });
            assertThat(missing).as("cut values without words in " + bundle).isEmpty();
        }
    }

    private static void check(Properties messages, String cut, Enum<?>[] values, List<String> missing) {
        for (Enum<?> value : values) {
            if (!messages.containsKey("monitoring.code." + cut + "." + value.name())) {
                missing.add(cut + "." + value.name());
            }
        }
    }
}
