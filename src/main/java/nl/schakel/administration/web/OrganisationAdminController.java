package nl.schakel.administration.web;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.schakel.access.SchakelUser;
import nl.schakel.organisations.Department;
import nl.schakel.organisations.DuplicateOrganisationNameException;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationForm;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import nl.schakel.organisations.UnknownOrganisationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Create, change, deactivate and reactivate the organisations of the administrator's region. */
@Controller
@RequestMapping("/admin/organisations")
@PreAuthorize("hasRole('ADMIN')")
class OrganisationAdminController {

    private static final String FORM = "admin/organisation-form";

    private final Organisations organisations;

    OrganisationAdminController(Organisations organisations) {
        this.organisations = organisations;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("departments", Department.values());
    }

    @GetMapping
    String list(@AuthenticationPrincipal SchakelUser admin, Model model) {
        model.addAttribute("organisations", organisations.inRegion(region(admin)));
        return "admin/organisations";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", OrganisationForm.empty());
        return FORM;
    }

    @PostMapping
    String create(@AuthenticationPrincipal SchakelUser admin, @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            Organisation created = organisations.create(region(admin), form);
            redirect.addFlashAttribute("notice", "admin.organisation.created");
            redirect.addFlashAttribute("noticeArgument", created.name());
            return "redirect:/admin/organisations";
        } catch (DuplicateOrganisationNameException e) {
            errors.rejectValue("name", "organisation.name.taken");
            return FORM;
        }
    }

    @GetMapping("/{id}")
    String editForm(@AuthenticationPrincipal SchakelUser admin, @PathVariable UUID id, Model model) {
        Organisation organisation = find(admin, id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", OrganisationForm.of(organisation));
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal SchakelUser admin, @PathVariable UUID id,
            @Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Organisation organisation = find(admin, id);
        model.addAttribute("organisation", organisation);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            organisations.update(region(admin), organisation.id(), form);
        } catch (DuplicateOrganisationNameException e) {
            errors.rejectValue("name", "organisation.name.taken");
            return FORM;
        }
        redirect.addFlashAttribute("notice", "admin.organisation.updated");
        redirect.addFlashAttribute("noticeArgument", form.name());
        return "redirect:/admin/organisations";
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@AuthenticationPrincipal SchakelUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
        Organisation organisation = find(admin, id);
        organisations.deactivate(region(admin), organisation.id());
        redirect.addFlashAttribute("notice", "admin.organisation.deactivated");
        redirect.addFlashAttribute("noticeArgument", organisation.name());
        redirect.addFlashAttribute("undoUrl", "/admin/organisations/" + id + "/reactivate");
        return "redirect:/admin/organisations";
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@AuthenticationPrincipal SchakelUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
        Organisation organisation = find(admin, id);
        organisations.reactivate(region(admin), organisation.id());
        redirect.addFlashAttribute("notice", "admin.organisation.reactivated");
        redirect.addFlashAttribute("noticeArgument", organisation.name());
        return "redirect:/admin/organisations";
    }

    @ExceptionHandler(UnknownOrganisationException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown() {
        return "error/404";
    }

    /** Only organisations of the administrator's own region exist for them. */
    private Organisation find(SchakelUser admin, UUID id) {
        return organisations.find(new OrganisationId(id))
                .filter(o -> o.regionId().equals(region(admin)))
                .orElseThrow(UnknownOrganisationException::new);
    }

    private static RegionId region(SchakelUser admin) {
        return new RegionId(admin.regionId());
    }
}
