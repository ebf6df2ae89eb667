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
        if (user.hasRole(Role.DESIGNATED_OFFICER)) {
            items.add(new NavigationItem("nav.inbox", "/signalen"));
        }
        if (Role.reporting().stream().anyMatch(user::hasRole)) {
            items.add(new NavigationItem("nav.report", "/signalen/nieuw"));
            items.add(new NavigationItem("nav.mySignals", "/signalen/mijn"));
        }
        if (Role.partners().stream().anyMatch(user::hasRole)) {
            items.add(new NavigationItem("nav.referrals", "/doorverwijzingen"));
        }
        if (user.hasRole(Role.DESIGNATED_OFFICER) || Role.partners().stream().anyMatch(user::hasRole)) {
            items.add(new NavigationItem("nav.cases", "/casussen"));
        }
        if (user.hasRole(Role.ADMIN)) {
            items.add(new NavigationItem("nav.organisations", "/admin/organisations"));
            items.add(new NavigationItem("nav.users", "/admin/users"));
            items.add(new NavigationItem("nav.catalogue", "/admin/catalogus"));
            items.add(new NavigationItem("nav.apiTokens", "/admin/api-tokens"));
            items.add(new NavigationItem("nav.routingRules", "/admin/doorzetregels"));
            items.add(new NavigationItem("nav.audit", "/admin/audit"));
        }
        return items;
    }
}
