package nl.schakel.administration.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.schakel.organisations.Organisation;
import org.springframework.ui.Model;

/** The region's organisations as forms offer them: all by id (for lists), the active ones by name (to choose). */
final class OrganisationChoices {

    private OrganisationChoices() {
    }

    static void addTo(Model model, List<Organisation> inRegion) {
        Map<UUID, Organisation> byId = inRegion.stream()
                .collect(Collectors.toMap(o -> o.id().value(), Function.identity()));
        model.addAttribute("organisationsById", byId);
        List<Organisation> active = inRegion.stream().filter(Organisation::active)
                .sorted(Comparator.comparing(Organisation::name)).toList();
        model.addAttribute("activeOrganisations", active);
        Map<UUID, String> options = new LinkedHashMap<>();
        active.forEach(o -> options.put(o.id().value(), o.name()));
        model.addAttribute("organisationOptions", options);
    }
}
