package nl.schakel.web.input;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Strings as fuzzers and careless clients send them: any character, control characters and broken surrogates favoured. */
public final class NastyStrings {

    private NastyStrings() {
    }

    public static Arbitrary<String> any() {
        Arbitrary<Character> nasty = Arbitraries.of('\u0000', '\u0001', '\u001f', '\u007f', '\ufffe', '\uffff',
                '\ud800', '\udfff', '\ufffd', '\t', '\n', '\r', '%', '[', ']', '.', '-', '+', '\'', '"', '<', '&', ' ',
                'é', 'ß', 'İ', '\u200b', '\u00a0');
        Arbitrary<Character> chars = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.chars().all()),
                net.jqwik.api.Tuple.of(3, nasty),
                net.jqwik.api.Tuple.of(5, Arbitraries.chars().alpha().numeric()));
        return chars.list().ofMaxSize(40).map(list -> {
            StringBuilder text = new StringBuilder(list.size());
            list.forEach(text::append);
            return text.toString();
        });
    }
}
