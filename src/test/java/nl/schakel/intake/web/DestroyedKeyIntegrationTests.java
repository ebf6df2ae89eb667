package nl.schakel.intake.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import nl.schakel.attachments.AttachmentInfo;
import nl.schakel.attachments.Attachments;
import nl.schakel.attachments.TestFiles;
import nl.schakel.attachments.Upload;
import nl.schakel.sealing.DataKeys;
import nl.schakel.sealing.Sealer;
import nl.schakel.testing.NamedSignals;
import nl.schakel.testing.SchakelIntegrationTest;
import nl.schakel.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signal's reporter identity and files are sealed under the signal's own data key (decision 0029): once that key
 * is destroyed, "Melder tonen" answers "vernietigd", the file reads "vernietigd" and its download says so — never an
 * error. Values sealed before data keys existed, under the master keyset, still open.
 */
@SchakelIntegrationTest
class DestroyedKeyIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataKeys keys;

    @Autowired
    Sealer master;

    @Autowired
    Attachments attachments;

    @Autowired
    IntakeThrottles throttles;

    @Test
    void afterItsKeyIsDestroyedASignalsReporterAndFilesReadDestroyedWithoutAnError() {
        throttles.sentSignals().clear();
        UUID signal = NamedSignals.sendWithFile(port, jdbc, attachments, "Vernietigd " + UUID.randomUUID(),
                "Kanarie Vernietigd", "06-55501234", new Upload("kanarie-vernietigd.png", TestFiles.png(20, 10)));
        assertThat(jdbc.sql("select count(*) from reporter_identity where signal_id = ? and data_key")
                .param(signal).query(Integer.class).single()).isEqualTo(1);
        UUID file = attachments.list("SIGNAL", signal).get(0).id().value();
        WebSession officer = new WebSession(port);
        officer.login("af.utrecht", WebSession.DEMO_PASSWORD);
        assertThat(officer.get("/signalen/" + signal).body()).contains("kanarie-vernietigd.png");

        keys.destroy(signal);

        HttpResponse<String> reveal = officer.postAndFollow("/signalen/" + signal + "/melder",
                Map.of("reason", "Terugbellen"));
        assertThat(reveal.statusCode()).isEqualTo(200);
        assertThat(reveal.body()).contains("data-testid=\"reporter-destroyed\"").contains("vernietigd")
                .doesNotContain("Kanarie Vernietigd").doesNotContain("06-55501234");
        assertThat(jdbc.sql("""
                select count(*) from audit_record where action = 'REPORTER_REVEALED' and object_id = ?
                and outcome = 'FAILURE'""").param(signal.toString()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from reporter_reveal where signal_id = ?").param(signal)
                .query(Integer.class).single()).isZero();

        HttpResponse<String> page = officer.get("/signalen/" + signal);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Bijlage vernietigd").doesNotContain("kanarie-vernietigd.png");
        assertThat(officer.get("/signalen/" + signal + "/pdf").statusCode()).isEqualTo(200);
        HttpResponse<String> download = officer.get("/signalen/" + signal + "/bijlagen/" + file);
        assertThat(download.statusCode()).isEqualTo(410);
        assertThat(download.body()).contains("vernietigd");
    }

    @Test
    void valuesSealedUnderTheMasterKeysetBeforeDataKeysStillOpen() {
        throttles.sentSignals().clear();
        UUID signal = NamedSignals.sendWithFile(port, jdbc, attachments, "Oud " + UUID.randomUUID(),
                "Nieuwe Naam", "06-55505678", new Upload("nieuw.png", TestFiles.png(20, 10)));
        // As a release before decision 0029 sealed them: the master keyset, the same contexts, marked data_key false.
        String identity = "{\"name\":\"Oude Melder\",\"organisation\":null,\"phone\":\"06-44400000\",\"email\":null}";
        jdbc.sql("update reporter_identity set sealed = ?, data_key = false where signal_id = ?")
                .params(master.seal(identity.getBytes(StandardCharsets.UTF_8), "reporter-identity:" + signal), signal)
                .update();
        AttachmentInfo file = attachments.list("SIGNAL", signal).get(0);
        jdbc.sql("update attachment set sealed_filename = ?, data_key = false where id = ?")
                .params(master.seal("oud-bestand.png".getBytes(StandardCharsets.UTF_8),
                        "attachment-name:" + file.id() + ":SIGNAL:" + signal), file.id().value())
                .update();
        WebSession officer = new WebSession(port);
        officer.login("af.utrecht", WebSession.DEMO_PASSWORD);

        assertThat(officer.postAndFollow("/signalen/" + signal + "/melder", Map.of("reason", "Terugbellen")).body())
                .contains("Oude Melder").contains("06-44400000");
        assertThat(officer.get("/signalen/" + signal).body()).contains("oud-bestand.png");
    }
}
