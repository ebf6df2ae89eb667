package nl.schakel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's SQL touches only its own tables: other modules are read through their facades. The owner of every
 * table is the data ownership table in docs/architecture.md; the tables are what the migrations create.
 */
class DataOwnershipTests {

    private static final Path JAVA = Path.of("src", "main", "java", "nl", "schakel");
    private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");

    private static final Pattern CREATED = Pattern.compile(
            "\\bcreate\\s+(?:or\\s+replace\\s+)?(?:materialized\\s+)?(?:table|view|sequence)\\s+"
                    + "(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    /** A table named after from/join/into/update/references/table, and the further items of a from list. */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\b(?:from|join|into|update|references|table)\\s+([a-z_][a-z0-9_]*)"
                    + "((?:\\s+(?:as\\s+)?[a-z_][a-z0-9_]*)?(?:\\s*,\\s*[a-z_][a-z0-9_]*(?:\\s+(?:as\\s+)?[a-z_][a-z0-9_]*)?)*)");
    private static final Pattern LIST_ITEM = Pattern.compile(",\\s*([a-z_][a-z0-9_]*)");
    private static final Pattern SEQUENCE = Pattern.compile("\\b(?:nextval|currval|setval)\\s*\\(\\s*'([a-z_][a-z0-9_]*)'");


    private final Map<String, String> owners = owners();

    @Test
    void everyTableAMigrationCreatesHasAnOwner() {
        assertThat(owners.keySet()).as("tables in the data ownership table of %s", ArchitectureDocument.FILE)
                .containsExactlyInAnyOrderElementsOf(createdTables());
    }

    @Test
    void everyOwnerIsAModule() {
        assertThat(ArchitectureDocument.modulePackages()).containsAll(owners.values());
    }

    @Test
    void everyMigrationLivesInItsModulesFolder() {
        Set<String> modules = new TreeSet<>(owners.values());
        List<String> misplaced = SourceFiles.files(MIGRATIONS, "").stream()
                .map(MIGRATIONS::relativize)
                .filter(p -> p.getNameCount() != 2 || !modules.contains(p.getName(0).toString()))
                .map(Path::toString).toList();
        assertThat(misplaced).as("migrations outside db/migration/<module>/").isEmpty();
    }

    @Test
    void aModulesSqlNamesOnlyItsOwnTables() {
        assertThat(violations()).as("SQL naming another module's table (module file -> table of owner)").isEmpty();
    }

    /** Every "module/File.java -> table (owner)" where a module's SQL names a table it does not own. */
    List<String> violations() {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String module = JAVA.relativize(file).getName(0).toString();
            Set<String> tables = new TreeSet<>();
            for (String literal : JavaStringLiterals.of(SourceFiles.read(file))) {
                tables.addAll(referencedTables(literal.toLowerCase(Locale.ROOT)));
            }
            for (String table : tables) {
                String owner = owners.get(table);
                if (owner != null && !owner.equals(module)) {
                    violations.add(JAVA.relativize(file) + " -> " + table + " (" + owner + ")");
                }
            }
        }
        return violations;
    }

    private Set<String> referencedTables(String sql) {
        Set<String> tables = new TreeSet<>();
        Matcher reference = REFERENCE.matcher(sql);
        while (reference.find()) {
            tables.add(reference.group(1));
            Matcher item = LIST_ITEM.matcher(reference.group(2));
            while (item.find()) {
                tables.add(item.group(1));
            }
        }
        Matcher sequence = SEQUENCE.matcher(sql);
        while (sequence.find()) {
            tables.add(sequence.group(1));
        }
        tables.retainAll(owners.keySet());
        return tables;
    }

    private static Map<String, String> owners() {
        Map<String, String> owners = new TreeMap<>();
        for (List<String> row : ArchitectureDocument.read().table("table")) {
            String previous = owners.put(row.get(0), row.get(1));
            assertThat(previous).as("%s listed twice in the data ownership table", row.get(0)).isNull();
        }
        return owners;
    }

    static Set<String> createdTables() {
        Set<String> created = new TreeSet<>();
        for (Path file : SourceFiles.files(MIGRATIONS, ".sql")) {
            String sql = SourceFiles.read(file).toLowerCase(Locale.ROOT).replaceAll("--[^\\n]*", "");
            Matcher matcher = CREATED.matcher(sql);
            while (matcher.find()) {
                created.add(matcher.group(1));
            }
        }
        return created;
    }

    private static List<Path> javaFiles() {
        return SourceFiles.files(JAVA, ".java").stream().filter(f -> JAVA.relativize(f).getNameCount() > 1).toList();
    }

}
