package nl.schakel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No state or code as a string literal in SQL: a status, role or kind written as {@code 'CLOSED'} in a query drifts
 * from the type that decides the moves (a renamed or added constant still compiles and silently matches nothing).
 * Queries bind {@code SomeStatus.X.name()} as a parameter, or derive a list from the type (see
 * {@code ReferralStore.OPEN}). Role expressions of {@code @PreAuthorize} are Spring Security's, not SQL.
 */
class StatesInSqlTests {

    private static final Path JAVA = Path.of("src", "main", "java", "nl", "schakel");
    private static final Pattern PRE_AUTHORIZE = Pattern.compile("@PreAuthorize\\((?:[^()]|\\([^()]*\\))*\\)");
    private static final Pattern CODE_LITERAL = Pattern.compile("'[A-Z][A-Z_]{2,}'");

    @Test
    void noQueryWritesAStateAsALiteral() {
        List<String> found = new ArrayList<>();
        for (Path file : SourceFiles.files(JAVA, ".java")) {
            String source = PRE_AUTHORIZE.matcher(SourceFiles.read(file)).replaceAll("");
            String[] lines = source.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher literal = CODE_LITERAL.matcher(lines[i]);
                while (literal.find()) {
                    found.add(JAVA.relativize(file) + ": " + literal.group() + " in: " + lines[i].strip());
                }
            }
        }
        assertThat(found).as("bind the type's name() as a parameter instead").isEmpty();
    }
}
