package nl.schakel;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every navigation item is also a tile on the start page, with its key plus ".description" as its text. That key is
 * built in the template, so the message checks cannot see it; a missing one showed "??nav.x.description_nl_NL??"
 * and widened the administrator's start page beyond 320 px.
 */
class NavigationTextsTests {

    private static final Pattern NAV_KEY = Pattern.compile("\"(nav\\.[A-Za-z]+)\"");

    @Test
    void everyTileHasADescriptionInBothLanguages() throws IOException {
        Matcher key = NAV_KEY.matcher(Files.readString(Path.of("src/main/java/nl/schakel/web/Navigation.java")));
        TreeSet<String> keys = new TreeSet<>();
        while (key.find()) {
            keys.add(key.group(1));
        }
        keys.remove("nav.home");
        assertThat(keys).isNotEmpty();
        for (String language : new String[] {"", "_en"}) {
            Properties all = new Properties();
            for (Path bundle : SourceFiles.files(Path.of("src/main/resources/i18n"), "messages" + language
                    + ".properties")) {
                try (Reader in = Files.newBufferedReader(bundle)) {
                    all.load(in);
                }
            }
            List<String> missing = new ArrayList<>();
            keys.stream().filter(k -> !all.containsKey(k + ".description")).forEach(missing::add);
            assertThat(missing).as("navigation items without a description in messages" + language).isEmpty();
        }
    }
}
