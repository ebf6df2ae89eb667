package nl.schakel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The literal texts of a Thymeleaf template: text a person reads that does not come from a message ({@code #{…}})
 * or a value ({@code ${…}}). That is text in elements whose body Thymeleaf does not replace, and the attributes
 * {@code title}, {@code placeholder}, {@code aria-label} and {@code alt} without a {@code th:} counterpart.
 * Texts without a letter (punctuation, symbols) are not literal.
 */
final class TemplateText {

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_:][A-Za-z0-9_:.-]*)\\s*=\\s*(\"[^\"]*\"|'[^']*')");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]|&[A-Za-z]+;|&#[0-9]+;");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr");
    /** Attributes whose content replaces the element's body: its text is a natural-template placeholder. */
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:remove");
    /**
     * Attributes that put a fragment in the element's place. On {@code <html>} they decorate the page with the layout
     * and pass parts of this very body (such as {@code ~{::section}}) to it: that body is shown, so it is checked.
     */
    private static final Set<String> FRAGMENT = Set.of("th:replace", "th:insert", "th:substituteby", "th:include");
    private static final Set<String> READ_ATTRIBUTES = Set.of("title", "placeholder", "aria-label", "alt");
    private static final Set<String> NO_TEXT = Set.of("script", "style");

    private TemplateText() {
    }

    static List<String> literals(String template) {
        String html = template.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<!DOCTYPE[^>]*>", "");
        List<String> literals = new ArrayList<>();
        Deque<Boolean> replaced = new ArrayDeque<>();
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(html);
        int textStart = 0;
        while (tag.find()) {
            text(html.substring(textStart, tag.start()), replaced.contains(Boolean.TRUE) || inNoText(open), literals);
            textStart = tag.end();
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (tag.group(1).equals("/")) {
                while (open.contains(name)) {
                    replaced.pop();
                    if (open.pop().equals(name)) {
                        break;
                    }
                }
                continue;
            }
            String attributes = tag.group(3);
            boolean selfClosing = attributes.endsWith("/");
            boolean replacing = false;
            Set<String> names = new HashSet<>();
            Matcher attribute = ATTRIBUTE.matcher(attributes);
            while (attribute.find()) {
                names.add(attribute.group(1).toLowerCase(Locale.ROOT));
            }
            attribute.reset();
            while (attribute.find()) {
                String key = attribute.group(1).toLowerCase(Locale.ROOT);
                String value = attribute.group(2).substring(1, attribute.group(2).length() - 1);
                replacing |= REPLACING.contains(key) || FRAGMENT.contains(key) && !name.equals("html");
                boolean overridden = names.contains("th:" + key) || names.contains("th:attr");
                if (READ_ATTRIBUTES.contains(key) && !overridden && LETTER.matcher(value).find()) {
                    literals.add("<" + name + " " + key + "=\"" + value + "\">");
                }
            }
            if (!selfClosing && !VOID.contains(name)) {
                open.push(name);
                replaced.push(replacing);
            }
        }
        text(html.substring(textStart), false, literals);
        return literals;
    }

    private static boolean inNoText(Deque<String> open) {
        return open.stream().anyMatch(NO_TEXT::contains);
    }

    private static void text(String text, boolean replaced, List<String> literals) {
        String readable = INLINED.matcher(text).replaceAll("").strip();
        if (!replaced && LETTER.matcher(readable).find()) {
            literals.add(readable.replaceAll("\\s+", " "));
        }
    }
}
