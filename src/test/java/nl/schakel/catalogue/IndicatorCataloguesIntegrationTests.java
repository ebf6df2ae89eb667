package nl.schakel.catalogue;

import java.util.List;
import java.util.Locale;

import nl.schakel.testing.SchakelIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Version 1 is the signalenkaart of domain §7, and published versions stay as they were published. */
@SchakelIntegrationTest
class IndicatorCataloguesIntegrationTests {

    @Autowired
    IndicatorCatalogues catalogues;

    @Autowired
    JdbcClient jdbc;

    @Test
    void versionOneHoldsTheSignalenkaartInDutchAndEnglish() {
        IndicatorCatalogue first = catalogues.version(1).orElseThrow();

        assertThat(first.groups()).extracting(IndicatorGroup::code).containsExactly("VNG_1", "VNG_2", "VNG_3",
                "VNG_4", "VNG_5", "FRONT_DESK", "ENFORCEMENT", "SOCIAL_TEAM", "YOUTH", "ONLINE");
        assertThat(first.groups().get(0).name(Locale.ENGLISH)).isEqualTo("Multiple dependency");
        assertThat(first.groups().get(0).name(Locale.forLanguageTag("nl"))).isEqualTo("Meervoudige afhankelijkheid");
        CatalogueItem housing = first.indicator("VNG_1_NO_OWN_HOUSING").orElseThrow();
        assertThat(housing.text(Locale.forLanguageTag("nl"))).isEqualTo("Heeft geen eigen woonruimte in Nederland");
        assertThat(housing.text(Locale.ENGLISH)).isEqualTo("Has no housing of their own in the Netherlands");
        assertThat(first.indicator("ONLINE_SEXTORTION")).get().extracting(CatalogueItem::weight).isEqualTo(3);
        assertThat(first.groups()).allSatisfy(g -> assertThat(g.indicators()).isNotEmpty()
                .allSatisfy(i -> assertThat(i.weight()).isBetween(1, 3)));
        assertThat(first.exploitationForms()).extracting(CatalogueItem::code).containsExactly("SEXUAL", "LABOUR",
                "CRIMINAL", "ORGAN_REMOVAL", "FORCED_MARRIAGE", "ILLEGAL_ADOPTION", "SURROGACY", "FORCED_SERVICES");
        assertThat(first.exploitationForm("LABOUR")).get().extracting(f -> f.text(Locale.forLanguageTag("nl")))
                .isEqualTo("Arbeidsuitbuiting");
        assertThat(first.indicator("LABOUR")).isEmpty();
    }

    @Test
    void theCurrentVersionIsTheNewestPublishedOne() {
        Integer newest = jdbc.sql("select max(version) from catalogue_version where status = 'PUBLISHED'")
                .query(Integer.class).single();

        assertThat(catalogues.current().version()).isEqualTo(newest);
        assertThat(catalogues.current().indicator("VNG_1_NO_OWN_HOUSING")).isPresent();
    }

    @Test
    void versionsThatWereNeverPublishedDoNotExist() {
        assertThat(catalogues.version(0)).isEmpty();
        assertThat(catalogues.version(9999)).isEmpty();
    }

    @Test
    void theDatabaseRefusesToChangeAPublishedVersion() {
        List<String> attempts = List.of(
                "update catalogue_entry set text_nl = 'iets anders' where version = 1 and code = 'VNG_1_MINOR'",
                "delete from catalogue_entry where version = 1 and code = 'VNG_1_MINOR'",
                "insert into catalogue_entry (version, kind, code, position, text_nl, text_en, weight) "
                        + "values (1, 'FORM', 'SMUGGLING', 99, 'Mensensmokkel', 'Smuggling', 0)",
                "update catalogue_version set status = 'DRAFT', published_at = null where version = 1",
                "delete from catalogue_version where version = 1");

        for (String attempt : attempts) {
            assertThatThrownBy(() -> jdbc.sql(attempt).update()).as(attempt).isInstanceOf(DataAccessException.class)
                    .hasStackTraceContaining("published catalogue versions do not change");
        }
        // The application may not truncate at all; for the schema owner a trigger refuses it.
        assertThatThrownBy(() -> jdbc.sql("truncate catalogue_entry").update()).isInstanceOf(DataAccessException.class);
        assertThat(jdbc.sql("select text_nl from catalogue_entry where version = 1 and code = 'VNG_1_MINOR'")
                .query(String.class).single()).isEqualTo("Is minderjarig");
    }
}
