package nl.schakel.stacking.registry;

import java.util.ArrayList;
import java.util.List;

import nl.schakel.stacking.NameVariants;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps every version of the given-name variants the application runs with in {@code name_variant}. */
@Component
class NameVariantVersions {

    private final JdbcClient jdbc;

    NameVariantVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void record() {
        List<String> keys = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (List<String> group : NameVariants.groups()) {
            group.forEach(name -> {
                keys.add(group.get(0));
                names.add(name);
            });
        }
        jdbc.sql("""
                insert into name_variant (version, group_key, name)
                select ?, k, n from unnest(cast(? as text[]), cast(? as text[])) as x(k, n)
                on conflict do nothing""")
                .params(NameVariants.version(), keys.toArray(String[]::new), names.toArray(String[]::new)).update();
    }
}
