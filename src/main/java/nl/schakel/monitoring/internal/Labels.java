package nl.schakel.monitoring.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.schakel.monitoring.internal.FigureTable.Row;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Resolves the labels of figure tables in a language, for the downloads and the PDF. */
@Component
public class Labels {

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String key, Locale locale) {
        return Arrays.stream(key.split("\\" + FigureTable.AND)).map(k -> messages.getMessage(k, null, locale))
                .collect(Collectors.joining(" – "));
    }

    public String label(Row row, Locale locale) {
        return row.name() != null ? row.name() : text(row.labelKey(), locale);
    }
}
