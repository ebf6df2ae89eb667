package nl.schakel.sealing;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start, after the migrations and before the web server takes requests: every owner in the journal whose key
 * the database holds again (a dump from before the destruction was restored) is destroyed again, and every
 * destruction the database knows but the journal misses (a journal restored from an older copy) is added to the
 * journal. Logs counts only.
 */
@Component
class DestroyedKeysReplay implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DestroyedKeysReplay.class);

    private final DestroyedKeysJournal journal;
    private final JdbcDataKeys keys;

    DestroyedKeysReplay(DestroyedKeysJournal journal, JdbcDataKeys keys) {
        this.journal = journal;
        this.keys = keys;
    }

    @Override
    public void afterSingletonsInstantiated() {
        replay();
    }

    /** Returns how many keys were destroyed again. */
    int replay() {
        Set<UUID> journaled = journal.owners();
        int destroyedAgain = keys.destroyAgain(journaled);
        Set<UUID> missing = new HashSet<>(keys.destroyedOwners());
        missing.removeAll(journaled);
        journal.append(missing);
        if (destroyedAgain > 0 || !missing.isEmpty()) {
            log.warn("Destroyed-keys journal: {} owners listed, {} data keys destroyed again, {} destructions added"
                    + " to the journal", journaled.size(), destroyedAgain, missing.size());
        } else {
            log.info("Destroyed-keys journal: {} owners listed, all destroyed in the database", journaled.size());
        }
        return destroyedAgain;
    }
}
