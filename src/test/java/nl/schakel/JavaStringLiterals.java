package nl.schakel;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Java source file (plain and text blocks), with literals joined by {@code +} read as
 * one, and comments and char literals skipped. Escapes are kept as written: good enough to read SQL and keys.
 */
final class JavaStringLiterals {

    private JavaStringLiterals() {
    }

    static List<String> of(String source) {
        List<String> literals = new ArrayList<>();
        StringBuilder between = new StringBuilder();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = end(source, source.indexOf('\n', i), n);
            } else if (source.startsWith("/*", i)) {
                i = end(source, source.indexOf("*/", i + 2), n) + 2;
            } else if (c == '\'') {
                i = skipQuoted(source, i, '\'');
            } else if (source.startsWith("\"\"\"", i)) {
                int close = source.indexOf("\"\"\"", i + 3);
                close = close < 0 ? n : close;
                add(literals, between, source.substring(i + 3, close));
                i = close + 3;
            } else if (c == '"') {
                int close = skipQuoted(source, i, '"');
                add(literals, between, source.substring(i + 1, Math.max(i + 1, close - 1)));
                i = close;
            } else {
                between.append(c);
                i++;
            }
        }
        return literals;
    }

    private static void add(List<String> literals, StringBuilder between, String literal) {
        boolean joined = !literals.isEmpty() && between.toString().strip().equals("+");
        if (joined) {
            literals.set(literals.size() - 1, literals.get(literals.size() - 1) + literal);
        } else {
            literals.add(literal);
        }
        between.setLength(0);
    }

    /** The index after the closing quote of the quoted text starting at {@code start}. */
    private static int skipQuoted(String source, int start, char quote) {
        int i = start + 1;
        while (i < source.length() && source.charAt(i) != quote) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, source.length());
    }

    private static int end(String source, int index, int n) {
        return index < 0 ? n : index;
    }
}
