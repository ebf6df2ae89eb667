package nl.schakel.monitoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.monitoring.Period;
import nl.schakel.monitoring.internal.ComenshaExport;
import nl.schakel.monitoring.internal.Downloads;
import nl.schakel.monitoring.internal.FigureTable;
import nl.schakel.monitoring.internal.RegionalTables;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The region's views for the chain director and regional analysts: the Regietafel (a quarter or a year, forms
 * per sub-region, small cells suppressed, no drill-down) and the victims table of 001 §1.3, each also as CSV and
 * xlsx with the same cells as the page (every download audited).
 */
@Controller
@PreAuthorize("hasAnyRole('CHAIN_DIRECTOR', 'ANALYST')")
class RegionalController {

    private final RegionalTables tables;
    private final ComenshaExport comensha;
    private final Viewers viewers;
    private final Downloads downloads;
    private final AuditTrail audit;
    private final Clock clock;

    RegionalController(RegionalTables tables, ComenshaExport comensha, Viewers viewers, Downloads downloads,
            AuditTrail audit, Clock clock) {
        this.tables = tables;
        this.comensha = comensha;
        this.viewers = viewers;
        this.downloads = downloads;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/monitoring/regietafel")
    String regietafel(@AuthenticationPrincipal SchakelUser user, @RequestParam(required = false) @Nullable Integer jaar,
            @RequestParam(required = false) @Nullable Integer kwartaal, Model model) {
        int year = Years.asked(jaar, 0, clock);
        model.addAttribute("year", year);
        model.addAttribute("quarter", kwartaal);
        model.addAttribute("years", Years.recent(clock));
        model.addAttribute("table", regietafel(user, year, kwartaal));
        model.addAttribute("query", "?jaar=" + year + (kwartaal == null ? "" : "&kwartaal=" + kwartaal));
        return "monitoring/regietafel";
    }

    @GetMapping("/monitoring/regietafel.{format}")
    ResponseEntity<byte[]> regietafelDownload(@AuthenticationPrincipal SchakelUser user, @PathVariable String format,
            @RequestParam(required = false) @Nullable Integer jaar,
            @RequestParam(required = false) @Nullable Integer kwartaal) {
        return download(regietafel(user, Years.asked(jaar, 0, clock), kwartaal), format);
    }

    @GetMapping("/monitoring/slachtoffers")
    String victims(@AuthenticationPrincipal SchakelUser user, @RequestParam(required = false) @Nullable Integer jaar,
            Model model) {
        int year = Years.asked(jaar, 0, clock);
        model.addAttribute("year", year);
        model.addAttribute("years", Years.recent(clock));
        model.addAttribute("table", victims(user, year));
        return "monitoring/victims";
    }

    @GetMapping("/monitoring/slachtoffers.{format}")
    ResponseEntity<byte[]> victimsDownload(@AuthenticationPrincipal SchakelUser user, @PathVariable String format,
            @RequestParam(required = false) @Nullable Integer jaar) {
        return download(victims(user, Years.asked(jaar, 0, clock)), format);
    }

    /**
     * The anonymised CoMensha-style export of the trajectories started in the year: one row each, a pseudonym
     * re-keyed for this export alone; audited as an export of the region.
     */
    @GetMapping("/monitoring/comensha.{format}")
    ResponseEntity<byte[]> comensha(@AuthenticationPrincipal SchakelUser user, @PathVariable String format,
            @RequestParam(required = false) @Nullable Integer jaar) {
        requireRegional(user);
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        int year = Years.asked(jaar, 1, clock);
        FigureTable table = comensha.export(user.regionId(), year, LocaleContextHolder.getLocale());
        audit.record(AuditEvent.success("COMENSHA_EXPORTED", "REGION", user.regionId(), DashboardController.PURPOSE));
        return file(table, format, "comensha-" + year);
    }

    private FigureTable regietafel(SchakelUser user, int year, @Nullable Integer quarter) {
        requireRegional(user);
        if (quarter != null && (quarter < 1 || quarter > 4)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        LocalDate start = LocalDate.of(year, quarter == null ? 1 : 3 * quarter - 2, 1);
        Period period = quarter == null ? Period.year(year)
                : new Period(start, start.plusMonths(3).minusDays(1));
        return tables.regietafel(user.regionId(), period);
    }

    private FigureTable victims(SchakelUser user, int year) {
        requireRegional(user);
        return tables.victims(user.regionId(), Period.year(year));
    }

    /** The table as CSV or xlsx, audited; 404 for another format. */
    private ResponseEntity<byte[]> download(FigureTable table, String format) {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        audit.record(AuditEvent.success("FIGURES_DOWNLOADED", "FIGURE_TABLE", table.id(), DashboardController.PURPOSE));
        return file(table, format, table.id());
    }

    private ResponseEntity<byte[]> file(FigureTable table, String format, String name) {
        return format.equals("csv")
                ? Responses.file(downloads.csv(table, LocaleContextHolder.getLocale()), name + ".csv",
                        "text/csv; charset=UTF-8")
                : Responses.file(downloads.xlsx(List.of(table), LocaleContextHolder.getLocale()), name + ".xlsx",
                        Responses.XLSX);
    }

    private void requireRegional(SchakelUser user) {
        if (!viewers.isRegional(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
