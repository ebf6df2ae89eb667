package nl.schakel.shelter;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.schakel.shelter.internal.OfferWorkbook;
import nl.schakel.shelter.internal.UnreadableWorkbookException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Excel overview: every valid row is read, every bad row is named with its row number and reason. */
class OfferWorkbookTests {

    @Test
    void badRowsAreReportedAndTheOthersRead() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            rows.add(Workbooks.row("Pretty Human", "Aanbod " + i, "12"));
        }
        rows.set(2, Workbooks.row("Pretty Human", "Aanbod 3", "dertien"));
        List<String> unknownKind = new ArrayList<>(rows.get(6));
        unknownKind.set(OfferColumn.KIND.ordinal(), "KASTEEL");
        rows.set(6, unknownKind);

        OfferWorkbook.Parsed parsed = OfferWorkbook.read(new ByteArrayInputStream(Workbooks.xlsx(rows)));

        assertThat(parsed.rows()).hasSize(8);
        assertThat(parsed.refusals()).extracting(r -> r.row() + ":" + r.column() + ":" + r.reason()).containsExactly(
                "4:MIN_AGE:shelter.import.error.notANumber", "8:KIND:shelter.import.error.unknownCode");
        ServiceDescription first = parsed.rows().get(0).description();
        assertThat(first.forms()).containsExactlyInAnyOrder(ExploitationForm.SEXUAL, ExploitationForm.LABOUR);
        assertThat(first.acceptsUnaccompaniedMinors()).isTrue();
        assertThat(first.withSupport()).containsExactly(ContraIndication.ADDICTION);
    }

    @Test
    void whatIsWrittenReadsBackTheSame() throws Exception {
        CareService service = ShelterFixtures.service("Terug en heen", Set.of(ExploitationForm.CRIMINAL),
                Set.of(ServedSex.MALE), 16, 23, Set.of(ServiceArea.GOOI_EN_VECHT), Set.of(ContraIndication.LVB),
                Set.of(), true, false);
        byte[] xlsx = OfferWorkbook.write(List.of(new CareService(service.id(), UUID.randomUUID(), "Belle",
                service.name(), service.kind(), service.forms(), service.sexes(), 16, 23, service.target(), true, false,
                service.areas(), service.contraIndications(), service.withSupport(), service.languages(),
                service.intakeRoute(), service.payer(), 0, service.verifiedOn())));

        OfferWorkbook.Parsed parsed = OfferWorkbook.read(new ByteArrayInputStream(xlsx));

        assertThat(parsed.refusals()).isEmpty();
        assertThat(parsed.rows().get(0).provider()).isEqualTo("Belle");
        ServiceDescription read = parsed.rows().get(0).description();
        assertThat(read.areas()).containsExactly(ServiceArea.GOOI_EN_VECHT);
        assertThat(read.contraIndications()).containsExactly(ContraIndication.LVB);
        assertThat(read.verifiedOn()).isEqualTo(service.verifiedOn());
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedAsAWhole() {
        assertThatThrownBy(() -> OfferWorkbook.read(new ByteArrayInputStream("geen excel".getBytes())))
                .isInstanceOf(UnreadableWorkbookException.class);
    }
}
