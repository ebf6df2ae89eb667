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
        if (user.hasRole(Role.MANAGER)) {
            items.add(new NavigationItem("nav.cosign", "/ondertekenen"));
        }
        if (Role.partners().stream().anyMatch(user::hasRole)) {
            items.add(new NavigationItem("nav.referrals", "/doorverwijzingen"));
        }
        if (Role.meetingMembers().stream().anyMatch(user::hasRole)) {
            items.add(new NavigationItem("nav.meetings", "/overleggen"));
        }
        items.add(new NavigationItem("nav.directory", "/sociale-kaart"));
        if (user.hasRole(Role.DESIGNATED_OFFICER) || user.hasRole(Role.ANALYST) || user.hasRole(Role.CHAIN_DIRECTOR)) {
            items.add(new NavigationItem("nav.monitoring", "/monitoring"));
        }
        if (user.hasRole(Role.CHAIN_DIRECTOR)) {
            items.add(new NavigationItem("nav.regietafel", "/monitoring/regietafel"));
            items.add(new NavigationItem("nav.victims", "/monitoring/slachtoffers"));
        }
        if (user.hasRole(Role.CARE_COORDINATOR) || user.hasRole(Role.POLICE) || user.hasRole(Role.DESIGNATED_OFFICER)
                || user.hasRole(Role.CARE_PROVIDER)) {
            items.add(new NavigationItem("nav.trajectories", "/trajecten"));
        }
        if (user.hasRole(Role.CARE_COORDINATOR)) {
            items.add(new NavigationItem("nav.shelterSearch", "/opvang/zoeken"));
        }
        if (user.hasRole(Role.CARE_COORDINATOR) || user.hasRole(Role.CARE_PROVIDER)) {
            items.add(new NavigationItem("nav.placements", "/opvang/plaatsingen"));
            items.add(new NavigationItem("nav.shelter", "/opvang"));
            items.add(new NavigationItem("nav.careOffer", "/zorgaanbod"));
        }
        if (user.hasRole(Role.CARE_COORDINATOR)) {
            items.add(new NavigationItem("nav.unmetNeed", "/opvang/onvervuld"));
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
            items.add(new NavigationItem("nav.interventionCatalogue", "/admin/interventies"));
            items.add(new NavigationItem("nav.audit", "/admin/audit"));
            items.add(new NavigationItem("nav.cosignSettings", "/admin/ondertekening"));
        }
        return items;
    }
}
