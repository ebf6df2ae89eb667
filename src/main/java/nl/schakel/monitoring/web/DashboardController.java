package nl.schakel.monitoring.web;

import java.time.Clock;
import java.util.List;

import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.monitoring.Period;
import nl.schakel.monitoring.Scope;
import nl.schakel.monitoring.SubRegion;
import nl.schakel.monitoring.internal.Dashboard;
import nl.schakel.monitoring.internal.Downloads;
import nl.schakel.monitoring.internal.FigureTable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The dashboard (figures per role and scope) and the download of each of its tables as CSV or xlsx. */
@Controller
@PreAuthorize("hasAnyRole('DESIGNATED_OFFICER', 'ANALYST', 'CHAIN_DIRECTOR')")
class DashboardController {

    static final String PURPOSE = "MONITORING";

    private final Dashboard dashboard;
    private final Downloads downloads;
    private final Viewers viewers;
    private final AuditTrail audit;
    private final Clock clock;

    DashboardController(Dashboard dashboard, Downloads downloads, Viewers viewers, AuditTrail audit, Clock clock) {
        this.dashboard = dashboard;
        this.downloads = downloads;
        this.viewers = viewers;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/monitoring")
    String dashboard(@AuthenticationPrincipal SchakelUser user, @ModelAttribute("filter") FigureFilter filter,
            Model model) {
        Period period = filter.period(clock);
        Scope scope = viewers.scope(user, filter.gemeente(), filter.deelregio());
        model.addAttribute("period", period);
        model.addAttribute("scope", scope);
        model.addAttribute("regional", viewers.isRegional(user));
        model.addAttribute("municipalities", viewers.isRegional(user) ? viewers.municipalities(user) : List.of());
        model.addAttribute("subRegions", SubRegion.values());
        model.addAttribute("scopeName", scope.municipalityId() != null ? viewers.nameOf(scope.municipalityId()) : null);
        model.addAttribute("tables", dashboard.tables(scope, period));
        return "monitoring/dashboard";
    }

    @GetMapping("/monitoring/download/{table}.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal SchakelUser user, @PathVariable String table,
            @ModelAttribute("filter") FigureFilter filter) {
        FigureTable figures = table(user, table, filter);
        return Responses.file(downloads.csv(figures, LocaleContextHolder.getLocale()), table + ".csv",
                "text/csv; charset=UTF-8");
    }

    @GetMapping("/monitoring/download/{table}.xlsx")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal SchakelUser user, @PathVariable String table,
            @ModelAttribute("filter") FigureFilter filter) {
        FigureTable figures = table(user, table, filter);
        return Responses.file(downloads.xlsx(List.of(figures), LocaleContextHolder.getLocale()), table + ".xlsx",
                Responses.XLSX);
    }

    private FigureTable table(SchakelUser user, String id, FigureFilter filter) {
        Scope scope = viewers.scope(user, filter.gemeente(), filter.deelregio());
        FigureTable table = dashboard.table(id, scope, filter.period(clock))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.record(AuditEvent.success("FIGURES_DOWNLOADED", "FIGURE_TABLE", table.id(), PURPOSE));
        return table;
    }
}
