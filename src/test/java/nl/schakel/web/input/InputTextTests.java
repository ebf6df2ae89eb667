package nl.schakel.web.input;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class InputTextTests {

    @Provide
    Arbitrary<String> nasty() {
        return NastyStrings.any();
    }

    @Property(tries = 2000)
    void cleanedTextCanBeStoredAndCleaningTwiceChangesNothing(@ForAll("nasty") String text) {
        String cleaned = InputText.clean(text);
        assertThat(InputText.isClean(cleaned)).isTrue();
        assertThat(InputText.clean(cleaned)).isEqualTo(cleaned);
        assertThat(cleaned).doesNotContain("\u0000").doesNotContain("\uffff");
    }

    @Property(tries = 1000)
    void cleaningOnlyRemovesCharacters(@ForAll("nasty") String text) {
        String cleaned = InputText.clean(text);
        assertThat(cleaned.length()).isLessThanOrEqualTo(text.length());
        if (InputText.isClean(text)) {
            assertThat(cleaned).isSameAs(text);
        }
    }

    @Example
    void keepsWhatPeopleWrite() {
        String text = "Zij zei: \"ik moet 24/7 werken\".\r\n\tGeen paspoort. 😟 Ĳsselmonde – café";
        assertThat(InputText.clean(text)).isEqualTo(text);
    }

    @Example
    void dropsNulControlCharactersNonCharactersAndLoneSurrogates() {
        assertThat(InputText.clean("Jan\u0000 Jansen\u0007\uffff\ud800!")).isEqualTo("Jan Jansen!");
        assertThat(InputText.clean("\udfff\ud83d\ude1f\ud83d")).isEqualTo("\ud83d\ude1f");
    }
}
