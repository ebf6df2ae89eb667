package nl.schakel.shelter.web;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.shelter.CapacityBoard;
import nl.schakel.shelter.CapacityBoard.Line;
import nl.schakel.shelter.CapacityStatus;
import nl.schakel.shelter.UnknownServiceException;
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

/** The capacity board: the coordinator reads every shelter's places, a provider keeps its own current. */
@Controller
@RequestMapping("/opvang")
@PreAuthorize("hasAnyRole('CARE_COORDINATOR', 'CARE_PROVIDER')")
class CapacityController {

    private final CapacityBoard board;

    CapacityController(CapacityBoard board) {
        this.board = board;
    }

    @GetMapping
    String board(@AuthenticationPrincipal SchakelUser user, Model model) {
        model.addAttribute("lines", board.board(user));
        model.addAttribute("provider", user.hasRole(Role.CARE_PROVIDER));
        return "shelter/board";
    }

    @GetMapping("/aanbod/{id}")
    String service(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id, Model model) {
        Line line = line(user, id);
        if (!model.containsAttribute("capacityForm")) {
            model.addAttribute("capacityForm", CapacityForm.of(line.figure()));
        }
        return show(user, line, model);
    }

    @PostMapping("/aanbod/{id}")
    @PreAuthorize("hasRole('CARE_PROVIDER')")
    String report(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("capacityForm") CapacityForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Line line = line(user, id);
        if (errors.hasErrors()) {
            return show(user, line, model);
        }
        try {
            board.report(user, id, form.update());
        } catch (UnknownServiceException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "shelter.capacity.saved");
        return "redirect:/opvang/aanbod/" + id;
    }

    private String show(SchakelUser user, Line line, Model model) {
        model.addAttribute("line", line);
        model.addAttribute("history", board.history(user, line.service().id()));
        model.addAttribute("mayReport", user.hasRole(Role.CARE_PROVIDER)
                && line.service().providerOrganisationId().equals(user.organisationId()));
        model.addAttribute("statuses", CapacityStatus.values());
        return "shelter/capacity";
    }

    private Line line(SchakelUser user, UUID id) {
        return board.board(user).stream().filter(l -> l.service().id().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
