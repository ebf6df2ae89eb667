package nl.schakel.demo;

import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: on a fresh demo region (demo signals on) the manager has work at once: Gemeente Utrecht asks for
 * co-signing and a signal of "melder" waits for "leidinggevende", who sees it counted on the start page.
 */
@SchakelIntegrationTest
@TestPropertySource(properties = "schakel.demo.signals=true")
class CosignDemoIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theManagerHasASignalToCoSignOnFirstStart() {
        WebSession manager = new WebSession(port);
        manager.login("leidinggevende", WebSession.DEMO_PASSWORD);
        assertThat(manager.get("/").body()).contains("data-testid=\"awaiting-cosignature\"");
        assertThat(manager.get("/ondertekenen").body()).contains("parkeervergunning").contains("Mila Melder");

        WebSession reporter = new WebSession(port);
        reporter.login("melder", WebSession.DEMO_PASSWORD);
        assertThat(reporter.get("/signalen/mijn").body()).contains("Wacht op ondertekening")
                .contains("Aan de balie kwam een vrouw");
    }
}
