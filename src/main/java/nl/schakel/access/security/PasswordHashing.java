package nl.schakel.access.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The slow hash for passwords and receipt codes; needed by command-line runs too, so outside the web security. */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    /** Argon2id with the OWASP minimum (19 MiB, 2 iterations, 1 lane). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    }
}
