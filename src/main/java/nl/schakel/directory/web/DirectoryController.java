package nl.schakel.directory.web;

import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.directory.Directory;
import nl.schakel.directory.DirectoryEntryNotFoundException;
import nl.schakel.directory.Phase;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.RegionId;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sociale kaart for everyone logged in: the cards, one card, "wie doet wat"; administrators confirm cards. */
@Controller
@RequestMapping("/sociale-kaart")
class DirectoryController {

    private final Directory directory;

    DirectoryController(Directory directory) {
        this.directory = directory;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SchakelUser user, Model model) {
        model.addAttribute("cards", directory.cards(region(user)));
        return "directory/list";
    }

    @GetMapping("/wie-doet-wat")
    String whoDoesWhat(@AuthenticationPrincipal SchakelUser user, Model model) {
        model.addAttribute("matrix", directory.whoDoesWhat(region(user)));
        model.addAttribute("phases", Phase.values());
        return "directory/who-does-what";
    }

    @GetMapping("/{id}")
    String card(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("card", directory.card(region(user), new OrganisationId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("forms", directory.exploitationForms());
        return "directory/card";
    }

    @PostMapping("/{id}/bevestigen")
    @PreAuthorize("hasRole('ADMIN')")
    String confirm(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            directory.confirm(region(user), new OrganisationId(id), user.userId());
        } catch (DirectoryEntryNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "directory.confirmed");
        return "redirect:/sociale-kaart/" + id;
    }

    private static RegionId region(SchakelUser user) {
        return new RegionId(user.regionId());
    }
}
