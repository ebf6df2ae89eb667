package nl.schakel.stacking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameNormaliseTests {

    private static NormalisedName name(String raw) {
        return Normalise.name(raw).orElseThrow();
    }

    @Test
    void arabicArticlesAndHyphensDoNotChangeTheSurnameKey() {
        assertThat(name("Mohamed el Amrani").surnameKey()).isEqualTo("amrani");
        assertThat(name("Mohammed El-Amrani").surnameKey()).isEqualTo("amrani");
        assertThat(name("Mohammed El-Amrani").particles()).isEqualTo("el");
        assertThat(name("Mohammed El-Amrani").givenNames()).containsExactly("mohammed");
    }

    @Test
    void dutchParticlesAreSeparatedFromTheSurname() {
        assertThat(name("Jan van der Berg").surnameKey()).isEqualTo("berg");
        assertThat(name("J. v.d. Berg").surnameKey()).isEqualTo("berg");
        assertThat(name("J. v.d. Berg").particles()).isEqualTo("van der");
        assertThat(name("Jan van der Berg").particles()).isEqualTo("van der");
        assertThat(name("Kees in 't Veld").surnameKey()).isEqualTo("veld");
        assertThat(name("Kees in 't Veld").particles()).isEqualTo("in het");
        assertThat(name("Anna ter Horst").surnameKey()).isEqualTo("horst");
        assertThat(name("Jan Willem de Vries").givenNames()).containsExactly("jan", "willem");
        assertThat(name("Jan Willem de Vries").surnameKey()).isEqualTo("vries");
    }

    @Test
    void surnameFirstWithACommaIsUnderstood() {
        NormalisedName name = name("Amrani, M.");

        assertThat(name.givenNames()).containsExactly("m");
        assertThat(name.surnameKey()).isEqualTo("amrani");
        assertThat(name.firstGivenIsInitial()).isTrue();
        assertThat(name("Vries, J.W. de").givenNames()).containsExactly("j", "w");
        assertThat(name("Vries, J.W. de").particles()).isEqualTo("de");
        assertThat(name("Vries, J.W. de").surnameKey()).isEqualTo("vries");
        assertThat(name("Amrani, M. (16)").givenNames()).as("numbers are no name").containsExactly("m");
    }

    @Test
    void diacriticsAndSpecialLettersAreFolded() {
        assertThat(name("Zoë Müller").givenNames()).containsExactly("zoe");
        assertThat(name("Zoë Müller").surnameKey()).isEqualTo("muller");
        assertThat(name("Łukasz Wałęsa").surnameKey()).isEqualTo("walesa");
        assertThat(name("Søren Strauß").surnameKey()).isEqualTo("strauss");
        assertThat(name("Ayşe Yılmaz").surnameKey()).isEqualTo("yilmaz");
        assertThat(name("Siobhan O'Brien").surnameKey()).isEqualTo("obrien");
    }

    @Test
    void aSingleNameIsAFirstNameOrNickname() {
        NormalisedName name = name("Natasja");

        assertThat(name.givenNames()).containsExactly("natasja");
        assertThat(name.surnameKey()).isNull();
        assertThat(name.surnamePhonetic()).isEmpty();
    }

    @Test
    void spellingVariantsOfASurnameShareAPhoneticCode() {
        assertThat(name("M. Amrani").primaryPhonetic()).isEqualTo(name("M. Amrany").primaryPhonetic());
        assertThat(name("P. Jansen").primaryPhonetic()).isEqualTo(name("P. Janssen").primaryPhonetic());
        assertThat(name("P. de Wit").primaryPhonetic()).isEqualTo(name("P. de Witt").primaryPhonetic());
        assertThat(name("A. Smit").primaryPhonetic()).isEqualTo(name("A. Smid").primaryPhonetic());
        assertThat(name("P. Jansen").primaryPhonetic()).isNotEqualTo(name("P. de Vries").primaryPhonetic());
    }

    @Test
    void givenNameVariantsFormGroups() {
        assertThat(GivenNames.sameGroup("mohamed", "muhammad")).isTrue();
        assertThat(GivenNames.sameGroup("mohammed", "mohammad")).isTrue();
        assertThat(GivenNames.sameGroup("johannes", "jan")).isTrue();
        assertThat(GivenNames.sameGroup("hans", "jan")).isTrue();
        assertThat(GivenNames.sameGroup("ahmed", "ahmad")).isTrue();
        assertThat(GivenNames.sameGroup("ahmed", "mohamed")).isFalse();
        assertThat(GivenNames.sameGroup("natasja", "natalia")).isTrue();
        assertThat(GivenNames.sameGroup("zoe", "zoe")).as("names outside the table have no group").isFalse();
    }

    @Test
    void emptyNamesGiveNothing() {
        assertThat(Normalise.name(null)).isEmpty();
        assertThat(Normalise.name("  ")).isEmpty();
        assertThat(Normalise.name("-- . --")).isEmpty();
        assertThat(name("De").surnameKey()).isNull();
        assertThat(name("Jan De").surnameKey()).isEqualTo("de");
    }
}
