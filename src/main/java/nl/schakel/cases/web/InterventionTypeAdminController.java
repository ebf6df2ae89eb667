package nl.schakel.cases.web;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.Valid;
import nl.schakel.cases.CaseRefusedException;
import nl.schakel.cases.CaseScope;
import nl.schakel.cases.InterventionCatalogue;
import nl.schakel.cases.InterventionCatalogue.NewVersion;
import nl.schakel.forms.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The administrator's intervention catalogue ({@code /admin/interventies}): every type with its legal article and
 * default scope per version, and a new version of a type (303 back, or the form with its errors, 422).
 */
@Controller
@RequestMapping("/admin/interventies")
@PreAuthorize("hasRole('ADMIN')")
class InterventionTypeAdminController {

    private static final String VIEW = "cases/catalogue";

    private final InterventionCatalogue catalogue;

    InterventionTypeAdminController(InterventionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    String list(Model model) {
        return show(model);
    }

    @PostMapping
    String addVersion(@Valid @ModelAttribute("versionForm") NewVersion form, BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                catalogue.addVersion(form);
                return "redirect:/admin/interventies";
            } catch (CaseRefusedException e) {
                FormErrors.refuse(errors, e.field(), e.messageKey());
            }
        }
        return show(model);
    }

    private String show(Model model) {
        var versions = catalogue.versions();
        Set<String> codes = new LinkedHashSet<>();
        versions.forEach(t -> codes.add(t.code()));
        model.addAttribute("versions", versions);
        model.addAttribute("codes", codes);
        model.addAttribute("scopes", CaseScope.values());
        if (!model.containsAttribute("versionForm")) {
            model.addAttribute("versionForm", new NewVersion(null, null, null, null));
        }
        return VIEW;
    }
}
