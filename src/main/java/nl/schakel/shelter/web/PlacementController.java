package nl.schakel.shelter.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.shelter.PlaceTakenException;
import nl.schakel.shelter.Placement;
import nl.schakel.shelter.PlacementTransitionRefusedException;
import nl.schakel.shelter.Placements;
import nl.schakel.shelter.UnknownServiceException;
import nl.schakel.shelter.web.PlacementForms.DeclineForm;
import nl.schakel.shelter.web.PlacementForms.RequestForm;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Placement requests: the coordinator asks and places, the provider accepts or declines. Each side sees only the
 * requests of its own organisation; the address only the coordinator, once placed.
 */
@Controller
@RequestMapping("/opvang/plaatsingen")
@PreAuthorize("hasAnyRole('CARE_COORDINATOR', 'CARE_PROVIDER')")
class PlacementController {

    private final Placements placements;

    PlacementController(Placements placements) {
        this.placements = placements;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SchakelUser user, Model model) {
        model.addAttribute("placements", placements.visibleTo(user));
        return "shelter/placements";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id, Model model) {
        return show(user, id, model);
    }

    @GetMapping("/{id}/adres")
    @PreAuthorize("hasRole('CARE_COORDINATOR')")
    String address(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id, Model model) {
        Placement placement = find(user, id);
        model.addAttribute("placement", placement);
        model.addAttribute("address", placements.address(user, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "shelter/address";
    }

    @PostMapping
    @PreAuthorize("hasRole('CARE_COORDINATOR')")
    String request(@AuthenticationPrincipal SchakelUser user, @Valid @ModelAttribute("requestForm") RequestForm form,
            BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            model.addAttribute("placements", placements.visibleTo(user));
            return "shelter/placements";
        }
        try {
            UUID id = placements.request(user, new Placements.Request(form.serviceId(), form.trajectoryRef(),
                    form.subjectId(), form.subjectRole()));
            return "redirect:/opvang/plaatsingen/" + id;
        } catch (UnknownServiceException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @PostMapping("/{id}/accepteren")
    @PreAuthorize("hasRole('CARE_PROVIDER')")
    String accept(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(user, id, () -> placements.accept(user, id), "shelter.placement.accepted", model, response,
                redirect);
    }

    @PostMapping("/{id}/afwijzen")
    @PreAuthorize("hasRole('CARE_PROVIDER')")
    String decline(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("declineForm") DeclineForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return show(user, id, model);
        }
        return act(user, id, () -> placements.decline(user, id, form.reason().strip()), "shelter.placement.declined",
                model, response, redirect);
    }

    @PostMapping("/{id}/plaatsen")
    @PreAuthorize("hasRole('CARE_COORDINATOR')")
    String place(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(user, id, () -> placements.place(user, id), "shelter.placement.placed", model, response, redirect);
    }

    private String act(SchakelUser user, UUID id, Runnable step, String notice, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            step.run();
        } catch (UnknownServiceException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (PlaceTakenException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problem", PlaceTakenException.MESSAGE_KEY);
            return show(user, id, model);
        } catch (PlacementTransitionRefusedException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problem", "shelter.placement.refused");
            return show(user, id, model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/opvang/plaatsingen/" + id;
    }

    private String show(SchakelUser user, UUID id, Model model) {
        model.addAttribute("placement", find(user, id));
        model.addAttribute("provider", user.hasRole(Role.CARE_PROVIDER));
        model.addAttribute("coordinator", user.hasRole(Role.CARE_COORDINATOR));
        if (!model.containsAttribute("declineForm")) {
            model.addAttribute("declineForm", new DeclineForm(null));
        }
        return "shelter/placement";
    }

    private Placement find(SchakelUser user, UUID id) {
        return placements.find(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
