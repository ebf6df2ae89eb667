package nl.schakel.retention.web;

import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.schakel.access.SchakelUser;
import nl.schakel.forms.FormErrors;
import nl.schakel.retention.RecordType;
import nl.schakel.retention.internal.Extensions;
import nl.schakel.retention.internal.RetentionRefusedException;
import nl.schakel.retention.web.RetentionForms.ExtensionForm;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The owner's page for a record about to be destroyed ({@code /bewaartermijnen/{type}/{id}}), reached from the
 * notice: its date, and the one extension (by at most one period, with a reason; a second one is refused, 422).
 * Only the owner the notice named finds it (404 for anyone else).
 */
@Controller
@RequestMapping("/bewaartermijnen/{type}/{id}")
class ExtensionController {

    private final Extensions extensions;

    ExtensionController(Extensions extensions) {
        this.extensions = extensions;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SchakelUser user, @PathVariable("type") String typeInPath, @PathVariable UUID id,
            Model model) {
        return page(user, type(typeInPath), id, model);
    }

    @PostMapping("/verlengen")
    String extend(@AuthenticationPrincipal SchakelUser user, @PathVariable("type") String typeInPath, @PathVariable UUID id,
            @Valid @ModelAttribute("extensionForm") ExtensionForm form, BindingResult errors, Model model) {
        RecordType type = type(typeInPath);
        if (!errors.hasErrors()) {
            try {
                extensions.extend(type, id, user.userId(), Objects.requireNonNull(form.months()),
                        Objects.requireNonNull(form.reason()));
                return "redirect:/bewaartermijnen/" + typeInPath + "/" + id;
            } catch (RetentionRefusedException e) {
                if ("retention.refused.notOwner".equals(e.getMessage())) {
                    throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                }
                FormErrors.refuse(errors, "months", e.getMessage());
            }
        }
        return page(user, type, id, model);
    }

    /** The type as the notice's link names it: lower case with hyphens (links hold no capitals). */
    private static RecordType type(String inPath) {
        try {
            return RecordType.valueOf(inPath.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private String page(SchakelUser user, RecordType type, UUID id, Model model) {
        Extensions.Owned owned = extensions.owned(type, id, user.userId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("owned", owned);
        if (!model.containsAttribute("extensionForm")) {
            model.addAttribute("extensionForm", ExtensionForm.blank());
        }
        return "retention/extension";
    }
}
