package nl.schakel.stacking.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 11: Evaluate takes anyone's columns, and refuses, with a clear message, what would score falsely. */
class MappingTests {

    private static final String FEBRL = """
            rec_id, given_name, surname, street_number, address_1, suburb, postcode, date_of_birth, soc_sec_id
            rec-1-org, lachlan, berry, 69, giblin street, bittern, 4814, 19990219, 7364009
            rec-1-dup-0, lachlan, bery, 69, giblin st, bittern, 4814, 19990219, 7364009
            rec-2-org, , waller, 6, tullaroop street, st james, 4011, 19081209, 6988048
            """;

    @TempDir
    Path dir;

    @Test
    void readsTrimmedHeadersAndCellsDatesInAnyFormatAndTheTruthFromPartOfAColumn() throws IOException {
        Mapping mapping = Mapping.of(Map.of("map", "id=rec_id,given=given_name,surname=surname,number=street_number,"
                + "street=address_1,place=suburb,postcode=postcode,dob=date_of_birth,identity=soc_sec_id",
                "truth", "rec_id", "truth-regex", "rec-(\\d+)-", "date-formats", "yyyy-MM-dd,yyyyMMdd"));

        List<PersonRow> rows = mapping.load(file(FEBRL));

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).satisfies(r -> {
            assertThat(r.id()).isEqualTo("rec-1-dup-0");
            assertThat(r.cluster()).isEqualTo("1");
            assertThat(r.surname()).isEqualTo("bery");
            assertThat(r.dateOfBirth()).isEqualTo("1999-02-19");
            assertThat(r.street()).isEqualTo("giblin st");
            assertThat(r.place()).isEqualTo("bittern");
            assertThat(r.identity()).isEqualTo("7364009");
        });
    }

    @Test
    void aSurnameAloneIsReadAsASurname() {
        PersonRow row = new PersonRow("1", "1", "", "Waller", "", "", "", "", "", "", "", "");
        InMemoryRegistry registry = new InMemoryRegistry(java.time.LocalDate.of(2026, 3, 1));

        assertThat(registry.entry(row).person().name().surnameKey()).isEqualTo("waller");
        assertThat(registry.entry(row).person().name().givenNames()).isEmpty();
    }

    @Test
    void refusesAMappedColumnThatIsMissing() {
        Mapping mapping = Mapping.of(Map.of("map", "id=rec_id,given=first_name", "truth", "rec_id"));

        assertThatThrownBy(() -> mapping.load(file(FEBRL))).isInstanceOf(Mapping.Refused.class)
                .hasMessageContaining("the column \"first_name\" (mapped to given) is not in the file");
    }

    @Test
    void refusesAMappedColumnThatIsEmptyInEveryRow() {
        Mapping mapping = Mapping.of(Map.of("map", "id=rec_id,phone=phone", "truth", "rec_id"));
        String withEmptyPhone = FEBRL.replace("soc_sec_id\n", "soc_sec_id, phone\n").replace("7364009\n",
                "7364009, \n").replace("6988048\n", "6988048,  \n");

        assertThatThrownBy(() -> mapping.load(file(withEmptyPhone))).isInstanceOf(Mapping.Refused.class)
                .hasMessageContaining("the column \"phone\" (mapped to phone) is empty in every row");
    }

    @Test
    void refusesDatesThatNoFormatReads() {
        Mapping mapping = Mapping.of(Map.of("map", "id=rec_id,dob=date_of_birth", "truth", "rec_id"));

        assertThatThrownBy(() -> mapping.load(file(FEBRL))).isInstanceOf(Mapping.Refused.class)
                .hasMessageContaining("none of the 3 dates of birth fits --date-formats yyyy-MM-dd")
                .hasMessageContaining("19990219");
    }

    @Test
    void refusesATruthColumnWithoutTruePairs() throws IOException {
        Map<String, String> options = Map.of("dedup", "x", "map", "id=rec_id,surname=surname", "truth", "rec_id",
                "runs", "1", "date-formats", "yyyyMMdd");

        // Without the regex every rec_id is its own person: no true pair.
        assertThatThrownBy(() -> Dedup.run(Mapping.of(options).load(file(FEBRL)), options))
                .isInstanceOf(Mapping.Refused.class).hasMessageContaining("the truth column yields no true pair");
        Path ref = file(FEBRL);
        assertThatThrownBy(() -> Evaluate.run(Map.of("ref", ref.toString(), "query", ref.toString(),
                "map", "id=rec_id,given=given_name", "truth", "surname", "runs", "1", "ref-match", "org",
                "date-formats", "yyyyMMdd",
                "query-match", "dup")))
                .isInstanceOf(Mapping.Refused.class).hasMessageContaining("yields no true pair");
    }

    @Test
    void neverPrintsAnF1ForZeroTruePositives() {
        String printed = printed(() -> new Evaluate.Quality(0, 3, 10, 0).print("LINK"));

        assertThat(printed).contains("no true positive").doesNotContain("F1 1.0000").doesNotContain("F1 0.");
        assertThat(printed(() -> new Evaluate.Quality(5, 0, 10, 0).print("LINK"))).contains("F1 0.6667");
    }

    private Path file(String content) throws IOException {
        Path file = Files.createTempFile(dir, "data", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static String printed(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
