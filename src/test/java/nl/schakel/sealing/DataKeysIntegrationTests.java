package nl.schakel.sealing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;

import nl.schakel.testing.SchakelIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SchakelIntegrationTest
class DataKeysIntegrationTests {

    private static final byte[] CANARY = "KNRY-datakey-Fatima".getBytes(StandardCharsets.UTF_8);

    @Autowired
    DataKeys keys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DestroyedKeysJournal journal;

    @Autowired
    DestroyedKeysReplay replay;

    @Autowired
    Sealer master;

    @Test
    void aValueOpensOnlyForItsOwnerAndContext() {
        UUID owner = UUID.randomUUID();
        byte[] sealed = keys.seal(owner, CANARY, "reporter-identity");

        assertThat(keys.unseal(owner, sealed, "reporter-identity")).isEqualTo(CANARY);
        assertThatThrownBy(() -> keys.unseal(owner, sealed, "attachment")).isInstanceOf(SealingException.class);
        UUID other = UUID.randomUUID();
        keys.seal(other, new byte[] {1}, "reporter-identity");
        assertThatThrownBy(() -> keys.unseal(other, sealed, "reporter-identity")).isInstanceOf(SealingException.class);
    }

    @Test
    void aDestroyedKeyOpensNothingAndIsNeverMadeAgain() {
        UUID owner = UUID.randomUUID();
        byte[] sealed = keys.seal(owner, CANARY, "reporter-identity");

        keys.destroy(owner);
        keys.destroy(owner);

        assertThat(keys.destroyed(owner)).isTrue();
        assertThatThrownBy(() -> keys.unseal(owner, sealed, "reporter-identity"))
                .isInstanceOf(KeyDestroyedException.class);
        assertThatThrownBy(() -> keys.seal(owner, CANARY, "reporter-identity"))
                .isInstanceOf(KeyDestroyedException.class);
        assertThat(jdbc.sql("select count(*) from sealing_data_key where owner = ? and wrapped is null")
                .params(owner).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aWrappedKeyCopiedToAnotherOwnerDoesNotOpen() {
        UUID owner = UUID.randomUUID();
        UUID thief = UUID.randomUUID();
        byte[] sealed = keys.seal(owner, CANARY, "reporter-identity");
        jdbc.sql("insert into sealing_data_key (owner, wrapped) select ?, wrapped from sealing_data_key where owner = ?")
                .params(thief, owner).update();

        assertThatThrownBy(() -> keys.unseal(thief, sealed, "reporter-identity")).isInstanceOf(SealingException.class);
        assertThat(keys.destroyed(UUID.randomUUID())).isFalse();
    }

    @Test
    void aDestructionIsJournaledOnceOutsideTheDatabaseAndUndoneByARestoreOnlyUntilTheNextStart() throws IOException {
        UUID owner = UUID.randomUUID();
        byte[] sealed = keys.seal(owner, CANARY, "reporter-identity");
        byte[] wrapped = jdbc.sql("select wrapped from sealing_data_key where owner = ?").params(owner)
                .query(byte[].class).single();

        keys.destroy(owner);
        keys.destroy(owner);

        assertThat(Files.readAllLines(journal.file())).containsOnlyOnce("destroyed v=1 owner=" + owner);
        // A dump from before the destruction is restored: the wrapped key is back, and opens again.
        jdbc.sql("update sealing_data_key set wrapped = ?, destroyed_at = null where owner = ?").params(wrapped, owner)
                .update();
        assertThat(keys.unseal(owner, sealed, "reporter-identity")).isEqualTo(CANARY);

        assertThat(replay.replay()).isPositive();

        assertThat(keys.destroyed(owner)).isTrue();
        assertThatThrownBy(() -> keys.unseal(owner, sealed, "reporter-identity"))
                .isInstanceOf(KeyDestroyedException.class);
        assertThat(keys.open(owner, sealed, "reporter-identity", true)).isEmpty();
        assertThat(replay.replay()).isZero();
    }

    @Test
    void aDestructionTheJournalMissesIsAddedAtStart() throws IOException {
        UUID owner = UUID.randomUUID();
        jdbc.sql("insert into sealing_data_key (owner, wrapped, destroyed_at) values (?, null, now())").params(owner)
                .update();

        replay.replay();

        assertThat(Files.readAllLines(journal.file())).contains("destroyed v=1 owner=" + owner);
    }

    @Test
    void aValueSealedBeforeDataKeysStillOpensUntilItsOwnersKeyIsDestroyed() {
        UUID owner = UUID.randomUUID();
        byte[] legacy = master.seal(CANARY, "reporter-identity:" + owner);

        assertThat(keys.open(owner, legacy, "reporter-identity:" + owner, false)).contains(CANARY);
        assertThatThrownBy(() -> keys.open(owner, legacy, "reporter-identity:" + UUID.randomUUID(), false))
                .isInstanceOf(SealingException.class);

        keys.destroy(owner);

        assertThat(keys.open(owner, legacy, "reporter-identity:" + owner, false)).isEmpty();
    }
}
