package nl.schakel.web.input;

import org.jspecify.annotations.Nullable;

/**
 * The characters Schakel stores: everything except what PostgreSQL or XML cannot hold — the NUL
 * character and the other C0 control characters (tab, line feed and carriage return excepted), DEL,
 * the non-characters U+FFFE and U+FFFF, and halves of a surrogate pair without their other half.
 * Nobody types those; removing them loses nothing a person meant to say.
 */
public final class InputText {

    private InputText() {
    }

    /** The text without the characters that cannot be stored; the same instance when there were none. */
    public static @Nullable String clean(@Nullable String text) {
        if (text == null || isClean(text)) {
            return text;
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                cleaned.append(c).append(text.charAt(++i));
            } else if (storable(c)) {
                cleaned.append(c);
            }
        }
        return cleaned.toString();
    }

    /** Whether the text holds only characters that can be stored. */
    public static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!storable(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean storable(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return c != 0x7F && c != 0xFFFE && c != 0xFFFF && !Character.isSurrogate(c);
    }
}
