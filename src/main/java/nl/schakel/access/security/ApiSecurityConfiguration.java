package nl.schakel.access.security;

import nl.schakel.access.ApiScope;
import nl.schakel.access.ApiTokens;
import nl.schakel.audit.AuditTrail;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API's own security, separate from the site's ({@link SecurityConfiguration}): partner systems
 * authenticate each request with a bearer token, nothing is kept between requests, no cookie is ever set,
 * and every {@code /api/**} request without a valid token is refused (deny by default). Its OpenAPI
 * document and Swagger UI are public: they hold no data.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiSecurityConfiguration {

    /** springdoc's document and UI, and nothing else of what springdoc could serve. */
    static final String[] DOCUMENTATION = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokens tokens, AuditTrail audit,
            ApiProperties properties, JsonMapper json) {
        ApiProblems problems = new ApiProblems(json);
        stateless(http.securityMatcher("/api/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/signals", "/api/v1/signals/**")
                        .hasAuthority(ApiScope.SIGNALS_WRITE.authority().getAuthority())
                        .requestMatchers("/api/v1/referrals", "/api/v1/referrals/**")
                        .hasAuthority(ApiScope.REFERRALS.authority().getAuthority())
                        .requestMatchers("/api/v1/trajectories", "/api/v1/trajectories/**")
                        .hasAuthority(ApiScope.TRAJECTORIES.authority().getAuthority())
                        .requestMatchers("/api/v1/services", "/api/v1/capacity", "/api/v1/capacity/**")
                        .hasAuthority(ApiScope.CARE_OFFER.authority().getAuthority())
                        .requestMatchers("/api/v1/cases", "/api/v1/cases/**")
                        .hasAuthority(ApiScope.CASES.authority().getAuthority())
                        .requestMatchers("/api/v1/actions", "/api/v1/actions/**")
                        .hasAuthority(ApiScope.ACTIONS.authority().getAuthority())
                        .requestMatchers("/api/v1/**").authenticated()
                        .anyRequest().denyAll())
                .anonymous(anonymous -> anonymous.disable())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .addFilterBefore(new StatelessApiFilter(problems), DisableEncodeUrlFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, audit, problems), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new RequestBodyLimitFilter(properties, problems), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiDocumentationSecurityFilterChain(HttpSecurity http) {
        stateless(http.securityMatcher(DOCUMENTATION))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, DOCUMENTATION).permitAll()
                        .anyRequest().denyAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                                + "style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; "
                                + "base-uri 'self'; object-src 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /** No session, no security context kept, no saved request, no CSRF token (there is no cookie to forge). */
    private static HttpSecurity stateless(HttpSecurity http) {
        return http
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .logout(logout -> logout.disable());
    }
}
