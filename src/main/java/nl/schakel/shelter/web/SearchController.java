package nl.schakel.shelter.web;

import jakarta.validation.Valid;
import nl.schakel.access.SchakelUser;
import nl.schakel.shelter.ContraIndication;
import nl.schakel.shelter.ExploitationForm;
import nl.schakel.shelter.PlacementSearch;
import nl.schakel.shelter.ResidenceStatus;
import nl.schakel.shelter.SearchResult;
import nl.schakel.shelter.ServedSex;
import nl.schakel.shelter.ServiceArea;
import nl.schakel.shelter.Placements.SubjectRole;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Placement search for the care coordinator. The profile is posted (never in a URL); the result is shown once after
 * the redirect. Also the unmet needs, counted per profile.
 */
@Controller
@PreAuthorize("hasRole('CARE_COORDINATOR')")
class SearchController {

    private final PlacementSearch search;

    SearchController(PlacementSearch search) {
        this.search = search;
    }

    @GetMapping("/opvang/zoeken")
    String form(Model model) {
        if (!model.containsAttribute("searchForm")) {
            model.addAttribute("searchForm", SearchForm.empty());
        }
        return page(model);
    }

    @PostMapping("/opvang/zoeken")
    String search(@AuthenticationPrincipal SchakelUser user, @Valid @ModelAttribute("searchForm") SearchForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(model);
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

    private String page(Model model) {
        model.addAttribute("sexes", ServedSex.values());
        model.addAttribute("forms", ExploitationForm.values());
        model.addAttribute("areas", ServiceArea.values());
        model.addAttribute("contraIndications", ContraIndication.values());
        model.addAttribute("residenceStatuses", ResidenceStatus.values());
        model.addAttribute("subjectRoles", SubjectRole.values());
        return "shelter/search";
    }
}
