package nl.schakel.catalogue.web;

import java.util.List;

import jakarta.validation.Valid;
import nl.schakel.catalogue.IndicatorCatalogue;
import nl.schakel.catalogue.IndicatorCatalogues;
import nl.schakel.catalogue.internal.CatalogueAdministration;
import nl.schakel.catalogue.internal.CatalogueEntry;
import nl.schakel.catalogue.internal.CatalogueRefusal;
import nl.schakel.catalogue.internal.EntryForm;
import nl.schakel.catalogue.internal.EntryKind;
import nl.schakel.catalogue.internal.PublishedVersion;
import nl.schakel.catalogue.internal.UnknownCatalogueEntryException;
import nl.schakel.forms.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's view of the catalogue: the published versions, and the draft of the next one with its
 * groups, indicators and forms of exploitation.
 */
@Controller
@RequestMapping("/admin/catalogus")
@PreAuthorize("hasRole('ADMIN')")
class CatalogueAdminController {

    private static final String OVERVIEW = "redirect:/admin/catalogus";
    private static final String DRAFT = "redirect:/admin/catalogus/concept";
    private static final String FORM = "admin/catalogue-entry";

    private final IndicatorCatalogues catalogues;
    private final CatalogueAdministration administration;
    private final SmartValidator validator;

    CatalogueAdminController(IndicatorCatalogues catalogues, CatalogueAdministration administration,
            SmartValidator validator) {
        this.catalogues = catalogues;
        this.administration = administration;
        this.validator = validator;
    }

    @GetMapping
    String current(Model model) {
        return show(catalogues.current(), model);
    }

    @GetMapping("/versies/{version}")
    String version(@PathVariable int version, Model model) {
        return show(catalogues.version(version).orElseThrow(UnknownCatalogueEntryException::new), model);
    }

    @PostMapping("/concept")
    String startDraft() {
        administration.startDraft();
        return DRAFT;
    }

    @GetMapping("/concept")
    String draft(Model model) {
        return administration.draft().map(draft -> {
            model.addAttribute("draft", draft);
            return "admin/catalogue-draft";
        }).orElse(OVERVIEW);
    }

    @PostMapping("/concept/publiceren")
    String publish(RedirectAttributes redirect) {
        try {
            int version = administration.publish();
            notice(redirect, "catalogue.published", String.valueOf(version));
            return OVERVIEW;
        } catch (CatalogueRefusal refusal) {
            return problem(redirect, refusal);
        }
    }

    @PostMapping("/concept/verwijderen")
    String discard(RedirectAttributes redirect) {
        try {
            administration.discard();
            notice(redirect, "catalogue.draft.discarded", null);
            return OVERVIEW;
        } catch (CatalogueRefusal refusal) {
            return problem(redirect, refusal);
        }
    }

    @GetMapping("/concept/{segment}/nieuw")
    String newEntry(@PathVariable String segment, @RequestParam(name = "groep", required = false) @Nullable String group,
            Model model, RedirectAttributes redirect) {
        EntryKind kind = kind(segment);
        if (administration.draftVersion().isEmpty()) {
            return noDraft(redirect);
        }
        prepareForm(kind, null, model);
        model.addAttribute("form", EntryForm.empty(group));
        return FORM;
    }

