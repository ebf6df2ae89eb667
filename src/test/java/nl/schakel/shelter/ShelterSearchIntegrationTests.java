package nl.schakel.shelter;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.schakel.testing.ModuleFixtures;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The care coordinator's placement search on the demo region's offer, the unmet needs it stores, and the import of
 * the Excel overview.
 */
@SchakelIntegrationTest
class ShelterSearchIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OfferWorkbooks workbooks;

    @AfterEach
    void stopActing() {
        ModuleFixtures.stopActing();
    }

    @Test
    void aGirlOf13WithSexualExploitationInFlevolandFindsTheProtectedShelterWithTwoPlacesFree() {
        WebSession coordinator = WebSession.demoUser(port, "zorgcoordinator");

        String page = search(coordinator, "13", "FEMALE", "SEXUAL", "FLEVOLAND");

        String match = block(page, "<li[^>]*data-service=\"Beschermde opvang 12–18 \\(landelijk\\)\"", "</li>");
        assertThat(match).contains("2 van 6 bedden vrij").contains("plek vrij");
        assertThat(block(page, "<tr data-service=\"Pretty Human jongerenopvang\"", "</tr>")).contains("regio")
                .doesNotContain("leeftijd");
        assertThat(block(page, "<tr data-service=\"Belle opvang 18\\+\"", "</tr>")).contains("leeftijd")
                .doesNotContain("regio");
    }

    @Test
    void aSearchThatFindsNothingCountsOnceAsUnmetNeedWithoutIdentity() {
        WebSession coordinator = WebSession.demoUser(port, "zorgcoordinator");
        int before = unmet(14, "MALE", "ORGAN_REMOVAL", "GOOI_EN_VECHT");

        String page = search(coordinator, "14", "MALE", "ORGAN_REMOVAL", "GOOI_EN_VECHT");

        assertThat(page).contains("Niets past");
        assertThat(unmet(14, "MALE", "ORGAN_REMOVAL", "GOOI_EN_VECHT")).isEqualTo(before + 1);
        String unmetPage = coordinator.get("/opvang/onvervuld").body();
        assertThat(unmetPage).contains("data-testid=\"count-14-MALE-ORGAN_REMOVAL-GOOI_EN_VECHT\">" + (before + 1) + "<");
        assertThat(jdbc.sql("select count(*) from information_schema.columns where table_name = 'unmet_need' "
                + "and column_name similar to '%(name|subject|user|by|trajectory)%'").query(Integer.class).single())
                .as("an unmet need holds no identity").isZero();

        search(coordinator, "13", "FEMALE", "SEXUAL", "FLEVOLAND");
        assertThat(unmet(13, "FEMALE", "SEXUAL", "FLEVOLAND")).as("a search that found a place is no unmet need")
                .isZero();
    }

    @Test
    void theSearchIsForCareCoordinatorsOnly() {
        assertThat(WebSession.demoUser(port, "zorgaanbieder").get("/opvang/zoeken").statusCode()).isEqualTo(403);
        assertThat(WebSession.demoUser(port, "af.utrecht").get("/opvang/zoeken").statusCode()).isEqualTo(403);
        assertThat(WebSession.demoUser(port, "zorgaanbieder").get("/opvang/onvervuld").statusCode()).isEqualTo(403);
    }

    @Test
    void anExcelOverviewWithTenRowsTwoInvalidImportsEightAndNamesTheTwo() throws Exception {
        var coordinator = ModuleFixtures.actAs(jdbc, "zorgcoordinator");
        String batch = "Import " + System.nanoTime() + " ";
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            rows.add(Workbooks.row(i % 2 == 0 ? "Pretty Human" : "Belle", batch + i, "12"));
        }
        rows.set(3, Workbooks.row("Belle", batch + 4, "twaalf"));
        rows.set(8, Workbooks.row("Stichting Bestaat Niet", batch + 9, "12"));

        ImportReport report = workbooks.importWorkbook(coordinator, new ByteArrayInputStream(Workbooks.xlsx(rows)));

        assertThat(report.imported()).isEqualTo(8);
        assertThat(report.badRows()).extracting(b -> b.row() + ":" + b.column() + ":" + b.reason()).containsExactly(
                "5:MIN_AGE:shelter.import.error.notANumber", "10:PROVIDER:shelter.import.error.unknownProvider");
        assertThat(jdbc.sql("select count(*) from care_service where name like ?").param(batch + "%")
                .query(Integer.class).single()).isEqualTo(8);

        ImportReport again = workbooks.importWorkbook(coordinator, new ByteArrayInputStream(Workbooks.xlsx(rows)));
        assertThat(again.imported()).isEqualTo(8);
        assertThat(jdbc.sql("select count(*) from care_service where name like ?").param(batch + "%")
                .query(Integer.class).single()).as("a second import updates, it does not duplicate").isEqualTo(8);
    }

    private String search(WebSession session, String age, String sex, String form, String area) {
        session.get("/opvang/zoeken");
        HttpResponse<String> posted = session.post("/opvang/zoeken", Map.of("age", age, "sex", sex, "form", form,
                "area", area, "residenceStatus", "LEGAL", "_unaccompaniedMinor", "on"));
        assertThat(posted.statusCode()).isEqualTo(303);
        HttpResponse<String> page = session.follow(posted);
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private int unmet(int age, String sex, String form, String area) {
        return jdbc.sql("select count(*) from unmet_need where age = ? and sex = ? and form = ? and area = ?")
                .params(age, sex, form, area).query(Integer.class).single();
    }


    static String block(String page, String start, String end) {
        Matcher m = Pattern.compile(start + "(.*?)" + end, Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("page has " + start).isTrue();
        return m.group(1);
    }
}
