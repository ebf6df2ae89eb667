package nl.schakel.stacking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Splits a name as a reporter typed it into given names, particles and a surname key. Handles "Surname,
 * Given particle" (the Dutch alphabetical order, "Vries, J. de"), initials ("J.W."), Dutch, Arabic and other
 * particles, and single names, which are taken as a first name or nickname: that is what reporters mostly know.
 */
final class NameParser {

    /** Particles of Dutch surnames (tussenvoegsels), Arabic articles and patronymics, and a few European ones. */
    static final Set<String> PARTICLES = Set.of(
            "van", "der", "den", "de", "ter", "ten", "te", "het", "in", "op", "uit", "onder", "aan", "bij",
            "vd", "el", "al", "bin", "ben", "ibn", "abu", "bou", "von", "zu", "le", "la", "du", "da", "das", "dos",
            "di", "del", "della", "lo", "mac", "st");

    private NameParser() {
    }

    static Optional<NormalisedName> parse(String raw) {
        String folded = Text.fold(raw)
                .replaceAll("(^|[\\s.])v\\.?d\\.?(?=\\s)", "$1van der")   // "v.d." and "vd" mean "van der"
                .replaceAll("(^|\\s)'t(?=\\s|$)", "$1het")                    // "in 't Veld": 't is "het"
                .replace("'", "");                                            // "O'Brien" is "obrien"
        int comma = folded.indexOf(',');
        List<String> given;
        List<String> surname;
        if (comma >= 0) {
            surname = tokens(folded.substring(0, comma));
            List<String> rest = tokens(folded.substring(comma + 1));
            int trailingParticles = rest.size();
            while (trailingParticles > 0 && PARTICLES.contains(rest.get(trailingParticles - 1))) {
                trailingParticles--;
            }
            given = rest.subList(0, trailingParticles);
            surname = concat(rest.subList(trailingParticles, rest.size()), surname);
        } else {
            List<String> all = tokens(folded);
            int split = surnameStart(all);
            given = all.subList(0, split);
            surname = all.subList(split, all.size());
        }
        if (given.isEmpty() && surname.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(build(given, surname));
    }

    /** The surname starts at the first particle after the given names, else it is the last word. */
    private static int surnameStart(List<String> all) {
        if (all.size() <= 1) {
            return all.size();
        }
        for (int i = 1; i < all.size() - 1; i++) {
            if (PARTICLES.contains(all.get(i))) {
                return i;
            }
        }
        return all.size() - 1;
    }

    private static NormalisedName build(List<String> given, List<String> surname) {
        List<String> particles = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        for (String token : surname) {
            if (PARTICLES.contains(token) && surname.size() > 1) {
                particles.add(token);
            } else {
                key.append(token);
            }
        }
        if (key.isEmpty()) {            // a surname of particles only ("De"): keep it rather than lose it
            particles.clear();
            surname.forEach(key::append);
        }
        String surnameKey = key.isEmpty() ? null : key.toString();
        return new NormalisedName(given, String.join(" ", particles), surnameKey,
                surnameKey == null ? List.of() : SurnamePhonetics.encode(surnameKey));
    }

    private static List<String> tokens(String part) {
        // Numbers are no part of a name ("Amrani, about 16" must not make "16" a given name).
        return Arrays.stream(part.split("[^\\p{L}\\p{N}]+")).filter(t -> !t.isEmpty() && !t.matches("\\p{N}+"))
                .toList();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
