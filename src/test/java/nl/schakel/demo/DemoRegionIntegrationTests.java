package nl.schakel.demo;

import java.net.http.HttpResponse;
import java.util.stream.Stream;

import nl.schakel.access.Role;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SchakelIntegrationTest
class DemoRegionIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static Stream<DemoRegionSeeder.DemoUser> demoUsers() {
        return DemoRegionSeeder.DemoUser.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoUsers")
    void everyDemoUserLogsInAndSeesAStartPageForTheirRole(DemoRegionSeeder.DemoUser user) {
        WebSession browser = new WebSession(port);

        HttpResponse<String> login = browser.login(user.username(), WebSession.DEMO_PASSWORD);
        HttpResponse<String> home = browser.get("/");

        assertThat(WebSession.location(login)).endsWith("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains(user.displayName()).contains(user.organisation());
        for (Role role : user.roles()) {
            assertThat(home.body()).contains("data-role=\"" + role.name() + "\"");
        }
        boolean admin = user.roles().contains(Role.ADMIN);
        assertThat(home.body().contains("href=\"/admin/users\"")).isEqualTo(admin);
    }

    @Test
    void theRegionHoldsTheMunicipalitiesAndPartnersOfMiddenNederland() {
        assertThat(jdbc.sql("select name from organisation order by name").query(String.class).list())
                .contains("Gemeente Utrecht", "Gemeente Houten", "Gemeente Soest", "Gemeente Nieuwegein",
                        "Gemeente Amersfoort", "Gemeente Hilversum", "Gemeente Lelystad", "Moviera",
                        "Veilig Thuis Utrecht", "Politie Midden-Nederland – TMM",
                        "Nederlandse Arbeidsinspectie – opsporing", "Nederlandse Arbeidsinspectie – toezicht",
                        "RIEC Midden-Nederland", "Belle", "Pretty Human");
        assertThat(jdbc.sql("select distinct role from user_role").query(String.class).list())
                .containsExactlyInAnyOrder(Stream.of(Role.values()).map(Role::name).toArray(String[]::new));
    }

    @Test
    void theStartPageSpeaksEnglishWhenAsked() {
        WebSession browser = new WebSession(port);
        browser.login("politie", WebSession.DEMO_PASSWORD);

        assertThat(browser.get("/?lang=en").body()).contains("Welcome, Pieter Politie").contains("lang=\"en\"");
        assertThat(browser.get("/").body()).contains("Welcome");
        assertThat(browser.get("/?lang=nl").body()).contains("Welkom, Pieter Politie");
    }
}
