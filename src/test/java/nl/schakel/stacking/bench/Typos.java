package nl.schakel.stacking.bench;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** The ways reporters write names and numbers differently. */
final class Typos {

    private static final String[][] PHONETIC = {{"ou", "au"}, {"au", "ou"}, {"ei", "ij"}, {"ij", "ei"},
            {"c", "k"}, {"k", "c"}, {"ph", "f"}, {"y", "i"}, {"oe", "u"}, {"ss", "s"}, {"dt", "t"}, {"ch", "sh"}};

    private Typos() {
    }

    /** One or two edits: substitution, deletion, insertion or transposition of letters. */
    static String typo(String value, Random random) {
        String result = value;
        int edits = random.nextDouble() < 0.7 ? 1 : 2;
        for (int i = 0; i < edits && result.length() > 2; i++) {
            int at = 1 + random.nextInt(result.length() - 2);   // reporters rarely get the first letter wrong
            char letter = (char) ('a' + random.nextInt(26));
            result = switch (random.nextInt(4)) {
                case 0 -> result.substring(0, at) + letter + result.substring(at + 1);
                case 1 -> result.substring(0, at) + result.substring(at + 1);
                case 2 -> result.substring(0, at) + letter + result.substring(at);
                default -> result.substring(0, at) + result.charAt(at + 1) + result.charAt(at) + result.substring(at + 2);
            };
        }
        return result;
    }

    static String variant(String given, Map<String, List<String>> variants, Random random) {
        List<String> options = variants.get(given);
        return options == null ? given : options.get(random.nextInt(options.size()));
    }

    /** ou/au, ei/ij, c/k, ph/f and the like, at the first place one applies; unchanged when none does. */
    static String phonetic(String value, Random random) {
        int start = random.nextInt(PHONETIC.length);
        for (int i = 0; i < PHONETIC.length; i++) {
            String[] rule = PHONETIC[(start + i) % PHONETIC.length];
            int at = value.toLowerCase().indexOf(rule[0], 1);
            if (at > 0) {
                return value.substring(0, at) + rule[1] + value.substring(at + rule[0].length());
            }
        }
        return value;
    }

    /** "van der Berg" → "vd Berg", "v.d. Berg" or "Berg"; "El Amrani" → "Amrani" or "El-Amrani". */
    static String particle(String surname, Random random) {
        int last = surname.lastIndexOf(' ');
        String particles = surname.substring(0, last);
        String name = surname.substring(last + 1);
        if (particles.equals("van der") && random.nextBoolean()) {
            return (random.nextBoolean() ? "vd " : "v.d. ") + name;
        }
        return random.nextDouble() < 0.7 ? name : particles.replace(' ', '-') + "-" + name;
    }

    /** "+31612345678" as "06-12345678", "06 1234 5678", "0031 6 12345678" or "+31 6 1234 5678". */
    static String phoneFormat(String e164, Random random) {
        String national = e164.substring(3);   // "612345678"
        return switch (random.nextInt(4)) {
            case 0 -> "0" + national.charAt(0) + "-" + national.substring(1);
            case 1 -> "0" + national.charAt(0) + " " + national.substring(1, 5) + " " + national.substring(5);
            case 2 -> "0031 " + national.charAt(0) + " " + national.substring(1);
            default -> "+31 " + national.charAt(0) + " " + national.substring(1, 5) + " " + national.substring(5);
        };
    }
}
