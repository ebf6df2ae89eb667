package nl.schakel.access.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Two requests of one session (htmx, a double click, a second tab) may add the same session attribute at
 * the same moment; with a plain INSERT the second fails on the primary key and its request answers 500.
 * Spring Session's PostgreSQL customizer makes that write an upsert.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer concurrentSessionAttributeWrites() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
