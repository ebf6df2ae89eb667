package nl.schakel.web.input;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows of a form arrive as indexed names ({@code persons[0].name}, {@code partners[3].selected}). Browsers
 * send small, non-negative indexes, sometimes with gaps (a row left out). This puts them in order before
 * binding: every list's indexes are renumbered 0, 1, 2 … in their original order, so a gap never becomes
 * an empty row (which forms cannot show again), and names no browser sends — a negative, non-numeric
 * where a number is expected or huge index, or more rows than {@link #MAX_ROWS} — are refused as a whole.
 * Map keys ({@code [key]} that are not numbers) are left alone.
 */
public final class IndexedNames {

    /** More rows than any form of Schakel shows. */
    public static final int MAX_ROWS = 200;

    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern NUMBER_LIKE = Pattern.compile("[+-]?\\s*[0-9][0-9\\s]*");
    private static final Pattern PLAIN_INDEX = Pattern.compile("[0-9]{1,9}");

    private IndexedNames() {
    }

    /** The request held an index no form sends. */
    public static final class MalformedIndexException extends Exception {
        MalformedIndexException() {
            super("malformed or too large index in a parameter name", null, false, false);
        }
    }

    /**
     * The new name of every parameter name that changes (names not in the map stay as they are).
     *
     * @throws MalformedIndexException for an index no form sends
     */
    public static Map<String, String> renumbering(Collection<String> names) throws MalformedIndexException {
        // For every list (the name up to its '[', with the parent rows' original indexes), its indexes in use.
        Map<String, TreeSet<Integer>> indexesPerList = new HashMap<>();
        for (String name : names) {
            Matcher matcher = INDEX.matcher(name);
            while (matcher.find()) {
                String index = matcher.group(1);
                if (PLAIN_INDEX.matcher(index).matches()) {
                    indexesPerList.computeIfAbsent(listKey(name, matcher.start()), k -> new TreeSet<>())
                            .add(Integer.parseInt(index));
                } else if (index.isEmpty() || NUMBER_LIKE.matcher(index).matches()) {
                    throw new MalformedIndexException();
                }
            }
        }
        Map<String, Map<Integer, Integer>> ranks = new HashMap<>();
        for (Map.Entry<String, TreeSet<Integer>> list : indexesPerList.entrySet()) {
            if (list.getValue().size() > MAX_ROWS) {
                throw new MalformedIndexException();
            }
            Map<Integer, Integer> rank = new HashMap<>();
            for (Integer index : list.getValue()) {
                rank.put(index, rank.size());
            }
            ranks.put(list.getKey(), rank);
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        for (String name : names) {
            Matcher matcher = INDEX.matcher(name);
            StringBuilder result = new StringBuilder();
            int copied = 0;
            while (matcher.find()) {
                String index = matcher.group(1);
                if (!PLAIN_INDEX.matcher(index).matches()) {
                    continue;
                }
                int rank = ranks.get(listKey(name, matcher.start())).get(Integer.parseInt(index));
                result.append(name, copied, matcher.start(1)).append(rank);
                copied = matcher.end(1);
            }
            result.append(name, copied, name.length());
            String newName = result.toString();
            if (!newName.equals(name)) {
                renamed.put(name, newName);
            }
        }
        return renamed;
    }

    /**
     * The list a bracket belongs to: the name before it, without the field-marker prefixes Spring uses
     * for checkboxes and defaults ({@code _partners[3].selected}, {@code !partners[3].selected}), so that
     * those rows are numbered the same as their values.
     */
    private static String listKey(String name, int bracket) {
        String prefix = name.substring(0, bracket);
        return prefix.startsWith("_") || prefix.startsWith("!") ? prefix.substring(1) : prefix;
    }
}
