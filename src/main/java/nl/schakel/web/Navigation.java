package nl.schakel.web;

import java.util.ArrayList;
import java.util.List;

import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import org.springframework.stereotype.Component;

/**
 * Decides which menu entries a person sees. This only hides what they could not use anyway: the
 * security rules on the server decide access.
 */
@Component
public class Navigation {

    public List<NavigationItem> itemsFor(SchakelUser user) {
        List<NavigationItem> items = new ArrayList<>();
        items.add(new NavigationItem("nav.home", "/"));
        if (user.hasRole(Role.ADMIN)) {
            items.add(new NavigationItem("nav.organisations", "/admin/organisations"));
            items.add(new NavigationItem("nav.users", "/admin/users"));
            items.add(new NavigationItem("nav.audit", "/admin/audit"));
        }
        return items;
    }
}
