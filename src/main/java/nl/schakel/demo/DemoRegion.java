package nl.schakel.demo;

import java.util.Map;

import nl.schakel.access.UserId;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.Region;

/** The demo region just seeded: its organisations by name and its users by username, for the contributions. */
record DemoRegion(Region region, Map<String, Organisation> organisations, Map<String, UserId> users) {

    Organisation organisation(String name) {
        Organisation organisation = organisations.get(name);
        if (organisation == null) {
            throw new IllegalArgumentException("No demo organisation named " + name);
        }
        return organisation;
    }

    UserId user(String username) {
        UserId user = users.get(username);
        if (user == null) {
            throw new IllegalArgumentException("No demo user " + username);
        }
        return user;
    }
}
