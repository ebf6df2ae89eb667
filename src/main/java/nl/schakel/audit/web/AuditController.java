package nl.schakel.audit.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditNames;
import nl.schakel.audit.AuditTrail;
import nl.schakel.audit.ChainVerification;
import nl.schakel.audit.Outcome;
import nl.schakel.audit.internal.AuditRecord;
import nl.schakel.audit.internal.AuditSearch;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrator's audit viewer and chain verifier. Looking at the trail is itself audited. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    private final AuditSearch search;
    private final AuditTrail trail;
    private final List<AuditNames> names;

    AuditController(AuditSearch search, AuditTrail trail, List<AuditNames> names) {
        this.search = search;
        this.trail = trail;
        this.names = names;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String outcome,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable String objectId,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        AuditSearch.Filter filter = new AuditSearch.Filter(action, outcome, from, to, objectId, page);
        AuditSearch.Page result = search.find(filter);
        trail.record(new AuditEvent("AUDIT_VIEWED", "AUDIT_TRAIL", null, "AUDIT_SUPERVISION", Outcome.SUCCESS));
        model.addAttribute("filter", filter);
        model.addAttribute("result", result);
        Map<UUID, String> names = resolveNames(result.records());
        model.addAttribute("names", names);
        model.addAttribute("objectNames", objectNames(result.records(), names));
        model.addAttribute("actions", search.actions());
        model.addAttribute("outcomes", Outcome.values());
        return htmx != null ? "admin/audit :: results" : "admin/audit";
    }

    @PostMapping("/verify")
    String verify(Model model) {
        ChainVerification verification = trail.verify();
        trail.record(new AuditEvent("AUDIT_VERIFIED", "AUDIT_TRAIL", null, "AUDIT_SUPERVISION",
                verification.intact() ? Outcome.SUCCESS : Outcome.FAILURE));
        model.addAttribute("verification", verification);
        return "admin/audit-verify";
    }

    /** Each record's object id as a name (a signal's reference, a user's name) where a module knows it. */
    private static Map<String, String> objectNames(List<AuditRecord> records, Map<UUID, String> names) {
        Map<String, String> objects = new HashMap<>();
        records.forEach(r -> {
            UUID id = uuid(r.objectId());
            if (id != null && names.containsKey(id)) {
                objects.put(r.objectId(), names.get(id));
            }
        });
        return objects;
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        if (value == null || value.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Map<UUID, String> resolveNames(List<AuditRecord> records) {
        Set<UUID> ids = new HashSet<>();
        records.forEach(r -> Stream.of(r.userId(), r.organisationId(), uuid(r.objectId())).filter(Objects::nonNull)
                .forEach(ids::add));
        Map<UUID, String> resolved = new HashMap<>();
        names.forEach(n -> resolved.putAll(n.namesOf(ids)));
        return resolved;
    }
}
