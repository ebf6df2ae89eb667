package nl.schakel.stacking.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Realistic surname frequencies for the 10^6 and 10^7 runs (issue 11): {@code count} distinct made-up surnames
 * drawn Zipf-like (the surname of rank r with a chance proportional to 1 / r^exponent), as surnames are in a
 * population (the Netherlands: some 300,000 surnames, the most frequent 0.5% of the people). The names are two
 * syllables of a fixed table, so that names of neighbouring ranks are not alike and typos stay typos.
 */
final class ZipfSurnames {

    private static final String[] ONSETS = {"b", "d", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v",
            "w", "z", "br", "dr", "gr", "kr", "st", "sch", "tr", "vl"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "aa", "ee", "oo", "ij", "ou", "ui", "ie"};
    private static final String[] CODAS = {"", "n", "r", "l", "s", "k", "m", "t", "rt", "ns", "ld", "st", "rk"};
    private static final int SYLLABLES = ONSETS.length * VOWELS.length * CODAS.length;

    private final double[] cumulative;
    private final Random random;

    ZipfSurnames(int count, double exponent, Random random) {
        if (count > (long) SYLLABLES * SYLLABLES) {
            throw new IllegalArgumentException("at most " + (long) SYLLABLES * SYLLABLES + " surnames");
        }
        this.random = random;
        cumulative = new double[count];
        double sum = 0;
        for (int rank = 1; rank <= count; rank++) {
            sum += 1 / Math.pow(rank, exponent);
            cumulative[rank - 1] = sum;
        }
        for (int i = 0; i < count; i++) {
            cumulative[i] /= sum;
        }
    }

    /** A surname drawn by its frequency. */
    String next() {
        int index = Arrays.binarySearch(cumulative, random.nextDouble());
        return name(index < 0 ? Math.min(cumulative.length - 1, -index - 1) : index);
    }

    /** The surname of a rank (0 the most frequent): two syllables, scrambled so that ranks near each other differ. */
    static String name(int rank) {
        long scrambled = (rank * 2_654_435_761L) % ((long) SYLLABLES * SYLLABLES);
        String name = syllable((int) (scrambled / SYLLABLES)) + syllable((int) (scrambled % SYLLABLES));
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    private static String syllable(int index) {
        return ONSETS[index % ONSETS.length] + VOWELS[index / ONSETS.length % VOWELS.length]
                + CODAS[index / (ONSETS.length * VOWELS.length)];
    }
}
