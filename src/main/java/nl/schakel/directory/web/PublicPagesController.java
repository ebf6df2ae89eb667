package nl.schakel.directory.web;

import java.util.List;

import nl.schakel.directory.Directory;
import nl.schakel.directory.StatementSettings;
import nl.schakel.organisations.Organisations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public pages under the anonymous chain of {@code /melden}: no login, no session, no cookie, nothing stored.
 * "Waar kan ik melden" is built from the directory without personal names; the statements are the region's.
 */
@Controller
@RequestMapping("/melden")
class PublicPagesController {

    private final Directory directory;
    private final Organisations organisations;
    private final StatementSettings settings;

    PublicPagesController(Directory directory, Organisations organisations, StatementSettings settings) {
        this.directory = directory;
        this.organisations = organisations;
        this.settings = settings;
    }

    @GetMapping("/waar")
    String where(Model model) {
        model.addAttribute("entries", organisations.region(settings.regionCode())
                .map(region -> directory.publicEntries(region.id())).orElse(List.of()));
        return page(model, "directory/where");
    }

    @GetMapping("/privacy")
    String privacy(Model model) {
        return page(model, "directory/privacy");
    }

    @GetMapping("/toegankelijkheid")
    String accessibility(Model model) {
        return page(model, "directory/accessibility");
    }

    @GetMapping("/contact")
    String contact(Model model) {
        return page(model, "directory/contact");
    }

    private String page(Model model, String view) {
        model.addAttribute("statements", settings);
        model.addAttribute("regionName", organisations.region(settings.regionCode()).map(r -> r.name()).orElse(""));
        model.addAttribute("publicPage", true);
        return view;
    }
}
