package nl.schakel.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.schakel.directory.ContactRole;
import nl.schakel.directory.Covenant;
import nl.schakel.directory.Directory;
import nl.schakel.directory.DirectoryEntry;
import nl.schakel.directory.Phase;
import nl.schakel.directory.ReachedBy;
import nl.schakel.directory.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The demo region's sociale kaart: the partners' tasks, thresholds and numbers as the sources describe them, with
 * fictional contact persons. All entries but Pretty Human's are confirmed, so "niet geverifieerd" shows as well.
 */
@Component
class DirectoryDemo implements DemoContribution {

    private static final String REGION = "Midden-Nederland (Utrecht, Houten en omliggende gemeenten)";
    private static final String COVENANT = "Convenant Zorg- en Veiligheidshuis regio Utrecht";
    private static final LocalDate SINCE = LocalDate.of(2026, 1, 1);

    private final ObjectProvider<Directory> directory;

    DirectoryDemo(ObjectProvider<Directory> directory) {
        this.directory = directory;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public void seed(DemoRegion region) {
        if (directory.getIfAvailable() == null) {
            return; // a module test that starts the demo region without this capability
        }
        entry(region, "Politie Midden-Nederland – TMM", true, new DirectoryEntry(REGION,
                "Team Mensenhandel en Migratiecriminaliteit: opsporing van mensenhandel en mensensmokkel, "
                        + "aangifte, het B8-traject voor slachtoffers zonder verblijfsrecht.",
                "Stuur ons elk signaal met een concrete aanwijzing voor uitbuiting of direct gevaar. Acuut: "
                        + "bel 112 of het 24/7-nummer. Twijfelt u? Overleg eerst met de TMM-coördinator.",
                "Maandag tot en met vrijdag 8.30–17.00 uur", "0900-8844", "0900-8844 (meldkamer, vraag naar TMM)",
                "tmm.midden-nederland@politie.example", ReachedBy.ACCOUNT,
                "Voor aangifte of als u de politie wilt spreken. Anoniem melden kan bij Meld Misdaad Anoniem: "
                        + "0800-7000.",
                List.of(new ContactRole("TMM-coördinator", "Rik Voorbeeld", "Sanne Fictief", "030-0000001", SINCE,
                        null)),
                List.of(new Covenant(COVENANT, "Art. 20 Wet politiegegevens")),
                tasks(List.of("SEXUAL", "LABOUR", "CRIMINAL", "FORCED_SERVICES", "ORGAN_REMOVAL"),
                        Phase.INVESTIGATION_ENFORCEMENT, Phase.WEIGHING)));
        entry(region, "Nederlandse Arbeidsinspectie – opsporing", true, new DirectoryEntry("Heel Nederland",
                "Strafrechtelijk onderzoek naar arbeidsuitbuiting (art. 273f Sr), onder gezag van het OM.",
                "Hoge drempel: stuur ons signalen met aanwijzingen voor ernstige benadeling, dwang of misleiding "
                        + "door een werkgever. Lichtere misstanden gaan naar toezicht.",
                "Maandag tot en met vrijdag 8.30–17.00 uur", "0800-5151", null, null, ReachedBy.ACCOUNT, null,
                List.of(new ContactRole("Regionaal contactpersoon mensenhandel", "Joost Proef", "Eva Test", null,
                        SINCE, null)),
                List.of(new Covenant(COVENANT, "Wet gegevensverwerking samenwerkingsverbanden (WGS)")),
                tasks(List.of("LABOUR", "FORCED_SERVICES"), Phase.INVESTIGATION_ENFORCEMENT)));
        entry(region, "Nederlandse Arbeidsinspectie – toezicht", true, new DirectoryEntry("Heel Nederland",
                "Toezicht op arbeidsomstandigheden, minimumloon en arbeidstijden; inspecties en boetes.",
                "Lage drempel: stuur ons ook signalen van onderbetaling, te lange werkdagen of slechte huisvesting "
                        + "bij de werkgever, ook zonder aanwijzing voor dwang.",
                "Maandag tot en met vrijdag 8.30–17.00 uur", "0800-5151", null, null, ReachedBy.ACCOUNT,
                "Voor misstanden op het werk, zoals onderbetaling of gevaarlijk werk. Bel 0800-5151 of meld op "
                        + "de website van de Arbeidsinspectie.",
                List.of(new ContactRole("Coördinator meldingen", "Nadia Voorbeeld", null, null, SINCE, null)),
                List.of(new Covenant(COVENANT, "Wet gegevensverwerking samenwerkingsverbanden (WGS)")),
                tasks(List.of("LABOUR"), Phase.INVESTIGATION_ENFORCEMENT, Phase.SIGNALLING)));
        entry(region, "Moviera", true, new DirectoryEntry(REGION,
                "Zorgcoördinatie voor slachtoffers van mensenhandel: intake, veiligheid, opvang zoeken, "
                        + "hulpverlening regelen, aanmelden bij CoMensha met toestemming.",
                "Stuur ons elk signaal waarbij een mogelijk slachtoffer hulp of opvang nodig heeft. Er is geen "
                        + "bewijs nodig; een vermoeden is genoeg.",
                "Maandag tot en met vrijdag 9.00–17.00 uur", "088-0000002", "088-0000003 (crisisdienst)",
                "zorgcoordinatie@moviera.example", ReachedBy.ACCOUNT, null,
                List.of(new ContactRole("Zorgcoördinator mensenhandel", "Lieke Fictief", "Tom Voorbeeld", null,
                        SINCE, null)),
                List.of(new Covenant(COVENANT, "Wet maatschappelijke ondersteuning 2015")),
                tasks(List.of("SEXUAL", "LABOUR", "CRIMINAL", "FORCED_MARRIAGE", "FORCED_SERVICES"),
                        Phase.WEIGHING, Phase.ROUTING, Phase.SHELTER_CARE)));
        entry(region, "Veilig Thuis Utrecht", true, new DirectoryEntry(REGION,
                "Advies- en meldpunt huiselijk geweld en kindermishandeling; onderzoek en veiligheid in gezinnen.",
                "Stuur ons signalen waarbij minderjarigen of huiselijke relaties betrokken zijn, zoals "
                        + "loverboy-situaties of gedwongen huwelijk.",
                "Dag en nacht", "0800-2000", "0800-2000", null, ReachedBy.SECURE_LINK,
                "Bij zorgen over huiselijk geweld, kindermishandeling of uitbuiting binnen een gezin. Gratis en "
                        + "dag en nacht bereikbaar, ook voor advies.",
                List.of(new ContactRole("Aandachtsfunctionaris mensenhandel", "Femke Proef", "Ali Voorbeeld", null,
                        SINCE, null)),
                List.of(new Covenant("Meldcode huiselijk geweld en kindermishandeling", "Meldrecht, art. 5.2.6 Wmo 2015")),
                tasks(List.of("SEXUAL", "FORCED_MARRIAGE", "CRIMINAL"), Phase.REPORTING, Phase.WEIGHING)));
        entry(region, "Belle", true, new DirectoryEntry(REGION,
                "Hulp aan sekswerkers en slachtoffers van seksuele uitbuiting vanaf 18 jaar: gratis, zonder "
                        + "wachtlijst, ook uitstapprogramma.",
                "Stuur ons volwassenen met een hulpvraag rond seksuele uitbuiting of sekswerk. Geen verwijzing "
                        + "nodig.",
                "Maandag tot en met vrijdag 10.00–16.00 uur", "030-0000004", null, null, ReachedBy.ACCOUNT,
                "Voor sekswerkers en volwassenen die seksueel worden uitgebuit en hulp willen. Gratis en zonder "
                        + "wachtlijst.",
                List.of(), List.of(), tasks(List.of("SEXUAL"), Phase.SHELTER_CARE, Phase.SIGNALLING)));
        entry(region, "Pretty Human", false, new DirectoryEntry("Gemeente Utrecht",
                "Hulp aan jongeren tot 23 jaar die (dreigen te worden) uitgebuit, met ervaringsdeskundigen.",
                "Stuur ons jongeren tot 23 jaar met signalen van seksuele of criminele uitbuiting.",
                "Maandag tot en met vrijdag 9.00–17.00 uur", "030-0000005", null, null, ReachedBy.SECURE_LINK, null,
                List.of(new ContactRole("Jongerenwerker", "Mo Fictief", null, null, SINCE, LocalDate.of(2026, 6, 30))),
                List.of(), tasks(List.of("SEXUAL", "CRIMINAL"), Phase.SIGNALLING, Phase.SHELTER_CARE)));
        entry(region, "Gemeente Utrecht", true, new DirectoryEntry("Gemeente Utrecht",
                "Aandachtsfunctionarissen mensenhandel: ontvangen en wegen signalen, zetten door naar zorg, politie "
                        + "en inspectie, en houden de melder op de hoogte.",
                "Stuur ons elk signaal van mogelijke uitbuiting in Utrecht, ook een vaag vermoeden.",
                "Maandag tot en met vrijdag 8.30–17.00 uur", "14 030", null, "mensenhandel@utrecht.example",
                ReachedBy.ACCOUNT, "Voor elk vermoeden van uitbuiting in de gemeente Utrecht: gebruik het "
                        + "meldformulier of bel 14 030 en vraag naar de aandachtsfunctionaris mensenhandel.",
                List.of(new ContactRole("Aandachtsfunctionaris mensenhandel", "Ayla Functionaris",
                        "Daan Functionaris", "14 030", SINCE, null)),
                List.of(new Covenant(COVENANT, "Wet maatschappelijke ondersteuning 2015")),
                tasks(List.of("SEXUAL", "LABOUR", "CRIMINAL", "FORCED_MARRIAGE"), Phase.REPORTING, Phase.WEIGHING,
                        Phase.ROUTING)));
        entry(region, "Gemeente Houten", true, new DirectoryEntry("Gemeente Houten",
                "Aandachtsfunctionaris mensenhandel van de gemeente Houten.",
                "Stuur ons elk signaal van mogelijke uitbuiting in Houten.",
                "Maandag tot en met vrijdag 9.00–16.30 uur", "14 030", null, null, ReachedBy.ACCOUNT, null,
                List.of(new ContactRole("Aandachtsfunctionaris mensenhandel", "Hugo Functionaris", null, null, SINCE,
                        null)),
                List.of(), tasks(List.of("SEXUAL", "LABOUR", "CRIMINAL"), Phase.WEIGHING, Phase.ROUTING)));
        entry(region, "RIEC Midden-Nederland", true, new DirectoryEntry(REGION,
                "Regionaal Informatie- en Expertise Centrum: ketenregie, casusoverleg en de bestuurlijke aanpak "
                        + "van ondermijning en mensenhandel.",
                "Stuur ons casussen die een gezamenlijke aanpak vragen van gemeente, politie, OM en inspecties. "
                        + "Het CoMensha-model: elk mogelijk slachtoffer wordt met toestemming bij CoMensha aangemeld.",
                "Maandag tot en met vrijdag 9.00–17.00 uur", "030-0000006", null, null, ReachedBy.ACCOUNT, null,
                List.of(new ContactRole("Ketenregisseur mensenhandel", "Kim Voorbeeld", "Bas Proef", null, SINCE,
                        null)),
                List.of(new Covenant("RIEC-convenant Midden-Nederland", "Art. 20 Wpg en art. 39f Wjsg")),
                tasks(List.of("SEXUAL", "LABOUR", "CRIMINAL"), Phase.ROUTING)));
    }

    private void entry(DemoRegion region, String organisation, boolean confirmed, DirectoryEntry entry) {
        var id = region.organisation(organisation).id();
        directory.getObject().save(region.region().id(), id, entry);
        if (confirmed) {
            directory.getObject().confirm(region.region().id(), id, region.user("beheerder").value());
        }
    }

    private static List<Task> tasks(List<String> forms, Phase... phases) {
        List<Task> tasks = new ArrayList<>();
        for (String form : forms) {
            for (Phase phase : phases) {
                tasks.add(new Task(form, phase));
            }
        }
        return tasks;
    }
}
