package nl.schakel.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import nl.schakel.monitoring.PartnerFigures;
import nl.schakel.monitoring.SubRegion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Monitoring's part of the demo region: the sub-region of each municipality (the regional tables' columns) and
 * partners' figures for T6 of the council report, last year's and the year before, as seed 000 names them.
 */
@Component
class MonitoringDemo implements DemoContribution {

    private static final Map<String, SubRegion> SUB_REGIONS = Map.of(
            "Gemeente Utrecht", SubRegion.UTRECHT, "Gemeente Houten", SubRegion.UTRECHT,
            "Gemeente Soest", SubRegion.UTRECHT, "Gemeente Nieuwegein", SubRegion.UTRECHT,
            "Gemeente Amersfoort", SubRegion.UTRECHT, "Gemeente Hilversum", SubRegion.GOOI_EN_VECHT,
            "Gemeente Lelystad", SubRegion.FLEVOLAND);

    private final ObjectProvider<PartnerFigures> figures;
    private final Clock clock;

    MonitoringDemo(ObjectProvider<PartnerFigures> figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void seed(DemoRegion region) {
        if (figures.getIfAvailable() == null) {
            return; // a module test that starts the demo region without this capability
        }
        UUID regionId = region.region().id().value();
        SUB_REGIONS.forEach((name, sub) -> figures.getObject().assign(regionId, region.organisation(name).id().value(), sub));
        int last = LocalDate.now(clock).getYear() - 1;
        UUID utrecht = region.organisation("Gemeente Utrecht").id().value();
        UUID houten = region.organisation("Gemeente Houten").id().value();
        for (int year : new int[] {last, last - 1}) {
            boolean recent = year == last;
            LocalDate date = LocalDate.of(year + 1, 2, 15);
            figures.getObject().record(utrecht, year, "Zaken naar het OM", recent ? 25 : 21, "Politie Midden-Nederland", date,
                    "Zaken mensenhandel die de politie in het jaar bij het OM aanbracht.", null);
            figures.getObject().record(utrecht, year, "Meldingen illegale sekswerk", recent ? 114 : 96, "Gemeente Utrecht, "
                    + "toezicht prostitutie", date, "Meldingen van illegale sekswerk bij het meldpunt van de gemeente.",
                    null);
            figures.getObject().record(utrecht, year, "Controles thuisprostitutie na zorgsignaal", recent ? 20 : 14,
                    "Gemeente Utrecht, toezicht", date, "Controles op thuisprostitutie na een signaal over zorg.", null);
            figures.getObject().record(utrecht, year, "Meldingen Veilig Thuis Utrecht", recent ? 71 : 157, "Veilig Thuis Utrecht",
                    date, "Meldingen mensenhandel bij Veilig Thuis Utrecht.", null);
            figures.getObject().record(utrecht, year, "Registraties Moviera", recent ? 62 : 45, "Moviera", date,
                    "Nieuwe registraties van slachtoffers bij de zorgcoördinator.", null);
            figures.getObject().record(houten, year, "Meldingen Veilig Thuis", recent ? 7 : 5, "Veilig Thuis Utrecht", date,
                    "Meldingen mensenhandel binnen de gemeente Houten bij Veilig Thuis.", null);
        }
    }
}
