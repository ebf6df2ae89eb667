package nl.schakel;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text is in both languages: each key of a module's {@code messages.properties} is in its
 * {@code messages_en.properties} and back, every folder is in {@code spring.messages.basename}, every key a template
 * or Java code names exists, and templates hold no literal text (see {@link TemplateText}).
 */
class I18nTests {

    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Path I18N = RESOURCES.resolve("i18n");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");
    private static final Path JAVA = Path.of("src", "main", "java");

    /** A static key in a message expression: {@code #{a.b}} or {@code #{a.b(…)}}. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)\\s*[(}]");
    /** A Java literal shaped like a key: dotted words, not ending in a dot (those are prefixes of built keys). */
    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+");
    /** A Bean Validation message that names a key: {@code "{user.username.required}"}. */
    private static final Pattern VALIDATION_KEY = Pattern.compile("\\{([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)}");
    /** Key-shaped literals that are no message key, each with its reason ("file: literal"). */
    private static final Set<String> NOT_KEYS = Set.of(
            // The example of a field name in the API's problem details (the partner API names fields, not texts).
            "nl/schakel/access/api/OpenApiConfiguration.java: signal.description");

    @Test
    void everyKeyIsInBothLanguages() {
        List<String> unmatched = new ArrayList<>();
        for (String module : folders()) {
            Set<String> dutch = keys(I18N.resolve(module).resolve("messages.properties"));
            Set<String> english = keys(I18N.resolve(module).resolve("messages_en.properties"));
            dutch.stream().filter(k -> !english.contains(k)).forEach(k -> unmatched.add(module + ": " + k + " (nl only)"));
            english.stream().filter(k -> !dutch.contains(k)).forEach(k -> unmatched.add(module + ": " + k + " (en only)"));
        }
        assertThat(unmatched).isEmpty();
    }

    @Test
    void everyFolderIsABasename() {
        Properties application = load(RESOURCES.resolve("application.properties"));
        Set<String> basenames = new TreeSet<>(Arrays.stream(application.getProperty("spring.messages.basename")
                .split(",")).map(String::trim).toList());
        assertThat(basenames).containsExactlyInAnyOrderElementsOf(
                folders().stream().map(module -> "i18n/" + module + "/messages").toList());
    }

    @Test
    void everyKeyATemplateNamesExists() {
        Set<String> known = allKeys();
        List<String> missing = new ArrayList<>();
        for (Path template : SourceFiles.files(TEMPLATES, ".html")) {
            Matcher key = TEMPLATE_KEY.matcher(SourceFiles.read(template));
            while (key.find()) {
                if (!known.contains(key.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyJavaCodeNamesExists() {
        Set<String> known = allKeys();
        Set<String> prefixes = new TreeSet<>(known.stream().map(k -> k.substring(0, k.indexOf('.') + 1)).toList());
        List<String> missing = new ArrayList<>();
        for (Path file : SourceFiles.files(JAVA, ".java")) {
            for (String literal : JavaStringLiterals.of(SourceFiles.read(file))) {
                Matcher validation = VALIDATION_KEY.matcher(literal);
                String key = validation.matches() ? validation.group(1) : literal;
                boolean keyShaped = validation.matches() || KEY_SHAPE.matcher(literal).matches()
                        && prefixes.contains(literal.substring(0, literal.indexOf('.') + 1));
                String where = JAVA.relativize(file) + ": " + key;
                if (keyShaped && !known.contains(key) && !isPrefixOfKeys(known, key) && !NOT_KEYS.contains(where)) {
                    missing.add(where);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoLiteralText() {
        List<String> literals = new ArrayList<>();
        for (Path template : SourceFiles.files(TEMPLATES, ".html")) {
            TemplateText.literals(SourceFiles.read(template))
                    .forEach(text -> literals.add(TEMPLATES.relativize(template) + ": " + text));
        }
        assertThat(literals).isEmpty();
    }

    /** A literal such as {@code "role.ADMIN"} checked elsewhere, or {@code "audit.action"} that keys are built on. */
    private static boolean isPrefixOfKeys(Set<String> known, String literal) {
        return known.stream().anyMatch(k -> k.startsWith(literal + "."));
    }

    private static List<String> folders() {
        return SourceFiles.folders(I18N);
    }

    private static Set<String> allKeys() {
        Set<String> keys = new TreeSet<>();
        for (String module : folders()) {
            keys.addAll(keys(I18N.resolve(module).resolve("messages.properties")));
            keys.addAll(keys(I18N.resolve(module).resolve("messages_en.properties")));
        }
        return keys;
    }

    private static Set<String> keys(Path file) {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }


}
