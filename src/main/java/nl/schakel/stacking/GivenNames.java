package nl.schakel.stacking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups of given names that refer to the same name: spelling variants of transliterated names, Dutch formal
 * names and their call names (roepnamen), and common diminutives. The groups are data (issue 11), the versioned
 * file {@code stacking/name-variants.csv} on the class path, read once; a name outside it simply has no group.
 * Used by retrieval ({@link BlockingKeys}, by the group's first name) and by scoring ({@link PersonMatcher}).
 */
final class GivenNames {

    private static final String TABLE = "/stacking/name-variants.csv";

    private static final List<List<String>> GROUPS = new ArrayList<>();

    /** The version of the table in use, as its file says. */
    static final int VERSION = load(GROUPS);

    private static final Map<String, Integer> GROUP_OF = index();

    private GivenNames() {
    }

    /** The group a folded given name belongs to, if it is in the table. */
    static Optional<Integer> group(String foldedName) {
        return Optional.ofNullable(GROUP_OF.get(foldedName));
    }

    static boolean sameGroup(String a, String b) {
        Optional<Integer> group = group(a);
        return group.isPresent() && group.equals(group(b));
    }

    /** The first name of the group, the key candidates are retrieved by; the name itself outside the table. */
    static String canonical(String foldedName) {
        return group(foldedName).map(i -> GROUPS.get(i).get(0)).orElse(foldedName);
    }

    private static int load(List<List<String>> groups) {
        int version = 0;
        try (InputStream in = GivenNames.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("The name variants " + TABLE + " are missing");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String content = line.strip();
                if (content.startsWith("version=")) {
                    version = Integer.parseInt(content.substring("version=".length()));
                } else if (!content.isEmpty() && !content.startsWith("#")) {
                    groups.add(Arrays.stream(content.split(",")).map(String::strip).filter(n -> !n.isEmpty())
                            .toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return version;
    }

    /** The groups as read, each with its key first. */
    static List<List<String>> groups() {
        return List.copyOf(GROUPS);
    }

    private static Map<String, Integer> index() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < GROUPS.size(); i++) {
            for (String name : GROUPS.get(i)) {
                index.putIfAbsent(name, i);
            }
        }
        return Map.copyOf(index);
    }
}
