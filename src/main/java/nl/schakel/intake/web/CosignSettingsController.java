package nl.schakel.intake.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.schakel.access.SchakelUser;
import nl.schakel.intake.CosignSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator switches manager co-signing (route step 1, decision 0034) on or off per organisation. */
@Controller
class CosignSettingsController {

    private static final String PAGE = "/admin/ondertekening";

    private final CosignSettings settings;

    CosignSettingsController(CosignSettings settings) {
        this.settings = settings;
    }

    /** On or off for one organisation. */
    public record SettingForm(@NotNull(message = "{cosign.settings.required}") @Nullable Boolean required) {
    }

    @GetMapping(PAGE)
    String page(@AuthenticationPrincipal SchakelUser admin, Model model) {
        model.addAttribute("settings", settings.forRegion(admin));
        return "intake/cosign-settings";
    }

    @PostMapping(PAGE + "/{organisation}")
    String set(@AuthenticationPrincipal SchakelUser admin, @PathVariable UUID organisation,
            @Valid @ModelAttribute("settingForm") SettingForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("settings", settings.forRegion(admin));
            return "intake/cosign-settings";
        }
        if (!settings.set(admin, organisation, Boolean.TRUE.equals(form.required()))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND); // not an organisation of this region
        }
        redirect.addFlashAttribute("notice", Boolean.TRUE.equals(form.required()) ? "cosign.settings.on"
                : "cosign.settings.off");
        return "redirect:" + PAGE;
    }
}
