package nl.schakel.sealing;

import java.nio.charset.StandardCharsets;
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
}
