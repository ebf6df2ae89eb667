package nl.schakel.shelter.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.sealing.Sealer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Shelter addresses, sealed and bound to their service. Only {@code Placements.address} unseals one, for the care
 * coordinator of a placement made, and audits it; nothing else reads this table.
 */
@Component
public class AddressVault {

    private final JdbcClient jdbc;
    private final Sealer sealer;

    AddressVault(JdbcClient jdbc, Sealer sealer) {
        this.jdbc = jdbc;
        this.sealer = sealer;
    }

    public void store(UUID serviceId, String address) {
        byte[] sealed = sealer.seal(address.getBytes(StandardCharsets.UTF_8), context(serviceId));
        jdbc.sql("""
                insert into shelter_address (service_id, sealed) values (?, ?)
                on conflict (service_id) do update set sealed = excluded.sealed""").params(serviceId, sealed).update();
    }

    public boolean has(UUID serviceId) {
        return jdbc.sql("select count(*) from shelter_address where service_id = ?").param(serviceId)
                .query(Integer.class).single() > 0;
    }

    public Optional<String> unseal(UUID serviceId) {
        return jdbc.sql("select sealed from shelter_address where service_id = ?").param(serviceId)
                .query(byte[].class).optional()
                .map(sealed -> new String(sealer.unseal(sealed, context(serviceId)), StandardCharsets.UTF_8));
    }

    private static String context(UUID serviceId) {
        return "shelter-address:" + serviceId;
    }
}
