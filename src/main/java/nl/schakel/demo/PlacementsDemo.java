package nl.schakel.demo;

import nl.schakel.access.SchakelUser;
import nl.schakel.shelter.CareOffer;
import nl.schakel.shelter.CareService;
import nl.schakel.shelter.Placements;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Placement requests waiting at the care providers (issue 16): the care coordinator asks Pretty Human's youth
 * shelter and Belle's shelter for a place, so each provider sees a request to answer. After {@link ShelterDemo}'s
 * care offer; off with the demo signals in the tests' own demo region.
 */
@Component
@ConditionalOnProperty(name = "schakel.demo.signals", havingValue = "true", matchIfMissing = true)
class PlacementsDemo implements DemoContribution {

    private final ObjectProvider<Placements> placements;
    private final ObjectProvider<CareOffer> offer;

    PlacementsDemo(ObjectProvider<Placements> placements, ObjectProvider<CareOffer> offer) {
        this.placements = placements;
        this.offer = offer;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void seed(DemoRegion region) {
        if (placements.getIfAvailable() == null || offer.getIfAvailable() == null) {
            return; // a module test that starts the demo region without this capability
        }
        SchakelUser coordinator = SignalsDemo.user(region, CareDemo.COORDINATOR);
        for (CareService service : offer.getObject().inRegion(region.region().id().value())) {
            if (service.name().equals("Pretty Human jongerenopvang") || service.name().equals("Belle opvang 18+")) {
                placements.getObject().request(coordinator, new Placements.Request(service.id(), null, null, null));
            }
        }
    }
}
