package nl.schakel.shelter;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import nl.schakel.shelter.ImportReport.BadRow;
import nl.schakel.shelter.internal.OfferWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care offer as the Excel overview the region kept so far: the care coordinator exports it and imports it.
 * The import keeps every valid row (a service is matched by provider and name) and reports every bad row with its
 * number and reason.
 */
@Service
public class OfferWorkbooks {

    private final CareOffer offer;
    private final Organisations organisations;
    private final AuditTrail audit;

    OfferWorkbooks(CareOffer offer, Organisations organisations, AuditTrail audit) {
        this.offer = offer;
        this.organisations = organisations;
        this.audit = audit;
    }

    public byte[] export(SchakelUser user) {
        requireCoordinator(user);
        audit.record(AuditEvent.success("CARE_OFFER_EXPORTED", "REGION", user.regionId(), "CARE_OFFER"));
        return OfferWorkbook.write(offer.inRegion(user.regionId()));
    }

    /** @throws nl.schakel.shelter.internal.UnreadableWorkbookException when the file is no xlsx */
    @Transactional
    public ImportReport importWorkbook(SchakelUser user, InputStream xlsx) {
        requireCoordinator(user);
        OfferWorkbook.Parsed parsed = OfferWorkbook.read(xlsx);
        Map<String, UUID> providers = new HashMap<>();
        for (Organisation organisation : organisations.inRegion(new RegionId(user.regionId()))) {
            if (organisation.active() && (organisation.type() == OrganisationType.CARE_PROVIDER
                    || organisation.type() == OrganisationType.CARE_COORDINATION)) {
                providers.put(key(organisation.name()), organisation.id().value());
            }
        }
        List<BadRow> bad = new ArrayList<>();
        parsed.refusals().forEach(r -> bad.add(new BadRow(r.row(), r.reason(), r.column())));
        int imported = 0;
        for (OfferWorkbook.ParsedRow row : parsed.rows()) {
            UUID provider = providers.get(key(row.provider()));
            if (provider == null) {
                bad.add(new BadRow(row.row(), "shelter.import.error.unknownProvider", OfferColumn.PROVIDER));
                continue;
            }
            offer.saveAsRegion(user.regionId(), provider, row.description(), null);
            imported++;
        }
        bad.sort(java.util.Comparator.comparingInt(BadRow::row));
        audit.record(AuditEvent.success("CARE_OFFER_IMPORTED", "REGION", user.regionId(), "CARE_OFFER"));
        return new ImportReport(imported, List.copyOf(bad));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static void requireCoordinator(SchakelUser user) {
        if (!user.hasRole(Role.CARE_COORDINATOR)) {
            throw new UnknownServiceException();
        }
    }
}
