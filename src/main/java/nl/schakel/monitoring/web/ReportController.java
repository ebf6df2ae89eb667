package nl.schakel.monitoring.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.monitoring.PartnerFigures;
import nl.schakel.monitoring.Scope;
import nl.schakel.monitoring.internal.CouncilReport;
import nl.schakel.monitoring.internal.Downloads;
import nl.schakel.monitoring.internal.FigureTable;
import nl.schakel.monitoring.internal.ReportPdf;
import nl.schakel.organisations.Organisation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The council report of a municipality and year (page, PDF, xlsx; public version with small person counts
 * suppressed) and the partners' figures of T6, entered by the municipality's officer or analyst.
 */
@Controller
@PreAuthorize("hasAnyRole('DESIGNATED_OFFICER', 'ANALYST', 'CHAIN_DIRECTOR')")
class ReportController {

    private static final String PAGE = "monitoring/report";

    private final CouncilReport report;
    private final ReportPdf pdf;
    private final Downloads downloads;
    private final PartnerFigures partnerFigures;
    private final Viewers viewers;
    private final AuditTrail audit;
    private final Clock clock;

    ReportController(CouncilReport report, ReportPdf pdf, Downloads downloads, PartnerFigures partnerFigures,
            Viewers viewers, AuditTrail audit, Clock clock) {
        this.report = report;
        this.pdf = pdf;
        this.downloads = downloads;
        this.partnerFigures = partnerFigures;
        this.viewers = viewers;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/monitoring/raadsrapportage")
    String page(@AuthenticationPrincipal SchakelUser user, @RequestParam(required = false) @Nullable Integer jaar,
            @RequestParam(required = false) @Nullable UUID gemeente, @RequestParam(defaultValue = "false") boolean openbaar,
            Model model) {
        int year = Years.asked(jaar, 1, clock);
        return show(user, year, gemeente, openbaar, PartnerFigureForm.empty(year), model);
    }

    @GetMapping("/monitoring/raadsrapportage.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SchakelUser user,
            @RequestParam(required = false) @Nullable Integer jaar,
            @RequestParam(required = false) @Nullable UUID gemeente, @RequestParam(defaultValue = "false") boolean openbaar) {
        int year = Years.asked(jaar, 1, clock);
        Scope scope = scope(user, gemeente);
        Map<String, Object> model = new HashMap<>();
        model.put("tables", report.tables(scope, year, openbaar));
        model.put("year", year);
        model.put("municipality", viewers.nameOf(scope.municipalityId()));
        model.put("publicVersion", openbaar);
        audit.record(AuditEvent.success("COUNCIL_REPORT_DOWNLOADED", "MUNICIPALITY", scope.municipalityId(),
                DashboardController.PURPOSE));
        return Responses.file(pdf.render(model, LocaleContextHolder.getLocale()), "raadsrapportage-" + year + ".pdf",
                "application/pdf");
    }

    @GetMapping("/monitoring/raadsrapportage.xlsx")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal SchakelUser user,
            @RequestParam(required = false) @Nullable Integer jaar,
            @RequestParam(required = false) @Nullable UUID gemeente, @RequestParam(defaultValue = "false") boolean openbaar) {
        int year = Years.asked(jaar, 1, clock);
        Scope scope = scope(user, gemeente);
        List<FigureTable> tables = report.tables(scope, year, openbaar);
        audit.record(AuditEvent.success("COUNCIL_REPORT_DOWNLOADED", "MUNICIPALITY", scope.municipalityId(),
                DashboardController.PURPOSE));
        return Responses.file(downloads.xlsx(tables, LocaleContextHolder.getLocale()),
                "raadsrapportage-" + year + ".xlsx", Responses.XLSX);
    }

    @PostMapping("/monitoring/raadsrapportage/partnercijfers")
    String addPartnerFigure(@AuthenticationPrincipal SchakelUser user,
            @Valid @ModelAttribute("figureForm") PartnerFigureForm form, BindingResult errors, Model model) {
        if (!viewers.isMunicipal(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (errors.hasErrors()) {
            int year = form.year() == null ? Years.asked(null, 1, clock) : form.year();
            return show(user, year, null, false, form, model);
        }
        partnerFigures.record(user.organisationId(), form.year(), form.label(), form.amount(), form.source(),
                form.sourceDate(), form.definition(), user.userId());
        return "redirect:/monitoring/raadsrapportage?jaar=" + form.year();
    }

    private String show(SchakelUser user, int year, @Nullable UUID gemeente, boolean publicVersion,
            PartnerFigureForm form, Model model) {
        Scope scope = scope(user, gemeente);
        model.addAttribute("year", year);
        model.addAttribute("years", Years.recent(clock));
        model.addAttribute("municipalityId", scope.municipalityId());
        model.addAttribute("municipality", viewers.nameOf(scope.municipalityId()));
        model.addAttribute("municipalities", viewers.isRegional(user) ? viewers.municipalities(user)
                : List.<Organisation>of());
        model.addAttribute("publicVersion", publicVersion);
        model.addAttribute("mayEnter", viewers.isMunicipal(user));
        model.addAttribute("tables", report.tables(scope, year, publicVersion));
        model.addAttribute("figureForm", form);
        return PAGE;
    }

    /** A municipality's report: the person's own municipality, or for regional people the one asked (or the first). */
    private Scope scope(SchakelUser user, @Nullable UUID gemeente) {
        UUID municipality = gemeente;
        if (municipality == null && viewers.isRegional(user)) {
            municipality = viewers.municipalities(user).stream().findFirst().map(o -> o.id().value())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        Scope scope = viewers.scope(user, municipality, null);
        if (scope.municipalityId() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return scope;
    }
}
