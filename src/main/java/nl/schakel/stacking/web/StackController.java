package nl.schakel.stacking.web;

import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.signal.SignalId;
import nl.schakel.stacking.Stacks;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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
        model.addAttribute("proposals", stacks.proposals(officer, new SignalId(id)));
        model.addAttribute("merges", stacks.merges(officer, new SignalId(id)));
        return "stacking/stack";
    }

    @PostMapping("/signalen/{id}/stapeling/voorstellen/{proposal}/bevestigen")
    String confirm(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id, @PathVariable UUID proposal,
            RedirectAttributes redirect) {
        return decided(stacks.confirm(officer, new SignalId(id), proposal), id, "stack.confirmed", redirect);
    }

    @PostMapping("/signalen/{id}/stapeling/voorstellen/{proposal}/afwijzen")
    String reject(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id, @PathVariable UUID proposal,
            RedirectAttributes redirect) {
        return decided(stacks.reject(officer, new SignalId(id), proposal), id, "stack.rejected", redirect);
    }

    @PostMapping("/signalen/{id}/stapeling/samenvoegingen/{merge}/splitsen")
    String split(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id, @PathVariable UUID merge,
            RedirectAttributes redirect) {
        return decided(stacks.split(officer, new SignalId(id), merge), id, "stack.split", redirect);
    }

    private static String decided(boolean done, UUID id, String notice, RedirectAttributes redirect) {
        if (!done) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/signalen/" + id + "/stapeling";
    }
}
