package nl.schakel.stacking.web;

import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.intake.SignalId;
import nl.schakel.stacking.Stacks;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The stack of a signal: what else is known about its subjects, within need-to-know. */
@Controller
@PreAuthorize("hasRole('DESIGNATED_OFFICER')")
class StackController {

    private final Stacks stacks;

    StackController(Stacks stacks) {
        this.stacks = stacks;
    }

    @GetMapping("/signalen/{id}/stapeling")
    String stack(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id, Model model) {
        model.addAttribute("signalId", id);
        model.addAttribute("stack", stacks.forSignal(officer, new SignalId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "stacking/stack";
    }
}
