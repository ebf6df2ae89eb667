package nl.schakel.web.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IndexedNamesTests {

    @Example
    void gapsAreClosedInTheirOriginalOrder() throws Exception {
        Map<String, String> renamed = IndexedNames.renumbering(List.of("phones[1].number", "phones[7].number",
                "persons[5000].name", "description"));
        assertThat(renamed).containsExactlyInAnyOrderEntriesOf(Map.of("phones[1].number", "phones[0].number",
                "phones[7].number", "phones[1].number", "persons[5000].name", "persons[0].name"));
    }

    @Example
    void checkboxMarkersAreNumberedLikeTheirValues() throws Exception {
        Map<String, String> renamed = IndexedNames.renumbering(List.of("partners[2].organisationId",
                "_partners[2].selected", "partners[4].organisationId", "_partners[4].selected",
                "partners[4].selected"));
        assertThat(renamed).containsEntry("_partners[2].selected", "_partners[0].selected")
                .containsEntry("partners[4].selected", "partners[1].selected")
                .containsEntry("_partners[4].selected", "_partners[1].selected");
    }

    @Example
    void indexesNoBrowserSendsAreRefused() {
        for (String name : List.of("persons[-1].name", "persons[99999999999].name", "persons[].name",
                "persons[+1].name", "persons[ 1].name", "partners[1 0].selected")) {
            assertThatThrownBy(() -> IndexedNames.renumbering(List.of(name))).as(name)
                    .isInstanceOf(IndexedNames.MalformedIndexException.class);
        }
    }

    @Example
    void moreRowsThanAnyFormIsRefused() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i <= IndexedNames.MAX_ROWS; i++) {
            names.add("persons[" + i + "].name");
        }
        assertThatThrownBy(() -> IndexedNames.renumbering(names))
                .isInstanceOf(IndexedNames.MalformedIndexException.class);
        assertThat(names.remove(0)).isNotNull();
    }

    @Example
    void mapKeysAreLeftAlone() throws Exception {
        assertThat(IndexedNames.renumbering(List.of("answers[vraag-1]", "answers[vraag-2]"))).isEmpty();
    }

    @Provide
    Arbitrary<List<String>> names() {
        Arbitrary<String> list = Arbitraries.of("persons", "_persons", "phones", "partners", "!partners", "x");
        Arbitrary<String> index = Arbitraries.oneOf(Arbitraries.integers().between(0, 300).map(String::valueOf),
                Arbitraries.of("-1", "99999999999", "", "a", "0x1", "00", "007"));
        Arbitrary<String> field = Arbitraries.of("", ".name", ".number", ".aliases[0]", ".aliases[3]", "[2]");
        Arbitrary<String> name = Combinators.combine(list, index, field).as((l, i, f) -> l + "[" + i + "]" + f);
        return Arbitraries.oneOf(name, NastyStrings.any()).list().ofMaxSize(60);
    }

    @Property(tries = 1000)
    void renumberedListsCountFromZeroWithoutGapsAndRenumberingAgainChangesNothing(@ForAll("names") List<String> names) {
        Map<String, String> renamed;
        try {
            renamed = IndexedNames.renumbering(names);
        } catch (IndexedNames.MalformedIndexException refused) {
            return;
        }
        List<String> result = names.stream().map(n -> renamed.getOrDefault(n, n)).distinct().toList();
        Pattern top = Pattern.compile("^[_!]?([A-Za-z]+)\\[(\\d+)\\]");
        Map<String, Set<Integer>> indexes = new java.util.HashMap<>();
        for (String name : result) {
            Matcher matcher = top.matcher(name);
            if (matcher.find()) {
                indexes.computeIfAbsent(matcher.group(1), k -> new TreeSet<>()).add(Integer.parseInt(matcher.group(2)));
            }
        }
        indexes.values().forEach(set -> assertThat(set).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, set.size()).boxed().toList()));
        try {
            assertThat(IndexedNames.renumbering(result)).isEmpty();
        } catch (IndexedNames.MalformedIndexException e) {
            throw new AssertionError("renumbered names refused", e);
        }
    }
}
