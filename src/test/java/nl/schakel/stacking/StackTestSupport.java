package nl.schakel.stacking;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/** What the stacking integration tests share: the review buttons of a stack page, linking, unique surnames. */
final class StackTestSupport {

    private static final Pattern ACTION = Pattern.compile(
            "action=\"(/signalen/[^\"]+/(bevestigen|afwijzen|splitsen))\"");

    private StackTestSupport() {
    }

    /** The path of the first button with this verb (bevestigen, afwijzen, splitsen) on a stack page. */
    static String action(String page, String verb) {
        Matcher matcher = ACTION.matcher(page);
        while (matcher.find()) {
            if (matcher.group(2).equals(verb)) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no " + verb + " button on the page");
    }

    /** Waits until the registry has linked every one of these signals. */
    static void awaitLinked(JdbcClient jdbc, UUID... signals) {
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            for (UUID signal : signals) {
                if (jdbc.sql("select count(*) from subject_mention where signal_id = ?").param(signal)
                        .query(Integer.class).single() == 0) {
                    return false;
                }
            }
            return true;
        });
    }

    /** A surname no other test uses, starting with the prefix. */
    static String surname(String prefix, int syllables) {
        String letters = "bdfklmnprstvz";
        StringBuilder name = new StringBuilder(prefix);
        for (int i = 0; i < syllables; i++) {
            name.append(letters.charAt((int) (Math.random() * letters.length())));
            name.append("aeiou".charAt((int) (Math.random() * 5)));
        }
        return name.toString();
    }
}
