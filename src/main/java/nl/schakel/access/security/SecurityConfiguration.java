package nl.schakel.access.security;

import java.time.Clock;
import java.util.Arrays;

import nl.schakel.access.OidcSettings;
import nl.schakel.access.Role;
import nl.schakel.access.oidc.OidcLoginSuccess;
import nl.schakel.access.oidc.ProviderLogout;
import nl.schakel.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Deny by default: every URL is refused unless a rule below names it, public or for which roles.
 * Decisions are made here, on the server, never in templates.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Reachable without logging in. */
    static final String[] PUBLIC = {"/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**", "/actuator/info"};

    /** The second step of a login: reachable with a proven password. */
    static final String[] SECOND_FACTOR_PAGES = {"/login/tweede-factor", "/login/herstelcode", "/login/koppelen",
            "/login/herstelcodes"};

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountStore accounts, PasswordEncoder passwords,
            AuditTrail audit, LoginProperties properties, Clock clock, LoginThrottle loginThrottle,
            OidcSettings oidc, OidcLoginSuccess oidcLogin, ProviderLogout providerLogout,
            @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) {
        String[] everyRole = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);
        String[] reportingRoles = Role.reporting().stream().map(Role::name).toArray(String[]::new);
        String[] partnerRoles = Role.partners().stream().map(Role::name).toArray(String[]::new);
        String[] caseRoles = java.util.stream.Stream.concat(Role.partners().stream(),
                java.util.stream.Stream.of(Role.DESIGNATED_OFFICER)).map(Role::name).toArray(String[]::new);
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        // After the password, only the second factor; every role-bound rule below needs it too.
                        .requestMatchers(SECOND_FACTOR_PAGES).hasAuthority(SignedIn.PASSWORD)
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/", "/account/**", "/meldingen/**").hasAnyRole(everyRole)
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/sessie").hasAnyRole(everyRole)
                        .requestMatchers("/signalen/nieuw", "/signalen/mijn", "/signalen/mijn/**")
                                .hasAnyRole(reportingRoles)
                        .requestMatchers("/ondertekenen", "/ondertekenen/**").hasRole(Role.MANAGER.name())
                        .requestMatchers("/signalen", "/signalen/**").hasRole(Role.DESIGNATED_OFFICER.name())
                        .requestMatchers("/doorverwijzingen", "/doorverwijzingen/**").hasAnyRole(partnerRoles)
                        .requestMatchers("/overleggen", "/overleggen/**").hasAnyRole(Role.meetingMembers().stream()
                                .map(Role::name).toArray(String[]::new))
                        .requestMatchers("/sociale-kaart/*/bewerken").hasRole(Role.ADMIN.name())
                        .requestMatchers("/sociale-kaart", "/sociale-kaart/**").hasAnyRole(everyRole)
                        .requestMatchers("/monitoring/regietafel", "/monitoring/regietafel.*", "/monitoring/slachtoffers",
                                "/monitoring/slachtoffers.*", "/monitoring/comensha.*")
                                .hasAnyRole(Role.CHAIN_DIRECTOR.name(), Role.ANALYST.name())
                        .requestMatchers("/monitoring", "/monitoring/**")
                                .hasAnyRole(Role.DESIGNATED_OFFICER.name(), Role.ANALYST.name(), Role.CHAIN_DIRECTOR.name())
                        .requestMatchers("/trajecten", "/trajecten/**").hasAnyRole(Role.CARE_COORDINATOR.name(),
                                Role.POLICE.name(), Role.DESIGNATED_OFFICER.name(), Role.CARE_PROVIDER.name())
                        .requestMatchers("/opvang/zoeken", "/opvang/onvervuld").hasRole(Role.CARE_COORDINATOR.name())
                        .requestMatchers("/zorgaanbod", "/zorgaanbod/**", "/opvang", "/opvang/**")
                                .hasAnyRole(Role.CARE_COORDINATOR.name(), Role.CARE_PROVIDER.name())
                        // Cases (issue 12): officers and partners; which cases, and which parts, is decided in SQL.
                        .requestMatchers("/casussen", "/casussen/**").hasAnyRole(caseRoles)
                        // Retention (issue 15): policies, holds, dry run and destruction list for the administrator;
                        // a record's owner extends it once (the owner is checked in SQL).
                        .requestMatchers("/beheer/bewaartermijnen", "/beheer/bewaartermijnen/**",
                                "/beheer/vernietigingslijst", "/beheer/vernietigingslijst/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/bewaartermijnen/**").hasAnyRole(everyRole)
                        .anyRequest().denyAll())
                .authenticationProvider(new LockingAuthenticationProvider(accounts, passwords, audit, oidc))
                .formLogin(form -> form
                        .loginPage("/login")
                        .failureHandler(failureWithoutSession())
                        .successHandler(new LanguageAfterLogin())
                        .permitAll())
                // An organisation's own OpenID Connect provider (issue 18): registrations from the database
                // (access.oidc.OidcClientRegistrations), the person is the Schakel user linked to the subject.
                .oauth2Login(login -> login
                        .loginPage("/login")
                        .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                        .successHandler(oidcLogin)
                        .failureHandler(failureWithoutSession()))
                // No session before login (issue 17): no saved request (the start page is always "/"), the
                // CSRF token of anonymous pages in a cookie, and redirects relative, never built from Host.
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .csrf(csrf -> csrf.csrfTokenRepository(new SessionlessCsrfTokenRepository(secureCookies)))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(relativeLoginEntryPoint()))
                .addFilterBefore(new LoginThrottleFilter(loginThrottle), UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .addLogoutHandler(new AuditingLogoutHandler(audit))
                        .addLogoutHandler(providerLogout)
                        .logoutSuccessHandler(providerLogout)
                        .invalidateHttpSession(true)
                        .clearAuthentication(true))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .addFilterAfter(new AbsoluteSessionTimeoutFilter(properties, audit, clock),
                        SecurityContextHolderFilter.class)
                .addFilterBefore(new SecondFactorRequiredFilter(), AuthorizationFilter.class)
                .addFilterAfter(new PasswordChangeRequiredFilter(), SecondFactorRequiredFilter.class);
        return http.build();
    }

    /** A failed login goes back to the form without keeping the exception in a (new) session. */
    private static AuthenticationFailureHandler failureWithoutSession() {
        SimpleUrlAuthenticationFailureHandler handler = new SimpleUrlAuthenticationFailureHandler("/login?error");
        handler.setAllowSessionCreation(false);
        return handler;
    }

    /** To the login page with a relative Location, so a forged Host header is never echoed. */
    private static AuthenticationEntryPoint relativeLoginEntryPoint() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    /**
     * The public intake: anonymous, and it must leave no trace of the visitor, so no session, no cookie,
     * no saved request. Without a session there is nothing for cross-site request forgery to ride on,
     * so no CSRF token either (generating one would create a session).
     */
    @Bean
    @Order(3)
    SecurityFilterChain publicIntakeFilterChain(HttpSecurity http) {
        http
                .securityMatcher("/melden", "/melden/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .anonymous(anonymous -> anonymous.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    /**
     * Secure links for partners without an account (routing): anyone holding the link may open it, so no
     * login, no session, no cookie, no saved request. CSRF protection is off for the same reason as on the
     * public intake: there is no session or cookie for a forged request to ride on, and a forged POST would
     * need the link's secret token in its URL — whoever has that is the partner the link was made for.
     * The token is in the path, so no referrer may ever carry it elsewhere.
     */
    @Bean
    @Order(4)
    SecurityFilterChain secureLinkFilterChain(HttpSecurity http) {
        http
                .securityMatcher("/doorverwijzing/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .anonymous(anonymous -> anonymous.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }
}
