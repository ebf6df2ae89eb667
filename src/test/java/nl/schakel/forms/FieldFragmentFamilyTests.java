package nl.schakel.forms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One family of form fields (decision 0019): fields, their errors and the error summary come only from
 * {@code templates/fragments.html}. No other template defines a field fragment, writes a field error or an error
 * summary by hand, or includes a field fragment from anywhere else.
 */
class FieldFragmentFamilyTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path FAMILY = TEMPLATES.resolve("fragments.html");

    /** What only the family may write: a field's error, the error summary, errors bound to a field. */
    private static final Pattern HAND_MADE = Pattern.compile(
            "class=\"[^\"]*\\b(field-error|error-summary)\\b|th:errors=|th:fragment=\"[^\"]*\"[^>]*class=\"[^\"]*form-field");

    /** An inclusion of a fragment: the template and the fragment's name. */
    private static final Pattern INCLUSION = Pattern.compile("~\\{\\s*([\\w/-]+)\\s*::\\s*(\\w+)");

    @Test
    void onlyTheFamilyWritesFieldsAndTheirErrors() throws IOException {
        List<String> offenders = new ArrayList<>();
        Set<String> family = fragmentNames(Files.readString(FAMILY));
        assertThat(family).contains("errorSummary", "fieldError", "inputField", "textAreaField", "selectField", "choices", "checkbox");
        Set<String> otherFamilies = new java.util.TreeSet<>();
        for (Path template : templates()) {
            String name = TEMPLATES.relativize(template).toString();
            if (template.equals(FAMILY)) {
                continue;
            }
            String text = Files.readString(template);
            Matcher handMade = HAND_MADE.matcher(text);
            while (handMade.find()) {
                otherFamilies.add(name.replace(".html", ""));
                offenders.add(name + " line " + line(text, handMade.start()) + ": " + handMade.group());
            }
        }
        for (Path template : templates()) {
            String name = TEMPLATES.relativize(template).toString();
            String text = Files.readString(template);
            Matcher inclusion = INCLUSION.matcher(text);
            while (inclusion.find()) {
                String from = inclusion.group(1);
                boolean fieldFragment = family.contains(inclusion.group(2)) || otherFamilies.contains(from);
                if (fieldFragment && !from.equals("fragments")) {
                    offenders.add(name + " line " + line(text, inclusion.start()) + ": field fragment "
                            + inclusion.group(2) + " from " + from);
                }
            }
        }
        assertThat(offenders).as("field markup outside templates/fragments.html").isEmpty();
    }

    private static Set<String> fragmentNames(String text) {
        Matcher m = Pattern.compile("th:fragment=\"(\\w+)").matcher(text);
        Set<String> names = new java.util.TreeSet<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static int line(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
