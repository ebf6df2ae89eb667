package nl.schakel.web.input;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The API's counterpart of {@link InputGuardFilter}: every JSON string loses the characters that cannot be
 * stored ({@link InputText}) as it is read, so {@code "\u0000"} in a signal never reaches PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
class CleanStringsModule {

    @Bean
    SimpleModule storableStringsModule() {
        SimpleModule module = new SimpleModule("schakel-clean-strings");
        module.addDeserializer(String.class, new CleanStringDeserializer());
        return module;
    }

    static final class CleanStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            return value == null ? null : InputText.clean(value);
        }
    }
}
