package nl.schakel.monitoring.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import nl.schakel.monitoring.Area;
import nl.schakel.monitoring.Period;
import nl.schakel.monitoring.TrajectoryRecord;
import nl.schakel.monitoring.TrajectoryRecords;
import nl.schakel.monitoring.internal.FigureTable.Cell;
import nl.schakel.monitoring.internal.FigureTable.Row;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.organisations.Organisations;
import nl.schakel.routing.ReferralStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The anonymised CoMensha-style export (issue 14 §5, decision 0033): one row per trajectory started in the year,
 * with a pseudonym re-keyed for every export (HMAC-SHA256 under a fresh random key that is never kept), year,
 * reporter type, police unit, sub-region, minor or adult and age band, sex, Dutch or not, sector and B8 — codes
 * in words only, no name, date of birth or free text.
 */
@Component
public class ComenshaExport {

    /** Sectors in CoMensha's order; a trajectory with several forms takes the first that applies. */
    private static final List<Map.Entry<String, String>> SECTORS = List.of(Map.entry("SEXUAL", "SEXUAL"),
            Map.entry("CRIMINAL", "CRIMINAL"), Map.entry("ORGAN_REMOVAL", "ORGAN_TRADE"),
            Map.entry("LABOUR", "OTHER_LABOUR"));

    private static final List<String> COLUMNS = List.of("year", "reporterType", "policeUnit", "subRegion", "minor",
            "ageBand", "sex", "dutch", "sector", "b8");

    private final List<TrajectoryRecords> sources;
    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final Labels labels;
    private final SecureRandom random = new SecureRandom();

    ComenshaExport(List<TrajectoryRecords> sources, JdbcClient jdbc, Organisations organisations, Labels labels) {
        this.sources = sources;
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.labels = labels;
    }

    private record SignalCodes(String reporterType, String sex, @Nullable UUID police) {
    }

    /** The year's rows; the texts in the language of the download. */
    public FigureTable export(UUID regionId, int year, Locale locale) {
        List<TrajectoryRecord> records = sources.stream()
                .flatMap(s -> s.started(Area.region(regionId), Period.year(year)).stream()).toList();
        Map<UUID, SignalCodes> signals = signalCodes(records.stream().flatMap(r -> r.signalIds().stream())
                .distinct().toList());
        Map<UUID, String> subRegions = new HashMap<>();
        jdbc.sql("select municipality_id, sub_region from monitoring_sub_region where region_id = ?").param(regionId)
                .query(rs -> {
                    subRegions.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        Set<UUID> policeUnits = new HashSet<>();
        signals.values().forEach(s -> {
            if (s.police() != null) {
                policeUnits.add(s.police());
            }
        });
        Map<UUID, String> policeNames = organisations.namesOf(policeUnits);
        Mac mac = freshKey();
        List<Row> rows = new ArrayList<>();
        Function<String, Cell> code = key -> Cells.text(labels.text(key, locale));
        for (TrajectoryRecord r : records) {
            SignalCodes first = r.signalIds().stream().map(signals::get).filter(s -> s != null).findFirst()
                    .orElse(null);
            UUID police = r.signalIds().stream().map(signals::get).filter(s -> s != null && s.police() != null)
                    .map(SignalCodes::police).findFirst().orElse(null);
            List<Cell> cells = List.of(
                    Cells.text(Integer.toString(r.year())),
                    code.apply(first == null ? "monitoring.comensha.unknown"
                            : "monitoring.code.REPORTER_TYPE." + first.reporterType()),
                    police == null ? code.apply("monitoring.comensha.none")
                            : Cells.text(policeNames.getOrDefault(police, "")),
                    code.apply(subRegions.containsKey(r.municipalityId())
                            ? "monitoring.subRegion." + subRegions.get(r.municipalityId()) : "monitoring.comensha.none"),
                    code.apply(r.age() == null ? "monitoring.comensha.unknown"
                            : r.age() < 18 ? "monitoring.comensha.minor" : "monitoring.comensha.adult"),
                    code.apply("monitoring.code.AGE_BAND." + AgeBand.of(r.age(), null, LocalDate.of(r.year(), 1, 1))),
                    code.apply(first == null ? "monitoring.comensha.unknown" : "monitoring.code.SEX." + first.sex()),
                    code.apply(r.dutch() == null ? "monitoring.comensha.unknown"
                            : r.dutch() ? "monitoring.comensha.yes" : "monitoring.comensha.no"),
                    code.apply("monitoring.comensha.sector." + sector(r.exploitationForms())),
                    code.apply(r.b8() ? "monitoring.comensha.yes" : "monitoring.comensha.no"));
            rows.add(new Row("monitoring.name", pseudonym(mac, r.trajectoryId()), cells));
        }
        return new FigureTable("comensha", "monitoring.comensha.column.pseudonym", "monitoring.rule.comensha",
                COLUMNS.stream().map(c -> "monitoring.comensha.column." + c).toList(), rows, false);
    }

    static String sector(Set<String> forms) {
        return SECTORS.stream().filter(e -> forms.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("UNKNOWN");
    }

    private Map<UUID, SignalCodes> signalCodes(List<UUID> ids) {
        Map<UUID, SignalCodes> codes = new HashMap<>();
        if (ids.isEmpty()) {
            return codes;
        }
        jdbc.sql("""
                select f.signal_id, f.reporter_type, f.sex,
                       (select r.partner_organisation_id from monitoring_referral_fact r where r.signal_id = f.signal_id
                        and r.partner_type = :police and r.status <> :revoked order by r.sent_at limit 1)
                from monitoring_signal_fact f where f.signal_id in (:ids)""")
                .param("ids", ids).param("police", OrganisationType.POLICE.name())
                .param("revoked", ReferralStatus.REVOKED.name())
                .query(rs -> {
                    codes.put(rs.getObject(1, UUID.class), new SignalCodes(rs.getString(2), rs.getString(3),
                            rs.getObject(4, UUID.class)));
                });
        return codes;
    }

    /** HMAC-SHA256 under a key made for this export alone; the key lives only in this Mac and is never stored. */
    private Mac freshKey() {
        byte[] key = new byte[32];
        random.nextBytes(key);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            java.util.Arrays.fill(key, (byte) 0);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pseudonym(Mac mac, UUID id) {
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits());
        return "P-" + HexFormat.of().formatHex(mac.doFinal(bytes.array()), 0, 8);
    }
}
