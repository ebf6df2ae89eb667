package nl.schakel.monitoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.schakel.access.SchakelUser;
import nl.schakel.monitoring.Period;
import nl.schakel.monitoring.internal.RegionalTables;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The region's views for the chain director and regional analysts: the Regietafel (a quarter or a year, forms
 * per sub-region, small cells suppressed, no drill-down) and the victims table of 001 §1.3.
 */
@Controller
@PreAuthorize("hasAnyRole('CHAIN_DIRECTOR', 'ANALYST')")
class RegionalController {

    private final RegionalTables tables;
    private final Viewers viewers;
    private final Clock clock;

    RegionalController(RegionalTables tables, Viewers viewers, Clock clock) {
        this.tables = tables;
        this.viewers = viewers;
        this.clock = clock;
    }

    @GetMapping("/monitoring/regietafel")
    String regietafel(@AuthenticationPrincipal SchakelUser user, @RequestParam(required = false) @Nullable Integer jaar,
            @RequestParam(required = false) @Nullable Integer kwartaal, Model model) {
        requireRegional(user);
        int year = Years.asked(jaar, 0, clock);
        if (kwartaal != null && (kwartaal < 1 || kwartaal > 4)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        Period period = kwartaal == null ? Period.year(year)
                : new Period(LocalDate.of(year, 3 * kwartaal - 2, 1),
                        LocalDate.of(year, 3 * kwartaal - 2, 1).plusMonths(3).minusDays(1));
        model.addAttribute("year", year);
        model.addAttribute("quarter", kwartaal);
        model.addAttribute("years", Years.recent(clock));
        model.addAttribute("table", tables.regietafel(user.regionId(), period));
        return "monitoring/regietafel";
    }

    @GetMapping("/monitoring/slachtoffers")
    String victims(@AuthenticationPrincipal SchakelUser user, @RequestParam(required = false) @Nullable Integer jaar,
            Model model) {
        requireRegional(user);
        int year = Years.asked(jaar, 0, clock);
        model.addAttribute("year", year);
        model.addAttribute("years", Years.recent(clock));
        model.addAttribute("table", tables.victims(user.regionId(), Period.year(year)));
        return "monitoring/victims";
    }

    private void requireRegional(SchakelUser user) {
        if (!viewers.isRegional(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
