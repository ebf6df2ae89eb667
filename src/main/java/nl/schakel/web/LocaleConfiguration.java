package nl.schakel.web;

import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/**
 * Dutch unless the person chose English with the language switch ({@code ?lang=en}). The browser's
 * language is deliberately ignored: Schakel is a Dutch public service.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @Bean
    LocaleResolver localeResolver() {
        PublicAwareLocaleResolver resolver = new PublicAwareLocaleResolver();
        resolver.setDefaultLocale(DUTCH);
        return resolver;
    }

    /**
     * Remembers the choice in the session for logged-in work. On the public intake there is no session
     * (it would set a cookie), so there the choice lives only in the request: pages carry it along in
     * their links and forms ({@code lang}).
     */
    static class PublicAwareLocaleResolver extends SessionLocaleResolver {

        private static final String ATTRIBUTE = PublicAwareLocaleResolver.class.getName() + ".locale";

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            if (request.getServletPath().startsWith("/api/")) {
                // Partner systems get English messages unless they ask for Dutch.
                return "nl".equals(request.getLocale().getLanguage()) ? DUTCH : Locale.ENGLISH;
            }
            if (isPublic(request) || request.getSession(false) == null) {
                Object chosen = request.getAttribute(ATTRIBUTE);
                return chosen instanceof Locale locale ? locale : DUTCH;
            }
            return super.resolveLocale(request);
        }

        /**
         * The locale of the request's context (used for validation messages, among others), read lazily so
         * that a choice made later in the request, by the language switch, counts.
         */
        @Override
        public LocaleContext resolveLocaleContext(HttpServletRequest request) {
            TimeZoneAwareLocaleContext session = (TimeZoneAwareLocaleContext) super.resolveLocaleContext(request);
            return new TimeZoneAwareLocaleContext() {
                @Override
                public Locale getLocale() {
                    return resolveLocale(request);
                }

                @Override
                public @Nullable TimeZone getTimeZone() {
                    return session.getTimeZone();
                }
            };
        }

        @Override
        public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
                @Nullable Locale locale) {
            if (isPublic(request) || request.getSession(false) == null) {
                // Without a session (public pages, and any page before login) the choice lives in the
                // request only: choosing a language must not create a session row.
                request.setAttribute(ATTRIBUTE, locale);
                return;
            }
            super.setLocale(request, response, locale);
        }

        private static boolean isPublic(HttpServletRequest request) {
            String path = request.getServletPath();
            return path.equals("/melden") || path.startsWith("/melden/");
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        // The REST API is stateless: a language choice there would create a session (and set a cookie).
        registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
        registry.addInterceptor(new RefusedFormStatus());
    }
}
