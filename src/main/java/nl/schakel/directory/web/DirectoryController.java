package nl.schakel.directory.web;

import java.util.UUID;

import jakarta.validation.Valid;
import nl.schakel.access.SchakelUser;
import nl.schakel.directory.Directory;
import nl.schakel.directory.DirectoryCard;
import nl.schakel.directory.DirectoryEntryNotFoundException;
import nl.schakel.directory.EntryDetails;
import nl.schakel.directory.Phase;
import nl.schakel.directory.ReachedBy;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.RegionId;
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
 * The sociale kaart for everyone logged in: the cards, one card, "wie doet wat"; administrators of the region confirm
 * and edit cards.
 */
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

    @GetMapping("/{id}/bewerken")
    @PreAuthorize("hasRole('ADMIN')")
    String editForm(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id, Model model) {
        DirectoryCard card = card(user, id);
        if (!model.containsAttribute("entryForm")) {
            model.addAttribute("entryForm", EntryForm.of(EntryDetails.of(card.entry())));
        }
        return editPage(card, model);
    }

    @PostMapping("/{id}/bewerken")
    @PreAuthorize("hasRole('ADMIN')")
    String edit(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("entryForm") EntryForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return editPage(card(user, id), model);
        }
        try {
            directory.edit(region(user), new OrganisationId(id), form.details());
        } catch (DirectoryEntryNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "directory.edit.saved");
        return "redirect:/sociale-kaart/" + id;
    }

    private DirectoryCard card(SchakelUser user, UUID id) {
        return directory.card(region(user), new OrganisationId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String editPage(DirectoryCard card, Model model) {
        model.addAttribute("card", card);
        model.addAttribute("reachedByOptions", ReachedBy.values());
        return "directory/edit";
    }

    private static RegionId region(SchakelUser user) {
        return new RegionId(user.regionId());
    }
}
