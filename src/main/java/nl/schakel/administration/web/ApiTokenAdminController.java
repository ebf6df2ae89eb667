package nl.schakel.administration.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.schakel.forms.ShownOnce;
import nl.schakel.access.ApiScope;
import nl.schakel.access.ApiToken;
import nl.schakel.access.ApiTokenId;
import nl.schakel.access.ApiTokenRejectedException;
import nl.schakel.access.ApiTokens;
import nl.schakel.access.CreatedApiToken;
import nl.schakel.access.SchakelUser;
import nl.schakel.access.UnknownApiTokenException;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import org.jspecify.annotations.Nullable;
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

/** Create and revoke the API tokens of the organisations in the administrator's region. */
@Controller
@RequestMapping("/admin/api-tokens")
@PreAuthorize("hasRole('ADMIN')")
class ApiTokenAdminController {

    private static final String FORM = "admin/api-token-form";
    /** Dates the administrator picks are Dutch calendar days. */
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final ApiTokens tokens;
    private final Organisations organisations;
    private final ShownOnce shownOnce;

    ApiTokenAdminController(ApiTokens tokens, Organisations organisations, ShownOnce shownOnce) {
        this.shownOnce = shownOnce;
        this.tokens = tokens;
        this.organisations = organisations;
    }

    @ModelAttribute
    void choices(@AuthenticationPrincipal SchakelUser admin, Model model) {
        OrganisationChoices.addTo(model, organisations.inRegion(region(admin)));
        model.addAttribute("scopes", ApiScope.values());
        model.addAttribute("zone", AMSTERDAM);
    }

    @GetMapping
    String list(@AuthenticationPrincipal SchakelUser admin, Model model) {
        model.addAttribute("tokens", tokens.inRegion(region(admin)));
        return "admin/api-tokens";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", ApiTokenForm.empty());
        return FORM;
    }

    @PostMapping
    String create(@AuthenticationPrincipal SchakelUser admin, @Valid @ModelAttribute("form") ApiTokenForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        OrganisationId organisation = new OrganisationId(form.organisationId());
        try {
            CreatedApiToken created = tokens.create(region(admin), organisation, form.name(), form.scopes(),
                    endOf(form.expiresOn()), admin.id());
            // Shown on the next page once and never again; only a handle is in the session (decision 0013).
            shownOnce.hold(redirect, Map.of("tokenValue", created.value(), "form", form));
            return "redirect:/admin/api-tokens/aangemaakt";
        } catch (ApiTokenRejectedException e) {
            errors.rejectValue(e.field(), e.messageKey());
            return FORM;
        }
    }

    /** The new token, once: a reload finds it gone and goes back to the list. */
    @GetMapping("/aangemaakt")
    String created(Model model) {
        return shownOnce.reveal(model) ? "admin/api-token-created" : "redirect:/admin/api-tokens";
    }

    @GetMapping("/{id}/revoke")
    String revokeQuestion(@AuthenticationPrincipal SchakelUser admin, @PathVariable UUID id, Model model) {
        model.addAttribute("token", find(admin, id));
        return "admin/api-token-revoke";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@AuthenticationPrincipal SchakelUser admin, @PathVariable UUID id, RedirectAttributes redirect) {
        ApiToken token = find(admin, id);
        tokens.revoke(region(admin), token.id(), admin.id());
        redirect.addFlashAttribute("notice", "admin.apiToken.revoked");
        redirect.addFlashAttribute("noticeArgument", token.name());
        return "redirect:/admin/api-tokens";
    }

    @ExceptionHandler(UnknownApiTokenException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown() {
        return "error/404";
    }

    /** A token "valid through" a day works until that day ends in the Netherlands. */
    private static @Nullable Instant endOf(@Nullable LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(AMSTERDAM).toInstant();
    }

    private ApiToken find(SchakelUser admin, UUID id) {
        return tokens.find(region(admin), new ApiTokenId(id)).orElseThrow(UnknownApiTokenException::new);
    }

    private static RegionId region(SchakelUser admin) {
        return new RegionId(admin.regionId());
    }
}
