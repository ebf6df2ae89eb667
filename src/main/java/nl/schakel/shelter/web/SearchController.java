package nl.schakel.shelter.web;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.schakel.access.SchakelUser;
import nl.schakel.care.Trajectories;
import nl.schakel.care.TrajectoryCare;
import nl.schakel.care.TrajectoryId;
import nl.schakel.care.TrajectoryNotFoundException;
import nl.schakel.care.TrajectorySubjects;
import nl.schakel.shelter.ContraIndication;
import nl.schakel.shelter.ExploitationForm;
import nl.schakel.shelter.PlacementSearch;
import nl.schakel.shelter.ResidenceStatus;
import nl.schakel.shelter.SearchResult;
import nl.schakel.shelter.ServedSex;
import nl.schakel.shelter.ServiceArea;
import nl.schakel.shelter.Placements.SubjectRole;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Placement search for the care coordinator. The profile is posted (never in a URL); the result is shown once after
 * the redirect. Also the unmet needs, counted per profile.
 */
@Controller
@PreAuthorize("hasRole('CARE_COORDINATOR')")
class SearchController {

    private final PlacementSearch search;
    private final Trajectories trajectories;
    private final TrajectorySubjects subjects;

    SearchController(PlacementSearch search, Trajectories trajectories, TrajectorySubjects subjects) {
        this.search = search;
        this.trajectories = trajectories;
        this.subjects = subjects;
    }

    /** The search; from a trajectory ({@code ?traject=}) with its profile, person and reference filled in. */
    @GetMapping("/opvang/zoeken")
    String form(@AuthenticationPrincipal SchakelUser user,
            @RequestParam(name = "traject", required = false) @Nullable UUID trajectory, Model model) {
        if (!model.containsAttribute("searchForm")) {
            model.addAttribute("searchForm", trajectory == null ? SearchForm.empty() : fromTrajectory(user, trajectory));
        }
        return page(user, model, model.getAttribute("searchForm") instanceof SearchForm f ? f.trajectoryRef() : null);
    }

    @PostMapping("/opvang/zoeken")
    String search(@AuthenticationPrincipal SchakelUser user, @Valid @ModelAttribute("searchForm") SearchForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(user, model, form == null ? null : form.trajectoryRef());
        }
        SearchResult result = search.search(user, form.profile());
        redirect.addFlashAttribute("searchForm", form);
        redirect.addFlashAttribute("result", result);
        return "redirect:/opvang/zoeken";
    }

    @GetMapping("/opvang/onvervuld")
    String unmet(@AuthenticationPrincipal SchakelUser user, Model model) {
        model.addAttribute("needs", search.unmetNeeds(user.regionId()));
        return "shelter/unmet";
    }

    private SearchForm fromTrajectory(SchakelUser user, UUID id) {
        TrajectoryCare care = trajectories.view(user, new TrajectoryId(id)).care();
        if (care == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return SearchForm.forTrajectory(new TrajectoryId(id), care);
    }

    /** The page; {@code forTrajectory} as bound, checked only when a request is sent (shelter's PlacementSubjects). */
    private String page(SchakelUser user, Model model, @Nullable UUID forTrajectory) {
        model.addAttribute("forTrajectory", forTrajectory);
        model.addAttribute("subjectOptions", subjects.ledBy(user));
        model.addAttribute("sexes", ServedSex.values());
        model.addAttribute("forms", ExploitationForm.values());
        model.addAttribute("areas", ServiceArea.values());
        model.addAttribute("contraIndications", ContraIndication.values());
        model.addAttribute("residenceStatuses", ResidenceStatus.values());
        model.addAttribute("subjectRoles", SubjectRole.values());
        return "shelter/search";
    }

    @ExceptionHandler(TrajectoryNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
