package nl.schakel.attachments.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentMessagesTests {

    @ParameterizedTest
    @ValueSource(strings = {"i18n/attachments/messages.properties", "i18n/attachments/messages_en.properties"})
    void everyReasonHasATextThatNamesTheFile(String file) throws IOException {
        Properties texts = load(file);

        for (Refusal reason : Refusal.values()) {
            String text = texts.getProperty(reason.messageKey());
            assertThat(text).as(reason.messageKey()).isNotBlank();
            String formatted = new MessageFormat(text).format(new Object[] {"foto.jpg"});
            assertThat(formatted).doesNotContain("{0}").doesNotContain("''");
            if (reason != Refusal.TOO_MANY) {
                assertThat(formatted).as(reason.messageKey()).contains("foto.jpg");
            }
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AttachmentMessagesTests.class.getClassLoader().getResourceAsStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