    @PostMapping("/concept/{segment}")
    String add(@PathVariable String segment, @Valid @ModelAttribute("form") EntryForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        EntryKind kind = kind(segment);
        prepareForm(kind, null, model);
        checkFor(kind, form, errors);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            administration.add(kind, form);
        } catch (CatalogueRefusal refusal) {
            return refuse(refusal, errors, redirect);
        }
        notice(redirect, "catalogue.entry.added", form.code());
        return DRAFT;
    }

    @GetMapping("/concept/{segment}/{code}")
    String editEntry(@PathVariable String segment, @PathVariable String code, Model model) {
        EntryKind kind = kind(segment);
        CatalogueEntry entry = administration.draftEntry(kind, code);
        prepareForm(kind, entry, model);
        model.addAttribute("form", EntryForm.of(entry));
        return FORM;
    }

    @PostMapping("/concept/{segment}/{code}")
    String change(@PathVariable String segment, @PathVariable String code,
            @Valid @ModelAttribute("form") EntryForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        EntryKind kind = kind(segment);
        if (administration.draftVersion().isEmpty()) {
            return noDraft(redirect);
        }
        prepareForm(kind, administration.draftEntry(kind, code), model);
        checkFor(kind, form, errors);
        // The code is fixed once added: it comes from the path, not the form.
        if (errors.getFieldErrors().stream().anyMatch(e -> !e.getField().equals("code"))) {
            return FORM;
        }
        try {
            administration.change(kind, code, form);
        } catch (CatalogueRefusal refusal) {
            return refuse(refusal, errors, redirect);
        }
        notice(redirect, "catalogue.entry.changed", code);
        return DRAFT;
    }

    @PostMapping("/concept/{segment}/{code}/verwijderen")
    String remove(@PathVariable String segment, @PathVariable String code, RedirectAttributes redirect) {
        EntryKind kind = kind(segment);
        try {
            boolean restorable = administration.remove(kind, code);
            notice(redirect, "catalogue.entry.removed", code);
            if (restorable) {
                redirect.addFlashAttribute("undoUrl", "/admin/catalogus/concept/" + segment + "/" + code
                        + "/terugzetten");
            }
            return DRAFT;
        } catch (CatalogueRefusal refusal) {
            return problem(redirect, refusal);
        }
    }

    @PostMapping("/concept/{segment}/{code}/terugzetten")
    String restore(@PathVariable String segment, @PathVariable String code, RedirectAttributes redirect) {
        try {
            administration.restore(kind(segment), code);
            notice(redirect, "catalogue.entry.restored", code);
            return DRAFT;
        } catch (CatalogueRefusal refusal) {
            return problem(redirect, refusal);
        }
    }

    @ExceptionHandler(UnknownCatalogueEntryException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown() {
        return "error/404";
    }

    private String show(IndicatorCatalogue catalogue, Model model) {
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("isCurrent", catalogue.version() == catalogues.current().version());
        List<PublishedVersion> versions = administration.published();
        model.addAttribute("versions", versions);
        model.addAttribute("publishedAt", versions.stream().filter(v -> v.version() == catalogue.version())
                .map(PublishedVersion::publishedAt).findFirst().orElseThrow());
        model.addAttribute("draftVersion", administration.draftVersion().orElse(null));
        return "admin/catalogue";
    }

    private void prepareForm(EntryKind kind, @Nullable CatalogueEntry entry, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("entry", entry);
        model.addAttribute("groupOptions", administration.draftGroups().stream().collect(java.util.stream.Collectors
                .toMap(g -> g.code(), g -> g.nameNl(), (a, b) -> a, java.util.LinkedHashMap::new)));
        model.addAttribute("weights", List.of(1, 2, 3));
    }

    /** An indicator's group and weight: the rules of its own validation group. */
    private void checkFor(EntryKind kind, EntryForm form, BindingResult errors) {
        if (kind == EntryKind.INDICATOR) {
            validator.validate(form, errors, EntryForm.Indicator.class);
        }
    }

    /** A refusal about a field goes next to that field; any other is told on the draft (or overview) page. */
    private String refuse(CatalogueRefusal refusal, BindingResult errors, RedirectAttributes redirect) {
        if (refusal.field() != null) {
            FormErrors.refuse(errors, refusal.field(), refusal.messageKey());
            return FORM;
        }
        return problem(redirect, refusal);
    }

    private static String problem(RedirectAttributes redirect, CatalogueRefusal refusal) {
        if (CatalogueAdministration.NO_DRAFT.equals(refusal.messageKey())) {
            return noDraft(redirect);
        }
        redirect.addFlashAttribute("problem", refusal.messageKey());
        return DRAFT;
    }

    /** The draft was published or thrown away, e.g. in another window: say so on the overview. */
    private static String noDraft(RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", CatalogueAdministration.NO_DRAFT);
        return OVERVIEW;
    }

    private static void notice(RedirectAttributes redirect, String key, @Nullable String argument) {
        redirect.addFlashAttribute("notice", key);
        redirect.addFlashAttribute("noticeArgument", argument);
    }

    private static EntryKind kind(String segment) {
        return EntryKind.ofSegment(segment).orElseThrow(UnknownCatalogueEntryException::new);
    }
}
